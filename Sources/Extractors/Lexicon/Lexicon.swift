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
    public var attributes: [String: String]
    /// `file:line` of the entry, for error messages and for explaining a match.
    public var source: String

    public init(surface: String, attributes: [String: String] = [:], source: String) {
        self.surface = surface
        self.key = PersianNormalizer.key(surface)
        self.wordCount = PersianNormalizer.normalize(surface).split(whereSeparator: { $0 == " " || $0 == "\u{200C}" }).count
        self.attributes = attributes
        self.source = source
    }

    public subscript(attribute: String) -> String? { attributes[attribute] }
}

/// A gazetteer: a named list of entries, looked up by key or matched against a run of tokens.
///
/// Matching ignores how the text splits a multi-word entry: «حجت‌الاسلام», «حجتالاسلام» and
/// «حجت الاسلام» all match the entry «حجت‌الاسلام», because the keys of consecutive tokens are
/// concatenated and compared with the entry's key. Ties go to the longer match (GATE's rule).
public struct Lexicon: Sendable {
    public let name: String
    public private(set) var entries: [LexiconEntry] = []
    private var byKey: [String: Int] = [:]
    /// Longest entry in tokens, counting the ways a written word can split (bounded so matching stays linear).
    public private(set) var maxTokens: Int = 1

    public init(name: String, entries: [LexiconEntry] = []) {
        self.name = name
        for e in entries { add(e) }
    }

    /// Adds an entry; a later duplicate key keeps the first entry's attributes and merges new ones.
    public mutating func add(_ entry: LexiconEntry) {
        guard !entry.key.isEmpty else { return }
        if let i = byKey[entry.key] {
            entries[i].attributes.merge(entry.attributes) { old, _ in old }
            return
        }
        byKey[entry.key] = entries.count
        entries.append(entry)
        maxTokens = max(maxTokens, min(entry.wordCount * 2, 8))
    }

    public func contains(key: String) -> Bool { byKey[key] != nil }
    public func entry(key: String) -> LexiconEntry? { byKey[key].map { entries[$0] } }
    public var count: Int { entries.count }

    /// The longest entry that the tokens starting at `start` spell, as (number of tokens, entry).
    /// `keys` are the tokens' matching keys; `limit` is one past the last token that may be used.
    public func longestMatch(keys: [String], at start: Int, limit: Int? = nil) -> (length: Int, entry: LexiconEntry)? {
        let end = min(limit ?? keys.count, keys.count, start + maxTokens)
        guard start < end else { return nil }
        var concatenated = ""
        var best: (Int, LexiconEntry)?
        for i in start..<end {
            concatenated += keys[i]
            if let e = entry(key: concatenated) { best = (i - start + 1, e) }
        }
        return best
    }
}
