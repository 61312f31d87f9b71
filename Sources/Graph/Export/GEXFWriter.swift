// GEXF 1.3: https://gexf.net/ (schema: http://gexf.net/1.3/gexf.xsd, primer: https://gexf.net/primer.html).
//
// Writes `mode="dynamic"` with `timeformat="date"`: every `met` edge carries one `<spell>` per
// distinct meeting date (start = end = that date), every other edge (`holds-role`,
// `same-as-candidate`, `attended`, `represented`) one spell from first to last date, and nodes
// `start`/`end` from first/last seen, so Gephi's timeline can replay who met whom. Attributes are
// declared in `<attributes class="node|edge">` with GEXF types (string, integer, double, boolean).
// Not supported: mixed directedness (every edge is undirected; `holds-role` points from source to
// target by convention, since networkx rejects a typed edge in an undirected graph), the `viz`
// module (colours, positions), hierarchy, undated meetings in the timeline (their edges have no
// spell for them), and evidence sentences (use CSV or node-link JSON).

import Foundation

/// Writes the exported graph as GEXF 1.3, printed element by element through libxml2's streaming
/// writer (`XMLStreamWriter`), which does every escape (never string concatenation).
///
/// Deterministic: no modification date is written, attributes in declaration order, nodes and
/// edges in id order. Text passes through `ExportText.clean`.
public struct GEXFWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The GEXF document of `graph` as UTF-8 data.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> Data {
        let sink = ExportSink.collecting()
        write(graph, to: sink)
        return Data(sink.bytes)
    }

    /// Prints the GEXF document of `graph` into `sink`, a chunk at a time; the caller finishes the sink.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let xml = XMLStreamWriter(sink: sink)
        xml.start("gexf")
        xml.attribute("xmlns", "http://gexf.net/1.3")
        xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        xml.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
        xml.attribute("version", "1.3")

        xml.start("meta")
        xml.element("creator", text: "Didar")
        xml.element("description", text: "Who met whom in Persian news")
        xml.end()

        xml.start("graph")
        xml.attribute("defaultedgetype", "undirected")
        xml.attribute("mode", "dynamic")
        xml.attribute("timeformat", "date")

        func declare<Item>(_ columns: [ExportAttributes.Column<Item>], class domain: String) {
            xml.start("attributes")
            xml.attribute("class", domain)
            xml.attribute("mode", "static")
            for column in columns {
                xml.start("attribute")
                xml.attribute("id", column.name)
                xml.attribute("title", column.name)
                xml.attribute("type", Self.gexfType(column.type))
                xml.end()
            }
            xml.end()
        }
        declare(Self.nodeColumns, class: "node")
        declare(Self.edgeColumns, class: "edge")

        xml.start("nodes")
        for node in graph.nodes {
            Self.write(node, to: xml)
            xml.handOn()
        }
        xml.end()
        xml.start("edges")
        for edge in graph.edges {
            Self.write(edge, to: xml)
            xml.handOn()
        }
        xml.end()
        xml.end()
        xml.end()
        xml.finish()
    }

    private static func write(_ node: GraphNode, to xml: XMLStreamWriter) {
        xml.start("node")
        xml.attribute("id", ExportText.clean(node.id))
        xml.attribute("label", ExportText.clean(node.label))
        if let first = node.firstSeen, let last = node.lastSeen {
            xml.attribute("start", ExportText.clean(first))
            xml.attribute("end", ExportText.clean(last))
        }
        writeValues(nodeColumns, node, to: xml)
        xml.end()
    }

    private static func write(_ edge: GraphEdge, to xml: XMLStreamWriter) {
        xml.start("edge")
        xml.attribute("id", ExportText.clean(edge.id))
        xml.attribute("source", ExportText.clean(edge.source))
        xml.attribute("target", ExportText.clean(edge.target))
        xml.attribute("label", edge.kind.rawValue)
        xml.attribute("weight", String(edge.weight))
        writeValues(edgeColumns, edge, to: xml)
        let spells = spells(of: edge)
        if !spells.isEmpty {
            xml.start("spells")
            for (start, end) in spells {
                xml.start("spell")
                xml.attribute("start", ExportText.clean(start))
                xml.attribute("end", ExportText.clean(end))
                xml.end()
            }
            xml.end()
        }
        xml.end()
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

    /// `<attvalues>` with one `<attvalue>` per attribute the item has; nothing when it has none.
    private static func writeValues<Item>(_ columns: [ExportAttributes.Column<Item>], _ item: Item, to xml: XMLStreamWriter) {
        var opened = false
        for column in columns {
            guard let value = column.value(item) else { continue }
            if !opened {
                xml.start("attvalues")
                opened = true
            }
            xml.start("attvalue")
            xml.attribute("for", column.name)
            xml.attribute("value", value.text)
            xml.end()
        }
        if opened { xml.end() }
    }
}
