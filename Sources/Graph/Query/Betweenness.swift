/// Brandes' betweenness centrality on an unweighted, undirected graph.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25
/// (2001). Sources are processed in id order and neighbours in id order, so the floating-point sums
/// happen in the same order on every run and the result is byte-stable.
enum Betweenness {
    /// Betweenness of every node of `adjacency` (node → neighbours), counting each unordered pair
    /// once (the directed sums are halved).
    ///
    /// Complexity: O(n·e) time, O(n + e) space.
    static func compute(_ adjacency: [String: [String]]) -> [String: Double] {
        let ids = adjacency.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let neighbours = ids.map { id in (adjacency[id] ?? []).compactMap { position[$0] }.sorted() }
        let n = ids.count
        var centrality = [Double](repeating: 0, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var distance = [Int](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var predecessors = [[Int]](repeating: [], count: n)
        for source in 0..<n {
            for v in 0..<n {
                sigma[v] = 0
                distance[v] = -1
                delta[v] = 0
                predecessors[v].removeAll(keepingCapacity: true)
            }
            sigma[source] = 1
            distance[source] = 0
            var order: [Int] = []
            var queue = [source]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for w in neighbours[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        sigma[w] += sigma[v]
                        predecessors[w].append(v)
                    }
                }
            }
            for w in order.reversed() {
                for v in predecessors[w] {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
                }
                if w != source { centrality[w] += delta[w] }
            }
        }
        var result: [String: Double] = [:]
        for (index, id) in ids.enumerated() { result[id] = centrality[index] / 2 }
        return result
    }
}
