/// Cuts an exported view out of a corpus graph: by kind, by date, by weight, around one person.
///
/// The result is always an *exported graph* (see `CorpusGraph`); articles and places stay behind
/// as evidence. Steps, in order:
/// 1. `scope` picks the view. `.people` (the default): people and unnamed role-holders, `met` and
///    `same-as-candidate` edges. `.institutions`: institutions plus the people who hold a role in
///    them (an organisation chart), with `holds-role` edges and the `met` edges among those people.
///    `.all`, the actors' view: every actor (people, role-holders, groups, institutions), `met`,
///    `holds-role` and `same-as-candidate` edges, and each meeting a group or an institution took
///    part in as a node, tied to the group by `attended`, to the institution by `represented` and
///    to the people who were there by `attended` (meetings of people alone are their `met` edges).
/// 2. `since`/`until` (inclusive ISO dates) keep only the `met` evidence dated inside the range and
///    recompute weights from it; other edges and nodes are kept when their first/last dates overlap
///    the range. Undated items are dropped as soon as a bound is given.
/// 3. `minWeight` drops every edge of smaller weight: `met` counts distinct meetings, `holds-role`
///    and `same-as-candidate` articles, and `attended`/`represented` weigh 1 (one meeting each), so
///    above 1 the actors' view keeps no meeting node.
/// 4. `ego` keeps the nodes within `depth` hops of that node id, over the edges left by 1–3; an
///    unknown ego id gives an empty graph.
/// 5. `dropIsolated` removes nodes left without any edge (the ego is always kept).
///
/// ```swift
/// let diagram = GraphFilter(minWeight: 2, since: "2021-01-01", ego: "p_…", depth: 2).apply(to: graph)
/// let actors = GraphFilter(scope: .all).apply(to: graph)
/// ```
public struct GraphFilter: Codable, Sendable, Hashable {
    /// Which view of the corpus a filtered graph is.
    public enum Scope: String, Codable, Sendable, Hashable, CaseIterable {
        /// The people's network: people and unnamed role-holders, joined by `met`.
        case people
        /// Institutions and the people who hold roles in them.
        case institutions
        /// The actors' view: every actor, with groups and institutions tied to their meetings.
        case all

        /// The edge kinds the view holds.
        var edgeKinds: Set<EdgeKind> {
            switch self {
            case .people: [.met, .sameAsCandidate]
            case .institutions: [.met, .holdsRole, .sameAsCandidate]
            case .all: [.met, .holdsRole, .sameAsCandidate, .attended, .represented]
            }
        }
    }

    /// Smallest weight an edge needs (for `met`, distinct meetings; see step 3).
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

    /// Creates a filter; the defaults keep the whole people's network.
    public init(
        minWeight: Int = 1, since: String? = nil, until: String? = nil, ego: String? = nil, depth: Int = 1,
        scope: Scope = .people, dropIsolated: Bool = false
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
        let kinds = scope.edgeKinds
        var edges: [GraphEdge] = graph.edges.compactMap { edge in
            guard kinds.contains(edge.kind) else { return nil }
            guard hasDates else { return edge }
            if edge.kind == .met { return restrictEvidence(edge) }
            return overlaps(edge.firstDate, edge.lastDate) ? edge : nil
        }
        // Step 3.
        edges.removeAll { $0.weight < minWeight }

        // Step 1 and the node half of step 2.
        var keep: Set<String> = []
        let institutionHolders = Set(edges.filter { $0.kind == .holdsRole }.map(\.source))
        // In the actors' view, the meetings a group or an institution took part in (what is left of them).
        var meetings: Set<String> = []
        if scope == .all {
            let groups = Set(graph.nodes(of: .group).map(\.id))
            for edge in edges where edge.kind == .represented || (edge.kind == .attended && groups.contains(edge.source)) {
                meetings.insert(edge.target)
            }
            edges.removeAll { $0.kind == .attended && !meetings.contains($0.target) }
        }
        for node in graph.nodes where node.kind.isActor || meetings.contains(node.id) {
            if hasDates && !overlaps(node.firstSeen, node.lastSeen) { continue }
            switch scope {
            case .all: keep.insert(node.id)
            case .people where node.kind.isPerson: keep.insert(node.id)
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
