import Foundation

/// The comparison keys of the gold scorer (`../shared/eval/score.py`, `docs/scoring.md`), rule for rule.
///
/// Not `PersianNormalizer.key`: the scorer's key is a published contract shared with a Python script, so
/// it is spelled out here exactly as the script has it (NFKC first, its letter and digit tables, its set of
/// dropped characters, Python's notion of whitespace). Figures from `didar eval` and from `score.py` agree
/// only while the two stay identical; `EvaluationAgreementTests` runs both.
public enum ScoringKey {
    /// «ي ى ئ» → «ی», «ك» → «ک», «ة ۀ» → «ه», «أ إ ٱ آ» → «ا», «ؤ» → «و» (score.py's `LETTERS`).
    private static let letters: [UInt32: Unicode.Scalar] = [
        0x064A: "\u{06CC}", 0x0649: "\u{06CC}", 0x0626: "\u{06CC}", 0x0643: "\u{06A9}", 0x0629: "\u{0647}",
        0x06C0: "\u{0647}", 0x0623: "\u{0627}", 0x0625: "\u{0627}", 0x0671: "\u{0627}", 0x0622: "\u{0627}",
        0x0624: "\u{0648}",
    ]

    /// The scalars Python's `str.isspace()` accepts (what `\s` and `str.split()` use).
    static func isPythonSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// score.py's `DROP`: diacritics, tatweel, zero-width and bidi marks, whitespace and punctuation.
    static func isDropped(_ v: UInt32) -> Bool {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200C...0x200F, 0x2009: return true
        default: break
        }
        if isPythonSpace(v) { return true }
        switch Unicode.Scalar(v).map(Character.init) {
        case "«", "»", "\"", "'", "`", ".", ",", "،", ":", "؛", "(", ")", "[", "]", "{", "}", "-", "–", "—", "_", "/": return true
        default: return false
        }
    }

    /// score.py's `base`: NFKC, letters and digits folded, the zero-width non-joiner turned into a space.
    public static func base(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            let v = scalar.value
            if let letter = letters[v] {
                out.append(letter)
            } else if (0x06F0...0x06F9).contains(v) {
                out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)
            } else if (0x0660...0x0669).contains(v) {
                out.append(Unicode.Scalar(v - 0x0660 + 0x30)!)
            } else if v == 0x200C {
                out.append(" ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// score.py's `key`: `base` with every dropped character removed («شهرداری‌ها» = «شهرداري ها»).
    public static func key(_ s: String?) -> String {
        guard let s else { return "" }
        return String(String.UnicodeScalarView(base(s).unicodeScalars.filter { !isDropped($0.value) }))
    }

    /// Leading titles the scorer strips from names (score.py's `TITLES`).
    public static let titles = [
        "حجت الاسلام والمسلمین", "حجت الاسلام و المسلمین", "حجت الاسلام", "حجه الاسلام", "ایت الله العظمی", "ایت الله",
        "دکتر", "مهندس", "سردار", "سرلشکر", "سرتیپ", "سرتیپ دوم", "سرهنگ", "سرگرد", "سروان", "ستوان", "سرکار", "امیر",
        "جناب", "آقای", "اقای", "خانم", "حاج", "حاجی", "شهید", "استاد", "مرحوم",
    ]

    private static let titleKeys = Set(titles.map { key($0) })

    /// Splits on runs of whitespace as Python's `str.split()` does.
    static func pythonSplit(_ s: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if isPythonSpace(scalar.value) {
                if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// score.py's `name_keys`: the name as written, without leading titles, and without a leading «سید/سیده».
    public static func nameKeys(_ s: String?) -> Set<String> {
        let s = s ?? ""
        var tokens = pythonSplit(base(s))
        var out: Set<String> = [key(s)]
        var changed = true
        while changed && !tokens.isEmpty {
            changed = false
            for n in [3, 2, 1] where tokens.count > n && titleKeys.contains(key(tokens[..<n].joined(separator: " "))) {
                tokens.removeFirst(n)
                changed = true
                break
            }
        }
        let k = key(tokens.joined(separator: " "))
        out.insert(k)
        let scalars = Array(k.unicodeScalars)
        for prefix in ["سیده", "سید"] {
            let p = Array(prefix.unicodeScalars)
            if scalars.starts(with: p) && scalars.count > p.count + 2 {
                out.insert(String(String.UnicodeScalarView(scalars[p.count...])))
            }
        }
        out.remove("")
        return out
    }
}
