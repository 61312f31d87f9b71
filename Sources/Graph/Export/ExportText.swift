/// Cleans text before any exporter writes it.
///
/// Names come from news text and can hold anything. Before a writer applies its own format's
/// escaping, every string passes through `clean(_:)`, which
/// - strips the bidi embedding/override/isolate controls U+202A–U+202E and U+2066–U+2069, so a name
///   can never reorder the text around it (a "Trojan Source" style attack on a label or a CSV cell);
/// - turns tab, line feed and carriage return into a space, so a name stays on its line;
/// - drops every other control character (C0, DEL, C1) and the noncharacters U+FFFE/U+FFFF, which
///   XML 1.0 forbids.
/// Zero-width non-joiner (U+200C), essential to Persian spelling, and the marks U+200E/U+200F are kept.
public enum ExportText {
    /// `text` with bidi controls stripped, line breaks turned to spaces and control characters dropped.
    public static func clean(_ text: String) -> String {
        // Nearly every string is clean already: it is returned as it is, without being rebuilt scalar by
        // scalar (that rebuilding was a twentieth of a large build's instructions).
        guard needsCleaning(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069: continue
            case 0xFFFE, 0xFFFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when `clean` would change `text`. Looked for in the UTF-8 bytes: every scalar it changes
    /// starts with a byte below 0x20, 0x7F, or the lead byte 0xC2, 0xE2 or 0xEF, so the Persian letters
    /// (0xD8–0xDB and continuation bytes) that make up most exported text are passed over unread.
    static func needsCleaning(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let n = bytes.count
            var i = 0
            while i < n {
                let byte = bytes[i]
                switch byte {
                case 0x00...0x1F, 0x7F:
                    return true
                case 0xC2:   // U+0080…U+00BF: the C1 controls are C2 80…C2 9F
                    if i + 1 < n, bytes[i + 1] <= 0x9F { return true }
                case 0xE2:   // U+202A…U+202E (E2 80 AA…AE), U+2066…U+2069 (E2 81 A6…A9)
                    if i + 2 < n {
                        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                        if (b1 == 0x80 && (0xAA...0xAE).contains(b2)) || (b1 == 0x81 && (0xA6...0xA9).contains(b2)) { return true }
                    }
                case 0xEF:   // U+FFFE, U+FFFF (EF BF BE, EF BF BF)
                    if i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return true }
                default:
                    break
                }
                i += 1
            }
            return false
        }
        return answer ?? text.unicodeScalars.contains(where: needsCleaning)
    }

    /// True for a scalar `clean` changes or drops.
    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
