/// The readable whole-corpus picture: the people with the most meetings, what was left out, and
/// the communities to colour.
///
/// A corpus of thousands of articles has thousands of people, most of them met once; drawn whole,
/// no label can be read. `Overview` keeps the `top` people by distinct meetings in the view (ties:
/// more people met, then id) and the edges among what it keeps. In the actors' view it also keeps
/// the other nodes those people touch (the institutions of their roles, the meetings they were at)
/// and the groups and institutions at those meetings. When it cut anyone, it drops what the cut left
/// without an edge. It counts what it left out, so a summary can say so and how to see it.
///
/// ```swift
/// let view = GraphFilter(dropIsolated: true).apply(to: graph)
/// let overview = Overview(top: 100).apply(to: view)
/// overview.graph            // at most 100 people
/// overview.communities      // greedy modularity on them
/// ```
///
/// Complexity: O((n + e) log(n + e)) for the cut, plus `Communities` on what is kept.
public struct Overview: Sendable, Hashable {
    /// Most people kept; 0 keeps them all.
    public var top: Int

    /// Creates an overview of at most `top` people (0: all).
    public init(top: Int) {
        self.top = top
    }

    /// What an overview kept and left out.
    public struct Result: Sendable, Hashable {
        /// The graph to draw.
        public var graph: CorpusGraph
        /// The communities of its people.
        public var communities: Communities
        /// People (named and unnamed) in the view before the cut.
        public var peopleInView: Int
        /// People kept.
        public var peopleShown: Int
        /// Whether the `top` limit removed anyone (rather than the view being small enough).
        public var limited: Bool
    }

    /// The meetings of each person in `view`: distinct meeting ids over the `met` edges it has there.
    public static func meetingCounts(_ view: CorpusGraph) -> [String: Int] {
        var meetings: [String: Set<String>] = [:]
        for edge in view.edges where edge.kind == .met {
            meetings[edge.source, default: []].formUnion(edge.meetingIDs)
            meetings[edge.target, default: []].formUnion(edge.meetingIDs)
        }
        return meetings.mapValues(\.count)
    }

    /// The people of `view` in overview order: most meetings, then most people met, then id.
    public static func ranking(_ view: CorpusGraph) -> [String] {
        let meetings = meetingCounts(view)
        var contacts: [String: Int] = [:]
        for edge in view.edges where edge.kind == .met {
            contacts[edge.source, default: 0] += 1
            contacts[edge.target, default: 0] += 1
        }
        return view.nodes.filter(\.kind.isPerson).map(\.id).sorted {
            (-(meetings[$0] ?? 0), -(contacts[$0] ?? 0), $0) < (-(meetings[$1] ?? 0), -(contacts[$1] ?? 0), $1)
        }
    }

    /// The overview of `view` (a `GraphFilter` result).
    public func apply(to view: CorpusGraph) -> Result {
        let ranked = Self.ranking(view)
        guard top > 0, ranked.count > top else {
            return Result(
                graph: view, communities: Communities(view), peopleInView: ranked.count, peopleShown: ranked.count,
                limited: false)
        }
        let chosen = Set(ranked.prefix(top))
        // Beside the chosen people, the actors' view keeps what they touch (their institutions and the
        // meetings they were at) and the groups and institutions at those meetings, nothing further.
        let kinds = Dictionary(uniqueKeysWithValues: view.nodes.map { ($0.id, $0.kind) })
        var keep = chosen
        for edge in view.edges {
            for (end, other) in [(edge.source, edge.target), (edge.target, edge.source)]
            where chosen.contains(end) && kinds[other]?.isPerson == false {
                keep.insert(other)
            }
        }
        for edge in view.edges where (edge.kind == .attended || edge.kind == .represented) && keep.contains(edge.target) {
            if kinds[edge.source]?.isPerson == false { keep.insert(edge.source) }
        }
        let edges = view.edges.filter { keep.contains($0.source) && keep.contains($0.target) }
        // What the cut leaves without an edge is dropped: a diagram shows connections.
        keep = Set(edges.flatMap { [$0.source, $0.target] })
        let nodes = view.nodes.filter { keep.contains($0.id) }
        let decisions = view.mergeLog.decisions.filter { keep.contains($0.fromID) || keep.contains($0.intoID) }
        let graph = CorpusGraph(nodes: nodes, edges: edges, mergeLog: MergeLog(decisions))
        return Result(
            graph: graph, communities: Communities(graph), peopleInView: ranked.count,
            peopleShown: nodes.count { $0.kind.isPerson }, limited: true)
    }
}
