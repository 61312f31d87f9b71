/// Reads a name that Hamshahri's typography wrote as one word as the words it is made of: «محمدخاتمی» →
/// «محمد» + «خاتمی», «بابشاراسد» → «با» + «بشار» + «اسد», «دکترعلیرضا» → «دکتر» + «علیرضا». Each piece is a token
/// of its own (`isSplit`), its range still in the original text, so the name rules and the offsets of the record
/// see the name as if it had been written apart.
///
/// Only a word that starts no entry of any lexicon is cut, and only into pieces the lexicons know, in one of
/// these shapes (counts in the Fars News and Hamshahri development corpora, 6,835 articles: about 60 such words,
/// all but a handful of the cuts right; the guards below turn those away):
/// - a given name and a public figure's name («محمدخاتمی», «یاسرعرفات», «محمدالبرادعی»), or a transliterated
///   first name and a listed surname, figure or given name that is no plural («بشاراسد», «هوگوچاوز»; not «ژانرها»);
/// - a title and a given name or such a name («دکترعلیرضا», «سردارموسی»);
/// - a function word Hamshahri writes attached to the next word (`glued=yes` in stop-words.txt: «با», «و») and
///   such a name or a figure («بابشاراسد», «وطالبانی»). A function word and a given name alone is left whole:
///   «باشکوه», «بارها», «باصفا» are everyday words that so split.
///
/// Left whole: the «ی» adjective of a given name («علیرضایی», «محمدحسنی» are surnames, not «علی رضایی»), and a word
/// right after a given name («مهدی علیخانی»: the second half of a name is a compound surname).
struct GluedNameSplitter {
    let rules: RuleLexiconTable
    /// The shortest word cut (in letters): shorter words are everyday words or a name's pieces already.
    static let minimumLetters = 5

    /// The analyzed text with every glued name cut into its pieces; the text itself when none is.
    func split(_ text: AnalyzedText) -> AnalyzedText {
        var cuts: [(token: Int, pieces: [Int])] = []
        for (i, t) in text.tokens.enumerated() where t.kind == .word && t.key.unicodeScalars.count >= Self.minimumLetters {
            // Most words start some lexicon's entry or are no name at all: one hash look-up turns them away.
            guard rules.lexiconsStarting(hash: t.keyHash) == 0 else { continue }
            if i > 0, text.tokens[i - 1].kind == .word, rules.entry(.givenNames, key: text.tokens[i - 1].key) != nil { continue }
            let letters = Array(t.key.unicodeScalars)
            if let pieces = parse(letters[...]) { cuts.append((i, pieces)) }
        }
        guard !cuts.isEmpty else { return text }
        var tokens: [Token] = []
        tokens.reserveCapacity(text.tokens.count + cuts.count * 2)
        // The new index of every old token, and one past the end, for the sentences' token ranges.
        var newIndex = [Int](repeating: 0, count: text.tokens.count + 1)
        var next = 0
        for (i, t) in text.tokens.enumerated() {
            newIndex[i] = tokens.count
            if next < cuts.count, cuts[next].token == i {
                tokens += pieces(of: t, lengths: cuts[next].pieces, scalars: text.scalars)
                next += 1
            } else {
                tokens.append(t)
            }
        }
        newIndex[text.tokens.count] = tokens.count
        var sentences = text.sentences
        for s in sentences.indices {
            let r = sentences[s].tokens
            sentences[s].tokens = newIndex[r.lowerBound]..<newIndex[r.upperBound]
        }
        return AnalyzedText(document: text.document, scalars: text.scalars, tokens: tokens, sentences: sentences, metadata: text.metadata)
    }

    /// The lengths (in letters of the key) of the pieces of a glued word, or nil when it is not one.
    func parse(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        let whole = String(utf8Encoding: w)
        // «علیرضایی», «محمدحسنی»: the «ی» adjective of a given name is a surname of its own.
        if let stem = DocumentContext.nisbaStem(whole), rules.entry(.givenNames, key: stem) != nil { return nil }
        if let n = name(w) { return n }
        if let t = titled(w) { return t }
        for cut in stride(from: 1, through: min(3, w.count - 3), by: 1) {
            let head = w.prefix(cut), rest = w.dropFirst(cut)
            guard rules.entry(.stopWords, key: String(utf8Encoding: head))?["glued"] == "yes" else { continue }
            if isFigure(rest) { return [cut, rest.count] }
            if let n = name(rest) ?? titled(rest) { return [cut] + n }
        }
        return nil
    }

    /// A given name and a figure («محمدخاتمی»), or a transliterated first name and a surname, figure or given
    /// name («بشاراسد»).
    private func name(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        for cut in stride(from: 2, through: w.count - 3, by: 1) {
            guard let g = rules.entry(.givenNames, key: String(utf8Encoding: w.prefix(cut))), g["ambiguous"] != "yes" else { continue }
            let rest = w.dropFirst(cut)
            if isFigure(rest) { return [cut, rest.count] }
            guard g["origin"] == "foreign" else { continue }
            let key = String(utf8Encoding: rest)
            if rules.entry(.surnames, key: key) != nil || rules.entry(.publicFigures, key: key) != nil { return [cut, rest.count] }
            // A given name as the surname («بشاراسد»), even one that is also a word, but not a plural («ژانرها»).
            if rules.entry(.givenNames, key: key) != nil, !rules[.pluralSuffixes].entries.contains(where: { key.hasKeySuffix($0.key) }) {
                return [cut, rest.count]
            }
        }
        return nil
    }

    /// A one-word title and a given name or a name («دکترعلیرضا», «سردارموسی», «دکترحسن روحانی»).
    private func titled(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        for cut in stride(from: 3, through: w.count - 3, by: 1) {
            guard rules.entry(.titles, key: String(utf8Encoding: w.prefix(cut))) != nil else { continue }
            let rest = w.dropFirst(cut)
            if rules.entry(.givenNames, key: String(utf8Encoding: rest)).map({ $0["ambiguous"] != "yes" }) == true || isFigure(rest) {
                return [cut, rest.count]
            }
            if let n = name(rest) { return [cut] + n }
        }
        return nil
    }

    /// A public figure's name that is no everyday word («خاتمی», not «مبارک»).
    private func isFigure(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        rules.entry(.publicFigures, key: String(utf8Encoding: w)).map { $0["ambiguous"] != "yes" } == true
    }

    /// The tokens of the pieces of `t`, `lengths` letters of its key each, with their ranges in the original text
    /// (the marks and joiners between two pieces go with the first).
    private func pieces(of t: Token, lengths: [Int], scalars: [Unicode.Scalar]) -> [Token] {
        // The original position of every letter of the key.
        var positions: [Int] = []
        for j in t.range {
            if let m = PersianNormalizer.map(scalars[j]), m != PersianNormalizer.zwnj, !PersianNormalizer.isSpace(m) { positions.append(j) }
        }
        var out: [Token] = []
        var letter = 0
        for (n, length) in lengths.enumerated() {
            let start = n == 0 ? t.range.lowerBound : positions[letter]
            letter += length
            let end = n == lengths.count - 1 ? t.range.upperBound : positions[letter]
            let slice = scalars[start..<end]
            var normalized = String.UnicodeScalarView(), key = String.UnicodeScalarView()
            PersianNormalizer.appendNormalized(of: slice, to: &normalized)
            PersianNormalizer.appendKey(of: slice, to: &key)
            out.append(Token(kind: .word, range: start..<end, normalized: String(normalized), key: String(key), isSplit: true,
                             spaceAfter: n == lengths.count - 1 ? t.spaceAfter : false))
        }
        return out
    }
}
