/// Counts strings and names a deterministic winner, so display choices never depend on input order.
///
/// Values are counted by their bytes (`ExactKey`): two spellings that differ in bytes are two values,
/// and the winner among them is chosen by the rules below, never by which came first. (With `String`'s
/// canonical equivalence a composed and a decomposed spelling would share one count and keep whichever
/// came first, and every count would pay for an NFC pass over Persian text.)
struct Tally: Sendable, Hashable {
    private var counts: [ExactKey: Int] = [:]

    mutating func add(_ value: String?, times: Int = 1) {
        guard let value, !value.isEmpty else { return }
        counts[ExactKey(value), default: 0] += times
    }

    mutating func merge(_ other: Tally) {
        for (value, count) in other.counts { counts[value, default: 0] += count }
    }

    /// The most frequent value; ties go to the longest (the fullest spelling), then the smallest.
    var winner: String? {
        counts.min { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            let (l, r) = (lhs.key.string.unicodeScalars.count, rhs.key.string.unicodeScalars.count)
            if l != r { return l > r }
            return Self.precedes(lhs.key.string, rhs.key.string)
        }?.key.string
    }

    /// Every value except the winner, sorted.
    var others: [String] {
        let best = winner.map(ExactKey.init)
        return counts.keys.filter { $0 != best }.map(\.string).sorted(by: Self.precedes)
    }

    var isEmpty: Bool { counts.isEmpty }

    /// `String`'s order, with byte order between values it holds equal (so that the winner is one value).
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs != rhs ? lhs < rhs : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
