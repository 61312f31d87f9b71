/// Communities of a people's network, found by greedy modularity (Clauset, Newman and Moore 2004),
/// deterministically.
///
/// Every person starts alone; the two communities joined by an edge whose union raises the
/// modularity most are merged, until no merge raises it. Edges count by their weight (for `met`, the
/// meetings). Ties go to the pair whose smallest member ids sort first, so the same graph always
/// gives the same communities. Communities are numbered from 0 by size (largest first), then by
/// their smallest member id; a node with no edge is a community of its own.
///
/// ```swift
/// let communities = Communities(graph)     // graph: a filtered view
/// communities.index["p_…"]                 // 0 for a member of the largest community
/// ```
///
/// Complexity: O(n·e) in the worst case (each merge scans the joined pairs); meant for the few
/// hundred people of a diagram, and still about a second for a few thousand.
public struct Communities: Sendable, Hashable {
    /// The community of each node, by node id.
    public let index: [String: Int]
    /// The members of each community, by community number; each list sorted by id.
    public let members: [[String]]

    /// Finds the communities of `graph`'s people (named and unnamed), over its `met` and
    /// `same-as-candidate` edges; other nodes and edges are ignored.
    public init(_ graph: CorpusGraph) {
        let people = graph.nodes.filter(\.kind.isPerson).map(\.id)  // sorted, as the graph's nodes are
        let position = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
        var between: [[Int: Double]] = Array(repeating: [:], count: people.count)
        var degree = Array(repeating: 0.0, count: people.count)
        var total = 0.0
        for edge in graph.edges where edge.kind == .met || edge.kind == .sameAsCandidate {
            guard let a = position[edge.source], let b = position[edge.target], a != b else { continue }
            let weight = Double(max(edge.weight, 1))
            between[a][b, default: 0] += weight
            between[b][a, default: 0] += weight
            degree[a] += weight
            degree[b] += weight
            total += weight
        }
        // A community is named by its smallest member's position, which never changes as it grows.
        var memberOf = Array(people.indices)
        var alive = Set(people.indices)
        if total > 0 {
            while true {
                var best: (gain: Double, a: Int, b: Int)?
                for a in alive.sorted() {
                    for (b, weight) in between[a] where b > a {
                        let gain = weight / total - degree[a] * degree[b] / (2 * total * total)
                        guard gain > 1e-12 else { continue }
                        // The weights are whole numbers, so equal gains are equal to rounding: the
                        // pair (a, b) that sorts first wins a tie, whatever the dictionary's order.
                        if let current = best {
                            let tie = abs(gain - current.gain) <= 1e-12
                            guard gain > current.gain + 1e-12 || (tie && (a, b) < (current.a, current.b)) else { continue }
                        }
                        best = (gain, a, b)
                    }
                }
                guard let (_, a, b) = best else { break }
                // Merge b into a: a keeps the smaller name.
                for (other, weight) in between[b] where other != a {
                    between[a][other, default: 0] += weight
                    between[other][a, default: 0] += weight
                    between[other][b] = nil
                }
                between[a][b] = nil
                between[b] = [:]
                degree[a] += degree[b]
                degree[b] = 0
                alive.remove(b)
                for i in memberOf.indices where memberOf[i] == b { memberOf[i] = a }
            }
        }
        var groups: [Int: [String]] = [:]
        for (i, id) in people.enumerated() { groups[memberOf[i], default: []].append(id) }
        let ordered = groups.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map(\.value)
        members = ordered
        var index: [String: Int] = [:]
        for (number, group) in ordered.enumerated() {
            for id in group { index[id] = number }
        }
        self.index = index
    }

    /// Number of communities of more than one person.
    public var nontrivialCount: Int { members.count { $0.count > 1 } }
}
