/// Every key prefix of every rule lexicon in one table, keyed by the prefix's FNV-1a hash (`PhraseMatcher.hash`).
///
/// The rules ask about twenty lexicon questions of every token. Each `Lexicon` can answer them alone, but then
/// each question pays its own `Set` and `Dictionary` look-ups (SipHash of a hash that is already a hash). Here one
/// probe answers, for a run of bytes, which lexicons have an entry *starting* with it and which have an entry
/// *equal* to it, with those entries chained behind the slot. The answers are the same as the lexicons' own:
/// the hashes are the same FNV-1a hashes of the same bytes, and every match is confirmed on the bytes.
struct RuleLexiconIndex: Sendable {
    /// One distinct prefix hash.
    struct Slot: Sendable {
        var hash: UInt64 = 0
        /// Lexicons (`RuleLexicon.bit`) with an entry whose key starts with these bytes (or is them).
        var starts: UInt64 = 0
        /// Lexicons with an entry whose key hashes to exactly this value.
        var ends: UInt64 = 0
        /// First entry in `chain` with this exact hash, or -1.
        var firstEntry: Int32 = -1
    }

    /// An entry of a lexicon whose key hashes to a slot's hash, and the next one with the same hash.
    private struct EntryRef: Sendable {
        var lexicon: Int32
        var entry: Int32
        var next: Int32
    }

    private var slots: [Slot]
    private var chain: [EntryRef] = []
    /// Slots taken.
    private var used = 0
    /// `slots.count - 1` (a power of two minus one).
    private let mask: Int
    private let shift: UInt64

    init(_ lexicons: [Lexicon]) {
        // The prefixes are counted with their repeats (`Lexicon.forEachPrefixHash` walks a prefix two keys share twice),
        // so a table of that many slots holds the distinct ones; it is doubled until at most half full, so that linear
        // probing stays short. (The bundled lexicons' 188 K prefixes are 94 K distinct: one table of 256 K slots.)
        var bits = 4
        while (1 << bits) < lexicons.reduce(0, { $0 + $1.prefixCount }) { bits += 1 }
        var index = RuleLexiconIndex(bits: bits)
        index.fill(lexicons)
        while index.used * 2 > index.slots.count {
            bits += 1
            index = RuleLexiconIndex(bits: bits)
            index.fill(lexicons)
        }
        self = index
    }

    /// An empty table of `1 << bits` slots.
    private init(bits: Int) {
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        mask = (1 << bits) - 1
        shift = UInt64(64 - bits)
    }

    /// Enters every prefix and every entry of `lexicons`.
    private mutating func fill(_ lexicons: [Lexicon]) {
        for (l, lexicon) in lexicons.enumerated() {
            let bit: UInt64 = 1 << UInt64(l)
            lexicon.forEachPrefixHash { slots[insert($0)].starts |= bit }
            for (e, entry) in lexicon.entries.enumerated() {
                let s = insert(PhraseMatcher.hash(entry.key))
                slots[s].ends |= bit
                chain.append(EntryRef(lexicon: Int32(l), entry: Int32(e), next: slots[s].firstEntry))
                slots[s].firstEntry = Int32(chain.count - 1)
            }
        }
    }

    /// Home position of a hash (Fibonacci hashing: the FNV-1a hash's high bits, well mixed).
    @inline(__always)
    private func home(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The slot of `h`, made if absent.
    private mutating func insert(_ h: UInt64) -> Int {
        var i = home(h)
        while slots[i].starts != 0 || slots[i].ends != 0 {
            if slots[i].hash == h { return i }
            i = (i + 1) & mask
        }
        slots[i].hash = h
        used += 1
        return i
    }

    /// The slot of `h`, nil when no key of any rule lexicon starts with bytes of that hash.
    @inline(__always)
    func slot(_ h: UInt64) -> Slot? {
        var i = home(h)
        while slots[i].starts != 0 || slots[i].ends != 0 {
            if slots[i].hash == h { return slots[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The index of the entry of `lexicon` whose key hashes to the slot's hash and satisfies `confirm` (the
    /// caller compares the bytes: two keys may share a hash).
    @inline(__always)
    func entry(of lexicon: RuleLexicon, in slot: Slot, where confirm: (Int) -> Bool) -> Int? {
        entry(ofLexicon: lexicon.rawValue, in: slot, where: confirm)
    }

    /// `entry(of:in:where:)` for the lexicon at `position` in the array the index was made of.
    @inline(__always)
    func entry(ofLexicon position: Int, in slot: Slot, where confirm: (Int) -> Bool) -> Int? {
        var r = slot.firstEntry
        while r >= 0 {
            let ref = chain[Int(r)]
            if ref.lexicon == Int32(position), confirm(Int(ref.entry)) { return Int(ref.entry) }
            r = ref.next
        }
        return nil
    }
}
