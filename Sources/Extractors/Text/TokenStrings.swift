/// The strings of one document's tokens, each distinct spelling made into a `String` once.
///
/// Making a `String` from bytes validates them as UTF-8, about 300 instructions for a short Persian word
/// (and an allocation past 15 bytes); a news article repeats more than half of its tokens («و», «در», «،»,
/// the names it is about). The tokenizer asks this table for the string of each token's normalized bytes: a
/// spelling seen before in the document is copied from the table (16 bytes for a short string, a retain for
/// a long one), a new one is made and kept.
///
/// An open-addressing hash table keyed by the caller's FNV-1a hash of the bytes (the tokenizer computes it
/// anyway for `Token.keyHash`), spread over the slots by Fibonacci hashing (FNV-1a's low bits depend only on
/// the low bits of each byte); equal hashes are confirmed on the bytes, so a collision only costs a probe.
struct TokenStrings {
    /// One entry per distinct spelling: its hash, where its bytes are in `bytes`, and its string.
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
        var string: String
    }

    private var entries: [Entry] = []
    /// The bytes of every entry, one after the other, to compare a new spelling with.
    private var bytes: [UInt8] = []
    /// `slots[slot(h)]` is an index into `entries`, or -1 for an empty slot; kept at most half full.
    private var slots: [Int32]
    private var mask: Int
    /// 64 − log₂ of the slot count: the top bits of the spread hash pick the slot.
    private var shift: UInt64

    /// A table sized for about `expected` distinct spellings (it grows past that).
    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        entries.reserveCapacity(expected)
        bytes.reserveCapacity(expected * 8)
    }

    /// The string of `spelling` (valid UTF-8), whose FNV-1a hash is `hash`.
    mutating func string(_ spelling: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        var slot = self.slot(hash)
        while slots[slot] >= 0 {
            // The entry's fields read in place: a copy of the entry retained and released its string.
            let e = Int(slots[slot])
            if entries[e].hash == hash, entries[e].count == spelling.count, sameBytes(at: entries[e].start, spelling) {
                return entries[e].string
            }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: spelling, as: UTF8.self)
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: bytes.count, count: spelling.count, string: string))
        bytes.append(contentsOf: spelling)
        if entries.count * 2 > slots.count { grow() }
        return string
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    private func sameBytes(at start: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = 0
        while j < spelling.count {
            if bytes[start + j] != spelling[j] { return false }
            j += 1
        }
        return true
    }

    /// Doubles the slots and puts every entry back (an article with unusually many distinct tokens).
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        shift -= 1
        for (i, e) in entries.enumerated() {
            var slot = self.slot(e.hash)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
