/// The evidence the name rules weigh about a word: whether it is open (no function lexicon claims it), whether
/// its shape rules it out, whether it reads like a surname or is first of all an everyday word.
extension DocumentContext {
    /// Letters compared scalar by scalar on the original text (mapped, ZWNJ kept): Swift's `Character`
    /// comparison would glue a ZWNJ to the letter before it.
    static func letters<S: Sequence>(_ s: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        // Room made once (`compactMap` grew the array letter by letter: a third of `nameShapeRejected`).
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.underestimatedCount)
        for c in s { if let m = PersianNormalizer.map(c) { out.append(m) } }
        return out
    }

    /// `letters` of a token's scalars. A word whose scalars are all letters `PersianNormalizer.map` leaves as they
    /// are (`Tokenizer.isPlainLetter`: most words) is copied whole; mapping it a scalar at a time cost some 600
    /// instructions a word (43,000 words of 300 articles reach `nameShapeRejected`).
    static func letters(_ s: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        if s.allSatisfy({ Tokenizer.isPlainLetter($0.value) }) { return Array(s) }
        // The other words are mapped a scalar at a time by the generic `letters` (`lazy` picks that overload).
        return letters(s.lazy)
    }

    /// True when token `i`'s written shape rules it out of a name (an affix of `non-name-affixes.txt`).
    func nameShapeRejected(_ i: Int) -> Bool {
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
                // «بهترین‌های», «استقلالی‌ها»: a marker written apart («ها», `position=word`) joined by a ZWNJ is the
                // same marker (the lexicon keys drop the ZWNJ, so «‌ها» cannot be an entry of its own beside «ها»).
                if !rejected, let z = word.lastIndex(of: "\u{200C}"), z > 0, z + 1 < word.count {
                    let tail = Array(word[(z + 1)...])
                    rejected = affixes.contains { $0.position == .word && $0.letters == tail }
                }

            }
            shapeVerdicts[i] = rejected ? 2 : 1
        }
        return shapeVerdicts[i] == 2
    }

    /// «گروههای», «کتابهایی»: a plural whose marker («های», «هایی», a whole-word entry of non-name-affixes.txt of three
    /// letters or more) is glued on without the ZWNJ, as Hamshahri writes it; the two-letter «ها» stays a word's own
    /// ending («طاها»). Not part of `nameShapeRejected`: the phrase grammar reads such plurals inside institutions'
    /// names («مرکز هنرهای نمایشی»); only a name's run stops at them.
    func isGluedPlural(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let word = Self.letters(text.scalars[text.tokens[i].range])
        return affixes.contains { $0.position == .word && $0.letters.count >= 3 && word.count > $0.letters.count + 1
            && word.reversed().starts(with: $0.letters.reversed()) }
    }

    /// True when token `i` is an ellipsis («...», «…») written right after the token before it, with no space: the
    /// dots that stand for the rest of an abbreviated word («یدا... صمدی», given-names.txt `abbreviated=yes`).
    func isGluedEllipsis(_ i: Int) -> Bool {
        guard i > 0, i < tokenCount, kinds[i] == .punctuation,
              text.tokens[i - 1].range.upperBound == text.tokens[i].range.lowerBound else { return false }
        let marks = text.tokens[i].normalized.unicodeScalars
        return marks.count == 1 ? marks.first == "\u{2026}" : marks.count >= 2 && marks.allSatisfy { $0 == "." }
    }

    /// «ایوانکوویچ», «تارکوفسکی»: a word ending in a surname ending of another language (`origin=foreign` in
    /// surname-suffixes.txt), which Persian words do not end in; not a word of non-name-words.txt («ساندویچ»).
    func endsLikeForeignSurname(_ i: Int) -> Bool {
        guard isWord(i), !lists(.nonNameWords, i) else { return false }
        let k = keys[i]
        // The endings are read once a run (`WordShapeTables.foreignSurnameSuffixes`), and the word's length in characters
        // is counted only for an ending it has: asking every entry for its `origin` and counting both strings
        // per entry cost about 2,000 instructions a word (70 M on 300 articles). Same answer: the tests are pure.
        return foreignSurnameSuffixes.contains { k.hasKeySuffix($0.key) && k.count > $0.length + 1 }
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
        // A role head with its plural ending written apart («… زبان و ادبیات فارسی، رایزن های فرهنگی دو کشور») names
        // many holders, no apposition of the words before it.
        if let n = matchLength(.roleHeads, at: i) { return !isPluralWrittenApart(i + n) }
        return matchLength(.speechVerbs, at: i) != nil || matchLength(.speechParticiples, at: i) != nil
            || matchLength(.titles, at: i) != nil
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

    /// True when the word at `i` may follow a speaker's bare name before the report of speech (speaker-followers.txt:
    /// «در», «نیز», «امروز»), not only an office's field (`office-only=yes`: «هم» follows «خانمی», «صحبتی» as often).
    func followsSpeaker(_ i: Int) -> Bool {
        match(.speakerFollowers, at: i).map { $0.entry["office-only"] != "yes" } ?? false
    }

    /// The length of the discourse marker at `i` that opens a clause before its subject («همچنین», «سپس», «در ادامه»),
    /// nil when there is none. A part of an event («در آغاز», «در حاشیه»: discourse-markers.txt `part=yes`) opens a place
    /// in the event, no clause («در ابتدای سال جاری …»), so it is none.
    func clauseMarkerLength(at i: Int) -> Int? {
        guard let m = match(.discourseMarkers, at: i), m.entry["part"] != "yes" else { return nil }
        // «نخست وزیر انگلیس … گفت»: a marker that opens a longer role head («نخست» «first» in «نخست وزیر») is the
        // office's first word, the subject itself; read as a marker it left «وزیر انگلیس» the subject and the lead's
        // prime minister no speaker.
        if let head = matchLength(.roleHeads, at: i), head > m.length { return nil }
        return m.length
    }

    /// «بیشتر», «نبود», «تنها», «موعود»: a word of non-name-words.txt that neither surnames.txt nor common-word-surnames.txt
    /// lists and that ends in no surname ending (surname-suffixes.txt, the weak «ی» too): an everyday word that is never
    /// a surname, unlike «هنرمند», «قانونی» or «پیامی», which are families' names as well.
    func isNeverSurname(_ i: Int) -> Bool {
        guard isWord(i), lists(.nonNameWords, i), !lists(.surnames, i), !lists(.commonWordSurnames, i) else { return false }
        let k = keys[i]
        return !surnameSuffixes.contains { k.hasKeySuffix($0.key) && k.count > $0.length + 1 }
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
        // The last letter tested on the bytes first: most words the name rules ask about end in another, and
        // no array or string is made for them.
        guard key.endsWithBytes("ی") else { return nil }
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 4, scalars.last == "ی" else { return nil }
        let penultimate = scalars[scalars.count - 2]
        // «یی» and «ای» after a vowel-final stem; else the «ی» alone.
        let cut = penultimate == "ی" || (penultimate == "ا" && scalars[scalars.count - 3] == "ه") ? 2 : 1
        // The letters cut («ی», «ا») are two bytes each: the stem is the key's bytes before them
        // (`UnicodeScalarView.append(contentsOf:)` ran unspecialized, ~6,000 instructions a stem).
        return String(decoding: key.utf8.dropLast(2 * cut), as: UTF8.self)
    }

    /// The country keys a nationality adjective's stem may stand for: the stem itself («آلمان» of «آلمانی»), the stem and
    /// «یه» («روسیه», «سوریه» of «روسی», «سوری»), and for a stem in «و» the country in «ه» («فرانسه» of «فرانسوی»).
    static func countryKeys(ofNisbaStem stem: String) -> [String] {
        [stem, stem + "یه"] + (stem.hasSuffix("و") ? [String(stem.dropLast()) + "ه"] : [])
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
        if listedCompoundSurname(at: i) != nil { return true }
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

    /// «خامنه اي», «حداد عادل», «مصباح يزدي»: a compound surname that surnames.txt or public-figures.txt writes with a
    /// ZWNJ («خامنه‌ای») but the text writes with a space, as Hamshahri does. The lexicon's key has no ZWNJ, so the
    /// two tokens spell it; the number of tokens it spans from `i`, else nil. Entries marked `ambiguous=yes` are
    /// left out: written apart, their parts read as two everyday words.
    func listedCompoundSurname(at i: Int) -> Int? {
        guard isWord(i) else { return nil }
        for lexicon in [RuleLexicon.surnames, .publicFigures] {
            guard let m = match(lexicon, at: i), m.length >= 2, m.entry["ambiguous"] != "yes",
                  (i + 1..<(i + m.length)).allSatisfy({ isWord($0) && onlySpaceBetween($0 - 1, $0) }) else { continue }
            return m.length
        }
        return nil
    }
}
