/// The endings and affixes `DocumentContext` compares words with, read out of their lexicons once per
/// `RuleLexiconTable` (once a run), not once a document: every document made them again from the entries
/// (copying each entry out, looking its attributes up by name, counting each key's characters and sorting the
/// plural endings), some 20 M instructions on 300 articles for the same few arrays.
struct WordShapeTables: Sendable {
    /// The affixes of `non-name-affixes.txt`, as letters, with where they stand in a word.
    let affixes: [(letters: [Unicode.Scalar], position: DocumentContext.AffixPosition)]
    /// The endings of `surname-suffixes.txt` but `apart=only`: key, `strength=weak`, and length in characters.
    let surnameSuffixes: [(key: String, weak: Bool, length: Int)]
    /// The endings of `surname-suffixes.txt` marked `origin=foreign`, with their length in characters, in file order.
    let foreignSurnameSuffixes: [(key: String, length: Int)]
    /// The plural endings of `plural-suffixes.txt` (keys, longest first) and whether each is for people only.
    let pluralSuffixes: [(key: String, animate: Bool)]
    /// For every byte, whether some plural ending ends in it.
    let pluralLastBytes: [Bool]
    /// The present's prefixes of `stop-words.txt` (`verb-prefix=yes`: «می», «نمی»), longest first so that «نمی» is not
    /// read as «ن» and «می».
    let verbPrefixes: [String]

    init(nonNameAffixes: Lexicon, surnameSuffixes surnames: Lexicon, pluralSuffixes plurals: Lexicon, stopWords: Lexicon) {
        affixes = nonNameAffixes.entries.map { entry in
            let position: DocumentContext.AffixPosition = switch entry["position"] { case "prefix": .prefix; case "suffix": .suffix; default: .word }
            return (DocumentContext.letters(entry.surface.unicodeScalars), position)
        }
        surnameSuffixes = surnames.entries.filter { $0["apart"] != "only" }.map { ($0.key, $0["strength"] == "weak", $0.key.count) }
        foreignSurnameSuffixes = surnames.entries.filter { $0["origin"] == "foreign" }.map { ($0.key, $0.key.count) }
        // Longest first, so that no ending is tried after a shorter one it contains.
        let endings: [(key: String, animate: Bool)] = plurals.entries.map { ($0.key, $0["animate"] == "yes") }
        pluralSuffixes = endings.indices.sorted { a, b in
            let la = endings[a].key.utf8.count, lb = endings[b].key.utf8.count
            return la != lb ? la > lb : a < b
        }.map { endings[$0] }
        var lastBytes = [Bool](repeating: false, count: 256)
        for ending in pluralSuffixes { if let b = ending.key.utf8.last { lastBytes[Int(b)] = true } }
        pluralLastBytes = lastBytes
        verbPrefixes = stopWords.entries.filter { $0["verb-prefix"] == "yes" }.map(\.key).sorted { $0.count > $1.count }
    }
}
