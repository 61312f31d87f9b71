/// What every rule stage reads: the analyzed text, the lexicons, token keys and sentence bounds.
///
/// Lookups are by token index; each helper looks ahead a bounded number of tokens so that every stage stays
/// linear in the length of the document.
///
/// A class, not a struct: every recognizer holds the context, and the recognizers are passed around by value on
/// every token; a struct of twenty fields was copied (and its arrays retained) each time.
final class DocumentContext {
    let text: AnalyzedText
    /// Matching key of every token.
    let keys: [String]
    /// Sentence index of every token.
    let sentenceOfToken: [Int]
    /// `sentenceEnd` of every token, read by nearly every rule question (it went through the sentences array
    /// of the analyzed text each time).
    private let sentenceEnds: [Int]
    /// True for tokens of content sentences (boilerplate is never read by the rules).
    let isContent: [Bool]
    /// For every token, the token index of the first colon in its sentence at or after the sentence start
    /// (or the sentence end): what follows a colon is quoted speech, where people are cited, not acting.
    let quoteStart: [Int]
    /// The rule lexicons, indexed by case.
    let rules: RuleLexiconTable
    /// The meeting frames (`meeting-frames.txt`).
    let frames: MeetingFrames
    /// The bounds of the phrase grammar (`phrase-limits.txt`).
    let limits: PhraseLimits
    /// `PhraseMatcher.hash` of every token key: every lexicon is asked about the same words, so each word is
    /// hashed once per document rather than once per question.
    private let keyHashes: [UInt64]
    /// The kind of every token (read on every look-up: copying the whole `Token` out for it retained its strings).
    let kinds: [TokenKind]
    /// For every token, the rule lexicons with an entry that starts with its key (`RuleLexicon.bit`s).
    private let startsEntryOf: [UInt64]
    /// Every key without an ezafe «ی» after a final vowel (`withoutEzafe`), and its hash; nil for most words.
    /// Kept apart from the tokens that have one (`bareKeyOf`): an array of a token's optional strings is
    /// destroyed element by element with the context.
    private let bareKeys: [(key: String, hash: UInt64)]
    /// For every token, its index in `bareKeys`, or -1.
    private let bareKeyOf: [Int32]
    /// For every token, the lexicons `match` may find something for: `startsEntryOf`, and the lexicons that
    /// take the ezafe when the word has a bare form. One mask test turns most questions away.
    private let matchable: [UInt64]
    /// The answers of `match` already worked out, `RuleLexicon.allCases.count` slots a token: 0 not asked yet,
    /// -1 no entry, else entry number × 16 + length (a match spans at most 8 tokens: `Lexicon.maxTokens` is
    /// capped at 8). The rules ask the same lexicon about the same token many times (the article's places, then
    /// every phrase that may end in a place), and each answer walked the index and compared bytes again.
    /// A pointer, not an array property: writing to an array held by a class pays a dynamic exclusivity check
    /// on every question; the buffer belongs to this context alone and is freed by `deinit`.
    private let matchMemo: UnsafeMutablePointer<Int32>
    private static let lexiconCount = RuleLexicon.allCases.count
    /// `PlaceRecognizer.placeName` of each token, without and with ambiguous names (`placeNameMemo(at:)`).
    /// Per token: 0 not asked yet, -1 no place name, else 1 + the index of the answer in `placeNames` (plain
    /// numbers, so that the arrays are made and freed without visiting each element).
    private var strictPlaceNames: [Int32] = []
    private var lenientPlaceNames: [Int32] = []
    private var placeNames: [PlaceName] = []
    /// `isOpenWord` of every token, computed once.
    private var openWords: [Bool] = []
    /// Whether each token's written shape rules it out of a name (verbs, plural markers, superlatives), worked
    /// out on first use (0 not yet, 1 no, 2 yes): only words the name rules reach are asked.
    private var shapeVerdicts: [UInt8] = []
    /// The affixes of `non-name-affixes.txt`, as letters, with where they stand in a word.
    private var affixes: [(letters: [Unicode.Scalar], position: AffixPosition)] = []
    private enum AffixPosition { case prefix, suffix, word }
    /// The endings of `surname-suffixes.txt`: key, `strength=weak`, and length in characters (read once, not
    /// copied out of the lexicon with its attributes looked up by name on every word).
    private var surnameSuffixes: [(key: String, weak: Bool, length: Int)] = []
    /// The plural endings of `plural-suffixes.txt` (keys, longest first) and whether each is for people only.
    private(set) var pluralSuffixes: [(key: String, animate: Bool)] = []
    /// `mayEndInPluralSuffix` of every token.
    private var mayBePlural: [Bool] = []

    /// The words a desk label («گروه علمی فرهنگی») may have before its colon.
    static let deskLabelWords = 4

    init(text: AnalyzedText, lexicons: Lexicons) {
        self.text = text
        rules = lexicons.rules
        frames = lexicons.frames
        limits = lexicons.limits
        keys = text.tokens.map(\.key)
        kinds = text.tokens.map(\.kind)
        // The tokenizer hashed every key already (`Token.keyHash` is `PhraseMatcher.hash(key)`).
        keyHashes = text.tokens.map(\.keyHash)
        startsEntryOf = keyHashes.map(lexicons.rules.lexiconsStarting(hash:))
        var bare: [(key: String, hash: UInt64)] = []
        bareKeyOf = keys.map { key in
            guard let b = Self.withoutEzafe(key) else { return -1 }
            bare.append((b, PhraseMatcher.hash(b)))
            return Int32(bare.count - 1)
        }
        bareKeys = bare
        let ezafeMask = RuleLexicon.allCases.filter(\.takesEzafe).reduce(UInt64(0)) { $0 | $1.bit }
        matchable = zip(startsEntryOf, bareKeyOf).map { starts, bare in starts | (bare < 0 ? 0 : ezafeMask) }
        let memoSize = text.tokens.count * Self.lexiconCount
        matchMemo = UnsafeMutablePointer<Int32>.allocate(capacity: max(memoSize, 1))
        matchMemo.initialize(repeating: 0, count: memoSize)
        var sentenceOf = [Int](repeating: 0, count: text.tokens.count)
        var content = [Bool](repeating: false, count: text.tokens.count)
        var quote = [Int](repeating: 0, count: text.tokens.count)
        for s in text.sentences {
            var colon = s.tokens.upperBound
            // «گروه سیاسی: …» (a report opener with `until=colon`): the desk label's colon opens the report, not a quotation.
            let desk = !s.tokens.isEmpty && lexicons.rules.entry(.reportOpeners, key: keys[s.tokens.lowerBound])?["until"] == "colon"
            for t in s.tokens where (kinds[t] == .punctuation || kinds[t] == .symbol) && text.tokens[t].normalized.sameBytes(":") {
                if desk, t - s.tokens.lowerBound <= Self.deskLabelWords { continue }
                colon = t
                break
            }
            for t in s.tokens {
                sentenceOf[t] = s.index
                content[t] = s.isContent
                quote[t] = colon
            }
        }
        sentenceOfToken = sentenceOf
        sentenceEnds = text.sentences.isEmpty ? [] : sentenceOf.map { text.sentences[$0].tokens.upperBound }
        isContent = content
        quoteStart = quote
        // Most words start no entry of a closed lexicon: one mask test clears them (the ezafe reading aside).
        let closedMask = RuleLexicon.closedMask
        openWords = (0..<keys.count).map { i in
            guard kinds[i] == .word, !keys[i].isEmpty else { return false }
            if startsEntryOf[i] & closedMask == 0 && bareKeyOf[i] < 0 { return true }
            return !RuleLexicon.closed.contains { matchLength($0, at: i) != nil }
        }
        affixes = rules[.nonNameAffixes].entries.map { entry in
            let position: AffixPosition = switch entry["position"] { case "prefix": .prefix; case "suffix": .suffix; default: .word }
            return (Self.letters(entry.surface.unicodeScalars), position)
        }
        shapeVerdicts = [UInt8](repeating: 0, count: keys.count)
        surnameSuffixes = rules[.surnameSuffixes].entries.filter { $0["apart"] != "only" }.map { ($0.key, $0["strength"] == "weak", $0.key.count) }
        strictPlaceNames = [Int32](repeating: 0, count: keys.count)
        lenientPlaceNames = strictPlaceNames
        // Longest first, so that no ending is tried after a shorter one it contains.
        let endings: [(key: String, animate: Bool)] = rules[.pluralSuffixes].entries.map { ($0.key, $0["animate"] == "yes") }
        pluralSuffixes = endings.indices.sorted { a, b in
            let la = endings[a].key.utf8.count, lb = endings[b].key.utf8.count
            return la != lb ? la > lb : a < b
        }.map { endings[$0] }
        var lastBytes = [Bool](repeating: false, count: 256)
        for ending in pluralSuffixes { if let b = ending.key.utf8.last { lastBytes[Int(b)] = true } }
        // The last byte read in place: `UTF8View.last` walks the view's indices, a hundred instructions a token.
        mayBePlural = keys.map { key in
            let last = key.utf8.withContiguousStorageIfAvailable { $0.last } ?? key.utf8.last
            return last.map { lastBytes[Int($0)] } ?? false
        }
    }

    /// True when token `i`'s key ends in the last byte of some plural ending: the rules that try every ending
    /// on every word («…ها», «…ان») skip the words that can end in none.
    func mayEndInPluralSuffix(_ i: Int) -> Bool { mayBePlural[i] }

    /// Letters compared scalar by scalar on the original text (mapped, ZWNJ kept): Swift's `Character`
    /// comparison would glue a ZWNJ to the letter before it.
    private static func letters<S: Sequence>(_ s: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        s.compactMap(PersianNormalizer.map)
    }

    /// True when token `i`'s written shape rules it out of a name (an affix of `non-name-affixes.txt`).
    private func nameShapeRejected(_ i: Int) -> Bool {
        if shapeVerdicts[i] == 0 {
            var rejected = false
            if kinds[i] == .word {
                let word = Self.letters(text.scalars[text.tokens[i].range])
                rejected = affixes.contains { affix, position in
                    switch position {
                    case .prefix: return word.count > affix.count && word.starts(with: affix)
                    case .suffix: return word.count > affix.count + 1 && word.reversed().starts(with: affix.reversed())
                    case .word: return word == affix
                    }
                }
            }
            shapeVerdicts[i] = rejected ? 2 : 1
        }
        return shapeVerdicts[i] == 2
    }

    var tokenCount: Int { keys.count }
    func token(_ i: Int) -> Token { text.tokens[i] }
    /// One past the last token of the sentence that holds token `i`.
    func sentenceEnd(_ i: Int) -> Int {
        // A text with tokens but no sentence (nothing but boilerplate marks) has one span: the whole text.
        sentenceEnds.isEmpty ? tokenCount : sentenceEnds[i]
    }
    func sentenceStart(_ i: Int) -> Int { text.sentences[sentenceOfToken[i]].tokens.lowerBound }
    /// True when token `i` is inside quoted speech (after a colon of its sentence).
    func isQuoted(_ i: Int) -> Bool { i > quoteStart[i] }

    deinit { matchMemo.deallocate() }

    /// What `PlaceRecognizer.placeName(at: i, allowAmbiguous:)` answered before, if it was asked.
    func placeNameMemo(at i: Int, allowAmbiguous: Bool) -> PlaceNameMemo {
        let code = allowAmbiguous ? lenientPlaceNames[i] : strictPlaceNames[i]
        return code == 0 ? .unknown : .known(code < 0 ? nil : placeNames[Int(code) - 1])
    }

    /// Keeps `PlaceRecognizer.placeName`'s answer at `i` for the next time it is asked.
    func rememberPlaceName(_ answer: PlaceName?, at i: Int, allowAmbiguous: Bool) {
        var code: Int32 = -1
        if let answer {
            placeNames.append(answer)
            code = Int32(placeNames.count)
        }
        if allowAmbiguous { lenientPlaceNames[i] = code } else { strictPlaceNames[i] = code }
    }

    /// The longest entry of a lexicon spelled by the tokens at `i`, within the sentence.
    @inline(__always)
    func match(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: LexiconEntry)? {
        guard let m = matchIndex(lexicon, at: i) else { return nil }
        return (m.length, rules.entry(lexicon, at: m.entry))
    }

    /// The length of `match(lexicon, at: i)`, for a rule that does not read the entry (copying an entry out
    /// retains its strings and attributes).
    @inline(__always)
    func matchLength(_ lexicon: RuleLexicon, at i: Int) -> Int? { matchIndex(lexicon, at: i)?.length }

    /// `match` as (length, entry number in the lexicon), remembered per token and lexicon.
    /// Inlined: the rules ask two million questions of 300 articles and nine in ten end at this mask test,
    /// where a call's prologue and epilogue cost as much as the test.
    @inline(__always)
    private func matchIndex(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: Int)? {
        guard i >= 0, i < tokenCount, matchable[i] & lexicon.bit != 0 else { return nil }
        return rememberedMatch(lexicon, at: i)
    }

    /// `matchIndex` past the mask test: the remembered answer, else the answer worked out and remembered.
    @inline(never)
    private func rememberedMatch(_ lexicon: RuleLexicon, at i: Int) -> (length: Int, entry: Int)? {
        let kind = kinds[i]
        guard kind == .word || kind == .number || kind == .latin else { return nil }
        let slot = i * Self.lexiconCount + lexicon.rawValue
        let known = matchMemo[slot]
        if known != 0 { return known < 0 ? nil : (Int(known & 15), Int(known >> 4)) }
        var found: (length: Int, entry: Int)?
        if startsEntryOf[i] & lexicon.bit != 0,
           let m = rules.longestMatchIndex(lexicon, keys: keys, at: i, limit: sentenceEnd(i), firstHash: keyHashes[i]) {
            found = m
        } else if lexicon.takesEzafe, bareKeyOf[i] >= 0, let e = rules.entryIndex(lexicon, key: bareKeys[Int(bareKeyOf[i])].key,
                                                                                  hash: bareKeys[Int(bareKeyOf[i])].hash) {
            // The ezafe «ی» after a final vowel («سخنگوی دولت», «شورای شهر») is not part of the head.
            found = (1, e)
        }
        matchMemo[slot] = found.map { Int32($0.entry << 4 | $0.length) } ?? -1
        return found
    }

    /// False when no lexicon of `mask` (`RuleLexicon.bit`s) has an entry starting with the word at `i`, so that
    /// a rule asking several lexicons about a word can skip them all at once (ezafe readings not included).
    func mayStartEntry(of mask: UInt64, at i: Int) -> Bool { i >= 0 && i < tokenCount && startsEntryOf[i] & mask != 0 }

    /// True when a lexicon lists the word at `i` on its own (one token, exact key, no ezafe reading).
    func lists(_ lexicon: RuleLexicon, _ i: Int) -> Bool {
        i >= 0 && i < tokenCount && startsEntryOf[i] & lexicon.bit != 0 && rules.entry(lexicon, key: keys[i], hash: keyHashes[i]) != nil
    }

    /// «سخنگوی» → «سخنگو»: a word ending in a vowel and the ezafe «ی».
    static func withoutEzafe(_ key: String) -> String? {
        // Read on the UTF-8 bytes (keys are normalized, every Persian letter two bytes): `String.hasSuffix` and
        // `count` would segment and normalize the text again, on every token of every document.
        let bytes = key.utf8
        let n = bytes.count
        guard n >= 4 else { return nil }
        // The last four bytes read in place (an `Array` of them was allocated for every token).
        let tail = bytes.withContiguousStorageIfAvailable { p in (p[n - 4], p[n - 3], p[n - 2], p[n - 1]) }
            ?? { let t = Array(bytes.suffix(4)); return (t[0], t[1], t[2], t[3]) }()
        // «ی» U+06CC = DB 8C, after «و» U+0648 = D9 88 or «ا» U+0627 = D8 A7; more than three letters.
        guard tail.3 == 0x8C, tail.2 == 0xDB, (tail.0 == 0xD9 && tail.1 == 0x88) || (tail.0 == 0xD8 && tail.1 == 0xA7),
              key.unicodeScalars.count > 3 else { return nil }
        return String(decoding: bytes.dropLast(2), as: UTF8.self)
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokenCount && kinds[i] == .word }
    func key(_ i: Int) -> String { i < tokenCount ? keys[i] : "" }
    /// `PhraseMatcher.hash` of token `i`'s key, computed once per document.
    func keyHash(_ i: Int) -> UInt64 { keyHashes[i] }
    func isStopWord(_ i: Int) -> Bool { lists(.stopWords, i) }
    /// True when token `i` is one punctuation mark or symbol among `marks` (a string of single marks).
    func isPunctuation(_ i: Int, _ marks: String) -> Bool {
        guard i >= 0, i < tokenCount, kinds[i] == .punctuation || kinds[i] == .symbol else { return false }
        var scalars = token(i).normalized.unicodeScalars.makeIterator()
        guard let mark = scalars.next(), scalars.next() == nil else { return false }
        return marks.unicodeScalars.contains(mark)
    }
    func isComma(_ i: Int) -> Bool { isPunctuation(i, "،,؛") }
    func isAnd(_ i: Int) -> Bool { isKey(i, "و") }
    /// True when token `i`'s key is `word` (compared on bytes: keys are normalized, and `String ==` would
    /// normalize non-ASCII text again on every comparison).
    func isKey(_ i: Int, _ word: String) -> Bool {
        guard i >= 0, i < tokenCount else { return false }
        let key = keys[i].utf8, other = word.utf8
        return key.count == other.count && key.elementsEqual(other)
    }
    /// True when token `i` is a plural ending written as a word of its own («شهرداری ها»), `apart=yes` in
    /// plural-suffixes.txt.
    func isPluralWrittenApart(_ i: Int) -> Bool {
        guard i >= 0, i < tokenCount, startsEntryOf[i] & RuleLexicon.pluralSuffixes.bit != 0 else { return false }
        return rules.entry(.pluralSuffixes, key: keys[i], hash: keyHashes[i])?["apart"] == "yes"
    }

    /// Original text of a token range.
    func text(tokens r: Range<Int>) -> String { text.text(tokens: r) }

    /// Original text of a scalar range (`AnalyzedText.text(_:)`, which encodes the scalars to UTF-8 in one pass).
    func text(scalars r: Range<Int>) -> String { text.text(r) }

    /// Scalar range of a token range.
    func scalars(tokens r: Range<Int>) -> Range<Int> {
        token(r.lowerBound).range.lowerBound..<token(r.upperBound - 1).range.upperBound
    }

    /// A word that may belong to a name: a word that no function lexicon claims.
    func isOpenWord(_ i: Int) -> Bool { i >= 0 && i < tokenCount && openWords[i] }

    /// An open word whose shape may be part of a personal name (not a verb form, plural marker, superlative).
    func isNameWord(_ i: Int) -> Bool { isOpenWord(i) && !nameShapeRejected(i) }

    /// True when the token at `i` (just after a name) confirms the name: the end of the sentence, punctuation,
    /// a role head, a report of speech or a listed follower.
    func confirmsName(at i: Int) -> Bool {
        guard i < tokenCount, i < sentenceEnd(i - 1) else { return true }
        if kinds[i] == .punctuation || kinds[i] == .symbol { return true }
        if lists(.nameFollowers, i) { return true }
        return matchLength(.roleHeads, at: i) != nil || matchLength(.speechVerbs, at: i) != nil || matchLength(.speechParticiples, at: i) != nil
            || matchLength(.titles, at: i) != nil
    }

    /// True when a place lexicon lists the word at `i` («اصفهان» is not a surname; «اصفهانی» may be).
    func isPlaceName(_ i: Int) -> Bool {
        PlaceRecognizer.nameLexicons.contains { matchLength($0.lexicon, at: i) == 1 }
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
        guard k.hasKeySuffix("ی"), k.count > 3 else { return false }
        let stem = String(k.dropLast())
        return rules.contains(.roleHeads, key: stem) || rules.contains(.institutionHeads, key: stem)
    }

    /// True when token `i` stands right after a noun of its own phrase, only a space between: Persian joins a
    /// noun to the word after it with the ezafe, so a word there is the noun's adjective or complement
    /// («زیرساخت‌های روستایی», «طرح هادی», «معاون عمرانی»), not the start of a new phrase. Function words,
    /// titles and the words that end a name phrase («امروز», «با») open a new phrase instead.
    func followsNounByEzafe(_ i: Int) -> Bool {
        let p = i - 1
        guard p >= 0, i < tokenCount, sentenceOfToken[p] == sentenceOfToken[i], kinds[p] == .word, onlySpaceBetween(p, i),
              !lists(.nameFollowers, p) else { return false }
        // A given name before is the person's own («مجید روستایی»), not a noun the word qualifies.
        if isOpenWord(p) { return matchLength(.givenNames, at: p) == nil }
        // Closed lexicons that still hold nouns: a head takes the ezafe like any noun («معاون پشتیبانی»).
        return mayStartEntry(of: Self.nounHeadMask, at: p)
            && Self.nounHeads.contains { matchLength($0, at: p) == 1 }
    }
    private static let nounHeads: [RuleLexicon] = [.roleHeads, .institutionHeads, .groupNouns, .placePrefixes]
    private static let nounHeadMask = nounHeads.reduce(UInt64(0)) { $0 | $1.bit }

    /// True when the word at `i`, read as a surname, is first of all an everyday word: listed in non-name-words.txt
    /// or common-word-surnames.txt («اسلامی», «جهانی», «زمانی»), or an everyday «ی» adjective
    /// (`isEverydayAdjective`). Such a surname alone needs more evidence than its spelling to name a person.
    func isCommonWordSurname(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        return lists(.nonNameWords, i) || lists(.commonWordSurnames, i) || isEverydayAdjective(i)
    }

    /// True when the word at `i` is the «ی» adjective of a place word, a foreign country or a role or institution
    /// head («روستایی», «برزیلی», «استانی»), not of a given name («حسینی»): an everyday word whose reading as a
    /// surname needs a name or a title beside it.
    func isEverydayAdjective(_ i: Int) -> Bool {
        guard isWord(i), let stem = Self.nisbaStem(keys[i]) else { return false }
        let hash = PhraseMatcher.hash(stem)
        if rules.entry(.givenNames, key: stem, hash: hash) != nil { return false }
        return Self.nisbaSources.contains { rules.entry($0, key: stem, hash: hash) != nil }
    }
    /// Lexicons of words whose «ی» adjective is an everyday word. Iranian provinces and counties are left out:
    /// their adjectives («شیرازی», «بروجردی») are first of all surnames, and those also read as adjectives
    /// are marked in surnames.txt.
    private static let nisbaSources: [RuleLexicon] = [.placePrefixes, .countries, .worldCapitals, .roleHeads, .institutionHeads, .groupNouns]

    /// «روستایی» → «روستا», «برزیلی» → «برزیل», «منطقه‌ای» → «منطقه»: the word a «ی» adjective is made from
    /// (keys have no ZWNJ); nil for a word too short to be one.
    static func nisbaStem(_ key: String) -> String? {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 4, scalars.last == "ی" else { return nil }
        let penultimate = scalars[scalars.count - 2]
        // «یی» and «ای» after a vowel-final stem; else the «ی» alone.
        let cut = penultimate == "ی" || (penultimate == "ا" && scalars[scalars.count - 3] == "ه") ? 2 : 1
        return String(String.UnicodeScalarView(scalars.dropLast(cut)))
    }

    /// «الحسینی», «الموسوی»: the Arabic article «ال» before a surname, as Arab and some Iranian families
    /// write it. The rest must itself be a listed surname or the «ی» form of a given name.
    func isArabicArticleSurname(_ i: Int) -> Bool {
        let scalars = keys[i].unicodeScalars
        guard scalars.count >= 6, scalars.starts(with: "ال".unicodeScalars) else { return false }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(2)))
        if rules.entry(.surnames, key: rest, hash: PhraseMatcher.hash(rest)) != nil { return true }
        guard rest.unicodeScalars.last == "ی" else { return false }
        let stem = String(String.UnicodeScalarView(rest.unicodeScalars.dropLast()))
        return rules.entry(.givenNames, key: stem, hash: PhraseMatcher.hash(stem)) != nil
    }

    /// A word that reads like a surname: listed in surnames.txt, or ending like one.
    /// `strong` asks for more than the common «ی» ending (for a name that is also a common word).
    func looksLikeSurname(_ i: Int, strong: Bool = false) -> Bool {
        guard isWord(i), !nameShapeRejected(i) else { return false }
        let k = keys[i]
        if lists(.nonNameWords, i) { return false }
        if lists(.surnames, i) { return true }
        // «کلینتون», «بوش»: a public figure's name does not end like a Persian surname but is one.
        if lists(.publicFigures, i), rules.entry(.publicFigures, key: k)?["ambiguous"] != "yes" { return true }
        if isArabicArticleSurname(i) { return true }
        // «هواپیمای», «مقامهای»: a noun ending in «ا» with the ezafe, not a surname.
        if k.hasKeySuffix("ای"), !k.hasKeySuffix("های") || k.hasKeySuffix("اهای") { return false }
        guard k.unicodeScalars.count >= 3 else { return false }
        // A short word with the common «ی» («سعی», «طی») is too often a plain word.
        return surnameSuffixes.contains { suffix in
            guard k.hasKeySuffix(suffix.key) else { return false }
            let length = k.count
            return length > suffix.length + 1 && !(strong && suffix.weak) && !(suffix.weak && length < 4)
        }
    }
}

extension String {
    /// `hasSuffix` for a key, asked on the bytes first: `String.hasSuffix` compares characters under canonical
    /// equivalence, hundreds of instructions even when the last byte differs. Keys and lexicon keys are
    /// normalized (no Arabic marks, composed letters), so a suffix whose bytes differ is not a suffix; the
    /// byte match is confirmed by `hasSuffix` itself, which also checks that it starts on a character boundary.
    func hasKeySuffix(_ suffix: String) -> Bool { endsWithBytes(suffix) && hasSuffix(suffix) }
}
