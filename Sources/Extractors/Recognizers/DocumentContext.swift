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
        return lexicons[lexicon].longestMatch(keys: keys, at: i, limit: sentenceEnd(i))
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
    func isOpenWord(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        for name in ["stop-words", "speech-verbs", "pronouns", "titles", "role-heads", "institution-heads",
                     "meeting-triggers", "discourse-markers", "citation-cues", "place-prefixes", "named-institutions",
                     "non-meeting-cues", "group-nouns", "former-markers"] where match(name, at: i) != nil {
            return false
        }
        return true
    }

    /// A word that reads like a surname: listed in surnames.txt, or ending like one.
    func looksLikeSurname(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let k = keys[i]
        if lexicons["non-name-words"].contains(key: k) { return false }
        if lexicons["surnames"].contains(key: k) { return true }
        guard k.unicodeScalars.count >= 3 else { return false }
        return lexicons["surname-suffixes"].entries.contains { k.hasSuffix($0.key) && k.count > $0.key.count + 1 }
    }
}
