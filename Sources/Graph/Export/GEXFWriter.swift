// GEXF 1.3: https://gexf.net/ (schema: http://gexf.net/1.3/gexf.xsd, primer: https://gexf.net/primer.html).
//
// Writes `mode="dynamic"` with `timeformat="date"`: every `met` edge carries one `<spell>` per
// distinct meeting date (start = end = that date), `holds-role` and `same-as-candidate` edges one
// spell from first to last date, and nodes `start`/`end` from first/last seen, so Gephi's timeline
// can replay who met whom. Attributes are declared in `<attributes class="node|edge">` with GEXF
// types (string, integer, double, boolean).
// Not supported: mixed directedness (every edge is undirected; `holds-role` points from source to
// target by convention, since networkx rejects a typed edge in an undirected graph), the `viz`
// module (colours, positions), hierarchy, undated meetings in the timeline (their edges have no
// spell for them), and evidence sentences (use CSV or node-link JSON).

#if canImport(FoundationXML)
    import FoundationXML
#endif
import Foundation

/// Writes the exported graph as GEXF 1.3, built with `XMLDocument` (never by string concatenation).
///
/// Deterministic: no modification date is written, attributes in declaration order, nodes and
/// edges in id order. Text passes through `ExportText.clean`.
public struct GEXFWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GEXF document of `graph` as UTF-8 data.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> Data {
        let graph = graph.exportedView
        let root = XMLElement(name: "gexf")
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: "http://gexf.net/1.3") as! XMLNode)
        root.addNamespace(XMLNode.namespace(withName: "xsi", stringValue: "http://www.w3.org/2001/XMLSchema-instance") as! XMLNode)
        Self.set(root, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
        Self.set(root, "version", "1.3")

        let meta = XMLElement(name: "meta")
        meta.addChild(XMLElement(name: "creator", stringValue: "Didar"))
        meta.addChild(XMLElement(name: "description", stringValue: "Who met whom in Persian news"))
        root.addChild(meta)

        let graphElement = XMLElement(name: "graph")
        Self.set(graphElement, "defaultedgetype", "undirected")
        Self.set(graphElement, "mode", "dynamic")
        Self.set(graphElement, "timeformat", "date")

        func declare<Item>(_ columns: [ExportAttributes.Column<Item>], class domain: String) {
            let attributes = XMLElement(name: "attributes")
            Self.set(attributes, "class", domain)
            Self.set(attributes, "mode", "static")
            for column in columns {
                let attribute = XMLElement(name: "attribute")
                Self.set(attribute, "id", column.name)
                Self.set(attribute, "title", column.name)
                Self.set(attribute, "type", Self.gexfType(column.type))
                attributes.addChild(attribute)
            }
            graphElement.addChild(attributes)
        }
        declare(Self.nodeColumns, class: "node")
        declare(Self.edgeColumns, class: "edge")

        // The node and edge lists are written one element at a time (`StreamedXML`): a large graph's
        // whole tree would not fit in memory comfortably.
        let nodes = XMLElement(name: "nodes")
        if !graph.nodes.isEmpty { nodes.addChild(StreamedXML.placeholder(0)) }
        graphElement.addChild(nodes)
        let edges = XMLElement(name: "edges")
        if !graph.edges.isEmpty { edges.addChild(StreamedXML.placeholder(1)) }
        graphElement.addChild(edges)
        root.addChild(graphElement)

        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return StreamedXML.data(document, lists: [
            { emit in for node in graph.nodes { emit(Self.element(node)) } },
            { emit in for edge in graph.edges { emit(Self.element(edge)) } },
        ])
    }

    private static func element(_ node: GraphNode) -> XMLElement {
        let element = XMLElement(name: "node")
        set(element, "id", node.id)
        set(element, "label", node.label)
        if let first = node.firstSeen, let last = node.lastSeen {
            set(element, "start", first)
            set(element, "end", last)
        }
        addValues(to: element, nodeColumns, node)
        return element
    }

    private static func element(_ edge: GraphEdge) -> XMLElement {
        let element = XMLElement(name: "edge")
        set(element, "id", edge.id)
        set(element, "source", edge.source)
        set(element, "target", edge.target)
        set(element, "label", edge.kind.rawValue)
        set(element, "weight", String(edge.weight))
        addValues(to: element, edgeColumns, edge)
        let spells = spells(of: edge)
        if !spells.isEmpty {
            let spellsElement = XMLElement(name: "spells")
            for (start, end) in spells {
                let spell = XMLElement(name: "spell")
                set(spell, "start", start)
                set(spell, "end", end)
                spellsElement.addChild(spell)
            }
            element.addChild(spellsElement)
        }
        return element
    }

    /// Node attributes; `label` is the node's own GEXF attribute, so it is not repeated.
    private static let nodeColumns = ExportAttributes.node.filter { $0.name != "label" }
    /// Edge attributes; `weight` is the edge's own GEXF attribute, so it is not repeated.
    private static let edgeColumns = ExportAttributes.edge.filter { $0.name != "weight" }

    /// The time intervals an edge was active: one per meeting date for `met`, else first…last.
    private static func spells(of edge: GraphEdge) -> [(String, String)] {
        if edge.kind == .met {
            return Array(Set(edge.evidence.compactMap(\.date))).sorted().map { ($0, $0) }
        }
        guard let first = edge.firstDate, let last = edge.lastDate else { return [] }
        return [(first, last)]
    }

    private static func gexfType(_ type: ExportAttributes.ValueType) -> String {
        switch type {
        case .string: "string"
        case .int: "integer"
        case .double: "double"
        case .boolean: "boolean"
        }
    }

    private static func set(_ element: XMLElement, _ name: String, _ value: String) {
        element.addAttribute(XMLNode.attribute(withName: name, stringValue: ExportText.clean(value)) as! XMLNode)
    }

    private static func addValues<Item>(to element: XMLElement, _ columns: [ExportAttributes.Column<Item>], _ item: Item) {
        let values = XMLElement(name: "attvalues")
        for column in columns {
            guard let value = column.value(item) else { continue }
            let attvalue = XMLElement(name: "attvalue")
            set(attvalue, "for", column.name)
            set(attvalue, "value", value.text)
            values.addChild(attvalue)
        }
        if values.childCount > 0 { element.addChild(values) }
    }
}
