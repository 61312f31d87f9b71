/// What Graphviz's own parser made of a DOT text: proof that the text is valid DOT, and its size.
public struct GraphSummary: Hashable, Sendable {
    /// The graph's name (empty for an anonymous graph).
    public let name: String
    /// Whether the graph is a `digraph`.
    public let isDirected: Bool
    /// Whether the graph is `strict` (no multi-edges).
    public let isStrict: Bool
    /// Number of nodes, as Graphviz counts them (nodes named only in edges included).
    public let nodeCount: Int
    /// Number of edges, as Graphviz counts them (a strict graph merges duplicates).
    public let edgeCount: Int

    /// Builds a summary; normally produced by ``GraphvizRenderer/parse(dot:)``.
    public init(name: String, isDirected: Bool, isStrict: Bool, nodeCount: Int, edgeCount: Int) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
    }
}
