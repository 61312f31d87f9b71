/// Corpus-wide numbers: counts by kind, the most connected people (by degree and by betweenness),
/// the largest institutions, and meetings per month.
///
/// Centrality is computed on the people network: `met` edges whose two ends are of the kinds in
/// `networkKinds` (named people by default; unnamed role-holders such as "the minister" pool many
/// different people and would look falsely central). Every ranking breaks ties by id.
///
/// ```swift
/// let stats = CorpusStats(index: index, limit: 10)
/// for person in stats.topByBetweenness { print(person.label, person.betweenness) }
/// ```
public struct CorpusStats: Codable, Sendable, Hashable {
    /// A count under a name (a node kind, an edge kind, a merge outcome).
    public struct Count: Codable, Sendable, Hashable {
        /// What is counted.
        public var name: String
        /// How many.
        public var count: Int
    }

    /// A person with centrality measures.
    public struct RankedPerson: Codable, Sendable, Hashable {
        /// Node id.
        public var id: String
        /// Node kind.
        public var kind: NodeKind
        /// Display label.
        public var label: String
        /// Main role, if any.
        public var role: String?
        /// Distinct people met (in the people network).
        public var degree: Int
        /// Distinct meetings attended.
        public var meetingCount: Int
        /// Betweenness centrality (unnormalized, each unordered pair counted once).
        public var betweenness: Double
    }

    /// An institution and how many distinct people hold or held a role in it.
    public struct InstitutionSize: Codable, Sendable, Hashable {
        /// Node id.
        public var id: String
        /// Label.
        public var label: String
        /// Distinct people and role-holders with a role there.
        public var people: Int
        /// Distinct articles mentioning the institution.
        public var documentCount: Int
    }

    /// Meetings dated in one month.
    public struct MonthCount: Codable, Sendable, Hashable {
        /// `yyyy-mm`.
        public var month: String
        /// Number of meetings.
        public var meetings: Int
    }

    /// Number of articles.
    public var documents: Int
    /// Nodes per kind, in kind order (zero counts included).
    public var nodes: [Count]
    /// Edges per kind, in kind order (zero counts included).
    public var edges: [Count]
    /// Resolution decisions per outcome.
    public var mergeDecisions: [Count]
    /// Most connected people by degree (then meetings, then id).
    public var topByDegree: [RankedPerson]
    /// Most connected people by betweenness (then degree, then id).
    public var topByBetweenness: [RankedPerson]
    /// Institutions with the most role-holders (then articles, then id).
    public var largestInstitutions: [InstitutionSize]
    /// Meetings per month, chronological.
    public var meetingsPerMonth: [MonthCount]
    /// Meetings with no date.
    public var undatedMeetings: Int

    /// Computes the statistics of `index`.
    ///
    /// - Parameters:
    ///   - limit: length of each top list.
    ///   - networkKinds: node kinds of the network used for degree and betweenness.
    /// Complexity: O(n·e) for betweenness on the people network, O((n + e) log(n + e)) otherwise.
    public init(index: CorpusIndex, limit: Int = 10, networkKinds: Set<NodeKind> = [.person]) {
        let graph = index.graph
        var nodeCounts: [NodeKind: Int] = [:]
        for node in graph.nodes { nodeCounts[node.kind, default: 0] += 1 }
        var edgeCounts: [EdgeKind: Int] = [:]
        for edge in graph.edges { edgeCounts[edge.kind, default: 0] += 1 }
        documents = nodeCounts[.article] ?? 0
        nodes = NodeKind.allCases.map { Count(name: $0.rawValue, count: nodeCounts[$0] ?? 0) }
        edges = EdgeKind.allCases.map { Count(name: $0.rawValue, count: edgeCounts[$0] ?? 0) }
        mergeDecisions = MergeDecision.Outcome.allCases.map { outcome in
            Count(name: outcome.rawValue, count: graph.mergeLog.decisions.count { $0.outcome == outcome })
        }

        let adjacency = Self.adjacency(graph, kinds: networkKinds)
        let betweenness = Betweenness.compute(adjacency)
        let ranked = Self.ranked(adjacency, index: index, betweenness: betweenness)
        topByDegree = Array(Self.byDegree(ranked).prefix(limit))
        topByBetweenness = Array(ranked.filter { $0.betweenness > 0 }.sorted {
            if $0.betweenness != $1.betweenness { return $0.betweenness > $1.betweenness }
            return ($0.degree, $1.id) > ($1.degree, $0.id)
        }.prefix(limit))

        var holders: [String: Set<String>] = [:]
        for edge in graph.edges(of: .holdsRole) { holders[edge.target, default: []].insert(edge.source) }
        largestInstitutions = Array(holders.compactMap { id, people -> InstitutionSize? in
            guard let node = graph.node(id) else { return nil }
            return InstitutionSize(id: id, label: node.label, people: people.count, documentCount: node.documentCount)
        }.sorted {
            (-$0.people, -$0.documentCount, $0.id) < (-$1.people, -$1.documentCount, $1.id)
        }.prefix(limit))

        var months: [String: Int] = [:]
        var undated = 0
        for meeting in graph.nodes(of: .meeting) {
            if let date = meeting.firstSeen, date.count >= 7 {
                months[String(date.prefix(7)), default: 0] += 1
            } else {
                undated += 1
            }
        }
        meetingsPerMonth = months.keys.sorted().map { MonthCount(month: $0, meetings: months[$0]!) }
        undatedMeetings = undated
    }

    /// Every node of `kinds` ranked as `topByDegree` is (degree in the `met` network of those kinds, then
    /// meetings, then id), without the betweenness: for a caller that needs the ranking often and fast.
    public static func peopleByDegree(index: CorpusIndex, kinds: Set<NodeKind> = [.person]) -> [RankedPerson] {
        byDegree(ranked(adjacency(index.graph, kinds: kinds), index: index, betweenness: [:]))
    }

    private static func adjacency(_ graph: CorpusGraph, kinds: Set<NodeKind>) -> [String: [String]] {
        var adjacency: [String: [String]] = [:]
        for node in graph.nodes where kinds.contains(node.kind) { adjacency[node.id] = [] }
        for edge in graph.edges(of: .met) where adjacency[edge.source] != nil && adjacency[edge.target] != nil {
            adjacency[edge.source]!.append(edge.target)
            adjacency[edge.target]!.append(edge.source)
        }
        return adjacency
    }

    private static func ranked(_ adjacency: [String: [String]], index: CorpusIndex, betweenness: [String: Double]) -> [RankedPerson] {
        adjacency.keys.compactMap { id -> RankedPerson? in
            guard let node = index.graph.node(id) else { return nil }
            return RankedPerson(
                id: id, kind: node.kind, label: node.label, role: node.role, degree: adjacency[id]!.count,
                meetingCount: index.meetingCount(of: id), betweenness: betweenness[id] ?? 0)
        }
    }

    private static func byDegree(_ ranked: [RankedPerson]) -> [RankedPerson] {
        ranked.sorted { (-$0.degree, -$0.meetingCount, $0.id) < (-$1.degree, -$1.meetingCount, $1.id) }
    }
}
