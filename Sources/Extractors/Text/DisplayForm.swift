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
/// DisplayForm(zwnjWords: try TextLexicons.bundled().zwnjWords).display("مدير كل شهرداريها")  // "مدیر کل شهرداری‌ها"
/// ```
public struct DisplayForm: Sendable {
    private let words: Lexicon
    /// Known stems, looked up by their bytes (a `Lexicon`: `Set<String>` hashing normalizes Persian text again).
    private let stems: Lexicon
    private let suffixes: [Suffix]
    private let infixes: [[Unicode.Scalar]]

    /// A ZWNJ suffix pattern of `zwnj-words.txt` (`affix=suffix`).
    private struct Suffix: Sendable {
        var scalars: [Unicode.Scalar]
        /// The letter the stem must end with (`after=`), if any.
        var after: Unicode.Scalar?
        var stem: StemRule
    }

    /// Which stems take a suffix pattern (`stem=`).
    private enum StemRule: Sendable {
        /// Only stems known from the lexicons (`stem=known`).
        case known
        /// Any stem of three letters or more (`stem=any`).
        case any
        /// Known stems, or stems of three letters or more ending in «ی» or «ه» (the default).
        case nounLike
    }

    /// Builds the restorer from a ZWNJ word list (entries and `affix=` patterns) and extra known
    /// stems (keys or written forms, for example institution words from other lexicons).
    public init(zwnjWords: Lexicon, knownStems: [String] = []) {
        var words = Lexicon(name: zwnjWords.name)
        var suffixes: [(String, Unicode.Scalar?, String?)] = []
        var infixes: [String] = []
        var stems = Set(knownStems.map(PersianNormalizer.key))
        for entry in zwnjWords.entries {
            switch entry["affix"] {
            case "suffix": suffixes.append((entry.key, entry["after"].flatMap { PersianNormalizer.key($0).unicodeScalars.first }, entry["stem"]))
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
        self.stems = Lexicon(name: "stems", entries: stems.sorted().map { LexiconEntry(surface: $0, source: "stems") })
        self.suffixes = suffixes.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }.map { key, after, rule in
            let stem: StemRule = switch rule { case "known": .known; case "any": .any; default: .nounLike }
            return Suffix(scalars: Array(key.unicodeScalars), after: after, stem: stem)
        }
        self.infixes = infixes.map { Array($0.unicodeScalars) }
    }

    /// The display form of a name or phrase: letters unified for display (Arabic «ي ك» become
    /// Persian, marks and odd spaces go, «ئ» and «آ» stay), with ZWNJs restored.
    public func display(_ text: String) -> String {
        let parts = Self.words(PersianNormalizer.displayNormalize(text))
        let keys = parts.map(PersianNormalizer.key)
        var out: [String] = []
        var i = 0
        while i < parts.count {
            if let (length, entry) = words.longestMatch(keys: keys, at: i, limit: min(parts.count, i + 3)) {
                out.append(PersianNormalizer.displayNormalize(entry.surface))
                i += length
                continue
            }
            if parts[i].unicodeScalars.contains(PersianNormalizer.zwnj) {
                out.append(parts[i])
            } else {
                out.append(Self.insertJoiners(into: parts[i], atKeyOffsets: cuts(keys[i])))
            }
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// `text.split(separator: " ").map(String.init)`, cut on the UTF-8 bytes when every space is a `Character` of
    /// its own (`ByteLines.spacesStandAlone`: no mark right after one), as in nearly every name: the `Character`
    /// split was 40 % of `display`, which the build asks of every new name, role and institution.
    static func words(_ text: String) -> [String] {
        guard ByteLines.spacesStandAlone(in: text) else { return text.split(separator: " ").map(String.init) }
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for k in 0...bytes.count where k == bytes.count || bytes[k] == 0x20 {
                if k > start { out.append(ByteLines.string(bytes, start..<k)) }
                start = k + 1
            }
            return out
        }
    }

    /// Key offsets at which a ZWNJ belongs in a word written without any: suffix patterns
    /// (recursively, «شهرداری‌های» → stem «شهرداری»), then the infix «الله».
    private func cuts(_ key: String) -> [Int] {
        let scalars = Array(key.unicodeScalars)
        guard scalars.allSatisfy(Tokenizer.isLetter) else { return [] }   // Latin or mixed: leave
        for suffix in suffixes {
            let n = suffix.scalars.count
            guard scalars.count > n, scalars[(scalars.count - n)...].elementsEqual(suffix.scalars) else { continue }
            let stem = Array(scalars[..<(scalars.count - n)])
            guard let last = stem.last, Self.joinsNext(last) else { continue }
            if let after = suffix.after, last != after { continue }
            let stemKey = String(String.UnicodeScalarView(stem))
            let known = stems.contains(key: stemKey) || words.contains(key: stemKey)
            let looksLikeStem: Bool
            switch suffix.stem {
            case .known: looksLikeStem = false
            case .any: looksLikeStem = stem.count >= 3
            case .nounLike: looksLikeStem = stem.count >= 3 && (last == "\u{06CC}" || last == "\u{0647}")
            }
            guard known || looksLikeStem else { continue }
            return cuts(stemKey) + [stem.count]
        }
        for pattern in infixes {
            guard pattern.count + 2 <= scalars.count else { continue }
            for p in 2...(scalars.count - pattern.count) where scalars[p..<(p + pattern.count)].elementsEqual(pattern) {
                if Self.joinsNext(scalars[p - 1]) { return [p] }
                break
            }
        }
        return []
    }

    /// `word` with a ZWNJ before each key offset in `cuts` (offsets count the word's keyed scalars,
    /// so letters the key unifies or marks it drops keep their written form).
    static func insertJoiners(into word: String, atKeyOffsets cuts: [Int]) -> String {
        guard !cuts.isEmpty else { return word }
        var out = String.UnicodeScalarView()
        var k = 0
        var pending = Set(cuts)
        for s in word.unicodeScalars {
            let keyed = PersianNormalizer.map(s).map { $0 != PersianNormalizer.zwnj && !PersianNormalizer.isSpace($0) } ?? false
            if keyed {
                if pending.remove(k) != nil, k > 0 { out.append(PersianNormalizer.zwnj) }
                k += 1
            }
            out.append(s)
        }
        return String(out)
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

