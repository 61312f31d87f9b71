/// Character-level normalization of Persian text: one form for every variant of a letter or digit.
///
/// Rules (the scorer's comparison key follows the same ones): Arabic «ي ى ئ» → «ی», «ك» → «ک»,
/// «ة ۀ» → «ه», «أ إ آ ٱ» → «ا», «ؤ» → «و», Arabic-Indic and Persian digits → ASCII, Arabic
/// presentation forms → their letters, diacritics (U+064B–U+065F, U+0670), tatweel, bidi controls,
/// zero-width joiners, soft hyphens and byte-order marks dropped, every kind of space → U+0020,
/// Latin capitals → small letters. The ZWNJ (U+200C) survives in the normalized form and is
/// removed only in keys. `map` is idempotent: `map(map(s)) == map(s)`.
public enum PersianNormalizer {
    public static let zwnj: Unicode.Scalar = "\u{200C}"

    /// The normalized replacement of one scalar: nil when it is dropped.
    @inline(__always)
    public static func map(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x0600 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32) }  // Latin small letters
            if v == 0x09 { return " " }
            if v == 0xA0 { return " " }
            if v == 0xAD { return nil }
            if v == 0x85 { return "\n" }   // NEL, a line break
            return s
        }
        switch v {
        case 0x064A, 0x0649, 0x0626, 0x06CC: return "\u{06CC}"      // ي ى ئ → ی
        case 0x0643: return "\u{06A9}"                              // ك → ک
        case 0x0629, 0x06C0: return "\u{0647}"                      // ة ۀ → ه
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"      // أ إ آ ٱ → ا
        case 0x0624: return "\u{0648}"                              // ؤ → و
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x064B...0x065F, 0x0670, 0x0640: return nil            // harakat, superscript alef, tatweel
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return nil
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x2028, 0x2029: return "\n"
        case 0xFB50...0xFBFF, 0xFE70...0xFEFC: return presentationForm(v).map { map($0) ?? $0 } ?? s
        default: return s
        }
    }

    /// Base letters of the Arabic presentation forms B block (U+FE80…U+FEF4), each with its count of forms.
    private static let formsB: [(UInt32, Int)] = [
        (0x0621, 1), (0x0622, 2), (0x0623, 2), (0x0624, 2), (0x0625, 2), (0x0626, 4), (0x0627, 2), (0x0628, 4),
        (0x0629, 2), (0x062A, 4), (0x062B, 4), (0x062C, 4), (0x062D, 4), (0x062E, 4), (0x062F, 2), (0x0630, 2),
        (0x0631, 2), (0x0632, 2), (0x0633, 4), (0x0634, 4), (0x0635, 4), (0x0636, 4), (0x0637, 4), (0x0638, 4),
        (0x0639, 4), (0x063A, 4), (0x0641, 4), (0x0642, 4), (0x0643, 4), (0x0644, 4), (0x0645, 4), (0x0646, 4),
        (0x0647, 4), (0x0648, 2), (0x0649, 2), (0x064A, 4),
    ]

    /// The letter behind a contextual presentation form (NFKC's mapping for the letters Persian uses).
    private static func presentationForm(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0xFB56...0xFB59: return "\u{067E}"   // پ
        case 0xFB7A...0xFB7D: return "\u{0686}"   // چ
        case 0xFB8A...0xFB8B: return "\u{0698}"   // ژ
        case 0xFB8E...0xFB91: return "\u{06A9}"   // ک
        case 0xFB92...0xFB95: return "\u{06AF}"   // گ
        case 0xFBFC...0xFBFF: return "\u{06CC}"   // ی
        case 0xFE80...0xFEF4:
            var first: UInt32 = 0xFE80
            for (base, count) in formsB {
                if v < first + UInt32(count) { return Unicode.Scalar(base) }
                first += UInt32(count)
            }
            return nil
        default: return nil
        }
    }

    /// True for a scalar that normalized text never holds (it is mapped to another or dropped).
    @inline(__always)
    public static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        guard let m = map(s) else { return true }
        return m != s || s == "\r"
    }

    /// True for any whitespace a text may use between words or lines.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        // Below U+1680 only NBSP and NEL are spaces: the Arabic-script letters (most scalars of the text) stop here.
        if v < 0x1680 { return v == 0xA0 || v == 0x85 }
        return v == 0xA0 || v == 0x85 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// The matching key of a string: normalized, ZWNJ and whitespace removed.
    public static func key(_ text: String) -> String {
        // Encoded to UTF-8 straight into the new string, which costs a fraction of appending scalar by scalar
        // to a String.UnicodeScalarView (the recognizers key many short phrases). `map` never widens a
        // scalar's UTF-8 (its replacements are ASCII or Arabic-block letters at most as long as what they
        // replace), so the key's bytes fit in the text's count.
        let capacity = text.utf8.count
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            var k = 0
            for s in text.unicodeScalars {
                guard let m = map(s), m != zwnj, !isSpace(m) else { continue }
                k = UTF8Encoding.write(m.value, to: out.baseAddress!, at: k)
            }
            return k
        }
    }

    /// Appends the key of `scalars` to `out` (no intermediate strings; the tokenizer's hot path).
    @inline(__always)
    static func appendKey<S: Sequence>(of scalars: S, to out: inout String.UnicodeScalarView) where S.Element == Unicode.Scalar {
        for s in scalars {
            guard let m = map(s), m != zwnj, !isSpace(m) else { continue }
            out.append(m)
        }
    }

    /// The normalized form of a string: letters unified, single spaces, ZWNJ kept between letters.
    /// Line breaks become spaces here (a one-line form for names and phrases); `NormalizedText`
    /// keeps them for whole documents.
    public static func normalize(_ text: String) -> String {
        // Bytes written in place, as `key` does (`appendNormalized` on a String.UnicodeScalarView costs several
        // times more): the same states, the same scalars.
        collapsingSpaces(text, mapping: map)
    }

    /// A lighter normalization for text Didar prints: Arabic «ي ى» → «ی», «ك» → «ک», diacritics
    /// (except the hamza above), tatweel, bidi and zero-width marks dropped, spaces unified; «ئ»,
    /// «آ», «أ», «ۀ» and digits stay as written. Its key equals the key of the input.
    public static func displayNormalize(_ text: String) -> String {
        // ي ى ك and the forms `map` unifies keep or shrink their UTF-8, as `collapsingSpaces` needs.
        collapsingSpaces(text, mapping: displayScalar)
    }

    /// The one-line form `normalize` and `displayNormalize` share: each scalar through `mapping` (nil: dropped),
    /// runs of spaces written as one space, a ZWNJ kept only between letters and never beside a space, nothing
    /// written before the first letter or after the last. Encoded straight into the new string's bytes: neither
    /// mapping widens a scalar's UTF-8, a space written stands for at least one dropped byte and a ZWNJ for a ZWNJ
    /// of the text, so the text's byte count is enough.
    @inline(__always)
    private static func collapsingSpaces(_ text: String, mapping: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        let capacity = text.utf8.count
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { out in
            let base = out.baseAddress!
            var k = 0
            var pendingSpace = false, pendingJoiner = false
            for s in text.unicodeScalars {
                guard let m = mapping(s) else { continue }
                if isSpace(m) { pendingSpace = true; pendingJoiner = false; continue }
                if m == zwnj { if !pendingSpace { pendingJoiner = true }; continue }
                if k > 0 {
                    if pendingSpace { base[k] = 0x20; k += 1 } else if pendingJoiner { k = UTF8Encoding.write(zwnj.value, to: base, at: k) }
                }
                pendingSpace = false
                pendingJoiner = false
                k = UTF8Encoding.write(m.value, to: base, at: k)
            }
            return k
        }
    }

    /// What `displayNormalize` writes for one scalar (nil: dropped); spaces and ZWNJs are still to be merged.
    @inline(__always)
    static func displayScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x064A, 0x0649: return "\u{06CC}"
        case 0x0643: return "\u{06A9}"
        case 0x0654: return s
        default:
            guard let m = map(s) else { return nil }
            return (m == zwnj || isSpace(m) || (0xFB50...0xFEFC).contains(s.value)) ? m : s
        }
    }

    /// Appends the one-line normalized form of `scalars` to `out`.
    static func appendNormalized<S: Sequence>(of scalars: S, to out: inout String.UnicodeScalarView) where S.Element == Unicode.Scalar {
        var pendingSpace = false
        var pendingJoiner = false
        var empty = true
        for s in scalars {
            guard let m = map(s) else { continue }
            if isSpace(m) { pendingSpace = true; pendingJoiner = false; continue }
            if m == zwnj { if !pendingSpace { pendingJoiner = true }; continue }
            if !empty {
                if pendingSpace { out.append(" ") } else if pendingJoiner { out.append(zwnj) }
            }
            pendingSpace = false
            pendingJoiner = false
            empty = false
            out.append(m)
        }
    }
}
