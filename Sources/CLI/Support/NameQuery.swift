import Extractors

/// Turns what a user typed («سيد امير حسين علوي», «حجت‌الاسلام آتش‌زر», «علوی») into the keys the
/// store matches names on, so `didar query`, `path`, `ego`, `build --person` and the web explorer
/// agree on every spelling variant: Arabic ي/ك, ZWNJ or none, titles or none, full name or surname.
enum NameQuery {
    /// Keys to try, most specific first: the full name without titles, the same without a leading
    /// lineage honorific (which the store may or may not keep in a name), and the last word alone (a surname).
    static func keys(for text: String) throws(LexiconError) -> [String] {
        keys(for: text, lexicons: try bundledLexicons())
    }

    /// The same with the given lexicons (their titles and lineage honorifics).
    static func keys(for text: String, lexicons: Lexicons) -> [String] {
        let words = PersianNormalizer.normalize(text)
            .split(whereSeparator: { $0 == " " })
            .map { PersianNormalizer.key(String($0)) }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        var rest = words[...]
        // Drop leading titles (multi-word ones such as «حجت الاسلام والمسلمین» included).
        let titles = lexicons["titles"]
        while !rest.isEmpty, let (length, _) = titles.longestMatch(keys: Array(rest), at: 0), length < rest.count {
            rest = rest.dropFirst(length)
        }
        var keys: [String] = [rest.joined()]
        // Lineage honorifics (lineage-honorifics.txt) belong to the name, but a reader may leave them
        // out or the store may hold the name without them: try the name without a leading one too,
        // written apart («سید مصطفی») or attached («سیدمصطفی»).
        // An attached form is ambiguous («سیدهاشم»: سید + هاشم or سیده + اشم), so every reading is tried.
        let lineage = lexicons["lineage-honorifics"].entries.map(\.key)
        if let first = rest.first, rest.count > 1, lineage.contains(first) {
            keys.append(rest.dropFirst().joined())
        } else if let first = rest.first {
            for prefix in lineage where first.hasPrefix(prefix) && first.count > prefix.count + 2 {
                keys.append(String(rest.joined().dropFirst(prefix.count)))
            }
        }
        if let last = rest.last, rest.count > 1 { keys.append(last) }
        var seen = Set<String>()
        return keys.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The bundled lexicons, read on first use. A defect in them is thrown to every caller (a look-up
    /// that silently lost its titles would miss «حجت‌الاسلام علوی»).
    static func bundledLexicons() throws(LexiconError) -> Lexicons { try bundled.get() }

    private static let bundled = Result<Lexicons, LexiconError> { () throws(LexiconError) -> Lexicons in try Lexicons.bundled() }
}
