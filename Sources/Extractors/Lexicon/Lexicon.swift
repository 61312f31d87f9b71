/// One entry of a lexicon file: the written form, its matching key and its attributes.
///
/// A line of a lexicon file reads `surface | name=value | name=value`, for example
/// `شهردار | gloss=mayor | institution=شهرداری`. Text after `#` is a comment.
public struct LexiconEntry: Sendable, Hashable {
    /// The entry as written in the file (display form, ZWNJ as the linguist wrote it).
    public var surface: String
    /// `PersianNormalizer.key(surface)`: spaces and ZWNJ removed, letters unified.
    public var key: String
    /// Number of words in `surface` (spaces and ZWNJs both separate words here, since real text
    /// may write «حجت‌الاسلام» as one, two or three tokens).
    public var wordCount: Int
    public var attributes: [String: String] { didSet { listedKeys = Self.listedKeys(attributes) } }
    /// The keys of the comma-separated words of each list attribute (`listAttributes`) the entry has: `lists` asks
    /// them for every token a head or a name is read at, and splitting and keying the value each time cost 2 % of a
    /// build.
    private var listedKeys: [String: [String]]
    /// `file:line` of the entry, for error messages and for explaining a match.
    public var source: String
    /// True when the entry's last word is the conjunction «و» written alone («دیدار و»). Keys drop spaces, so an
    /// entry ending in the letter «و» («پرو», «کاپلو», «فرارو») would otherwise match a word and the «و» after it
    /// («پر و», «کاپل و»): a run ending in a lone «و» spells only an entry that writes it alone.
    public var endsWithAnd: Bool

    public init(surface: String, attributes: [String: String] = [:], source: String) {
        self.surface = surface
        self.key = PersianNormalizer.key(surface)
        let normalized = PersianNormalizer.normalize(surface)
        self.wordCount = Self.wordCount(normalized)
        self.endsWithAnd = Self.lastWordIsAnd(normalized)
        self.attributes = attributes
        self.listedKeys = Self.listedKeys(attributes)
        self.source = source
    }

    /// The attributes whose value is a comma list of words that `lists(_:key:)` is asked about.
    static let listAttributes: Set<String> = ["not-before", "not-after", "in-name-after", "joins", "qualifiers", "unless-next"]

    /// `listedKeys` of these attributes.
    private static func listedKeys(_ attributes: [String: String]) -> [String: [String]] {
        var keys: [String: [String]] = [:]
        for (name, value) in attributes where listAttributes.contains(name) { keys[name] = listKeys(value) }
        return keys
    }

    /// The keys of the comma-separated words of `value`.
    private static func listKeys(_ value: String) -> [String] { value.split(separator: ",").map { PersianNormalizer.key(String($0)) } }

    /// The conjunction «و» as a key.
    static let and = "و"

    /// True when the last space-separated word of `normalized` is «و» alone. Asked on the bytes: the `Character`
    /// split it replaces cost two thirds of making an entry, 7 K instructions a line of the lexicons. A word is
    /// cut at a space (a `Character` of its own after a letter), so the word is «و» when its two bytes are all that
    /// stand after the last space, the trailing spaces aside.
    static func lastWordIsAnd(_ normalized: String) -> Bool {
        var bytes = Array(normalized.utf8)
        while bytes.last == 0x20 { bytes.removeLast() }
        let and = Array(Self.and.utf8)
        guard bytes.count >= and.count, Array(bytes.suffix(and.count)) == and else { return false }
        return bytes.count == and.count || bytes[bytes.count - and.count - 1] == 0x20
    }

    /// True when the comma-separated words of `attribute` («not-before=اول,دوم», «in-name-after=نماز,ائمه») hold a word
    /// whose key is `key`; false when the entry has no such attribute.
    func lists(_ attribute: String, key: String) -> Bool {
        if let keys = listedKeys[attribute] { return keys.contains { $0.sameBytes(key) } }
        // An attribute outside `listAttributes` is read from its value.
        return attributes[attribute].map { Self.listKeys($0).contains(key) } ?? false
    }

    /// True when a run of tokens ending in `lastKey` may spell this entry: a run of more than one token ending in the
    /// conjunction alone only when the entry writes it alone (`endsWithAnd`).
    @inline(__always)
    func mayEndRun(with lastKey: String, tokens: Int) -> Bool {
        tokens == 1 || endsWithAnd || !lastKey.sameBytes(Self.and)
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// The words of a normalized surface: its `Character`s split at a space or a ZWNJ standing alone.
    ///
    /// A ZWNJ joins the `Character` of the letter before it, so in practice only spaces split (a multi-word
    /// entry's `maxTokens` comes from this count, so it stays as it was). Counted on the scalars when each is a
    /// letter, a digit, printable ASCII or a ZWNJ after one of those (then a space is a `Character` of its own and
    /// a ZWNJ never is): the `Character` split cost a tenth of loading the lexicons.
    static func wordCount(_ normalized: String) -> Int {
        var words = 0
        var inWord = false
        for s in normalized.unicodeScalars {
            let v = s.value
            if v == 0x20 {
                inWord = false
            } else if (v > 0x20 && v < 0x7F) || v == 0x200C && inWord || (Tokenizer.isLetter(s) && v != 0x0670) || Tokenizer.isDigit(s) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                return normalized.split(whereSeparator: { $0 == " " || $0 == "\u{200C}" }).count
            }
        }
        return words
    }
}

/// A gazetteer: a named list of entries, looked up by key or matched against a run of tokens.
///
/// Matching ignores how the text splits a multi-word entry: «حجت‌الاسلام», «حجتالاسلام» and
/// «حجت الاسلام» all match the entry «حجت‌الاسلام», because the keys of consecutive tokens are
/// concatenated and compared with the entry's key. Ties go to the longer match (GATE's rule).
public struct Lexicon: Sendable {
    public let name: String
    public private(set) var entries: [LexiconEntry] = []
    // Keys are looked up by a 64-bit FNV-1a hash of their UTF-8 bytes and confirmed byte for byte:
    // keys are already normalized, and Swift's `String` hashing and `==` normalize non-ASCII text (NFC)
    // on every call, which made these lookups 80% of the rules' time (callgrind, benchmarks/README.md).
    /// Hash of each entry key → entry indices (collisions are checked on the bytes).
    private var byHash: [UInt64: [Int]] = [:]
    /// One bit per `hash & 0xFFFF` of the hashes of every byte prefix of every key, so that a run of tokens that
    /// starts no entry mostly stops at once. (The prefixes themselves are walked from the keys when an index is
    /// built, `forEachPrefixHash`: keeping them in a `Set` cost 2 % of a 300-article build in its inserts.)
    private(set) var prefixBits = [UInt64](repeating: 0, count: 1024)
    /// Longest entry in tokens, counting the ways a written word can split (bounded so matching stays linear).
    public private(set) var maxTokens: Int = 1

    public init(name: String, entries: [LexiconEntry] = []) {
        self.name = name
        for e in entries { add(e) }
    }

    /// Adds an entry; a later duplicate key keeps the first entry's attributes and merges new ones.
    public mutating func add(_ entry: LexiconEntry) {
        guard !entry.key.isEmpty else { return }
        if let i = index(of: entry.key) {
            entries[i].attributes.merge(entry.attributes) { old, _ in old }
            return
        }
        byHash[PhraseMatcher.hash(entry.key), default: []].append(entries.count)
        var h = PhraseMatcher.seed
        for b in entry.key.utf8 {
            h = PhraseMatcher.hash(byte: b, from: h)
            prefixBits[Int(h & 0xFFFF) >> 6] |= 1 << (h & 63)
        }
        entries.append(entry)
        maxTokens = max(maxTokens, min(entry.wordCount * 2, 8))
    }

    public func contains(key: String) -> Bool { index(of: key) != nil }
    public func entry(key: String) -> LexiconEntry? { index(of: key).map { entries[$0] } }

    /// The index of the entry whose key has exactly these bytes.
    private func index(of key: String) -> Int? {
        // An entry's own hash is one of its prefixes' hashes: a clear bit answers before the dictionary's SipHash.
        let h = PhraseMatcher.hash(key)
        guard prefixBits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0 else { return nil }
        return byHash[h]?.first { entries[$0].key.sameBytes(key) }
    }
    public var count: Int { entries.count }

    /// Calls `body` with the hash of every byte prefix of every entry's key, in entry order; a prefix two keys
    /// share comes twice (the indexes built from them set bits, which repeats leave as they were).
    func forEachPrefixHash(_ body: (UInt64) -> Void) {
        for entry in entries {
            var h = PhraseMatcher.seed
            for b in entry.key.utf8 {
                h = PhraseMatcher.hash(byte: b, from: h)
                body(h)
            }
        }
    }

    /// How many prefixes `forEachPrefixHash` walks (repeats counted).
    var prefixCount: Int { entries.reduce(0) { $0 + $1.key.utf8.count } }

    /// The longest entry that the tokens starting at `start` spell, as (number of tokens, entry).
    /// `keys` are the tokens' matching keys; `limit` is one past the last token that may be used.
    /// (The rules ask through `RuleLexiconTable`, which answers the same from one index of every lexicon.)
    public func longestMatch(keys: [String], at start: Int, limit: Int? = nil) -> (length: Int, entry: LexiconEntry)? {
        let end = min(limit ?? keys.count, keys.count, start + maxTokens)
        guard start < end else { return nil }
        var h = PhraseMatcher.seed
        var best: (Int, LexiconEntry)?
        for i in start..<end {
            h = PhraseMatcher.hash(keys[i], from: h)
            // No key starts with these tokens: no longer run can match either.
            guard prefixBits[Int(h & 0xFFFF) >> 6] & (1 << (h & 63)) != 0 else { break }
            if let candidates = byHash[h], let e = candidates.first(where: {
                entries[$0].mayEndRun(with: keys[i], tokens: i - start + 1) && Self.spells(entries[$0].key, keys[start...i])
            }) {
                best = (i - start + 1, entries[e])
            }
        }
        return best
    }

    /// True when the keys of `run`, concatenated, are exactly `key` (compared on UTF-8 bytes).
    static func spells(_ key: String, _ run: ArraySlice<String>) -> Bool {
        var total = 0
        for part in run { total += part.utf8.count }
        guard total == key.utf8.count else { return false }
        // Compared in place on the contiguous bytes (native strings have them); a generic iteration over the
        // two `UTF8View`s cost hundreds of instructions a call.
        let fast = key.utf8.withContiguousStorageIfAvailable { k -> Bool? in
            var offset = 0
            for part in run {
                // An indexed loop: `elementsEqual` on the slice went through its iterators.
                let same = part.utf8.withContiguousStorageIfAvailable { p -> Bool in
                    var i = offset
                    for byte in p {
                        guard k[i] == byte else { return false }
                        i &+= 1
                    }
                    return true
                }
                guard let same else { return nil }
                guard same else { return false }
                offset += part.utf8.count
            }
            return true
        }
        if let fast, let answer = fast { return answer }
        var it = key.utf8.makeIterator()
        for part in run {
            for b in part.utf8 where it.next() != b { return false }
        }
        return it.next() == nil
    }
}
