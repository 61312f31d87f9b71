/// Character-level normalization of Persian text: one form for every variant of a letter or digit.
///
/// Rules (the scorer's comparison key follows the same ones): Arabic «ي ى ئ» → «ی», «ك» → «ک»,
/// «ة ۀ» → «ه», «أ إ آ ٱ» → «ا», «ؤ» → «و», Arabic-Indic and Persian digits → ASCII, diacritics
/// (U+064B–U+065F, U+0670), tatweel, bidi controls and zero-width joiners dropped, every kind of
/// space → U+0020. The ZWNJ (U+200C) survives in the normalized form and is removed only in keys.
public enum PersianNormalizer {
    public static let zwnj: Unicode.Scalar = "\u{200C}"

    /// The normalized replacement of one scalar: nil when it is dropped.
    @inline(__always)
    public static func map(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x064A, 0x0649, 0x0626, 0x06CC: return "\u{06CC}"      // ي ى ئ → ی
        case 0x0643: return "\u{06A9}"                              // ك → ک
        case 0x0629, 0x06C0: return "\u{0647}"                      // ة ۀ → ه
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"      // أ إ آ ٱ → ا
        case 0x0624: return "\u{0648}"                              // ؤ → و
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x064B...0x065F, 0x0670, 0x0640: return nil            // harakat, superscript alef, tatweel
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return nil
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0009: return " "
        case 0x0041...0x005A: return Unicode.Scalar(v + 32)         // Latin lower case
        default: return s
        }
    }

    /// The matching key of a string: normalized, ZWNJ and spaces removed.
    public static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            guard let m = map(s), m != zwnj, m != " ", m != "\n", m != "\r" else { continue }
            out.append(m)
        }
        return String(out)
    }

    /// The normalized form of a string: letters unified, single spaces, ZWNJ kept.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for s in text.unicodeScalars {
            guard var m = map(s) else { continue }
            if m == "\n" || m == "\r" { m = " " }
            if m == " " {
                if lastSpace { continue }
                lastSpace = true
            } else {
                lastSpace = false
            }
            out.append(m)
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }
}
