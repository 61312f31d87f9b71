// Node-link JSON as read by networkx: https://networkx.org/documentation/stable/reference/readwrite/generated/networkx.readwrite.json_graph.node_link_graph.html
//
// Writes {"directed", "multigraph", "graph", "nodes", "edges"} with the edge list under an explicit
// "edges" key: load with `nx.node_link_graph(d, edges="edges")` on networkx ≥ 3.4, or
// `nx.node_link_graph(d, link="edges")` on older releases (which call the parameter `link` and
// default to "links"). `multigraph` is true only when some pair has two edges (for example a
// `met` and a `same-as-candidate` between an unnamed role-holder and a person); each edge then carries
// `"key": <edge id>`. Every `met` edge carries its evidence as a list of objects.
// Not supported: mixed directedness (`"directed": false`; `holds-role` points from source to
// target by convention), and the d3 "links" default name.

import Foundation

/// Writes the exported graph as node-link JSON with sorted keys, so equal graphs give equal bytes.
public struct NodeLinkJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The node-link JSON document of `graph` as UTF-8 data (pretty-printed, sorted keys).
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> Data {
        let sink = ExportSink.collecting()
        write(graph, to: sink)
        return Data(sink.bytes)
    }

    /// Prints the document `write` returns into `sink`, a node or an edge at a time, with the same bytes
    /// as `document(graph).prettyPrinted()`; the caller finishes the sink.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let multigraph = Self.hasParallelEdges(graph)
        // The members in sorted order, as `JSONValue` prints an object: only the two lists are long, so
        // they are printed an element at a time and the rest as values.
        func member(_ key: String, first: Bool = false) {
            sink.withBuffer { bytes in
                bytes.append(contentsOf: (first ? "{\n  " : ",\n  ").utf8)
                JSONString.append(key, to: &bytes)
                bytes.append(contentsOf: " : ".utf8)
            }
        }
        func list<Item>(_ items: [Item], _ value: (Item) -> JSONValue) {
            sink.append("[\n")
            for (i, item) in items.enumerated() {
                sink.withBuffer { bytes in
                    bytes.append(contentsOf: (i > 0 ? ",\n    " : "    ").utf8)
                    value(item).print(into: &bytes, depth: 2)
                }
            }
            sink.append("\n  ]")
        }
        member("directed", first: true)
        sink.append("false")
        member("edges")
        list(graph.edges) { Self.edge($0, multigraph: multigraph) }
        member("graph")
        sink.withBuffer { JSONValue.object(["name": .string("didar")]).print(into: &$0, depth: 1) }
        member("multigraph")
        sink.append(multigraph ? "true" : "false")
        member("nodes")
        list(graph.nodes, Self.node)
        sink.append("\n}")
    }

    /// The document `write` prints, as a value (the tests compare its printing with `JSONEncoder`'s).
    func document(_ graph: CorpusGraph) -> JSONValue {
        let graph = graph.exportedView
        let multigraph = Self.hasParallelEdges(graph)
        return .object([
            "directed": .bool(false),
            "multigraph": .bool(multigraph),
            "graph": .object(["name": .string("didar")]),
            "nodes": .array(graph.nodes.map(Self.node)),
            "edges": .array(graph.edges.map { Self.edge($0, multigraph: multigraph) }),
        ])
    }

    private static func node(_ node: GraphNode) -> JSONValue {
        var object: [String: JSONValue] = ["id": .string(node.id)]
        for column in ExportAttributes.node {
            if let value = column.value(node) { object[column.name] = JSONValue(value) }
        }
        return .object(object)
    }

    private static func edge(_ edge: GraphEdge, multigraph: Bool) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(edge.id), "source": .string(edge.source), "target": .string(edge.target),
        ]
        if multigraph { object["key"] = .string(edge.id) }
        for column in ExportAttributes.edge {
            if let value = column.value(edge) { object[column.name] = JSONValue(value) }
        }
        if !edge.evidence.isEmpty {
            object["evidence"] = .array(edge.evidence.map(Self.evidence))
        }
        return .object(object)
    }

    /// The merge log as JSON (`merges.json`), sorted keys.
    public static func merges(_ log: MergeLog) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain Codable structs of strings cannot fail.
        return (try? encoder.encode(log.decisions)) ?? Data("[]".utf8)
    }

    private static func evidence(_ item: Evidence) -> JSONValue {
        var object: [String: JSONValue] = [
            "document": .string(ExportText.clean(item.document)), "sentence": .int(item.sentence),
            "start": .int(item.start), "end": .int(item.end), "text": .string(ExportText.clean(item.text)),
            "meeting_id": .string(item.meetingID),
        ]
        object["date"] = item.date.map { .string($0) } ?? .null
        if let trigger = item.trigger { object["trigger"] = .string(ExportText.clean(trigger)) }
        if let kind = item.kind { object["kind"] = .string(kind.rawValue) }
        return .object(object)
    }

    static func hasParallelEdges(_ graph: CorpusGraph) -> Bool {
        var pairs: Set<[String]> = []
        for edge in graph.edges where !pairs.insert([edge.source, edge.target].sorted()).inserted {
            return true
        }
        return false
    }
}
