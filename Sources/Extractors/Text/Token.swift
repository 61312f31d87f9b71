/// What kind of text a token holds.
public enum TokenKind: String, Sendable, Codable {
    /// A Persian or Arabic-script word.
    case word
    /// A run of digits (any script), possibly with internal separators such as `1400/09/03` or `2.5`.
    case number
    /// A word in Latin script.
    case latin
    /// Punctuation: `، . : ؛ ! ؟ ( ) « » - | …`.
    case punctuation
    /// Anything else (emoji, symbols).
    case symbol
}

/// A token of the original text, with its range there and its normalized forms.
///
/// Spans follow spaCy's model: the document keeps the original text; a token records where it
/// is (`range`, in Unicode scalars of the original) and how it reads once normalized.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    /// Scalar offsets into the original text, end exclusive.
    public var range: Range<Int>
    /// Normalized surface: letters and digits unified, diacritics and tatweel dropped,
    /// zero-width non-joiners kept where the text had them.
    public var normalized: String
    /// Matching key: `normalized` with every ZWNJ removed, so «شهرداری‌ها», «شهرداریها» meet.
    public var key: String
    /// True when the token was split off a longer written word (for example «سید» from «سیدمصطفی»).
    public var isSplit: Bool
    /// True when whitespace (or a ZWNJ) separates this token from the next one in the original.
    public var spaceAfter: Bool
    /// 64-bit FNV-1a hash of `key`'s UTF-8 bytes, so lexicon lookups need not hash strings again.
    var keyHash: UInt64 { _keyHash }
    private var _keyHash: UInt64

    /// A token; `key` should be `PersianNormalizer.key` of the original text of `range`.
    public init(kind: TokenKind, range: Range<Int>, normalized: String, key: String, isSplit: Bool = false, spaceAfter: Bool = true) {
        self.init(kind: kind, range: range, normalized: normalized, key: key, keyHash: PhraseMatcher.hash(key),
                  isSplit: isSplit, spaceAfter: spaceAfter)
    }

    /// The first scalar of `normalized` (nil when it is empty), for the tests of punctuation marks: through an
    /// iterator, since `normalized.unicodeScalars.first` validates the index it makes (~80 instructions a call).
    @inline(__always)
    var firstScalar: Unicode.Scalar? {
        var scalars = normalized.unicodeScalars.makeIterator()
        return scalars.next()
    }

    /// A token whose key hash the caller already has (the tokenizer hashes the key's bytes as it makes them).
    init(kind: TokenKind, range: Range<Int>, normalized: String, key: String, keyHash: UInt64, isSplit: Bool = false, spaceAfter: Bool = true) {
        self.kind = kind
        self.range = range
        self.normalized = normalized
        self.key = key
        self.isSplit = isSplit
        self.spaceAfter = spaceAfter
        self._keyHash = keyHash
    }
}
