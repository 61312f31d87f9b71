/// The graph of a whole corpus: who met whom, in which roles, with the evidence.
///
/// Nodes: people, unnamed role-holders, groups, institutions, places, meetings and articles.
/// Edges: `attended` (person, role-holder or group → meeting), `represented` (institution →
/// meeting), `holds-role` (person → institution), `part-of` (meeting → article), `held-at`
/// (meeting → place), `met` (person — person, the projection of shared meetings onto the people
/// only) and `same-as-candidate` (unnamed role-holder → named person).
/// Nodes and edges are sorted by id, so equal input gives byte-equal output.
///
/// **The exported graph** (what `GraphFilter` produces and every writer is meant to receive) comes
/// in the views of `GraphFilter.Scope`. By default it is the people's network: people and unnamed
/// role-holders as nodes, `met` and `same-as-candidate` edges. The actors' view (`.all`) adds groups,
/// institutions, `holds-role` edges, and the meetings a group or an institution took part in, as
/// nodes tied to every participant by `attended` and `represented`. Articles and places are never
/// nodes there, and meetings only in the actors' view: they appear as the evidence of `met` edges
/// (meeting id, document, sentence, offsets, date, sentence text).
public struct CorpusGraph: Codable, Sendable, Hashable {
    /// Nodes sorted by id (read-only, so look-ups by binary search stay valid).
    public private(set) var nodes: [GraphNode]
    /// Edges sorted by id (read-only, like `nodes`).
    public private(set) var edges: [GraphEdge]
    /// Every resolution decision taken while building, sorted.
    public var mergeLog: MergeLog

    /// Creates a graph; nodes and edges are sorted by id.
    public init(nodes: [GraphNode], edges: [GraphEdge], mergeLog: MergeLog = MergeLog()) {
        // The ids are read out once: reading one through the array inside each comparison cost more than
        // comparing it.
        let nodeIDs = nodes.map(\.id), edgeIDs = edges.map(\.id)
        self.nodes = nodes.sortedByIndex { nodeIDs[$0] < nodeIDs[$1] }
        self.edges = edges.sortedByIndex { edgeIDs[$0] < edgeIDs[$1] }
        self.mergeLog = mergeLog
    }

    /// The node with `id`, if any. O(log n).
    public func node(_ id: String) -> GraphNode? {
        nodeIndex(id).map { nodes[$0] }
    }

    /// Whether a node with `id` exists. O(log n), and unlike `node(_:) != nil` it copies no node out.
    public func hasNode(_ id: String) -> Bool {
        nodeIndex(id) != nil
    }

    /// The position of the node with `id` in `nodes`, if any.
    private func nodeIndex(_ id: String) -> Int? {
        var low = 0
        var high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? low : nil
    }

    /// Edges of the given kind, in id order.
    public func edges(of kind: EdgeKind) -> [GraphEdge] {
        edges.filter { $0.kind == kind }
    }

    /// Nodes of the given kind, in id order.
    public func nodes(of kind: NodeKind) -> [GraphNode] {
        nodes.filter { $0.kind == kind }
    }
}
