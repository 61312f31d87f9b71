// GraphML: http://graphml.graphdrawing.org/specification.html (primer:
// http://graphml.graphdrawing.org/primer/graphml-primer.html).
//
// Writes one undirected `<graph>` with typed `<key>` declarations (string, int, double, boolean)
// for every attribute in `ExportAttributes`; a nil attribute is left out, not written empty.
// Not supported: mixed directedness (`holds-role` points from source to target by convention but
// the edge is declared undirected, because networkx refuses mixed graphs), nested graphs, ports,
// hyperedges, and evidence sentences (use CSV or node-link JSON for those).
// Parallel edges (a `met` and a `same-as-candidate` between an unnamed role-holder and a person) are
// kept: networkx then reads a MultiGraph.

import Foundation

/// Writes the exported graph as GraphML, printed element by element through libxml2's streaming
/// writer (`XMLStreamWriter`), which does every escape (never string concatenation).
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
        let sink = ExportSink.collecting()
        write(graph, to: sink)
        return Data(sink.bytes)
    }

    /// Prints the GraphML document of `graph` into `sink`, a chunk at a time; the caller finishes the sink.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let xml = XMLStreamWriter(sink: sink)
        xml.start("graphml")
        xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
        xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        xml.attribute(
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")

        func declare<Item>(_ columns: [ExportAttributes.Column<Item>], for domain: String, prefix: String) {
            for column in columns {
                xml.start("key")
                xml.attribute("id", prefix + column.name)
                xml.attribute("for", domain)
                xml.attribute("attr.name", column.name)
                xml.attribute("attr.type", column.type.rawValue)
                xml.end()
            }
        }
        declare(ExportAttributes.node, for: "node", prefix: "n_")
        declare(ExportAttributes.edge, for: "edge", prefix: "e_")

        xml.start("graph")
        xml.attribute("id", "didar")
        xml.attribute("edgedefault", "undirected")
        for node in graph.nodes {
            xml.start("node")
            xml.attribute("id", ExportText.clean(node.id))
            Self.addData(to: xml, ExportAttributes.node, node, prefix: "n_")
            xml.end()
            xml.handOn()
        }
        for edge in graph.edges {
            xml.start("edge")
            xml.attribute("id", ExportText.clean(edge.id))
            xml.attribute("source", ExportText.clean(edge.source))
            xml.attribute("target", ExportText.clean(edge.target))
            Self.addData(to: xml, ExportAttributes.edge, edge, prefix: "e_")
            xml.end()
            xml.handOn()
        }
        xml.end()
        xml.end()
        xml.finish()
    }

    private static func addData<Item>(
        to xml: XMLStreamWriter, _ columns: [ExportAttributes.Column<Item>], _ item: Item, prefix: String
    ) {
        for column in columns {
            guard let value = column.value(item) else { continue }
            xml.start("data")
            xml.attribute("key", prefix + column.name)
            xml.text(value.text)
            xml.end()
        }
    }
}
