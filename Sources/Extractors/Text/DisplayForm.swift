/// Restores the zero-width non-joiners that real text drops, for names and phrases Didar prints.
///
/// Keys ignore ZWNJs, so «شهرداریها» matches; what Didar prints should still read
/// «شهرداری‌ها». A word (or run of up to three words, «حجت الاسلام») whose key is a known
/// ZWNJ word takes that word's form; otherwise suffix patterns («‌ها», «‌های», «‌ترین») and
/// the infix «‌الله» are restored when the stem is known or looks like a noun stem (see
/// `zwnj-words.txt`). A ZWNJ is only ever put after a letter that joins to the next one,
/// since elsewhere it changes nothing on screen. Everything else is kept as normalized.
///
/// ```swift
/// DisplayForm.standard.display("مدير كل شهرداريها")  // "مدیر کل شهرداری‌ها"
/// ```
public struct DisplayForm: Sendable {
    private let words: Lexicon
    private let stems: Set<String>
    private let suffixes: [(key: String, after: Unicode.Scalar?, anyStem: Bool)]
    private let infixes: [String]

    /// Builds the restorer from a ZWNJ word list (entries and `affix=` patterns) and extra known
    /// stems (keys or written forms, for example institution words from other lexicons).
    public init(zwnjWords: Lexicon, knownStems: [String] = []) {
        var words = Lexicon(name: zwnjWords.name)
        var suffixes: [(String, Unicode.Scalar?, Bool)] = []
        var infixes: [String] = []
        var stems = Set(knownStems.map(PersianNormalizer.key))
        for entry in zwnjWords.entries {
            switch entry["affix"] {
            case "suffix": suffixes.append((entry.key, entry["after"].flatMap { PersianNormalizer.key($0).unicodeScalars.first }, entry["stem"] == "any"))
            case "infix": infixes.append(entry.key)
            default:
                words.add(entry)
                // The part before the first ZWNJ is itself a known stem («شهرداری» of «شهرداری‌ها»).
                if let first = PersianNormalizer.normalize(entry.surface).split(separator: "\u{200C}").first {
                    stems.insert(PersianNormalizer.key(String(first)))
                }
            }
        }
        self.words = words
        self.stems = stems
        self.suffixes = suffixes.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
        self.infixes = infixes
    }

    /// The restorer built from the bundled `zwnj-words.txt`.
    public static let standard = DisplayForm(zwnjWords: TextLexicons.standard.zwnjWords)

    /// The display form of a name or phrase: normalized, with ZWNJs restored.
    public func display(_ text: String) -> String {
        let parts = PersianNormalizer.normalize(text).split(separator: " ").map(String.init)
        let keys = parts.map(PersianNormalizer.key)
        var out: [String] = []
        var i = 0
        while i < parts.count {
            if let (length, entry) = words.longestMatch(keys: keys, at: i, limit: min(parts.count, i + 3)) {
                out.append(PersianNormalizer.normalize(entry.surface))
                i += length
                continue
            }
            out.append(parts[i].unicodeScalars.contains(PersianNormalizer.zwnj) ? parts[i] : restore(keys[i], fallback: parts[i]))
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// A single word without ZWNJ: suffix or infix patterns, else the word as it was.
    private func restore(_ key: String, fallback: String) -> String {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count == fallback.unicodeScalars.count else { return fallback }  // Latin or mixed: leave
        for suffix in suffixes {
            let n = suffix.key.unicodeScalars.count
            guard scalars.count > n, key.hasSuffix(suffix.key) else { continue }
            let stem = Array(scalars[..<(scalars.count - n)])
            guard let last = stem.last, Self.joinsNext(last) else { continue }
            if let after = suffix.after, last != after { continue }
            let stemKey = String(String.UnicodeScalarView(stem))
            let looksLikeStem = stem.count >= 3 && (suffix.anyStem || last == "\u{06CC}" || last == "\u{0647}")
            guard stems.contains(stemKey) || words.contains(key: stemKey) || looksLikeStem else { continue }
            return restore(stemKey, fallback: stemKey) + "\u{200C}" + suffix.key
        }
        for infix in infixes {
            guard let r = key.range(of: infix) else { continue }
            let before = key[..<r.lowerBound]
            guard before.unicodeScalars.count >= 2, let last = before.unicodeScalars.last, Self.joinsNext(last) else { continue }
            return String(before) + "\u{200C}" + String(key[r.lowerBound...])
        }
        return fallback
    }

    /// True for a letter that connects to the following letter (so a ZWNJ after it is visible).
    static func joinsNext(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0627, 0x0622, 0x0623, 0x0625, 0x062F, 0x0630, 0x0631, 0x0632, 0x0698, 0x0648, 0x0624, 0x0629, 0x0621:
            return false
        case 0x0620...0x064A, 0x066E...0x06D3: return true
        default: return false
        }
    }
}

extension String {
    /// Local substring search (Foundation-free): the first range of `other` in `self`.
    fileprivate func range(of other: String) -> Range<String.Index>? {
        guard !other.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(other) { return i..<index(i, offsetBy: other.count) }
            i = index(after: i)
        }
        return nil
    }
}
