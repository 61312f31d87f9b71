/// Splits original scalars into tokens, each with its original range, normalized form and key.
///
/// Words are runs of Arabic-script letters (diacritics, tatweel and bidi marks inside a word stay
/// in its range; a ZWNJ between letters joins the parts of one written word, «شهرداری‌ها»).
/// Numbers are runs of digits of any script with internal separators (`1400/09/03`, `2.5`,
/// `19:11:37`, `۱٬۲۰۰`). Latin words are runs of Latin letters and digits. A run of periods is one
/// token («...»); a free-standing tatweel run is a dash (normalized `-`, as in «تهران ـ ایرنا ـ»).
/// Everything else is one punctuation or symbol token per scalar. A word that starts with an attached title
/// («سیدمصطفی») is split in two tokens (`isSplit`).
///
/// Complexity: O(n); the normalized form and key are built straight from the scalars.
struct Tokenizer: Sendable {
    /// Keys of the attachable titles, as scalar arrays, longest first.
    let prefixes: [[Unicode.Scalar]]
    /// First letters of the prefixes, so that most words skip the split check at once.
    let prefixInitials: [Unicode.Scalar]

    /// Given names, to choose between two attached titles that both fit («سید»/«سیده»).
    let givenNames: PhraseMatcher?
    /// Keys of the prefixes split off only before a given name that is not itself part of a longer given name
    /// («میرهاشم» → «میر» + «هاشم», but «میرحسین» stays whole and «میرباقری» is a surname).
    let guardedPrefixes: Set<String>
    /// UTF-8 of the guarded prefixes, and the first letters only they start: a word with such a first letter is
    /// looked at closer only when its bytes start like one («م» starts many words, «میر» few).
    private let guardedBytes: [[UInt8]]
    private let guardedInitials: [Unicode.Scalar]
    /// UTF-8 of every prefix, for `mayFitPrefix`.
    private let prefixBytes: [[UInt8]]
    /// One bit per scalar of U+0600…U+06FF: set for the first letters of the prefixes (`mayStartPrefix`).
    private let prefixInitialBits: [UInt64]
    /// One bit per scalar of U+0000…U+06FF (Latin-1 and the Arabic block): set for punctuation (see `isPunctuation`).
    private let punctuationBits: [UInt64]
    /// The same for U+2000…U+207F (general punctuation: dashes, quotes, «…»).
    private let generalPunctuationBits: [UInt64]

    init(attachedPrefixes: [String], guardedPrefixes: [String] = [], givenNames: PhraseMatcher? = nil) {
        self.givenNames = givenNames
        punctuationBits = Self.punctuationBits(0..<0x700)
        generalPunctuationBits = Self.punctuationBits(0x2000..<0x2080)
        let guardedKeys = Set(guardedPrefixes.map(PersianNormalizer.key))
        self.guardedPrefixes = guardedKeys
        let prefixes: [[Unicode.Scalar]] = Set((attachedPrefixes + guardedPrefixes).map(PersianNormalizer.key)).filter { !$0.isEmpty }
            .map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
        self.prefixes = prefixes
        prefixInitials = Array(Set(prefixes.compactMap(\.first))).sorted { $0.value < $1.value }
        var initialBits = [UInt64](repeating: 0, count: 4)
        for s in prefixInitials where (0x0600..<0x0700).contains(s.value) {
            let d = s.value - 0x0600
            initialBits[Int(d >> 6)] |= 1 << UInt64(d & 63)
        }
        prefixInitialBits = initialBits
        let guarded = prefixes.filter { guardedKeys.contains(String(String.UnicodeScalarView($0))) }
        guardedBytes = guarded.map { Array(String(String.UnicodeScalarView($0)).utf8) }
        prefixBytes = prefixes.map { Array(String(String.UnicodeScalarView($0)).utf8) }
        let unguardedInitials = Set(prefixes.filter { p in !guarded.contains(p) }.compactMap(\.first))
        guardedInitials = Array(Set(guarded.compactMap(\.first)).subtracting(unguardedInitials)).sorted { $0.value < $1.value }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x0620 { return false }
        return v <= 0x064A || (0x066E...0x06D3).contains(v) || v == 0x06D5
            || (0x06FA...0x06FF).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }
    /// Marks that belong to the word they sit in: diacritics, superscript alef, tatweel.
    @inline(__always)
    static func isWordMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640
    }
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x06F0...0x06F9).contains(v) || (0x0660...0x0669).contains(v)
    }
    @inline(__always)
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7
    }
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        PersianNormalizer.isSpace(s) || s.value == 0x200B || s.value == 0xFEFF
    }
    static func isPunctuationProperty(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    /// Invisible format characters that never make a token of their own.
    @inline(__always)
    static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x200D || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x00AD || v == 0x2060
    }
    @inline(__always)
    static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2F, 0x2E, 0x2C, 0x3A, 0x066B, 0x066C: return true   // / . , : ٫ ٬
        default: return false
        }
    }

    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Read through a buffer pointer: the loops below touch every scalar, and the array's bounds checks and
        // retains were a good part of the cost.
        scalars.withUnsafeBufferPointer { tokenize(scalars, $0) }
    }

    private func tokenize(_ array: [Unicode.Scalar], _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        // About one token every 4.6 scalars in news text: room for one every 4 spares the array's regrowth.
        tokens.reserveCapacity(scalars.count / 4 + 16)
        // Each token's normalized bytes are written while its scalars are read (one pass: the scan and the
        // normalization used to be two), into scratch bytes reused for every token.
        var out = NormalizedWriter()
        defer { out.deallocate() }
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            // Most tokens start with a Persian letter that normalizes to itself: such a letter is no tatweel,
            // space or mark, so it skips the tests for those and `NormalizedWriter.add`.
            let plain = Self.isPlainLetter(s.value)
            if !plain {
                // A free-standing tatweel run is a dash («تهران ـ ایرنا ـ»), one glued to a word only stretches it.
                if s.value == 0x0640, let dash = Self.freeTatweel(scalars, at: i) {
                    tokens.append(dash)
                    i = dash.range.upperBound
                    continue
                }
                if Self.isSpace(s) || Self.isIgnorable(s) || s == PersianNormalizer.zwnj || Self.isWordMark(s) { i += 1; continue }
            }
            let start = i
            let kind: TokenKind
            out.reset()
            if plain || Self.isLetter(s) {
                kind = .word
                if !plain {
                    out.add(s)
                    i += 1
                }
                while true {
                    // The Persian letters that normalize to themselves (most of any text) first, a run at a time,
                    // without the other tests and `PersianNormalizer.map`.
                    i = out.addPlainLetters(scalars, from: i)
                    guard i < n else { break }
                    let c = scalars[i]
                    if Self.isLetter(c) || Self.isWordMark(c) || Self.isIgnorable(c) { out.add(c); i += 1; continue }
                    // A ZWNJ inside a word joins its parts («شهرداری‌ها»).
                    if c == PersianNormalizer.zwnj, i + 1 < n, Self.isLetter(scalars[i + 1]) { out.add(c); i += 1; continue }
                    break
                }
            } else {
                (kind, i) = scanOther(scalars, from: i, into: &out)
            }
            let space = i >= n || Self.isSpace(scalars[i]) || scalars[i] == PersianNormalizer.zwnj
            if out.count == 0 { continue }   // a lone dropped mark
            let bytes = out.bytes
            if kind == .word, let first = plain ? s : PersianNormalizer.map(s), mayStartPrefix(first),
               splitAttachedTitle(first, bytes, start: start, end: i, scalars: array, spaceAfter: space, to: &tokens) {
                continue
            }
            if out.hasJoiner {
                tokens.append(Self.joinedToken(kind: kind, range: start..<i, spaceAfter: space, &out))
                continue
            }
            // The key's hash, from the bytes at hand (Token would hash the key string again).
            let hash = PhraseMatcher.hash(bytes)
            let key = String(decoding: bytes, as: UTF8.self)
            tokens.append(Token(kind: kind, range: start..<i, normalized: key, key: key, keyHash: hash, spaceAfter: space))
        }
        return tokens
    }

    // The paths below are taken by few tokens, and kept out of `tokenize`: inlined, they made its loop too large
    // for the optimizer to inline the calls of its hot path (the tokens' `append`, `addPlainLetters`).

    /// The dash token of a free-standing tatweel run starting at `i` («تهران ـ ایرنا ـ»), or nil when a letter
    /// follows the run (a tatweel glued to a word only stretches it).
    @inline(never)
    private static func freeTatweel(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Token? {
        let n = scalars.count
        var j = i
        while j < n, scalars[j].value == 0x0640 { j += 1 }
        guard j == n || !isLetter(scalars[j]) else { return nil }
        return Token(kind: .punctuation, range: i..<j, normalized: "-", key: "-", spaceAfter: j >= n || isSpace(scalars[j]))
    }

    /// The token of a word written with a ZWNJ («شهرداری‌ها»), whose normalized bytes are in `out`: its normalized
    /// form keeps the ZWNJ, its key drops it.
    @inline(never)
    private static func joinedToken(kind: TokenKind, range: Range<Int>, spaceAfter: Bool, _ out: inout NormalizedWriter) -> Token {
        let normalized = String(decoding: out.bytes, as: UTF8.self)
        // The key drops the ZWNJ's three bytes (E2 80 8C): compacted in place, the normalized string is already made.
        let bytes = out.removeJoiners()
        let hash = PhraseMatcher.hash(bytes)
        let key = String(decoding: bytes, as: UTF8.self)
        return Token(kind: kind, range: range, normalized: normalized, key: key, keyHash: hash, spaceAfter: spaceAfter)
    }

    /// Reads the token that starts at `scalars[i]`, which is no letter, into `out`: a number, a Latin word, a run
    /// of periods or one punctuation mark or symbol. Returns its kind and the index after it.
    @inline(never)
    private func scanOther(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, into out: inout NormalizedWriter) -> (TokenKind, Int) {
        let n = scalars.count
        let s = scalars[start]
        var i = start + 1
        out.add(s)
        if Self.isDigit(s) {
            while i < n {
                let c = scalars[i]
                if Self.isDigit(c) || Self.isNumberSeparator(c) && i + 1 < n && Self.isDigit(scalars[i + 1]) { out.add(c); i += 1; continue }
                break
            }
            return (.number, i)
        }
        if Self.isLatin(s) {
            while i < n, Self.isLatin(scalars[i]) || Self.isDigit(scalars[i]) { out.add(scalars[i]); i += 1 }
            return (.latin, i)
        }
        if s == "." {
            // A run of periods is one ellipsis token («...»).
            while i < n, scalars[i] == "." { out.add(scalars[i]); i += 1 }
            return (.punctuation, i)
        }
        return (isPunctuation(s) ? .punctuation : .symbol, i)
    }

    /// Appends the word `start..<end` as two tokens when it starts with an attached title (`appendSplit`), after the
    /// cheaper tests on its normalized bytes that turn most words away; `first` is its first letter, normalized.
    @inline(never)
    private func splitAttachedTitle(_ first: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, scalars: [Unicode.Scalar],
                                    spaceAfter: Bool, to tokens: inout [Token]) -> Bool {
        guard !guardedInitials.contains(first) || startsLikeGuardedPrefix(bytes), mayFitPrefix(bytes) else { return false }
        return appendSplit(start: start, end: end, scalars: scalars, spaceAfter: spaceAfter, to: &tokens)
    }

    /// True when `s` (a normalized letter) is the first letter of an attached title: a bit test for the Arabic
    /// block (`prefixInitials.contains` ran on every word).
    @inline(__always)
    private func mayStartPrefix(_ s: Unicode.Scalar) -> Bool {
        let d = s.value &- 0x0600
        if d < 0x100 { return prefixInitialBits[Int(d >> 6)] >> UInt64(d & 63) & 1 != 0 }
        return prefixInitials.contains(s)
    }

    /// True for punctuation (any of Unicode's punctuation categories). The scalars of Latin-1, of the Arabic block
    /// («،», «؛», «؟») and of general punctuation («–», «…», «“»), nearly all the punctuation of news text, are read
    /// from bit tables made from the same properties: the look-up of a scalar's general category costs more than
    /// the rest of its token.
    @inline(__always)
    func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x700 { return punctuationBits[Int(v >> 6)] >> UInt64(v & 63) & 1 != 0 }
        let g = v &- 0x2000
        if g < 0x80 { return generalPunctuationBits[Int(g >> 6)] >> UInt64(g & 63) & 1 != 0 }
        return Self.isPunctuationProperty(s)
    }

    /// One bit per scalar of `range` (whose bounds are multiples of 64), set for punctuation.
    private static func punctuationBits(_ range: Range<UInt32>) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: range.count / 64)
        for v in range {
            // Every value here is a scalar (none is a surrogate).
            if isPunctuationProperty(Unicode.Scalar(v)!) { bits[Int(v - range.lowerBound) >> 6] |= 1 << UInt64(v & 63) }
        }
        return bits
    }

    /// True for the Persian letters that `PersianNormalizer.map` leaves as they are: ا ب, ت…غ, ف ق, ل…و,
    /// پ چ ژ ک گ ی (all two bytes in UTF-8). One bit per scalar of U+0600…U+06FF, tested without a call.
    @inline(__always)
    static func isPlainLetter(_ v: UInt32) -> Bool {
        let d = v &- 0x0600
        guard d < 0x100 else { return false }
        let bits: UInt64
        switch d >> 6 {
        case 0: bits = 0x07FF_FD80_0000_0000   // U+0627, U+0628, U+062A…U+063A
        case 1: bits = 0x4000_0000_0000_01F6   // U+0641, U+0642, U+0644…U+0648, U+067E
        case 2: bits = 0x0000_8200_0100_0040   // U+0686, U+0698, U+06A9, U+06AF
        default: bits = 0x0000_0000_0000_1000  // U+06CC
        }
        return (bits >> UInt64(d & 63)) & 1 != 0
    }

    /// True when the normalized bytes of a word start with a guarded prefix (compared byte by byte: this runs
    /// on every word that starts with the prefix's first letter).
    @inline(__always)
    private func startsLikeGuardedPrefix(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in guardedBytes where buffer.count >= prefix.count {
            var j = 0
            while j < prefix.count, buffer[j] == prefix[j] { j += 1 }
            if j == prefix.count { return true }
        }
        return false
    }

    /// False when no prefix can fit the word whose normalized bytes are `buffer`, so `appendSplit` would find none:
    /// «س» starts many words and «سید» few, and `appendSplit` makes two arrays before it knows.
    @inline(__always)
    private func mayFitPrefix(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        prefixBytes.contains { Self.letters(of: buffer, startWith: $0) }
    }

    /// True when the letters of a word, given as its normalized bytes, start with `prefix` (UTF-8 of a key): the
    /// bytes with the ZWNJs between letters skipped, as `appendSplit` reads the letters.
    static func letters(of buffer: UnsafeBufferPointer<UInt8>, startWith prefix: [UInt8]) -> Bool {
        var b = 0
        var j = 0
        while j < prefix.count, b < buffer.count {
            // A ZWNJ (E2 80 8C; no letter has the lead byte E2) is no letter.
            if buffer[b] == 0xE2, b + 2 < buffer.count, buffer[b + 1] == 0x80, buffer[b + 2] == 0x8C { b += 3; continue }
            guard buffer[b] == prefix[j] else { return false }
            b += 1
            j += 1
        }
        return j == prefix.count
    }

    /// «سیدمصطفی» → «سید» + «مصطفی» when the word starts with an attached title and at least
    /// three letters follow (so «سیدی» or «سیده» stay whole unless listed themselves).
    private func appendSplit(start: Int, end: Int, scalars: [Unicode.Scalar], spaceAfter: Bool, to tokens: inout [Token]) -> Bool {
        // Keyed letters of the word with their original positions.
        var letters: [(Unicode.Scalar, Int)] = []
        letters.reserveCapacity(end - start)
        for j in start..<end {
            if let m = PersianNormalizer.map(scalars[j]), m != PersianNormalizer.zwnj { letters.append((m, j)) }
        }
        // Titles that fit, longest first; when several fit, the one leaving a known given name wins,
        // else the shortest («سیدهاشم» → «سید» + «هاشم»).
        var fitting = prefixes.filter { prefix in
            letters.count >= prefix.count + 3 && prefix.indices.allSatisfy { letters[$0].0 == prefix[$0] }
        }
        // Most words that start with a title's first letter fit no title: done before the strings below are made.
        guard !fitting.isEmpty else { return false }
        if !guardedPrefixes.isEmpty {
            // A guarded prefix needs a given name after it and a whole word that is no given name of its own.
            // Strings made by encoding the scalars (`String(utf8Encoding:)`): a String.UnicodeScalarView made
            // from an array cost thousands of instructions, on every word that starts like a title.
            let whole = String(utf8Encoding: letters.map(\.0)[...])
            fitting.removeAll { prefix in
                guard guardedPrefixes.contains(String(utf8Encoding: prefix[...])) else { return false }
                guard let names = givenNames, names.entry(key: whole) == nil else { return true }
                return names.entry(key: String(utf8Encoding: letters[prefix.count...].map(\.0)[...])) == nil
            }
        }
        guard var prefix = fitting.last else { return false }
        if fitting.count > 1, let names = givenNames {
            for candidate in fitting {
                let rest = String(utf8Encoding: letters[candidate.count...].map(\.0)[...])
                if names.entry(key: rest) != nil { prefix = candidate; break }
            }
        }
        let cut = letters[prefix.count - 1].1 + 1
        var restStart = cut
        while restStart < end, scalars[restStart] == PersianNormalizer.zwnj || Self.isWordMark(scalars[restStart]) { restStart += 1 }
        let firstSlice = scalars[start..<cut], restSlice = scalars[restStart..<end]
        var n1 = String.UnicodeScalarView(), k1 = String.UnicodeScalarView()
        var n2 = String.UnicodeScalarView(), k2 = String.UnicodeScalarView()
        PersianNormalizer.appendNormalized(of: firstSlice, to: &n1)
        PersianNormalizer.appendKey(of: firstSlice, to: &k1)
        PersianNormalizer.appendNormalized(of: restSlice, to: &n2)
        PersianNormalizer.appendKey(of: restSlice, to: &k2)
        tokens.append(Token(kind: .word, range: start..<cut, normalized: String(n1), key: String(k1), isSplit: true, spaceAfter: false))
        tokens.append(Token(kind: .word, range: restStart..<end, normalized: String(n2), key: String(k2), isSplit: true, spaceAfter: spaceAfter))
        return true
    }
}

/// Writes the one-line normalized form of a token as UTF-8, scalar by scalar, into scratch bytes that the
/// tokenizer reuses for every token: the same bytes as `PersianNormalizer.normalize` of the token's text
/// (letters mapped, marks dropped, a ZWNJ kept between two written scalars), without intermediate strings.
struct NormalizedWriter {
    /// The scratch bytes; `count` of them are written.
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private(set) var count = 0
    /// True when a ZWNJ was written: the key (no ZWNJ) then differs from the normalized form.
    private(set) var hasJoiner = false
    /// What the last dropped scalars leave before the next written one: 0 nothing, 1 a space, 2 a ZWNJ.
    private var pending: UInt8 = 0

    init() { start = .allocate(capacity: capacity) }

    func deallocate() { start.deallocate() }

    /// The bytes written since the last `reset`.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Starts a new token.
    @inline(__always)
    mutating func reset() {
        count = 0
        hasJoiner = false
        pending = 0
    }

    /// Appends the normalized form of `s`.
    @inline(__always)
    mutating func add(_ s: Unicode.Scalar) {
        let v = s.value
        if Tokenizer.isPlainLetter(v) { addPlainLetter(v); return }
        guard let m = PersianNormalizer.map(s) else { return }
        if PersianNormalizer.isSpace(m) { pending = 1; return }
        if m == PersianNormalizer.zwnj { if pending == 0 { pending = 2 }; return }
        reserve()
        if pending != 0 { writePending() }
        count = UTF8Encoding.write(m.value, to: start, at: count)
    }

    /// Appends a letter that normalizes to itself (`Tokenizer.isPlainLetter`: two bytes in UTF-8).
    @inline(__always)
    mutating func addPlainLetter(_ v: UInt32) {
        reserve()
        if pending != 0 { writePending() }
        start[count] = UInt8(0xC0 | v >> 6)
        start[count + 1] = UInt8(0x80 | v & 0x3F)
        count += 2
    }

    /// Appends the run of letters that normalize to themselves (`Tokenizer.isPlainLetter`) starting at
    /// `scalars[first]`, and returns the index after it (`first` when there is none).
    ///
    /// Most of a text's scalars pass here: the bytes are written with the count and the end of the scratch held in
    /// locals (`addPlainLetter` per letter kept them in memory and tested the pending separator every time).
    @inline(__always)
    mutating func addPlainLetters(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from first: Int) -> Int {
        var i = first
        guard i < scalars.count, Tokenizer.isPlainLetter(scalars[i].value) else { return i }
        reserve()
        if pending != 0 { writePending() }
        var k = count
        var base = start
        var room = capacity
        while i < scalars.count {
            let v = scalars[i].value
            guard Tokenizer.isPlainLetter(v) else { break }
            if k &+ 2 > room {
                count = k
                reserve()
                base = start
                room = capacity
            }
            base[k] = UInt8(0xC0 | v >> 6)
            base[k &+ 1] = UInt8(0x80 | v & 0x3F)
            k &+= 2
            i &+= 1
        }
        count = k
        return i
    }

    /// Drops every ZWNJ (E2 80 8C) from the written bytes, in place, and returns what is left: the key.
    mutating func removeJoiners() -> UnsafeBufferPointer<UInt8> {
        var k = 0
        var b = 0
        while b < count {
            if start[b] == 0xE2, b + 2 < count, start[b + 1] == 0x80, start[b + 2] == 0x8C { b += 3; continue }
            start[k] = start[b]
            k += 1
            b += 1
        }
        count = k
        hasJoiner = false
        return bytes
    }

    /// The space or ZWNJ that dropped scalars left before this one (never at the start of a token).
    private mutating func writePending() {
        if count > 0 {
            if pending == 1 {
                start[count] = 0x20
                count += 1
            } else {
                start[count] = 0xE2; start[count + 1] = 0x80; start[count + 2] = 0x8C
                count += 3
                hasJoiner = true
            }
        }
        pending = 0
    }

    /// Room for one more scalar: a separator (up to 3 bytes) and the scalar (up to 4).
    @inline(__always)
    private mutating func reserve() {
        if count + 7 > capacity { grow() }
    }

    /// Doubles the scratch (words longer than 120 letters or so).
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity *= 2
    }
}
