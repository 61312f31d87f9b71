/// Cuts the exported view out of a corpus graph: by weight, by date, around one person, by kind.
///
/// The result is always the *exported graph* (see `CorpusGraph`): actor nodes (people, unnamed
/// role-holders, groups, institutions) and `met`, `holds-role` and `same-as-candidate` edges;
/// meetings, articles and places stay behind as evidence. Steps, in order:
/// 1. `scope` picks node kinds: `.people` keeps people, role-holders and groups; `.institutions`
///    keeps institutions plus the people who hold a role in them (an organisation chart); `.all`
///    keeps every actor.
/// 2. `since`/`until` (inclusive ISO dates) keep only the `met` evidence dated inside the range and
///    recompute weights from it; other edges and nodes are kept when their first/last dates overlap
///    the range. Undated items are dropped as soon as a bound is given.
/// 3. `minWeight` drops `met` edges with fewer distinct meetings (other kinds are not weighed).
/// 4. `ego` keeps the nodes within `depth` hops of that node id, over the edges left by 1–3; an
///    unknown ego id gives an empty graph.
/// 5. `dropIsolated` removes nodes left without any edge (the ego is always kept).
///
/// ```swift
/// let diagram = GraphFilter(minWeight: 2, since: "2021-01-01", ego: "p_…", depth: 2).apply(to: graph)
/// ```
public struct GraphFilter: Codable, Sendable, Hashable {
    /// Which kinds of node a filtered graph holds.
    public enum Scope: String, Codable, Sendable, Hashable, CaseIterable {
        /// People, unnamed role-holders and groups.
        case people
        /// Institutions and the people who hold roles in them.
        case institutions
        /// Every actor.
        case all
    }

    /// Smallest number of distinct meetings a `met` edge needs.
    public var minWeight: Int
    /// Earliest date kept (inclusive ISO `yyyy-mm-dd`), or nil for no bound.
    public var since: String?
    /// Latest date kept (inclusive ISO `yyyy-mm-dd`), or nil for no bound.
    public var until: String?
    /// Node id at the centre of an ego network, or nil for the whole graph.
    public var ego: String?
    /// Hops from `ego` kept.
    public var depth: Int
    /// Which kinds of node are kept.
    public var scope: Scope
    /// Whether nodes without edges are removed.
    public var dropIsolated: Bool

    /// Creates a filter; the defaults keep the whole exported graph.
    public init(
        minWeight: Int = 1, since: String? = nil, until: String? = nil, ego: String? = nil, depth: Int = 1,
        scope: Scope = .all, dropIsolated: Bool = false
    ) {
        self.minWeight = minWeight
        self.since = since
        self.until = until
        self.ego = ego
        self.depth = depth
        self.scope = scope
        self.dropIsolated = dropIsolated
    }

    /// The filtered exported graph; nodes and edges sorted by id, the merge log cut to kept nodes.
    ///
    /// Complexity: O((n + e) log(n + e)) plus the evidence of every `met` edge.
    public func apply(to graph: CorpusGraph) -> CorpusGraph {
        let hasDates = since != nil || until != nil

        // Step 2 first on edges, so scope `.institutions` sees only the roles held in range.
        var edges: [GraphEdge] = graph.edges.compactMap { edge in
            guard edge.kind.isExported else { return nil }
            guard hasDates else { return edge }
            if edge.kind == .met { return restrictEvidence(edge) }
            return overlaps(edge.firstDate, edge.lastDate) ? edge : nil
        }
        edges.removeAll { $0.kind == .met && $0.weight < minWeight }

        // Step 1 and the node half of step 2.
        var keep: Set<String> = []
        let institutionHolders = Set(edges.filter { $0.kind == .holdsRole }.map(\.source))
        for node in graph.nodes where node.kind.isActor {
            if hasDates && !overlaps(node.firstSeen, node.lastSeen) { continue }
            switch scope {
            case .all: keep.insert(node.id)
            case .people where node.kind != .institution: keep.insert(node.id)
            case .institutions where node.kind == .institution || institutionHolders.contains(node.id):
                keep.insert(node.id)
            default: continue
            }
        }
        edges.removeAll { !keep.contains($0.source) || !keep.contains($0.target) }

        // Step 4.
        if let ego {
            guard keep.contains(ego) else { return CorpusGraph(nodes: [], edges: [], mergeLog: MergeLog()) }
            var neighbours: [String: [String]] = [:]
            for edge in edges {
                neighbours[edge.source, default: []].append(edge.target)
                neighbours[edge.target, default: []].append(edge.source)
            }
            var reached: Set<String> = [ego]
            var frontier = [ego]
            for _ in 0..<max(depth, 0) {
                var next: [String] = []
                for id in frontier {
                    for neighbour in neighbours[id] ?? [] where reached.insert(neighbour).inserted {
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
            keep = reached
            edges.removeAll { !keep.contains($0.source) || !keep.contains($0.target) }
        }

        // Step 5.
        if dropIsolated {
            var touched = Set(edges.flatMap { [$0.source, $0.target] })
            if let ego { touched.insert(ego) }
            keep.formIntersection(touched)
        }

        let nodes = graph.nodes.filter { keep.contains($0.id) }
        let decisions = graph.mergeLog.decisions.filter {
            keep.contains($0.fromID) || keep.contains($0.intoID)
        }
        return CorpusGraph(nodes: nodes, edges: edges, mergeLog: MergeLog(decisions))
    }

    /// True when the inclusive range `first…last` meets `since…until`; undated never meets.
    private func overlaps(_ first: String?, _ last: String?) -> Bool {
        guard let first = first ?? last, let last = last ?? Optional(first) else { return false }
        if let since, last < since { return false }
        if let until, first > until { return false }
        return true
    }

    /// A `met` edge keeping only the evidence dated in range, with weight and dates recomputed.
    private func restrictEvidence(_ edge: GraphEdge) -> GraphEdge? {
        var edge = edge
        edge.evidence = edge.evidence.filter { overlaps($0.date, $0.date) }
        guard !edge.evidence.isEmpty else { return nil }
        edge.meetingIDs = Array(Set(edge.evidence.map(\.meetingID))).sorted()
        edge.documents = Array(Set(edge.evidence.map(\.document))).sorted()
        edge.weight = edge.meetingIDs.count
        let dates = edge.evidence.compactMap(\.date).sorted()
        edge.firstDate = dates.first
        edge.lastDate = dates.last
        return edge
    }
}
