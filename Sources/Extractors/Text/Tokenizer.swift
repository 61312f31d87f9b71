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
struct Tokenizer {
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

    init(attachedPrefixes: [String], guardedPrefixes: [String] = [], givenNames: PhraseMatcher? = nil) {
        self.givenNames = givenNames
        let guardedKeys = Set(guardedPrefixes.map(PersianNormalizer.key))
        self.guardedPrefixes = guardedKeys
        let prefixes: [[Unicode.Scalar]] = Set((attachedPrefixes + guardedPrefixes).map(PersianNormalizer.key)).filter { !$0.isEmpty }
            .map { Array($0.unicodeScalars) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
        self.prefixes = prefixes
        prefixInitials = Array(Set(prefixes.compactMap(\.first))).sorted { $0.value < $1.value }
        let guarded = prefixes.filter { guardedKeys.contains(String(String.UnicodeScalarView($0))) }
        guardedBytes = guarded.map { Array(String(String.UnicodeScalarView($0)).utf8) }
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
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
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
        // Read through a buffer pointer: the loops below touch every scalar several times, and the
        // array's bounds checks and retains were a good part of the cost.
        scalars.withUnsafeBufferPointer { tokenize(scalars, $0) }
    }

    private func tokenize(_ array: [Unicode.Scalar], _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        // About one token every 4.6 scalars in news text: room for one every 4 spares the array's regrowth.
        tokens.reserveCapacity(scalars.count / 4 + 16)
        // Scratch bytes for one token's normalized form (at most 7 bytes a scalar: a separator and the
        // scalar's own bytes), reused for every token and grown for an unusually long one.
        var capacity = 256
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        let n = scalars.count
        var i = 0
        while i < n {
            let s = scalars[i]
            // A free-standing tatweel run is a dash («تهران ـ ایرنا ـ»), one glued to a word only stretches it.
            if s.value == 0x0640 {
                var j = i
                while j < n, scalars[j].value == 0x0640 { j += 1 }
                if j == n || !Self.isLetter(scalars[j]) {
                    tokens.append(Token(kind: .punctuation, range: i..<j, normalized: "-", key: "-", spaceAfter: j >= n || Self.isSpace(scalars[j])))
                    i = j
                    continue
                }
            }
            if Self.isSpace(s) || Self.isIgnorable(s) || s == PersianNormalizer.zwnj || Self.isWordMark(s) { i += 1; continue }
            let start = i
            let kind: TokenKind
            if Self.isLetter(s) {
                kind = .word
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Self.isLetter(c) || Self.isWordMark(c) || Self.isIgnorable(c) { i += 1; continue }
                    // A ZWNJ inside a word joins its parts («شهرداری‌ها»).
                    if c == PersianNormalizer.zwnj, i + 1 < n, Self.isLetter(scalars[i + 1]) { i += 1; continue }
                    break
                }
            } else if Self.isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Self.isDigit(c) { i += 1; continue }
                    if Self.isNumberSeparator(c), i + 1 < n, Self.isDigit(scalars[i + 1]) { i += 1; continue }
                    break
                }
            } else if Self.isLatin(s) {
                kind = .latin
                i += 1
                while i < n, Self.isLatin(scalars[i]) || Self.isDigit(scalars[i]) { i += 1 }
            } else if s == "." {
                // A run of periods is one ellipsis token («...»).
                kind = .punctuation
                i += 1
                while i < n, scalars[i] == "." { i += 1 }
            } else {
                kind = Self.isPunctuation(s) ? .punctuation : .symbol
                i += 1
            }
            let space = i >= n || Self.isSpace(scalars[i]) || scalars[i] == PersianNormalizer.zwnj
            if (i - start) * 7 > capacity {
                buffer.deallocate()
                capacity = (i - start) * 7
                buffer = .allocate(capacity: capacity)
            }
            let (count, hasJoiner) = Self.normalizeUTF8(scalars, start..<i, into: buffer)
            if count == 0 { continue }   // a lone dropped mark
            let bytes = UnsafeBufferPointer(start: buffer, count: count)
            if kind == .word, let first = Self.isPlainLetter(s.value) ? s : PersianNormalizer.map(s), prefixInitials.contains(first),
               !guardedInitials.contains(first) || startsLikeGuardedPrefix(bytes),
               appendSplit(start: start, end: i, scalars: array, spaceAfter: space, to: &tokens) {
                continue
            }
            let normalized = String(decoding: bytes, as: UTF8.self)
            var key = normalized
            // The key's hash, from the bytes at hand (Token would hash the key string again).
            var hash = PhraseMatcher.seed
            if hasJoiner {
                // Drop the ZWNJ's three bytes (E2 80 8C) for the key: compacted in place, the normalized
                // string is already made.
                var k = 0
                var b = 0
                while b < count {
                    if buffer[b] == 0xE2, b + 2 < count, buffer[b + 1] == 0x80, buffer[b + 2] == 0x8C { b += 3; continue }
                    buffer[k] = buffer[b]
                    hash = PhraseMatcher.hash(byte: buffer[b], from: hash)
                    k += 1
                    b += 1
                }
                key = String(decoding: UnsafeBufferPointer(start: buffer, count: k), as: UTF8.self)
            } else {
                for b in bytes { hash = PhraseMatcher.hash(byte: b, from: hash) }
            }
            tokens.append(Token(kind: kind, range: start..<i, normalized: normalized, key: key, keyHash: hash, spaceAfter: space))
        }
        return tokens
    }

    /// Writes the one-line normalized form of `scalars[range]` as UTF-8 into `out` (which has room for
    /// 7 bytes a scalar): the same result as `PersianNormalizer.normalize`, without intermediate strings.
    /// Returns the count of bytes written and whether a ZWNJ was written.
    @inline(__always)
    static func normalizeUTF8(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: UnsafeMutablePointer<UInt8>) -> (count: Int, joiner: Bool) {
        var k = 0
        var pendingSpace = false, pendingJoiner = false, joiner = false
        // Before a letter: the space or ZWNJ that came before it, if any (never at the start).
        @inline(__always) func writeSeparator() {
            if k > 0 {
                if pendingSpace {
                    out[k] = 0x20; k += 1
                } else if pendingJoiner {
                    out[k] = 0xE2; out[k + 1] = 0x80; out[k + 2] = 0x8C; k += 3
                    joiner = true
                }
            }
            pendingSpace = false
            pendingJoiner = false
        }
        for j in range {
            let s = scalars[j]
            let v = s.value
            // The Persian letters that normalize to themselves (most of any text) are written at once,
            // without the call to `PersianNormalizer.map` and its switch; every other scalar goes through it.
            if Self.isPlainLetter(v) {
                writeSeparator()
                out[k] = UInt8(0xC0 | v >> 6); out[k + 1] = UInt8(0x80 | v & 0x3F); k += 2
                continue
            }
            guard let m = PersianNormalizer.map(s) else { continue }
            if PersianNormalizer.isSpace(m) { pendingSpace = true; pendingJoiner = false; continue }
            if m == PersianNormalizer.zwnj { if !pendingSpace { pendingJoiner = true }; continue }
            writeSeparator()
            k = UTF8Encoding.write(m.value, to: out, at: k)
        }
        return (k, joiner)
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
