/// Fast longest-match lookup of lexicon entries over runs of token keys.
///
/// Same answers as `Lexicon.longestMatch` (keys of consecutive tokens concatenated and compared
/// with entry keys), but hashed on UTF-8 bytes with 64-bit FNV-1a, continued token by token, and
/// cut short as soon as the concatenation is no prefix of any entry. Swift's `String` hashing
/// normalizes (NFC) non-ASCII text, which made lexicon lookups on every token the text layer's
/// main cost.
struct PhraseMatcher: Sendable {
    private let lexicon: Lexicon
    /// Every byte prefix of every entry key by its hash, with the entries whose whole key has that hash (collisions
    /// are checked on the bytes): the rules' open-addressing table over this one lexicon. A `Set<UInt64>` of the
    /// prefixes and a `[UInt64: [Int]]` of the keys before, whose every look-up hashed the hash again (SipHash).
    private let index: RuleLexiconIndex
    /// One bit per `hash & 0xFFFF` of the prefixes: most tokens are rejected here without a probe.
    private let prefixBits: [UInt64]
    private let maxTokens: Int

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ s: String, from h: UInt64 = seed) -> UInt64 {
        // Read on the contiguous bytes (native strings, small ones included, have them): iterating a
        // `String.UTF8View` cost about thirty instructions a byte.
        let fast = s.utf8.withContiguousStorageIfAvailable { bytes in
            var h = h
            for b in bytes { h = hash(byte: b, from: h) }
            return h
        }
        if let fast { return fast }
        var h = h
        for b in s.utf8 { h = hash(byte: b, from: h) }
        return h
    }

    /// The hash of UTF-8 bytes (the same as `hash(_:)` of the string they spell).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = hash(byte: b, from: h) }
        return h
    }

    /// One FNV-1a step: the hash continued by one byte.
    @inline(__always)
    static func hash(byte b: UInt8, from h: UInt64) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        index = RuleLexiconIndex([lexicon])
        prefixBits = lexicon.prefixBits
        // Entries with internal punctuation («ه.ش») span more tokens than their word count says.
        var most = lexicon.maxTokens
        for e in lexicon.entries {
            var pieces = 0
            var inRun = false
            for c in e.key.unicodeScalars {
                if Tokenizer.isLetter(c) || Tokenizer.isDigit(c) || Tokenizer.isLatin(c) {
                    if !inRun { pieces += 1 }
                    inRun = true
                } else {
                    pieces += 1
                    inRun = false
                }
            }
            most = max(most, pieces)
        }
        maxTokens = most
    }

    var isEmpty: Bool { lexicon.count == 0 }

    /// The entry whose key is exactly `key`, if any.
    func entry(key: String) -> LexiconEntry? {
        // An entry's own hash is one of its prefixes' hashes: a clear bit answers before the dictionary's SipHash.
        let h = Self.hash(key)
        guard prefixBits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, let slot = index.slot(h), slot.ends != 0,
              let i = index.entry(ofLexicon: 0, in: slot, where: { lexicon.entries[$0].key.sameBytes(key) }) else { return nil }
        return lexicon.entries[i]
    }

    /// True when some entry key may start with the key whose hash is `hash` (a bit test, then the set):
    /// false means no entry starts at a token with this key.
    @inline(__always)
    func mayStart(_ hash: UInt64) -> Bool {
        prefixBits[Int(hash & 0xFFFF) >> 6] & (1 << (hash & 63)) != 0 && index.slot(hash) != nil
    }

    /// The longest entry spelled by the keys of `tokens[start..<limit]`, as (token count, entry).
    @inline(__always)
    func longestMatch(_ tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, entry: LexiconEntry)? {
        // Most calls start at a token that begins no entry: that is answered here, inlined at the call
        // site, without the call and the set-up of the full search (same answer: its first step stops).
        guard start < tokens.count, prefixBits[Int(tokens[start].keyHash & 0xFFFF) >> 6] & (1 << (tokens[start].keyHash & 63)) != 0 else { return nil }
        return search(tokens, at: start, limit: limit)
    }

    /// `longestMatch` past its first test.
    private func search(_ tokens: [Token], at start: Int, limit: Int?) -> (length: Int, entry: LexiconEntry)? {
        let end = min(limit ?? tokens.count, tokens.count, start + maxTokens)
        guard start < end else { return nil }
        var h = Self.seed
        var best: (Int, LexiconEntry)?
        for i in start..<end {
            h = i == start ? tokens[i].keyHash : Self.hash(tokens[i].key, from: h)
            guard prefixBits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0, let slot = index.slot(h), slot.starts != 0 else { break }
            // (The keys of a lexicon are distinct, so at most one entry spells the run.)
            if slot.ends != 0, let c = index.entry(ofLexicon: 0, in: slot, where: { matches(lexicon.entries[$0].key, tokens[start...i]) }) {
                best = (i - start + 1, lexicon.entries[c])
            }
        }
        return best
    }

    /// True when the concatenated keys of `run` are exactly `key` (compared on UTF-8 bytes).
    private func matches(_ key: String, _ run: ArraySlice<Token>) -> Bool {
        var it = key.utf8.makeIterator()
        for t in run {
            for b in t.key.utf8 where it.next() != b { return false }
        }
        return it.next() == nil
    }
}

extension String {
    /// Byte equality of two keys: what `==` means for normalized keys, without `String`'s
    /// canonical-equivalence comparison (slow on non-ASCII text).
    @inline(__always)
    func sameBytes(_ other: String) -> Bool {
        utf8.count == other.utf8.count && endsWithBytes(other)
    }

    /// Byte suffix test of a normalized key: `hasSuffix` without `String`'s normalization.
    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        guard a.count >= b.count else { return false }
        // Compared in place on the contiguous bytes (native strings always have them); the generic
        // reversed-sequence comparison cost a few hundred instructions a call, and `elementsEqual` on the slices
        // (iterators over a slice) ~50 for the few bytes of a suffix: an indexed loop is a third of that. The
        // rules ask it millions of times a corpus (`hasKeySuffix`, `sameBytes`).
        let fast = a.withContiguousStorageIfAvailable { pa in
            b.withContiguousStorageIfAvailable { pb in
                var i = pa.count - pb.count
                for byte in pb {
                    guard pa[i] == byte else { return false }
                    i &+= 1
                }
                return true
            }
        }
        return (fast ?? nil) ?? a.reversed().starts(with: b.reversed())
    }
}
