/// Counts strings and names a deterministic winner, so display choices never depend on input order.
///
/// Values are counted by their bytes (`ExactKey`): two spellings that differ in bytes are two values,
/// and the winner among them is chosen by the rules below, never by which came first. (With `String`'s
/// canonical equivalence a composed and a decomposed spelling would share one count and keep whichever
/// came first, and every count would pay for an NFC pass over Persian text.)
///
/// Memory: most tallies only ever see one value (a role written one way, an institution's one label), so
/// the first value is counted inline and a dictionary is made only for a second. A dictionary per tally
/// cost ~150 bytes even for one value, and the people's roles (`PersonDirectory`) fold two tallies for
/// each role a person held — the largest part of the end of a large build.
struct Tally: Sendable, Hashable {
    /// The first value counted, and its count.
    private var first: ExactKey?
    private var firstCount = 0
    /// Every other value (an empty dictionary allocates nothing).
    private var rest: [ExactKey: Int] = [:]

    mutating func add(_ value: String?, times: Int = 1) {
        guard let value, !value.isEmpty else { return }
        add(ExactKey(value), times: times)
    }

    private mutating func add(_ key: ExactKey, times: Int) {
        if first == nil {
            (first, firstCount) = (key, times)
        } else if first == key {
            firstCount += times
        } else {
            rest[key, default: 0] += times
        }
    }

    mutating func merge(_ other: Tally) {
        other.forEachCount { add($0, times: $1) }
    }

    /// Calls `body` with each value and its count.
    private func forEachCount(_ body: (ExactKey, Int) -> Void) {
        guard let first else { return }
        body(first, firstCount)
        for (value, count) in rest { body(value, count) }
    }

    /// The counts, by value.
    private var counts: [ExactKey: Int] {
        var counts = rest
        if let first { counts[first] = firstCount }
        return counts
    }

    /// The most frequent value; ties go to the longest (the fullest spelling), then the smallest.
    var winner: String? {
        guard let first else { return nil }
        guard !rest.isEmpty else { return first.string }
        return counts.min { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            let (l, r) = (lhs.key.string.unicodeScalars.count, rhs.key.string.unicodeScalars.count)
            if l != r { return l > r }
            return Self.precedes(lhs.key.string, rhs.key.string)
        }?.key.string
    }

    /// Every value except the winner, sorted.
    var others: [String] {
        guard !rest.isEmpty else { return [] }
        let best = winner.map(ExactKey.init)
        return counts.keys.filter { $0 != best }.map(\.string).sorted(by: Self.precedes)
    }

    var isEmpty: Bool { first == nil }

    /// Equal when they hold the same counts, whichever value came first.
    static func == (lhs: Tally, rhs: Tally) -> Bool {
        lhs.counts == rhs.counts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(counts)
    }

    /// `String`'s order, with byte order between values it holds equal (so that the winner is one value).
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs != rhs ? lhs < rhs : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
