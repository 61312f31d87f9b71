/// The network around one actor, as a graph ready for any writer or for Graphviz.
///
/// A thin, named use of `GraphFilter`: the actors within `depth` hops of the centre over `met`,
/// `holds-role` and `same-as-candidate` edges, optionally restricted to a date range and a minimum
/// number of meetings per edge. Nodes left without edges are dropped, except the centre.
///
/// ```swift
/// let ego = EgoNetwork(index: index, center: "p_…", depth: 2)
/// let dot = DOTWriter().write(ego.graph)
/// ```
public struct EgoNetwork: Sendable {
    /// Node id at the centre.
    public let center: String
    /// Hops kept.
    public let depth: Int
    /// The subgraph: nodes and edges sorted by id; empty when the centre is unknown.
    public let graph: CorpusGraph

    /// Cuts the network of `center` out of the index's graph.
    ///
    /// - Parameters:
    ///   - depth: hops from the centre (at least 1 is sensible; 0 keeps the centre alone).
    ///   - range: keeps only `met` evidence dated inside it.
    ///   - minWeight: smallest number of meetings a `met` edge needs.
    ///   - scope: which kinds of actor are kept (see `GraphFilter.Scope`).
    public init(
        index: CorpusIndex, center: String, depth: Int = 1, range: DateRange = .all, minWeight: Int = 1,
        scope: GraphFilter.Scope = .all
    ) {
        self.center = center
        self.depth = depth
        graph = GraphFilter(
            minWeight: minWeight, since: range.since, until: range.fullUntil, ego: center, depth: depth, scope: scope,
            dropIsolated: true
        ).apply(to: index.graph)
    }
}
