/// What every rule stage reads: the analyzed text, the lexicons, token keys and sentence bounds.
///
/// Lookups are by token index; each helper looks ahead a bounded number of tokens so that every stage stays
/// linear in the length of the document.
struct DocumentContext {
    let text: AnalyzedText
    let lexicons: Lexicons
    /// Matching key of every token.
    let keys: [String]
    /// Sentence index of every token.
    let sentenceOfToken: [Int]
    /// True for tokens of content sentences (boilerplate is never read by the rules).
    let isContent: [Bool]
    /// For every token, the token index of the first colon in its sentence at or after the sentence start
    /// (or the sentence end): what follows a colon is quoted speech, where people are cited, not acting.
    let quoteStart: [Int]
    /// `isOpenWord` of every token, computed once.
    private var openWords: [Bool] = []
    /// Tokens whose written shape rules them out of a name (verbs, plural markers, superlatives).
    private var nameShapeRejected: [Bool] = []

    static let closedLexicons = ["stop-words", "speech-verbs", "pronouns", "titles", "role-heads", "institution-heads",
                                 "meeting-triggers", "discourse-markers", "citation-cues", "place-prefixes", "named-institutions",
                                 "non-meeting-cues", "group-nouns", "former-markers"]

    init(text: AnalyzedText, lexicons: Lexicons) {
        self.text = text
        self.lexicons = lexicons
        keys = text.tokens.map(\.key)
        var sentenceOf = [Int](repeating: 0, count: text.tokens.count)
        var content = [Bool](repeating: false, count: text.tokens.count)
        var quote = [Int](repeating: 0, count: text.tokens.count)
        for s in text.sentences {
            var colon = s.tokens.upperBound
            for t in s.tokens where text.tokens[t].normalized == ":" { colon = t; break }
            for t in s.tokens {
                sentenceOf[t] = s.index
                content[t] = s.isContent
                quote[t] = colon
            }
        }
        sentenceOfToken = sentenceOf
        isContent = content
        quoteStart = quote
        // Compared scalar by scalar on the original letters (mapped, ZWNJ kept): Swift's Character comparison
        // would glue a ZWNJ to the letter before it.
        func letters<S: Sequence>(_ s: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar { s.compactMap(PersianNormalizer.map) }
        let affixes = lexicons["non-name-affixes"].entries.map { (letters($0.surface.unicodeScalars), $0["position"] ?? "word") }
        openWords = (0..<keys.count).map { i in
            guard text.tokens[i].kind == .word, !keys[i].isEmpty else { return false }
            let limit = text.sentences.isEmpty ? nil : text.sentences[sentenceOf[i]].tokens.upperBound
            return !Self.closedLexicons.contains { name in
                lexicons[name].longestMatch(keys: keys, at: i, limit: limit) != nil
                    || (Self.ezafeLexicons.contains(name) && Self.withoutEzafe(keys[i]).map { lexicons[name].contains(key: $0) } == true)
            }
        }
        nameShapeRejected = text.tokens.map { token in
            let word = letters(text.scalars[token.range])
            return affixes.contains { affix, position in
                switch position {
                case "prefix": return word.count > affix.count && Array(word.prefix(affix.count)) == affix
                case "suffix": return word.count > affix.count + 1 && Array(word.suffix(affix.count)) == affix
                default: return word == affix
                }
            }
        }
    }

    var tokenCount: Int { keys.count }
    func token(_ i: Int) -> Token { text.tokens[i] }
    /// One past the last token of the sentence that holds token `i`.
    func sentenceEnd(_ i: Int) -> Int { text.sentences[sentenceOfToken[i]].tokens.upperBound }
    func sentenceStart(_ i: Int) -> Int { text.sentences[sentenceOfToken[i]].tokens.lowerBound }
    /// True when token `i` is inside quoted speech (after a colon of its sentence).
    func isQuoted(_ i: Int) -> Bool { i > quoteStart[i] }

    /// The longest entry of a lexicon spelled by the tokens at `i`, within the sentence.
    func match(_ lexicon: String, at i: Int) -> (length: Int, entry: LexiconEntry)? {
        guard i < tokenCount, token(i).kind == .word || token(i).kind == .number || token(i).kind == .latin else { return nil }
        if let m = lexicons[lexicon].longestMatch(keys: keys, at: i, limit: sentenceEnd(i)) { return m }
        // The ezafe «ی» after a final vowel («سخنگوی دولت», «شورای شهر») is not part of the head.
        // The word's shape is checked before the lexicon's name: most words end in no ezafe.
        if let bare = Self.withoutEzafe(keys[i]), Self.ezafeLexicons.contains(lexicon), let e = lexicons[lexicon].entry(key: bare) {
            return (1, e)
        }
        return nil
    }

    static let ezafeLexicons: Set<String> = ["role-heads", "institution-heads", "group-nouns"]

    /// «سخنگوی» → «سخنگو»: a word ending in a vowel and the ezafe «ی».
    static func withoutEzafe(_ key: String) -> String? {
        // Compared as scalars: keys are normalized, and `String.hasSuffix` would normalize them again.
        let scalars = key.unicodeScalars
        guard scalars.last == "ی", key.count > 3 else { return nil }
        let vowel = scalars[scalars.index(before: scalars.index(before: scalars.endIndex))]
        return vowel == "و" || vowel == "ا" ? String(scalars.dropLast()) : nil
    }

    func isWord(_ i: Int) -> Bool { i < tokenCount && token(i).kind == .word }
    func key(_ i: Int) -> String { i < tokenCount ? keys[i] : "" }
    func isStopWord(_ i: Int) -> Bool { lexicons["stop-words"].contains(key: key(i)) }
    func isPunctuation(_ i: Int, _ keys: Set<String>) -> Bool {
        i < tokenCount && (token(i).kind == .punctuation || token(i).kind == .symbol) && keys.contains(token(i).normalized)
    }
    func isComma(_ i: Int) -> Bool { isPunctuation(i, ["،", ",", "؛"]) }
    func isAnd(_ i: Int) -> Bool { i < tokenCount && keys[i] == "و" }

    /// Original text of a token range.
    func text(tokens r: Range<Int>) -> String { text.text(tokens: r) }
    /// Scalar range of a token range.
    func scalars(tokens r: Range<Int>) -> Range<Int> {
        token(r.lowerBound).range.lowerBound..<token(r.upperBound - 1).range.upperBound
    }

    /// A word that may belong to a name: a word that no function lexicon claims.
    func isOpenWord(_ i: Int) -> Bool { i >= 0 && i < tokenCount && openWords[i] }

    /// An open word whose shape may be part of a personal name (not a verb form, plural marker, superlative).
    func isNameWord(_ i: Int) -> Bool { isOpenWord(i) && !nameShapeRejected[i] }

    /// True when the token at `i` (just after a name) confirms the name: the end of the sentence, punctuation,
    /// a role head, a report of speech or a listed follower.
    func confirmsName(at i: Int) -> Bool {
        guard i < tokenCount, i < sentenceEnd(i - 1) else { return true }
        if token(i).kind == .punctuation || token(i).kind == .symbol { return true }
        if lexicons["name-followers"].contains(key: keys[i]) { return true }
        return match("role-heads", at: i) != nil || match("speech-verbs", at: i) != nil || match("speech-participles", at: i) != nil
            || match("titles", at: i) != nil
    }

    /// True when a place lexicon lists the word at `i` («اصفهان» is not a surname; «اصفهانی» may be).
    func isPlaceName(_ i: Int) -> Bool {
        PlaceRecognizer.nameLexicons.contains { match($0.0, at: i)?.length == 1 }
    }

    /// True when only spaces or zero-width marks separate token `i` from token `i + 1` (no dash, no tatweel).
    func onlySpaceBetween(_ i: Int, _ j: Int) -> Bool {
        guard i >= 0, j < tokenCount else { return false }
        return text.scalars[token(i).range.upperBound..<token(j).range.lowerBound].allSatisfy {
            $0.properties.isWhitespace || $0 == PersianNormalizer.zwnj || $0 == "\u{200D}" || $0 == "\u{200F}" || $0 == "\u{200E}"
        }
    }

    /// «سرپرستی», «مدیریتی»: a noun made from a role or institution head with «ی», not part of a name.
    func isDerivedFromHead(_ i: Int) -> Bool {
        let k = key(i)
        guard k.hasSuffix("ی"), k.count > 3 else { return false }
        let stem = String(k.dropLast())
        return lexicons["role-heads"].contains(key: stem) || lexicons["institution-heads"].contains(key: stem)
    }

    /// A word that reads like a surname: listed in surnames.txt, or ending like one.
    /// `strong` asks for more than the common «ی» ending (for a name that is also a common word).
    func looksLikeSurname(_ i: Int, strong: Bool = false) -> Bool {
        guard isWord(i), !nameShapeRejected[i] else { return false }
        let k = keys[i]
        if lexicons["non-name-words"].contains(key: k) { return false }
        if lexicons["surnames"].contains(key: k) { return true }
        // «هواپیمای», «مقامهای»: a noun ending in «ا» with the ezafe, not a surname.
        if k.hasSuffix("ای"), !k.hasSuffix("های") || k.hasSuffix("اهای") { return false }
        guard k.unicodeScalars.count >= 3 else { return false }
        // A short word with the common «ی» («سعی», «طی») is too often a plain word.
        return lexicons["surname-suffixes"].entries.contains {
            k.hasSuffix($0.key) && k.count > $0.key.count + 1 && !(strong && $0["strength"] == "weak")
                && !($0["strength"] == "weak" && k.count < 4)
        }
    }
}
