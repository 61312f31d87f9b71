/// The shortest chain of meetings between two actors, with the evidence for every link.
///
/// Breadth-first search over `met` edges. Neighbours are visited in id order, so among equally
/// short chains the one found is always the same. Intermediaries are people by default: a chain
/// "through" a ministry or a delegation would join everyone who ever met that institution, which
/// says little about who can reach whom.
///
/// ```swift
/// if let path = PathFinder(index: index).shortestPath(from: "p_a…", to: "p_b…") {
///     for step in path.steps { print(step.from.label, "→", step.to.label, step.meetingCount) }
/// }
/// ```
public struct PathFinder: Sendable {
    /// One actor on the chain.
    public struct Stop: Codable, Sendable, Hashable {
        /// Node id.
        public var id: String
        /// Node kind.
        public var kind: NodeKind
        /// Display label.
        public var label: String
        /// Main role, if any.
        public var role: String?
    }

    /// One link of the chain: two actors who met, with every meeting that shows it.
    public struct Step: Codable, Sendable, Hashable {
        /// Where the link starts.
        public var from: Stop
        /// Where the link ends.
        public var to: Stop
        /// Distinct meetings between the two (in range).
        public var meetingCount: Int
        /// Those meetings, oldest first.
        public var encounters: [Encounter]
    }

    /// A chain of meetings; no steps when both ends are the same actor.
    public struct Path: Codable, Sendable, Hashable {
        /// Actors from start to end.
        public var stops: [Stop]
        /// Links between consecutive stops.
        public var steps: [Step]
        /// Number of links.
        public var length: Int { steps.count }
    }

    /// The index searched.
    public let index: CorpusIndex

    /// Creates a path finder over `index`.
    public init(index: CorpusIndex) {
        self.index = index
    }

    /// The shortest chain from `source` to `target`, or nil when they are not connected (or
    /// either id is not an actor).
    ///
    /// - Parameters:
    ///   - range: only meetings dated inside it count as links.
    ///   - through: kinds allowed as intermediaries (the ends may be any actor).
    /// Complexity: O(n + e) plus the evidence of the edges scanned.
    public func shortestPath(
        from source: String, to target: String, range: DateRange = .all, through: Set<NodeKind> = [.person]
    ) -> Path? {
        guard let start = index.graph.node(source), start.kind.isActor,
            let goal = index.graph.node(target), goal.kind.isActor
        else { return nil }
        if source == target { return Path(stops: [stop(start)], steps: []) }

        var parent: [String: (id: String, edge: GraphEdge)] = [:]
        var visited: Set<String> = [source]
        var frontier = [source]
        search: while !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                let links = (index.metEdges[id] ?? [])
                    .map { (index.neighbour(of: id, across: $0), $0) }
                    .sorted { $0.0 < $1.0 }
                for (other, edge) in links where !visited.contains(other) {
                    if !range.isUnbounded && !edge.evidence.contains(where: { range.contains($0.date) }) { continue }
                    if other != target {
                        guard let node = index.graph.node(other), through.contains(node.kind) else { continue }
                    }
                    visited.insert(other)
                    parent[other] = (id, edge)
                    if other == target { break search }
                    next.append(other)
                }
            }
            frontier = next
        }
        guard parent[target] != nil else { return nil }

        var chain: [(from: String, to: String, edge: GraphEdge)] = []
        var current = target
        while current != source, let link = parent[current] {
            chain.append((link.id, current, link.edge))
            current = link.id
        }
        chain.reverse()
        let steps = chain.map { link -> Step in
            let evidence = link.edge.evidence.filter { range.contains($0.date) }.sorted()
            return Step(
                from: stop(index.graph.node(link.from)!), to: stop(index.graph.node(link.to)!),
                meetingCount: Set(evidence.map(\.meetingID)).count,
                encounters: evidence.map { Encounter(evidence: $0, index: index) })
        }
        return Path(stops: [stop(start)] + steps.map(\.to), steps: steps)
    }

    private func stop(_ node: GraphNode) -> Stop {
        Stop(id: node.id, kind: node.kind, label: node.label, role: node.role)
    }
}
