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
        Data(document(graph).prettyPrinted())
    }

    /// The document `write` prints, as a value (the tests compare its printing with `JSONEncoder`'s).
    func document(_ graph: CorpusGraph) -> JSONValue {
        let graph = graph.exportedView
        let multigraph = Self.hasParallelEdges(graph)
        let nodes = graph.nodes.map { node -> JSONValue in
            var object: [String: JSONValue] = ["id": .string(node.id)]
            for column in ExportAttributes.node {
                if let value = column.value(node) { object[column.name] = JSONValue(value) }
            }
            return .object(object)
        }
        let edges = graph.edges.map { edge -> JSONValue in
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
        return .object([
            "directed": .bool(false),
            "multigraph": .bool(multigraph),
            "graph": .object(["name": .string("didar")]),
            "nodes": .array(nodes),
            "edges": .array(edges),
        ])
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
