/// Counts strings and names a deterministic winner, so display choices never depend on input order.
struct Tally: Sendable, Hashable {
    private(set) var counts: [String: Int] = [:]

    mutating func add(_ value: String?, times: Int = 1) {
        guard let value, !value.isEmpty else { return }
        counts[value, default: 0] += times
    }

    mutating func merge(_ other: Tally) {
        for (value, count) in other.counts { counts[value, default: 0] += count }
    }

    /// The most frequent value; ties go to the longest (the fullest spelling), then the smallest.
    var winner: String? {
        counts.min { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            let (l, r) = (lhs.key.unicodeScalars.count, rhs.key.unicodeScalars.count)
            if l != r { return l > r }
            return lhs.key < rhs.key
        }?.key
    }

    /// Every value except the winner, sorted.
    var others: [String] {
        let best = winner
        return counts.keys.filter { $0 != best }.sorted()
    }

    var isEmpty: Bool { counts.isEmpty }
}
