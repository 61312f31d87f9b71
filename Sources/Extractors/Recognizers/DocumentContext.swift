/// What every rule stage reads: the analyzed text, the lexicons, token keys and sentence bounds.
///
/// Lookups are by token index; each helper looks ahead a bounded number of tokens so that every stage stays
/// linear in the length of the document.
///
/// A class, not a struct: every recognizer holds the context, and the recognizers are passed around by value on
/// every token; a struct of twenty fields was copied (and its arrays retained) each time.
///
/// This file holds the per-document indexes and the token geometry; the questions the rules ask are split by
/// concern into `DocumentContext+LexiconMatch.swift` (lexicon look-ups and their memo),
/// `DocumentContext+Places.swift` (the place-name memo) and `DocumentContext+NameEvidence.swift` (what makes a
/// word a name). The indexes are internal, not private, only so that those extensions can read them.
final class DocumentContext {
    let text: AnalyzedText
    /// Matching key of every token.
    let keys: [String]
    /// Sentence index of every token.
    let sentenceOfToken: [Int]
    /// `sentenceEnd` of every token, read by nearly every rule question (it went through the sentences array
    /// of the analyzed text each time).
    let sentenceEnds: [Int]
    /// True for tokens of content sentences (boilerplate is never read by the rules).
    let isContent: [Bool]
    /// For every token, the token index of the first colon in its sentence at or after the sentence start
    /// (or the sentence end): what follows a colon is quoted speech, where people are cited, not acting.
    let quoteStart: [Int]
    /// For every sentence (by index), the colon that closes a passive report phrase of narration-colons.txt («این
    /// گزارش حاکی است:», «تصریح شد:»), or -1: no one speaks there, so the colon opens the report's narration, not a
    /// quotation (`quoteStart` passes it), and the sentence's subject is read after it (`ClauseReader`).
    let narrationColons: [Int]
    /// The rule lexicons, indexed by case.
    let rules: RuleLexiconTable
    /// The meeting frames (`meeting-frames.txt`).
    let frames: MeetingFrames
    /// The bounds of the phrase grammar (`phrase-limits.txt`).
    let limits: PhraseLimits
    /// `PhraseMatcher.hash` of every token key: every lexicon is asked about the same words, so each word is
    /// hashed once per document rather than once per question.
    let keyHashes: [UInt64]
    /// The kind of every token (read on every look-up: copying the whole `Token` out for it retained its strings).
    let kinds: [TokenKind]
    /// For every token, the rule lexicons with an entry that starts with its key (`RuleLexicon.bit`s).
    let startsEntryOf: [UInt64]
    /// For every token, the rule lexicons that may have an entry spelled by its key alone
    /// (`RuleLexiconTable.lexiconsSpelled`): a lexicon whose bit is clear does not list the word.
    let spelledEntryOf: [UInt64]
    /// For every token that starts some entry and is not its sentence's last, the rule lexicons with an entry
    /// that starts with its key and the next token's key; 0 for the others.
    /// A word's key is often the first bytes of some longer entry's key («آب» of «آبادان», «شهر» of «شهرکرد»),
    /// which `startsEntryOf` cannot tell from an entry: with these two masks a lexicon that has neither the word
    /// nor an entry going on with the next word is turned away by `matchable` (of 600,000 questions of 300
    /// articles that walked the index, 105,000 are left), and a lexicon that has the word but no longer
    /// entry is matched on the word alone, without hashing the next key (`rememberedMatch`).
    let pairStartsEntryOf: [UInt64]
    /// Every key without an ezafe «ی» after a final vowel (`withoutEzafe`), and its hash; nil for most words.
    /// Kept apart from the tokens that have one (`bareKeyOf`): an array of a token's optional strings is
    /// destroyed element by element with the context.
    let bareKeys: [(key: String, hash: UInt64)]
    /// For every token, its index in `bareKeys`, or -1.
    let bareKeyOf: [Int32]
    /// For every token, the lexicons `match` may find something for: those that may list the word
    /// (`spelledEntryOf`) or have an entry going on with the next word (`pairStartsEntryOf`), and the lexicons that
    /// take the ezafe when the word has a bare form. One mask test turns most questions away.
    let matchable: [UInt64]
    /// The answers of `match` already worked out, one slot per lexicon of the token's `matchable` mask (the
    /// only questions that reach the memo), from `memoStart[i]` on in bit order: 0 not asked yet,
    /// -1 no entry, else entry number × 16 + length (a match spans at most 8 tokens: `Lexicon.maxTokens` is
    /// capped at 8). The rules ask the same lexicon about the same token many times (the article's places, then
    /// every phrase that may end in a place), and each answer walked the index and compared bytes again.
    /// A pointer, not an array property: writing to an array held by a class pays a dynamic exclusivity check
    /// on every question; the buffer belongs to this context alone and is freed by `deinit`.
    /// Slots for the matchable lexicons only, not for every lexicon of every token: a token is matchable in
    /// a few of the 46 lexicons, and zeroing 46 slots a token cost 47 M instructions (memset) on 300 articles.
    let matchMemo: UnsafeMutablePointer<Int32>
    /// For every token, its first slot in `matchMemo`; lexicon `l` is at `memoStart[i]` + the number of
    /// `matchable[i]` bits below `l`'s (`memoSlot`).
    let memoStart: [Int]
    /// `PlaceRecognizer.placeName` of each token, without and with ambiguous names (`placeNameMemo(at:)`).
    /// Per token: 0 not asked yet, -1 no place name, else 1 + the index of the answer in `placeNames` (plain
    /// numbers, so that the arrays are made and freed without visiting each element).
    var strictPlaceNames: [Int32] = []
    var lenientPlaceNames: [Int32] = []
    var placeNames: [PlaceName] = []
    /// `isOpenWord` of every token, computed once.
    var openWords: [Bool] = []
    /// Where lists of people named as examples may stand (exemplar-nouns.txt: a noun of people, then a cue of comparison,
    /// «بازیکنانی همچون»): the tokens at which such a cue ends, and for each token whether one ends at most `reach`
    /// tokens before it in its sentence. Worked out on first use, so that the exemplar reader
    /// (`NameRecognizer.exemplarItem`), asked of every word no other name rule takes, reads on only where a list may
    /// stand («کسانی», «افرادی» are common words; a cue after them is not).
    func exemplarLists(reach: Int) -> (cueEnds: Set<Int>, inReach: [Bool]) {
        if let known = exemplarListsMemo { return known }
        var cueEnds = Set<Int>()
        var inReach = [Bool](repeating: false, count: tokenCount)
        for i in 0..<tokenCount {
            guard startsEntryOf[i] & RuleLexicon.exemplarNouns.bit != 0, let noun = match(.exemplarNouns, at: i),
                  noun.entry["kind"] == "noun", let cue = match(.exemplarNouns, at: i + noun.length), cue.entry["kind"] == "cue" else { continue }
            let from = i + noun.length + cue.length
            cueEnds.insert(from - 1)
            for k in from..<max(from, min(sentenceEnd(i), from + reach)) { inReach[k] = true }
        }
        exemplarListsMemo = (cueEnds, inReach)
        hasExemplarList = !cueEnds.isEmpty
        return (cueEnds, inReach)
    }
    private var exemplarListsMemo: (cueEnds: Set<Int>, inReach: [Bool])?
    /// True when `exemplarLists` found a list of examples in the document (nil before it was asked): most documents
    /// have none, and the reader then stops at this one test.
    private(set) var hasExemplarList: Bool?
    /// Whether each token's written shape rules it out of a name (verbs, plural markers, superlatives), worked
    /// out on first use (0 not yet, 1 no, 2 yes): only words the name rules reach are asked.
    /// A pointer, as `matchMemo` (and for its reason: an array property paid a dynamic exclusivity check on
    /// each of the 100,000 questions of 300 articles); one byte a token, freed by `deinit`.
    let shapeVerdicts: UnsafeMutablePointer<UInt8>
    /// The affixes and endings words are compared with (`WordShapeTables`: read out of their lexicons once a run,
    /// not once a document).
    let shapes: WordShapeTables
    enum AffixPosition { case prefix, suffix, word }
    /// The affixes of `non-name-affixes.txt`, as letters, with where they stand in a word.
    var affixes: [(letters: [Unicode.Scalar], position: AffixPosition)] { shapes.affixes }
    /// The endings of `surname-suffixes.txt` but `apart=only`: key, `strength=weak`, and length in characters.
    var surnameSuffixes: [(key: String, weak: Bool, length: Int)] { shapes.surnameSuffixes }
    /// The endings of `surname-suffixes.txt` marked `origin=foreign`, with their length in characters, in file
    /// order (`endsLikeForeignSurname`).
    var foreignSurnameSuffixes: [(key: String, length: Int)] { shapes.foreignSurnameSuffixes }
    /// The plural endings of `plural-suffixes.txt` (keys, longest first) and whether each is for people only.
    var pluralSuffixes: [(key: String, animate: Bool)] { shapes.pluralSuffixes }
    /// `mayEndInPluralSuffix` of every token.
    let mayBePlural: [Bool]
    /// `onlySpaceBetween(t, t + 1)` of every token (`spaceOnlyGaps`).
    let spaceOnlyAfter: [Bool]

    /// The words a desk label («گروه علمی فرهنگی») may have before its colon.
    static let deskLabelWords = 4
    /// The words of a reporter's byline a desk label may carry after a dash («گروه اجتماعی - مریم غفاری:»).
    static let bylineWords = 4

    /// True when the colon at `colon` closes the desk label that opens its sentence at `start` («گروه سیاسی:»): at
    /// most `deskLabelWords` tokens before it, or `bylineWords` more when a dash stands among them and a reporter's
    /// name follows the desk («گروه حوادث - مهدیه مصطفایی: نخستین جلسه محاکمه …»; 96 such bylines open Hamshahri
    /// articles of the two dev corpora, test split left out). Past it the colon opened a quotation and the lead
    /// sentence went unread. A verb after the dash (`isVerb`: a speech verb or an auxiliary) makes the words a speaker,
    /// not a byline, and the colon a quotation's («گروه سیاسی - وزیر امور خارجه گفت: …», 3 such leads beside the 92
    /// bylines).
    static func endsDeskLabel(colon: Int, start: Int, isDash: (Int) -> Bool, isVerb: (Int) -> Bool) -> Bool {
        let words = colon - start
        if words <= deskLabelWords { return true }
        guard words <= deskLabelWords + bylineWords, let dash = (start + 1..<colon).first(where: isDash) else { return false }
        return !(dash + 1..<colon).contains(where: isVerb)
    }

    /// True when the tokens right before the colon at `colon` (after `start`) spell a whole phrase of
    /// narration-colons.txt («حاکی است», «تصریح شد»); phrases are tried up to the file's longest («لازم به ذکر
    /// است»), so a longer one a linguist adds is read too.
    static func endsNarrationPhrase(colon: Int, start: Int, tokens: [Token], keys: [String], rules: RuleLexiconTable) -> Bool {
        let longest = rules[.narrationColons].maxTokens
        guard longest > 0 else { return false }
        for n in 1...longest where colon - n >= start {
            let first = colon - n
            if let m = rules.longestMatchIndex(.narrationColons, keys: keys, at: first, limit: colon, firstHash: tokens[first].keyHash),
               m.length == n { return true }
        }
        return false
    }

    /// True when a word is a speech verb of one word («گفت», «افزود») or an auxiliary («کرد», «است»): for a desk
    /// label's byline, which holds none (`endsDeskLabel`).
    static func isVerb(_ key: String, _ rules: RuleLexiconTable) -> Bool {
        rules.entry(.speechVerbs, key: key) != nil || rules.entry(.stopWords, key: key)?["auxiliary"] == "yes"
    }

    init(text: AnalyzedText, lexicons: Lexicons) {
        self.text = text
        rules = lexicons.rules
        frames = lexicons.frames
        limits = lexicons.limits
        keys = text.tokens.map(\.key)
        let shapes = lexicons.rules.shapes
        self.shapes = shapes
        // The last byte read in place: `UTF8View.last` walks the view's indices, a hundred instructions a token.
        mayBePlural = keys.map { key in
            let last = key.utf8.withContiguousStorageIfAvailable { $0.last } ?? key.utf8.last
            return last.map { shapes.pluralLastBytes[Int($0)] } ?? false
        }
        shapeVerdicts = UnsafeMutablePointer<UInt8>.allocate(capacity: max(keys.count, 1))
        shapeVerdicts.initialize(repeating: 0, count: keys.count)
        spaceOnlyAfter = Self.spaceOnlyGaps(text)
        kinds = text.tokens.map(\.kind)
        // The tokenizer hashed every key already (`Token.keyHash` is `PhraseMatcher.hash(key)`).
        keyHashes = text.tokens.map(\.keyHash)
        startsEntryOf = keyHashes.map(lexicons.rules.lexiconsStarting(hash:))
        spelledEntryOf = keyHashes.map(lexicons.rules.lexiconsSpelled(hash:))
        var bare: [(key: String, hash: UInt64)] = []
        bareKeyOf = keys.map { key in
            guard let b = Self.withoutEzafe(key) else { return -1 }
            bare.append((b, PhraseMatcher.hash(b)))
            return Int32(bare.count - 1)
        }
        bareKeys = bare
        var sentenceOf = [Int](repeating: 0, count: text.tokens.count)
        var content = [Bool](repeating: false, count: text.tokens.count)
        var quote = [Int](repeating: 0, count: text.tokens.count)
        var narration = [Int](repeating: -1, count: text.sentences.count)
        let tokenKeys = keys, ruleTable = lexicons.rules
        for s in text.sentences {
            var colon = s.tokens.upperBound
            // «گروه سیاسی: …» (a report opener with `until=colon`): the desk label's colon opens the report, not a quotation.
            let desk = !s.tokens.isEmpty && lexicons.rules.entry(.reportOpeners, key: keys[s.tokens.lowerBound])?["until"] == "colon"
            for t in s.tokens where (kinds[t] == .punctuation || kinds[t] == .symbol) && text.tokens[t].normalized.sameBytes(":") {
                if desk, Self.endsDeskLabel(colon: t, start: s.tokens.lowerBound,
                                            isDash: { LeadPrefix.dashes.contains(text.tokens[$0].normalized) },
                                            isVerb: { Self.isVerb(tokenKeys[$0], ruleTable) }) { continue }
                // «این گزارش حاکی است: X …»: the first colon, after a report phrase with no speaker, opens narration.
                if narration[s.index] < 0, colon == s.tokens.upperBound,
                   Self.endsNarrationPhrase(colon: t, start: s.tokens.lowerBound, tokens: text.tokens, keys: tokenKeys, rules: ruleTable) {
                    narration[s.index] = t
                    continue
                }
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
        narrationColons = narration
        var pairStarts = [UInt64](repeating: 0, count: keys.count)
        for i in keys.indices where startsEntryOf[i] != 0 && i + 1 < (sentenceEnds.isEmpty ? keys.count : sentenceEnds[i]) {
            pairStarts[i] = lexicons.rules.lexiconsStarting(hash: PhraseMatcher.hash(keys[i + 1], from: keyHashes[i]))
        }
        pairStartsEntryOf = pairStarts
        let ezafeMask = RuleLexicon.allCases.filter(\.takesEzafe).reduce(UInt64(0)) { $0 | $1.bit }
        var masks = [UInt64](repeating: 0, count: keys.count)
        for i in masks.indices { masks[i] = spelledEntryOf[i] | pairStarts[i] | (bareKeyOf[i] < 0 ? 0 : ezafeMask) }
        matchable = masks
        var memoSize = 0
        memoStart = matchable.map { mask in
            defer { memoSize += mask.nonzeroBitCount }
            return memoSize
        }
        matchMemo = UnsafeMutablePointer<Int32>.allocate(capacity: max(memoSize, 1))
        matchMemo.initialize(repeating: 0, count: memoSize)
        // Most words start no entry of a closed lexicon: one mask test clears them (the ezafe reading aside).
        let closedMask = RuleLexicon.closedMask
        openWords = (0..<keys.count).map { i in
            guard kinds[i] == .word, !keys[i].isEmpty else { return false }
            if matchable[i] & closedMask == 0 { return true }
            // «محمود دولت آبادی»: a surname listed in two words is a name though its first word opens a head («دولت»).
            if let n = matchLength(.surnames, at: i), n > 1 { return true }
            return !RuleLexicon.closed.contains { matchLength($0, at: i) != nil }
        }
        strictPlaceNames = [Int32](repeating: 0, count: keys.count)
        lenientPlaceNames = strictPlaceNames
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

    deinit {
        matchMemo.deallocate()
        shapeVerdicts.deallocate()
    }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokenCount && kinds[i] == .word }
    func key(_ i: Int) -> String { i < tokenCount ? keys[i] : "" }
    /// `PhraseMatcher.hash` of token `i`'s key, computed once per document.
    func keyHash(_ i: Int) -> UInt64 { keyHashes[i] }
    func isStopWord(_ i: Int) -> Bool { lists(.stopWords, i) }
    /// True for an auxiliary or light verb at `i` (stop-words.txt `auxiliary=yes`: «شد», «کرد», «است»); the word before
    /// it is a verb's noun («برگزار شد»), no name's or body's.
    func isAuxiliary(_ i: Int) -> Bool { rules.entry(.stopWords, key: key(i))?["auxiliary"] == "yes" }
    /// True for a form of the copula at `i` (stop-words.txt `copula=yes`: «است», «هستند», «بودند» …), which closes a
    /// predicate: the noun phrase before it says what its subject is.
    func isCopula(_ i: Int) -> Bool { rules.entry(.stopWords, key: key(i))?["copula"] == "yes" }
    /// The number written at `k` as digits, or as a number word of district-numbers.txt (its `value=`); nil otherwise.
    func numberValue(at k: Int) -> String? {
        if kinds[k] == .number { return key(k) }
        guard let n = match(.districtNumbers, at: k), n.length == 1 else { return nil }
        return n.entry["value"]
    }
    /// True when a citation cue of citation-cues.txt («به گفته», «به نقل از», «به دستور») of `words` words ends right
    /// before token `k`: a person named there is cited, no party to what the sentence reports.
    func citationCueEnds(before k: Int, words: ClosedRange<Int>) -> Bool {
        words.contains { n in k >= n && matchLength(.citationCues, at: k - n) == n }
    }
    /// True for the indefinite article at `i` (stop-words.txt `indefinite=yes`: «یک»), which opens a subject before an
    /// office that introduces someone new («یک کارشناس مسائل نفتی گفت: …»).
    func isIndefiniteArticle(_ i: Int) -> Bool { match(.stopWords, at: i)?.entry["indefinite"] == "yes" }
    /// True when token `i` is one punctuation mark or symbol among `marks` (a string of single marks).
    /// Inlined up to the kind test, like `matchIndex`: the rules ask it over a million times for 300 articles,
    /// most of them about words, where the call itself cost more than the answer.
    @inline(__always)
    func isPunctuation(_ i: Int, _ marks: String) -> Bool {
        guard i >= 0, i < tokenCount, kinds[i] == .punctuation || kinds[i] == .symbol else { return false }
        return isMark(i, marks)
    }

    /// `isPunctuation` past the kind test: the token is one mark among `marks`.
    @inline(never)
    private func isMark(_ i: Int, _ marks: String) -> Bool {
        var scalars = text.tokens[i].normalized.unicodeScalars.makeIterator()
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
    /// Original text of a token range.
    func text(tokens r: Range<Int>) -> String { text.text(tokens: r) }

    /// Original text of a scalar range (`AnalyzedText.text(_:)`, which encodes the scalars to UTF-8 in one pass).
    func text(scalars r: Range<Int>) -> String { text.text(r) }

    /// Scalar range of a token range.
    func scalars(tokens r: Range<Int>) -> Range<Int> {
        token(r.lowerBound).range.lowerBound..<token(r.upperBound - 1).range.upperBound
    }

    /// True when only spaces or zero-width marks separate token `i` from token `i + 1` (no dash, no tatweel).
    func onlySpaceBetween(_ i: Int, _ j: Int) -> Bool {
        guard i >= 0, j < tokenCount else { return false }
        // Two neighbours (nearly every question) are answered from the gaps read once a document.
        if j == i + 1 { return spaceOnlyAfter[i] }
        return Self.onlySpace(text.scalars[text.tokens[i].range.upperBound..<text.tokens[j].range.lowerBound])
    }

    /// `onlySpaceBetween(t, t + 1)` of every token (false for the last). The rules ask it some 200,000 times of
    /// 300 articles, and each question copied two tokens out (retaining their strings) and read the Unicode
    /// whitespace property of the gap: about 400 instructions a question, where reading every gap of the
    /// document once costs some 50 instructions a token.
    static func spaceOnlyGaps(_ text: AnalyzedText) -> [Bool] {
        let tokens = text.tokens
        guard tokens.count > 1 else { return [Bool](repeating: false, count: tokens.count) }
        var gaps = (0..<(tokens.count - 1)).map { t in
            onlySpace(text.scalars[tokens[t].range.upperBound..<tokens[t + 1].range.lowerBound])
        }
        gaps.append(false)
        return gaps
    }

    /// True when every scalar is a space or a zero-width mark (what `onlySpaceBetween` lets between two words).
    @inline(__always)
    static func onlySpace(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        gap.allSatisfy {
            // The plain space, the usual gap, before the property table (a whitespace scalar either way).
            $0 == " " || $0.properties.isWhitespace || $0 == PersianNormalizer.zwnj || $0 == "\u{200D}" || $0 == "\u{200F}" || $0 == "\u{200E}"
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
