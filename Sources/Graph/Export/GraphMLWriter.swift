// GraphML: http://graphml.graphdrawing.org/specification.html (primer:
// http://graphml.graphdrawing.org/primer/graphml-primer.html).
//
// Writes one undirected `<graph>` with typed `<key>` declarations (string, int, double, boolean)
// for every attribute in `ExportAttributes`; a nil attribute is left out, not written empty.
// Not supported: mixed directedness (`holds-role` points from source to target by convention but
// the edge is declared undirected, because networkx refuses mixed graphs), nested graphs, ports,
// hyperedges, and evidence sentences (use CSV or node-link JSON for those).
// Parallel edges (a `met` and a `holds-role` between one person and one institution) are kept:
// networkx then reads a MultiGraph.

#if canImport(FoundationXML)
    import FoundationXML
#endif
import Foundation

/// Writes the exported graph as GraphML, built with `XMLDocument` (never by string concatenation).
///
/// Key ids are `n_<name>` for node attributes and `e_<name>` for edge attributes; text passes
/// through `ExportText.clean`, so no XML-forbidden character is written. Deterministic: keys in
/// declaration order, nodes and edges in id order.
public struct GraphMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GraphML document of `graph` as UTF-8 data.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> Data {
        let graph = graph.exportedView
        let root = XMLElement(name: "graphml")
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: "http://graphml.graphdrawing.org/xmlns") as! XMLNode)
        root.addNamespace(XMLNode.namespace(withName: "xsi", stringValue: "http://www.w3.org/2001/XMLSchema-instance") as! XMLNode)
        root.addAttribute(XMLNode.attribute(
            withName: "xsi:schemaLocation",
            stringValue: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
            as! XMLNode)

        func declare<Item>(_ columns: [ExportAttributes.Column<Item>], for domain: String, prefix: String) {
            for column in columns {
                let key = XMLElement(name: "key")
                Self.set(key, "id", prefix + column.name)
                Self.set(key, "for", domain)
                Self.set(key, "attr.name", column.name)
                Self.set(key, "attr.type", column.type.rawValue)
                root.addChild(key)
            }
        }
        declare(ExportAttributes.node, for: "node", prefix: "n_")
        declare(ExportAttributes.edge, for: "edge", prefix: "e_")

        let graphElement = XMLElement(name: "graph")
        Self.set(graphElement, "id", "didar")
        Self.set(graphElement, "edgedefault", "undirected")
        // Nodes and edges are written one element at a time (`StreamedXML`): a large graph's whole tree
        // would not fit in memory comfortably. Both lists go in `<graph>`, nodes first.
        if !graph.nodes.isEmpty { graphElement.addChild(StreamedXML.placeholder(0)) }
        if !graph.edges.isEmpty { graphElement.addChild(StreamedXML.placeholder(1)) }
        root.addChild(graphElement)

        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return StreamedXML.data(document, lists: [
            { emit in
                for node in graph.nodes {
                    let element = XMLElement(name: "node")
                    Self.set(element, "id", node.id)
                    Self.addData(to: element, ExportAttributes.node, node, prefix: "n_")
                    emit(element)
                }
            },
            { emit in
                for edge in graph.edges {
                    let element = XMLElement(name: "edge")
                    Self.set(element, "id", edge.id)
                    Self.set(element, "source", edge.source)
                    Self.set(element, "target", edge.target)
                    Self.addData(to: element, ExportAttributes.edge, edge, prefix: "e_")
                    emit(element)
                }
            },
        ])
    }

    private static func set(_ element: XMLElement, _ name: String, _ value: String) {
        element.addAttribute(XMLNode.attribute(withName: name, stringValue: ExportText.clean(value)) as! XMLNode)
    }

    private static func addData<Item>(
        to element: XMLElement, _ columns: [ExportAttributes.Column<Item>], _ item: Item, prefix: String
    ) {
        for column in columns {
            guard let value = column.value(item) else { continue }
            let data = XMLElement(name: "data", stringValue: value.text)
            set(data, "key", prefix + column.name)
            element.addChild(data)
        }
    }
}
