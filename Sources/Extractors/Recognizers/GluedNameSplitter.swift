/// Reads a name that Hamshahri's typography wrote as one word as the words it is made of: «محمدخاتمی» →
/// «محمد» + «خاتمی», «بابشاراسد» → «با» + «بشار» + «اسد», «دکترعلیرضا» → «دکتر» + «علیرضا». Each piece is a token
/// of its own (`isSplit`), its range still in the original text, so the name rules and the offsets of the record
/// see the name as if it had been written apart.
///
/// Only a word that starts no entry of any lexicon is cut, and only into pieces the lexicons know, in one of
/// these shapes (scripts/count-glued-names.py: 51 such words in the Fars News and Hamshahri development corpora,
/// 6,835 articles, every cut a person's name once the guards below turned the wrong ones away):
/// - a given name and a public figure's name («محمدخاتمی», «یاسرعرفات», «محمدالبرادعی»), or a transliterated
///   first name and a listed surname, figure or given name that is no plural («بشاراسد», «هوگوچاوز»; not «ژانرها»);
/// - a title and a given name or such a name («دکترعلیرضا», «سردارموسی»);
/// - a function word Hamshahri writes attached to the next word (`glued=yes` in stop-words.txt: «با», «و») and
///   such a name or a figure («بابشاراسد», «وطالبانی»). A function word and a given name alone is left whole:
///   «باشکوه», «بارها», «باصفا» are everyday words that so split.
/// - an office's head and the field of its ministry («وزیرخارجه», «وزیرکشور», «وزیرفرهنگ»): a one-word role head
///   whose institution (`institution=` in role-heads.txt: «وزیر» ⇐ «وزارت») with the rest of the word starts a
///   listed institution («وزارت خارجه», «وزارت فرهنگ و ارشاد اسلامی»). scripts/count-office-shapes.py: 25 such
///   words in the two dev corpora («وزیرخارجه» 6, «وزیردفاع», «وزیرفرهنگ», «وزیرارشاد», «وزیرکشور» 3 each), which
///   the name rules read as a surname; «وزیرستان», «وزیران», «وزیریان» start no ministry and stay whole.
///
/// Left whole: the «ی» adjective of a given name («علیرضایی», «محمدحسنی» are surnames, not «علی رضایی»), and a word
/// right after a given name («مهدی علیخانی»: the second half of a name is a compound surname).
struct GluedNameSplitter: Sendable {
    let rules: RuleLexiconTable
    /// The shortest word cut (in letters): shorter words are everyday words or a name's pieces already.
    static let minimumLetters = 5
    /// The lexicons a glued word may start with: given names, titles, glued stop words.
    private static let openers = RuleLexicon.givenNames.bit | RuleLexicon.titles.bit | RuleLexicon.stopWords.bit
        | RuleLexicon.roleHeads.bit
    /// The `glued=yes` stop words, as the hash of their key and their length in letters.
    private let gluedWords: [(hash: UInt64, letters: Int)]

    /// A splitter over the rule lexicons (made once per extractor).
    init(rules: RuleLexiconTable) {
        self.rules = rules
        gluedWords = rules[.stopWords].entries.filter { $0["glued"] == "yes" }.map { (PhraseMatcher.hash($0.key), $0.key.unicodeScalars.count) }
    }

    /// The analyzed text with every glued name cut into its pieces; the text itself when none is.
    func split(_ text: AnalyzedText) -> AnalyzedText {
        var found: [(token: Int, pieces: [Int])] = []
        // One buffer for the letters of every word parsed (a fifth of an article's words get that far).
        var letters: [Unicode.Scalar] = []
        // Read by index, not `enumerated()`: that copied every token out, retaining and releasing its strings.
        let words = text.tokens
        for i in words.indices where words[i].kind == .word {
            let key = words[i].key
            // Arabic-script letters are two bytes in UTF-8: a key of fewer bytes has fewer letters than the minimum.
            guard key.utf8.count >= 2 * Self.minimumLetters else { continue }
            // Most words start some lexicon's entry, or no given name, title or glued word starts them: hash
            // look-ups turn them away before any string is made.
            // office-holders.txt lists offices of several words only («وزیر خارجه»): a glued office starts one of them.
            guard rules.lexiconsStarting(hash: words[i].keyHash) & ~RuleLexicon.officeHolders.bit == 0, mayOpenName(key),
                  mayBeCut(key) else { continue }
            if i > 0, words[i - 1].kind == .word, rules.entry(.givenNames, key: words[i - 1].key) != nil { continue }
            letters.removeAll(keepingCapacity: true)
            letters.append(contentsOf: key.unicodeScalars)
            if let pieces = parse(letters[...]) { found.append((i, pieces)) }
        }
        guard !found.isEmpty else { return text }
        var tokens: [Token] = []
        tokens.reserveCapacity(text.tokens.count + found.count * 2)
        // The new index of every old token, and one past the end, for the sentences' token ranges.
        var newIndex = [Int](repeating: 0, count: text.tokens.count + 1)
        var next = 0
        for (i, t) in text.tokens.enumerated() {
            newIndex[i] = tokens.count
            if next < found.count, found[next].token == i {
                tokens += pieces(of: t, lengths: found[next].pieces, scalars: text.scalars)
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
        if let pieces = office(w) { return pieces }
        guard let pieces = name(w) ?? titled(w) ?? afterGluedWord(w) else { return nil }
        // «علیرضایی», «محمدحسنی»: the «ی» adjective of a given name is a surname of its own.
        if let stem = DocumentContext.nisbaStem(String(utf8Encoding: w)), rules.entry(.givenNames, key: stem) != nil { return nil }
        return pieces
    }

    /// A one-word role head and its ministry's field («وزیرخارجه» → «وزیر» + «خارجه»): the head's institution
    /// (`institution=`) and the rest of the word start a named institution («وزارت خارجه»).
    private func office(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        for cut in cuts(w, RuleLexicon.roleHeads.bit, from: 3) {
            guard let head = rules.entry(.roleHeads, key: String(utf8Encoding: w.prefix(cut))),
                  let institution = head["institution"] else { continue }
            let rest = w.dropFirst(cut)
            guard rest.count >= 3, let h = hashOfLetters(ArraySlice(PersianNormalizer.key(institution).unicodeScalars) + rest),
                  rules.lexiconsStarting(hash: h) & RuleLexicon.namedInstitutions.bit != 0 else { continue }
            return [cut, rest.count]
        }
        // A word that is an entry of some lexicon («دبیرخانه», an everyday word) stays whole, as `split` keeps it
        // (asked again here for `parse` alone, as the tests call it); an office of office-holders.txt is still cut
        // («شهردارتهران», the key of «شهردار تهران»).
        guard let whole = hashOfLetters(w), rules.lexiconsSpelled(hash: whole) & ~RuleLexicon.officeHolders.bit == 0 else { return nil }
        for cut in cuts(w, RuleLexicon.roleHeads.bit, from: 3) {
            let rest = w.dropFirst(cut)
            guard rest.count >= 3, rules.entry(.roleHeads, key: String(utf8Encoding: w.prefix(cut))) != nil,
                  let h = hashOfLetters(rest), rules.lexiconsSpelled(hash: h) & Self.officeComplements != 0 else { continue }
            let key = String(utf8Encoding: rest)
            guard Self.officeComplementLexicons.contains(where: { rules.entry($0, key: key, hash: h) != nil }) else { continue }
            return [cut, rest.count]
        }
        return nil
    }

    /// The lexicons whose whole entry may follow a one-word office head in one glued word («مدیرفرودگاه»,
    /// «مدیردفتر», «استاندارگیلان», «مدیرسابق», «دبیراین»): an institution's head, a named body, a province or
    /// country, a portfolio or a former or deictic word. A word that starts an entry of any lexicon («دبیرخانه»,
    /// «مدیریت», «استاندارد» are everyday words) never gets this far, and a given name («رئیسعلی») or a suffix
    /// («وزیرستان», «رئیسیان») is no complement.
    private static let officeComplementLexicons: [RuleLexicon] = [.institutionHeads, .namedInstitutions, .eponymHeads, .provinces,
                                                                  .countries, .roleModifiers, .formerMarkers, .deicticDeterminers]
    private static let officeComplements = officeComplementLexicons.reduce(UInt64(0)) { $0 | $1.bit }

    /// A `glued=yes` stop word and a figure or a name («بابشاراسد», «وطالبانی»).
    private func afterGluedWord(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        for (hash, cut) in gluedWords where cut + 3 <= w.count && hashOfLetters(w.prefix(cut)) == hash {
            let rest = w.dropFirst(cut)
            guard rules.entry(.stopWords, key: String(utf8Encoding: w.prefix(cut)))?["glued"] == "yes" else { continue }
            // A full name public-figures.txt lists whole («بشار اسد») is glued too: its words are pieces of their own.
            if isFigure(rest) { return [cut] + (name(rest) ?? [rest.count]) }
            if let n = name(rest) ?? titled(rest) { return [cut] + n }
        }
        return nil
    }

    /// True when the first two letters of `key` start some given name, title or glued word (hashed on the bytes,
    /// two look-ups at most: no array or string is made for the words of an article that start none).
    private func mayOpenName(_ key: String) -> Bool {
        var h = PhraseMatcher.seed
        var letters = 0
        for b in key.utf8 {
            h = PhraseMatcher.hash(byte: b, from: h)
            // A letter ends where the next byte is not a continuation byte: keys' letters are two bytes.
            guard b & 0xC0 == 0x80 else { continue }
            letters += 1
            guard rules.lexiconsStarting(hash: h) & Self.openers != 0 else { return false }
            if letters == 2 { return true }
        }
        return false
    }

    /// The lexicons whose entries open every cut `parse` makes: a given name, a title, a one-word role head.
    private static let cutHeads = RuleLexicon.givenNames.bit | RuleLexicon.titles.bit | RuleLexicon.roleHeads.bit

    /// False when `parse` finds no cut in `key`, answered on its bytes without making the letters or a string.
    /// Every cut `parse` tries begins with a whole entry that leaves at least three letters after it: a given
    /// name, a title or a role head (`name`, `titled`, `office`), or a `glued=yes` stop word followed by such a
    /// cut or by a whole figure (`afterGluedWord`). A word with no such prefix is turned away here: of the 40,921
    /// words of 300 Hamshahri articles that reached `parse`, three were cut, and each parse cost some 3,000
    /// instructions (the letters copied out, a string and a look-up for every prefix tried). Same cuts: only
    /// words `parse` would have answered nil for are skipped (a hash collision lets a word through, never stops one).
    private func mayBeCut(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { mayBeCut($0[...], afterGluedWord: true) } ?? true
    }

    /// `mayBeCut` of the bytes of a key (`afterGluedWord`: a glued stop word may open them).
    private func mayBeCut(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, afterGluedWord: Bool) -> Bool {
        // Letters are counted at their first byte (a UTF-8 continuation byte is 10xxxxxx).
        var letters = 0
        for b in bytes where b & 0xC0 != 0x80 { letters += 1 }
        var h = PhraseMatcher.seed
        var read = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            h = PhraseMatcher.hash(byte: bytes[i], from: h)
            i += 1
            // Only whole letters end a prefix.
            if i < bytes.endIndex, bytes[i] & 0xC0 == 0x80 { continue }
            read += 1
            // Every cut leaves at least three letters.
            guard letters - read >= 3 else { return false }
            // No entry of these lexicons starts with the prefix: none is a longer prefix either.
            guard rules.lexiconsStarting(hash: h) & (Self.cutHeads | RuleLexicon.stopWords.bit) != 0 else { return false }
            let spelled = rules.lexiconsSpelled(hash: h)
            if read >= 2, spelled & Self.cutHeads != 0 { return true }
            if afterGluedWord, spelled & RuleLexicon.stopWords.bit != 0, gluedWords.contains(where: { $0.hash == h }) {
                let rest = bytes[i...]
                if mayBeCut(rest, afterGluedWord: false) { return true }
                var whole = PhraseMatcher.seed
                for b in rest { whole = PhraseMatcher.hash(byte: b, from: whole) }
                if rules.lexiconsSpelled(hash: whole) & RuleLexicon.publicFigures.bit != 0 { return true }
            }
        }
        return false
    }

    /// The lexicons the second half of a glued name is looked up in.
    private static let surnameLexicons = RuleLexicon.surnames.bit | RuleLexicon.publicFigures.bit | RuleLexicon.givenNames.bit

    /// False when no entry of a lexicon of `mask` is spelled `w` (its bytes hashed; true may be a collision or
    /// a longer entry, which the look-up after it settles).
    private func mayBeEntry(_ w: ArraySlice<Unicode.Scalar>, _ mask: UInt64) -> Bool {
        guard let h = hashOfLetters(w) else { return false }
        return rules.lexiconsStarting(hash: h) & mask != 0
    }

    /// `PhraseMatcher.hash` of the key the letters spell, or nil when one is no two-byte letter (no key has it).
    private func hashOfLetters(_ w: ArraySlice<Unicode.Scalar>) -> UInt64? {
        var h = PhraseMatcher.seed
        for s in w {
            let v = s.value
            guard v >= 0x80, v < 0x800 else { return nil }
            h = PhraseMatcher.hash(byte: UInt8(0xC0 | v >> 6), from: h)
            h = PhraseMatcher.hash(byte: UInt8(0x80 | v & 0x3F), from: h)
        }
        return h
    }

    /// The lengths `c` (from `minimum` letters, leaving at least three) at which `w.prefix(c)` may be an entry of
    /// a lexicon of `mask`: the prefix is hashed a byte at a time, and the walk stops at the first prefix that
    /// no entry of those lexicons starts with, so that no string is made for a word that starts no name.
    func cuts(_ w: ArraySlice<Unicode.Scalar>, _ mask: UInt64, from minimum: Int = 2) -> [Int] {
        var h = PhraseMatcher.seed
        var out: [Int] = []
        var n = 0
        for s in w.dropLast(3) {
            let v = s.value
            if v < 0x80 {
                h = PhraseMatcher.hash(byte: UInt8(v), from: h)
            } else if v < 0x800 {
                h = PhraseMatcher.hash(byte: UInt8(0xC0 | v >> 6), from: h)
                h = PhraseMatcher.hash(byte: UInt8(0x80 | v & 0x3F), from: h)
            } else {
                // Not an Arabic-script letter of a key (those are all below U+0800): no lexicon entry has it.
                break
            }
            n += 1
            guard rules.lexiconsStarting(hash: h) & mask != 0 else { break }
            if n >= minimum { out.append(n) }
        }
        return out
    }

    /// A given name and a figure («محمدخاتمی»), or a transliterated first name and a surname, figure or given
    /// name («بشاراسد»).
    private func name(_ w: ArraySlice<Unicode.Scalar>) -> [Int]? {
        for cut in cuts(w, RuleLexicon.givenNames.bit) where mayBeEntry(w.dropFirst(cut), Self.surnameLexicons) {
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
        for cut in cuts(w, RuleLexicon.titles.bit, from: 3) {
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
