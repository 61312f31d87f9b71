/// Finds written personal names: titles + «سید» + given name(s) + surname.
///
/// Rule ids: `person.title-given-surname`, `person.given-surname`. The surname is the first open word after
/// the given names, extended over at most two more words that read like surnames, so that compound surnames
/// («آیت اللهی موسوی», «ایل سعادتمند») stay whole while «علی بابایی با» stops at the function word.
/// «آیت اللهی» is not the title «آیت‌الله»: titles match whole tokens only.
struct NameRecognizer {
    let context: DocumentContext

    /// A given name at `k`; a name spelled over several tokens may not be made of function words
    /// («به نام» is not «بهنام», «روز به» is not «روزبه»).
    /// An abbreviated given name («یدا...», «عزت ا...»: `abbreviated=yes`, «ا» and dots for «الله») is one only with
    /// its dots glued after it, and takes them in: the surname follows them.
    func givenName(at k: Int) -> (length: Int, entry: LexiconEntry)? {
        guard let g = context.match(.givenNames, at: k) else { return nil }
        if g.entry["abbreviated"] == "yes" {
            return context.isGluedEllipsis(k + g.length) ? (g.length + 1, g.entry) : nil
        }
        if g.length == 1 { return g }
        // A compound over a stop word is the name only when its entry says it is written so (`apart=yes`: «ولی الله»).
        if g.entry["apart"] == "yes" || (k..<(k + g.length)).allSatisfy({ !context.isStopWord($0) }) { return g }
        if let single = context.rules.entry(.givenNames, key: context.key(k)), !context.isStopWord(k) { return (1, single) }
        return nil
    }

    /// The marks written between a given name and a surname's initial («وحید. ل», «مجید- ص», «مهتاب _ ف»); no part
    /// of the name's identity (`Coreferencer.addNames`).
    static let initialMarks = ".-–—_"

    /// «وحید. ل», «مجید- ص», «علی.ر», «مهتاب _ ف»: court, police and student reports write a suspect's, a victim's or
    /// an interviewee's surname as its initial, after a period, a dash or an underscore. After a given name, such a
    /// mark and a word of one letter are the name as written (annotation.md: the name as the text writes it); the end
    /// of the name past the initial, else nil. In the two dev corpora (test split left out) a given name, a mark and a
    /// one-letter word stand together 44 times, 32 of them read so in 17 articles (`scripts/count-initial-surnames.py`,
    /// the period 20 times, the dash 9, the underscore 3, all names); not «و»
    /// (a sentence's «and» after a name and a period), «خ» («میدان امام حسین – خ 17 شهریور»: the street's
    /// abbreviation), a letter opening an acronym («ج.ا.ا»: another glued period follows) or a list's item marker
    /// («ب)», «ب-»). Brackets are no such mark: «(ع)», «(ره)», «(س)» are blessings after a holy name.
    private func initialSurnameEnd(at k: Int, end: Int) -> Int? {
        guard k + 1 < end, context.isPunctuation(k, Self.initialMarks), context.isWord(k + 1),
              context.key(k + 1).unicodeScalars.count == 1, !context.isKey(k + 1, "و"), !context.isKey(k + 1, "خ") else { return nil }
        let after = k + 2
        if after < context.tokenCount {
            // «ب)», «ص - تهران»: an item's marker, a reader's letter signed with an initial and a city.
            if context.isPunctuation(after, ")-–_") { return nil }
            // «ج.ا.ا», «ع.د»: a glued period and another letter make an acronym.
            if context.isPunctuation(after, "."), context.token(k + 1).range.upperBound == context.token(after).range.lowerBound,
               after + 1 < context.tokenCount, context.isWord(after + 1),
               context.token(after).range.upperBound == context.token(after + 1).range.lowerBound { return nil }
        }
        return after
    }

    /// «شهید»: a title of the dead (`posthumous=yes` in titles.txt) that also opens the names of schools, halls
    /// and streets (eponym-prefixes.txt), so the name after it may be a place's, not a person's.
    private func opensNamesOfPlaces(_ i: Int) -> Bool {
        context.match(.titles, at: i)?.entry["posthumous"] == "yes" && context.lists(.eponymPrefixes, i)
    }

    /// True when a role head or a report of speech follows the name ending before `k`, after at most a closing
    /// quote and a comma («محمود عباس نخست وزیر …», «عمیر پرتز، وزیر …», «"بشار اسد" رئیس …»): the apposition
    /// that vouches for words no surname list knows. With `introduction`, an office given by «به عنوان» right after
    /// the name vouches too (two dev corpora, round 27: 9 names added, all right).
    func roleOrSpeechFollows(at k: Int, speech: Bool = true, introduction: Bool = true) -> Bool {
        var j = k
        if j < context.tokenCount, context.isPunctuation(j, "»\"”") { j += 1 }
        // «قادر طراوت پور - شاعر و دبیر …-»: Hamshahri's dash of apposition sets the office off as a comma does.
        if j < context.tokenCount, context.isComma(j) || context.isPunctuation(j, "-–") {
            j += 1
            return context.matchLength(.roleHeads, at: j) != nil
        }
        // «مهندس غلام پورنعمتی بعنوان عضو علی البدل …», «… به عنوان رئیس …»: the office an introduction gives right
        // after the name (introduction-cues.txt `kind=as`) vouches for it as an apposition does.
        if introduction, let cue = context.match(.introductionCues, at: j), cue.entry["kind"] == "as" {
            return context.matchLength(.roleHeads, at: j + cue.length) != nil
        }
        return context.matchLength(.roleHeads, at: j) != nil
            || speech && (context.matchLength(.speechVerbs, at: j) != nil || context.matchLength(.speechParticiples, at: j) != nil)
    }

    /// A role head at `j` that vouches for two or three words no lexicon knows before it as a name
    /// (`person.apposition-role`): not `vouches=no` (role-heads.txt: «کارگردان», «نویسنده» …, written in credit lists
    /// and lists of trades).
    func vouchingRoleHead(at j: Int) -> Bool {
        guard let h = context.match(.roleHeads, at: j) else { return false }
        // «… زبان و ادبیات فارسی، رایزن های فرهنگی دو کشور»: a plural ending written apart makes the head many holders.
        return h.entry["vouches"] != "no" && !context.isPluralWrittenApart(j + h.length)
    }

    /// «دکتر روحانی», «حجت‌الاسلام صدیقی»: a rank, degree or clerical title and a surname without given name.
    private func titledSurname(at k: Int, titles: [String], strong: Bool, start: Int, end: Int) -> NameSpan? {
        guard strong, k < end, context.isNameWord(k), !context.isPlaceName(k), !context.lists(.lineageHonorifics, k),
              !isForeignNationality(k) || context.lists(.surnames, k), !context.lists(.nonNameWords, k),
              context.looksLikeSurname(k) || context.confirmsName(at: k + 1) else { return nil }
        var e = k + 1
        while e < end, e - k < 3, context.isNameWord(e), context.looksLikeSurname(e) || isSurnamePart(e), context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e), !endsNameBefore(e) {
            e += 1
        }
        e = throughCompoundSurname(from: k, to: e, end: end)
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: RuleID.personTitleSurname.rawValue)
    }

    /// «خاتمی», «پوتین», «احمدي نژاد»: a person the news names by one word (public-figures.txt), with or without
    /// a title. Not after a place or institution head («خیابان فردوسی», «دانشگاه فردوسی»); an entry that is also an
    /// everyday word («مبارک») needs a title before it or a confirming word after it.
    private func publicFigure(at k: Int, titles: [String], start: Int, end: Int) -> NameSpan? {
        guard k < end, let m = context.match(.publicFigures, at: k), k + m.length <= end,
              (k..<(k + m.length)).allSatisfy({ context.isNameWord($0) }) else { return nil }
        var e = k + m.length
        // «هاشمی رفسنجانی», «موسوی خوئینی»: a second surname written apart; a listed one or one with more than the
        // common «ی» ending («بوش مدعی …», «بوش خودنمایی …» are a figure and an everyday word).
        while e < end, e - k < 3, context.isNameWord(e), context.lists(.surnames, e) || context.looksLikeSurname(e, strong: true) || isSurnamePart(e),
              context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e), !context.isCommonWordSurname(e), context.matchLength(.givenNames, at: e) == nil {
            e += 1
        }
        // «سالن شهید حیدریان قم», «ورزشگاه شهید کاظمی»: «شهید» right after the head of a hall's or a street's name opens
        // that place's name, as a name right after the head does (round 25: the title made the figure a person).
        if titles.count == 1, opensNamesOfPlaces(start), start > 0, context.matchLength(.eponymHeads, at: start - 1) == 1 { return nil }
        if titles.isEmpty {
            let p = k - 1
            // «دولت خاتمی» is Khatami's government: a head `eponym=no` names no body after a person.
            if p >= 0, Self.headsBeforeEponyms.contains(where: { context.matchLength($0, at: p) == 1 }),
               context.match(.institutionHeads, at: p)?.entry["eponym"] != "no" { return nil }
            // An everyday word («گل» goal, «نظامی» military) is a person only before a role or a report of speech.
            if m.entry["ambiguous"] == "yes" || context.isCommonWordSurname(k) {
                guard context.matchLength(.roleHeads, at: e) != nil || context.matchLength(.speechVerbs, at: e) != nil
                        || context.matchLength(.speechParticiples, at: e) != nil, !context.followsNounByEzafe(k) else { return nil }
            }
        }
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: RuleID.personPublicFigure.rawValue)
    }
    /// Heads that name a street, square, university or the like after a person («خیابان شریعتی»).
    private static let headsBeforeEponyms: [RuleLexicon] = [.eponymHeads, .placePrefixes, .institutionHeads, .eponymPrefixes, .namedInstitutions]

    /// «آقای حسینی فرماندار», «خانم کاظمی گفت»: a courtesy title before a word that ends like a surname (and is
    /// not an everyday word) or that a role, a report of speech or punctuation confirms. Courtesy titles also
    /// address people in speech («خانم جان»), so the word after must read as a surname.
    ///
    /// «مرحوم باهنر», «شادروان فروزانفر»: a religious title before a listed surname or one that ends like a surname and is
    /// no everyday word; before praise («این شهید گرانقدر») or after a street's head («خیابان شهید …») it is none.
    private func courtesySurname(at k: Int, titles: [String], start: Int, end: Int, listed: Bool = false) -> NameSpan? {
        let kind = context.match(.titles, at: k - 1)?.entry["kind"]
        // Not «شهید»: it opens the names of schools, halls and streets («مجموعه ورزشی شهید هرندی»).
        let religious = kind == "religious" && !titles.isEmpty && !opensNamesOfPlaces(k - 1)
            && !Self.headsBeforeEponyms.contains(where: { context.matchLength($0, at: start - 1) == 1 })
        guard listed || (!titles.isEmpty && kind == "courtesy") || religious, k < end, context.isNameWord(k), !context.isPlaceName(k), !context.lists(.lineageHonorifics, k),
              !context.isCommonWordSurname(k), context.looksLikeSurname(k) || (!religious && context.confirmsName(at: k + 1)) else { return nil }
        var e = k + 1
        while e < end, e - k < 3, context.isNameWord(e), context.looksLikeSurname(e) || isSurnamePart(e), context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e), context.matchLength(.givenNames, at: e) == nil {
            e += 1
        }
        e = throughCompoundSurname(from: k, to: e, end: end)
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: RuleID.personTitleSurname.rawValue)
    }

    /// True when the word at `k` is an item of a list opened by a plural courtesy title («آقایان هادی‌نژاد، حسینیان
    /// و …», «خانم‌ها: مطهری، جلالیان و قادری»): walking back over commas, dashes, «و», a colon and name words, at
    /// most a dozen tokens, reaches a title marked `plural=yes`.
    private func continuesPluralCourtesyList(at k: Int) -> Bool {
        var j = k - 1
        let stop = max(context.sentenceStart(k), k - 12)
        var sawSeparator = false
        // Most words are not after a separator or a title: turned away before the walk.
        guard j >= stop, context.isPunctuation(j, "،,:ـ_-") || context.isAnd(j) || context.matchLength(.titles, at: j) != nil else { return false }
        while j >= stop {
            if let t = context.match(.titles, at: j), t.length == k - j || j + t.length <= k, t.entry["plural"] == "yes" {
                return sawSeparator || j + t.length == k || context.isPunctuation(j + t.length, ":")
            }
            if context.isPunctuation(j, "،,:ـ_-") || context.isAnd(j) { sawSeparator = true } else if !context.isNameWord(j) { return false }
            j -= 1
        }
        return false
    }

    /// The end of a surname run `k..<e`, taken on to the end of a listed compound surname written apart that starts
    /// at `k` («غلامعلی حداد عادل»: «عادل» is also a given name, which stops the run; «آیت‌الله خامنه ای»).
    private func throughCompoundSurname(from k: Int, to e: Int, end: Int) -> Int {
        guard let n = context.listedCompoundSurname(at: k), k + n > e, k + n <= end else { return e }
        return k + n
    }

    /// True when the word at `k`, after a surname, starts a phrase of its own: a foreign nationality's «ی» adjective
    /// that no surname list holds («سزار مارکوس برزیلی», the Brazilian; «ایرانی» often ends Iranian surnames), or a noun whose plural marker is
    /// written apart after it («سهراب بوقی استقلالی ها», the Esteghlal fans). A surname is neither.
    func endsNameBefore(_ k: Int) -> Bool {
        if isForeignNationality(k) && !context.lists(.surnames, k) || context.isGluedPlural(k) { return true }
        let next = k + 1
        return next < context.sentenceEnd(k) && context.onlySpaceBetween(k, next)
            && context.rules.entry(.nonNameAffixes, key: context.key(next))?["position"] == "word"
    }

    /// «نژاد» in «احمدي نژاد», «فر» in «ستاري فر»: a surname ending written apart as a word of its own (a strong
    /// entry of surname-suffixes.txt), the second half of a compound surname.
    func isSurnamePart(_ k: Int) -> Bool {
        context.isWord(k) && context.rules.entry(.surnameSuffixes, key: context.key(k)).map { $0["strength"] != "weak" } == true
    }

    /// The name that starts at token `i`: a written name (titles, given names, surname), else a titled given name
    /// used as a surname or unlisted words after a title before a role («دکتر حجت معاون …», «خانم میسون ملک
    /// مشاور …»), else a quoted name before a role («"بشار اسد" رئیس جمهوری»).
    func name(at i: Int) -> NameSpan? { name(at: i, listItemsBefore: 0) }

    /// `name(at:)` for the item of a list of quoted names `listItemsBefore` items after the one first asked about.
    private func name(at i: Int, listItemsBefore: Int) -> NameSpan? {
        guard let n = writtenName(at: i, listItemsBefore: listItemsBefore) else { return nil }
        // «این سردار رشید اسلام»: a title after «این» is an epithet of someone named before, not a name's title.
        if !n.titles.isEmpty, context.isDeicticDeterminer(i - 1) { return nil }
        if namesTitledEponym(n) { return nil }
        return isByline(n) || isCreditLine(n) || isAuthorLine(n) ? nil : n
    }

    private func writtenName(at i: Int, listItemsBefore: Int) -> NameSpan? {
        let nasab = nasabName(at: i)
        return longer(nasab, spelledName(at: i) ?? titledNameBeforeRole(at: i) ?? quotedNameBeforeRole(at: i, listItemsBefore: listItemsBefore)
                ?? appositiveNameBeforeRole(at: i) ?? quotedFullName(at: i) ?? speakerName(at: i) ?? exemplarItem(at: i))
    }

    /// The tokens of a place's name that a title and a name after a street's or a hall's head make («کتابخانه آیت الله
    /// مرعشی نجفی», `namesTitledEponym`), for the scanner to pass over whole: read word by word, its surname would be
    /// taken for a mention of the person or a public figure of its own. Nil elsewhere.
    func titledEponym(at i: Int) -> Range<Int>? {
        guard i > 0, context.matchLength(.eponymHeads, at: i - 1) == 1, context.match(.titles, at: i) != nil,
              let n = writtenName(at: i, listItemsBefore: 0), namesTitledEponym(n) else { return nil }
        return n.tokens
    }

    /// «خیابان دکتر علی شریعتی», «بزرگراه آیت الله صدر», «خیابان شهید آیت الله بهشتی», «تالار علامه امینی»: a name
    /// whose titles (read with it or left before it) stand right after the head of a street's, a hall's or a school's
    /// name (eponym-heads.txt) is that place's name, as an untitled name there is; unless an office or a report of speech
    /// follows it. The two dev corpora write a head and such titles 42 times in 36 articles (round 30).
    private func namesTitledEponym(_ n: NameSpan) -> Bool {
        var j = n.nameTokens.lowerBound - 1
        var titles = 0
        // Not a courtesy title: no street is named «خیابان آقای …», and «فرمانده پادگان آقای سلیمی بود» names the commander.
        func title(at k: Int, length: Int) -> Bool {
            guard k >= 0, let t = context.match(.titles, at: k), t.length == length else { return false }
            return t.entry["kind"] != "courtesy"
        }
        while j >= 0, titles < 4, let length = (1...3).first(where: { title(at: j + 1 - $0, length: $0) }) {
            j -= length
            titles += 1
        }
        guard titles > 0, j >= 0, context.matchLength(.eponymHeads, at: j) == 1 else { return false }
        return !roleOrSpeechFollows(at: n.tokens.upperBound, introduction: false)
    }

    /// «نگاه روز / چرا آتش بس پرفروش شد؟ / سعید مروتی / «آتش بس» به عنوان …»: a line that is a name alone, among the
    /// first lines of the text (after at most three title lines, none a sentence of the body) and over a long first
    /// paragraph, and never written again, is the column's author, a byline no one the report is about (docs/annotation.md).
    /// In the two dev corpora 447 articles open with such a line, 222 of them with a name read only there; in the gold
    /// 8 such names were read as people, none annotated (round 24).
    private func isAuthorLine(_ n: NameSpan) -> Bool {
        let sentences = context.text.sentences
        let s = context.sentenceOfToken[n.tokens.lowerBound]
        let sentence = sentences[s]
        guard s >= 1, s <= 3, n.tokens.lowerBound == sentence.tokens.lowerBound, n.tokens.upperBound == sentence.tokens.upperBound,
              sentences[s - 1].paragraph != sentence.paragraph, s + 1 < sentences.count, sentences[s + 1].paragraph != sentence.paragraph,
              sentences[s + 1].tokens.count > Self.authorLineBodyWords else { return false }
        // The lines above it are titles: one sentence each, with no sentence-final mark but a question's.
        for t in 0..<s {
            guard let last = sentences[t].tokens.last, t == 0 || sentences[t - 1].paragraph != sentences[t].paragraph,
                  !context.isPunctuation(last, ".!") else { return false }
        }
        // A name the text writes again is someone it is about (an interview's guest, a profile's subject): only a name
        // whose surname the text never writes again is the author's.
        let surname = context.key(n.tokens.upperBound - 1)
        return !(sentence.tokens.upperBound..<context.tokenCount).contains { context.isKey($0, surname) }
    }
    /// How many tokens the first line of the body after an author's line holds at least: a paragraph, no second title.
    private static let authorLineBodyWords = 8

    /// «عکس: محمد توکلی», «ترجمه: کاوه فیض‌اللهی»: a name right after a label that opens its line and credits the
    /// article itself (credit-cues.txt `byline=`) and its colon is the paper's photographer or translator, no one the
    /// report is about.
    /// As with a desk label's byline, the scanner moves on a word when the name is turned away, so a name may start up
    /// to two words after the colon («عکس: محمد توکلی» asks again at «توکلی»).
    private func isCreditLine(_ n: NameSpan) -> Bool {
        let i = n.tokens.lowerBound, start = context.sentenceStart(i)
        guard let colon = (max(start, i - 3)..<i).last(where: { context.isPunctuation($0, ":") }), colon >= start + 1,
              ((colon + 1)..<i).allSatisfy({ context.isWord($0) }) else { return false }
        for k in start..<colon {
            if let cue = context.match(.creditCues, at: k), k + cue.length == colon, cue.entry["byline"] != nil,
               (start..<k).allSatisfy({ !context.isWord($0) }) { return true }
        }
        return false
    }

    /// «گروه ورزشی- حسن حیدری: رقابت‌های …»: the reporter's byline after a desk label (a report opener read up to
    /// the colon), between the dash and the colon, is no one the report is about.
    /// The scanner moves on a word when a byline is turned away, so a surname alone («خسروی:») is one too: the dash
    /// may stand up to two words before the name.
    private func isByline(_ n: NameSpan) -> Bool {
        let i = n.tokens.lowerBound, e = n.tokens.upperBound, start = context.sentenceStart(i)
        guard e < context.tokenCount, context.isPunctuation(e, ":") else { return false }
        var dash = i - 1
        while dash > start, i - dash <= 2, context.isWord(dash) { dash -= 1 }
        // «گروه شهري _ اسدالله افلاكي:»: Hamshahri also sets the byline off with an underscore (23 desk labels of the dev
        // corpus), the marks LeadPrefix reads as a dateline's dashes.
        guard dash - start >= 1, dash - start <= DocumentContext.deskLabelWords, context.isPunctuation(dash, "-–ـ_—") else { return false }
        return context.rules.entry(.reportOpeners, key: context.key(start))?["until"] == "colon"
    }

    /// «… نخست‌وزیر سنگاپور», «… وزیر خارجه ایتالیا», «… سفیر کوبا در …»: a role head at `k` whose complement names a
    /// foreign country, one of its capitals or an international body within three words. Iranian news gives its own officials' names
    /// in Persian spellings the lexicons hold; the office of a foreign state after two unknown words is the
    /// apposition of a transliterated name («فرانکو فراتینی وزیر خارجه ایتالیا»).
    private func foreignOfficeFollows(at k: Int) -> Bool {
        guard let h = context.matchLength(.roleHeads, at: k), vouchingRoleHead(at: k) else { return false }
        let end = context.sentenceEnd(k)
        for j in (k + h)..<min(k + h + Self.foreignOfficeReach, end) {
            // The office's phrase ends at punctuation («، …»): a country after it is another clause's.
            guard context.isWord(j) else { return false }
            if let c = context.match(.countries, at: j), c.entry["home"] != "yes", c.entry["canonical"] == nil || context.rules.entry(.countries, key: c.entry["canonical"]!)?["home"] != "yes" { return true }
            if let c = context.match(.worldCapitals, at: j), c.entry["country"] != "ایران" { return true }
            // «… مهاجم آرژانتینی …», «… هافبک هلندی …»: the «ی» adjective of a foreign country.
            if isForeignNationality(j) { return true }
            // «یان اکلند معاون دبیرکل سازمان ملل متحد», «جونگ ووک لی دبیرکل سازمان بهداشت جهانی»: an international body
            // (named-institutions.txt `international=yes`) is staffed by foreigners as a foreign state is.
            if context.match(.namedInstitutions, at: j)?.entry["international"] == "yes" { return true }
        }
        return false
    }

    /// How many words after a role head `foreignOfficeFollows` looks for the foreign country: «سرکو کاتانک سرمربی سابق
    /// تیم ملی اسلوونی» writes it fifth.
    static let foreignOfficeReach = 5

    /// «آرژانتینی», «هلندی», «آلمانی»: the «ی» adjective of a country other than the corpora's own.
    func isForeignNationality(_ j: Int) -> Bool {
        guard context.isWord(j), let stem = DocumentContext.nisbaStem(context.key(j)) else { return false }
        // «روسی», «سوری» of «روسیه», «سوریه»; «فرانسوی» of «فرانسه».
        guard let c = DocumentContext.countryKeys(ofNisbaStem: stem).lazy.compactMap({ self.context.rules.entry(.countries, key: $0) }).first, c["home"] != "yes" else { return false }
        return c["canonical"].flatMap { context.rules.entry(.countries, key: $0)?["home"] } != "yes"
    }

    /// True when the word at `k` may be part of a name no lexicon knows: an open name word that is no stop word,
    /// place, everyday word, listed institution or outlet.
    private func isUnlistedNameWord(_ k: Int) -> Bool {
        context.isNameWord(k) && !context.isStopWord(k) && !context.isPlaceName(k) && !context.isCommonWordSurname(k)
            && !Self.headsOfPhrases.contains { context.matchLength($0, at: k) != nil }
    }
    /// Lexicons whose words open or name a phrase of their own («روزنامه …», «وزارت …»), never a name's.
    private static let headsOfPhrases: [RuleLexicon] = [.namedInstitutions, .media, .mediaHeads, .institutionHeads, .roleHeads, .groupNouns, .placePrefixes]

    /// True when token `p` ends the place of a report opener that opens its sentence with no comma after it («به گزارش
    /// خبرگزاری فارس از ماکو کوجی هاندا، سفیر ژاپن در ایران …»): the dateline's «از» and one to three words of a place,
    /// with no punctuation from the opener on. The subject starts right after the place, as after the opener's comma.
    func endsReportOpenerPlace(at p: Int) -> Bool {
        guard p > 0, context.isWord(p), context.isPlaceName(p) else { return false }
        let start = context.sentenceStart(p)
        guard context.matchLength(.reportOpeners, at: start) != nil, p - start <= Self.reportOpenerPlaceReach else { return false }
        var k = p
        while k > start, p - k < 3, context.isPlaceName(k) || context.lists(.placePrefixes, k) { k -= 1 }
        guard k > start, context.isKey(k, "از") else { return false }
        return (start..<p).allSatisfy { context.isWord($0) }
    }

    /// How many tokens a report opener and its place may take before the subject (`endsReportOpenerPlace`): «به گزارش
    /// خبرگزاری دانشجویان ایران از استان کهگیلویه و بویراحمد» is eleven.
    static let reportOpenerPlaceReach = 12

    /// «جیم دیویدسون، معاون بانک جهانی …», «والداس آدامکوس، رئیس جمهوری …»: two or three words no lexicon knows
    /// that open a clause (the sentence's start, after punctuation, «و» or «با»), then a comma and a role head; after a
    /// one-word meeting trigger («در دیدار …») only a foreign office right after the words.
    /// The comma of apposition sets the name off from its office; without it two open words before a role are far
    /// more often a noun phrase («طرح استیضاح وزیر …»). No given name, everyday word or place among them.
    private func appositiveNameBeforeRole(at i: Int) -> NameSpan? {
        // The clause's start first: it turns most words away at the cost of a look at the word before.
        let p = i - 1
        guard i < context.tokenCount, context.isContent[i], context.isWord(i) else { return nil }
        let opens = i == context.sentenceStart(i) || context.isPunctuation(p, "،,:؛»\"”.") || context.isAnd(p)
            || context.matchLength(.comitativePrepositions, at: p) == 1 || endsReportOfSpeech(at: p) || endsReportOpenerPlace(at: p)
        // «… در دیدار خسوس پرز وزیر امور خارجه ونزوئلا …»: the other party named right after a one-word meeting trigger,
        // with a foreign office after the name (checked below); a comma after the words proves nothing there, since an
        // event noun is followed by its topic as often («در سمینار آنفلوانزای پرندگان، رئیس …»).
        // A trigger of two words ending there too («مورد استقبال محمدناجی عطری همتای سوری خود قرار گرفت»).
        let afterTrigger = !opens && (context.matchLength(.meetingTriggers, at: p) == 1 || p > 0 && context.matchLength(.meetingTriggers, at: p - 1) == 2)
        guard opens || afterTrigger else { return nil }
        // A listed surname first is a surname that opens the clause alone («محمدی جامعه …، مدیر …»).
        // A plural is no name's word («كشورهاي غيرمتعهد عضو شوراي حكام …»).
        guard isUnlistedNameWord(i), context.matchLength(.givenNames, at: i) == nil, !context.lists(.surnames, i), !context.isGluedPlural(i) else { return nil }
        let end = context.sentenceEnd(i)
        var e = i + 1
        while e < end, e - i < 3, isUnlistedNameWord(e), context.onlySpaceBetween(e - 1, e), context.matchLength(.givenNames, at: e) == nil,
              !context.isDerivedFromHead(e), !context.isGluedPlural(e) {
            e += 1
        }
        // «روموهیون، رییس‌جمهور کره‌جنوبی …», «خرم، وزیر راه و ترابری نیز …»: one word no lexicon knows, not an everyday
        // word, as the sentence's subject (its start, after a colon or after its report opener) right before the comma of
        // apposition and an office, is a surname. After a comma, «و» or «با» such a word is an item of a list of
        // occupations or a team («پزشک، پرستار، مسئول تدارکات»), not a name.
        if e - i == 1, !afterTrigger, e + 1 < end, context.isComma(e), vouchingRoleHead(at: e + 1), !context.lists(.everydayWords, i),
           i == context.sentenceStart(i) || context.isPunctuation(p, ":")
            || ClauseReader(context: context).subjectStart(context.text.sentences[context.sentenceOfToken[i]]) == i {
            return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: i..<e, titles: [], rule: RuleID.personAppositionRole.rawValue)
        }
        guard e - i >= 2, e + 1 < end else { return nil }
        // «داورد سلطانی (رئیس کمیته فنی …)»: the role in parentheses is an apposition as the comma's is.
        guard !afterTrigger && (context.isComma(e) || context.isPunctuation(e, "(")) && vouchingRoleHead(at: e + 1)
                || foreignOfficeFollows(at: e)
                // «برانکو ایوانکوویچ سرمربی …», «جان مالکوویچ گفت»: a surname of another language's ending vouches for the
                // name without the comma, before a role or a report of speech.
                || !afterTrigger && context.endsLikeForeignSurname(e - 1) && roleOrSpeechFollows(at: e)
                || !afterTrigger && speaksAsOffice(i, officeAt: e) else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (e - 1)..<e, titles: [], rule: RuleID.personAppositionRole.rawValue)
    }

    /// «فرانس بکن باوئر رئیس کمیته برگزاری مسابقات … گفت», «نصری خوری دبیرکل شورای عالی سوریه و لبنان … گفت»: the
    /// words open the sentence's subject (after its dateline and report opener), an office's head follows them at once,
    /// and the sentence reports one person's speech: the subject is the name and its office, as with the comma of
    /// apposition. A noun phrase before an office («طرح استیضاح وزیر …») is seldom the one who speaks, and an everyday
    /// word (everyday-words.txt) stands in such a name only before a word that looks like a surname.
    private func speaksAsOffice(_ i: Int, officeAt e: Int) -> Bool {
        // No everyday word among them («هنگام نصب کارشناس مربوطه گفت», «فرض کنیم رئیس اداره …») unless the last word
        // is no everyday word and looks like a surname: a compound surname written apart («حقیقت منش», «دانش آشتیانی»).
        let everyday = (i..<e).contains { context.lists(.everydayWords, $0) }
        guard vouchingRoleHead(at: e),
              !everyday || !context.lists(.everydayWords, e - 1) && context.looksLikeSurname(e - 1) else { return false }
        let sentence = context.text.sentences[context.sentenceOfToken[i]]
        let clauses = ClauseReader(context: context)
        guard clauses.subjectStart(sentence) == i, let verb = clauses.speechVerb(sentence, from: e) else { return false }
        return verb["plural"] != "yes"
    }

    /// «با مربیگری میروسلاو بلاژوویچ به …», «به گفته ولاتکو مارکوویچ در …», «ایویچ یکی از مربیان …»: a word ending in a
    /// surname ending of another language (`endsLikeForeignSurname`: «ویچ», «فسکی», «نسکی», which Persian words do not
    /// end in) is a surname wherever it stands, and one open word no lexicon knows right before it is the first name
    /// (`person.foreign-surname`). Before, such a name was read only before a role or a report of speech
    /// (`appositiveNameBeforeRole`); the two dev corpora write such words 101 times outside a name read (2026-12-06),
    /// all of them people but the listed town names and the sandwich (non-name-words.txt). Not after the head of a
    /// street's or hall's name; a word joined by the ezafe to a noun before it («پرونده قضایی بریزوفسکی») or an
    /// everyday word (everyday-words.txt, mined from Arman's `O` tokens: «عملکرد بلاژوویچ», «بازگشت ایبراهیموویچ») is
    /// no first name, and the surname is then read alone.
    private func foreignShapedName(at k: Int, titles: [String], start: Int, end: Int) -> NameSpan? {
        guard k < end else { return nil }
        // The ending first: it turns away nearly every word at the cost of one look at the next (the fallback is asked
        // of every untitled word no given name opens).
        let length: Int
        if context.endsLikeForeignSurname(k) {
            length = 1
        } else if k + 1 < end, context.endsLikeForeignSurname(k + 1), isUnlistedNameWord(k), !context.isGluedPlural(k),
                  // «به گفته ولاتکو مارکوویچ», «به نقل از …»: the noun of a citation cue of two words or more takes the
                  // ezafe of a person cited, not of a word that completes it.
                  context.onlySpaceBetween(k, k + 1), !context.followsNounByEzafe(k) || context.citationCueEnds(before: k, words: 2...3),
                  !context.lists(.everydayWords, k) {
            length = 2
        } else {
            return nil
        }
        if titles.isEmpty, k > 0, Self.headsBeforeEponyms.contains(where: { context.matchLength($0, at: k - 1) == 1 }) { return nil }
        return NameSpan(tokens: start..<(k + length), nameTokens: k..<(k + length), surnameTokens: (k + length - 1)..<(k + length),
                        titles: titles, rule: RuleID.personForeignSurname.rawValue)
    }

    /// «علی چگنی، سفیر جمهوری اسلامی ایران در کوبا», «محمد قدس مدیر تولید»: a county's name right after a given name is
    /// the surname when the word after it, past a closing quote and a comma, opens a role that vouches for a name
    /// (`vouchingRoleHead`). Elsewhere a given name and a county are most often a team, a hall or a hospital named
    /// after a city («کوثر ایلام», «بیمارستان توحید جم»); before a role the two dev corpora wrote the pair 11 times, 9
    /// of them a person; the other two follow a given name that is also a word («ساحل», «توحید»), which then needs
    /// the comma of apposition (the rule for ambiguous given names below), so they stay unread.
    private func countySurname(_ k: Int) -> Bool {
        guard context.lists(.counties, k), !context.isPlaceName(k + 1) else { return false }
        var j = k + 1
        if context.isPunctuation(j, "»\"”") { j += 1 }
        if context.isComma(j) { j += 1 }
        return vouchingRoleHead(at: j)
    }

    /// «به گزارش خبرگزاری فارس از کازرون، سعید کوشکی بعد از ظهر امروز در رزمایش … گفت», «احمد روستا در گفت‌وگو با
    /// خبرنگار … اظهار داشت»: a given name and one or two more words as the subject of a sentence reporting speech
    /// (after its dateline, «به گزارش …،» and discourse markers: `ClauseReader.subjectStart`), with a word of
    /// speaker-followers.txt («در», «نیز», «با», «امروز») or a speech verb right after them and a singular speech verb
    /// later in the sentence: the speaker, though the given name is also an everyday word («سعید», «امید») or no
    /// surname list holds the words after it and no ending marks them. Those words are no stop word, place, head of a
    /// phrase or word that is never a surname, and a given name only as the last. Without a given name first,
    /// two words no lexicon knows were as often a noun phrase («انتشار کتاب», «بلافاصله جهت»).
    private func speakerName(at i: Int) -> NameSpan? {
        guard i < context.tokenCount, context.isContent[i], context.isWord(i), let g = givenName(at: i) else { return nil }
        let end = context.sentenceEnd(i)
        var e = i + g.length
        while e < end, e - i < 3, context.onlySpaceBetween(e - 1, e), surnameAfterGiven(e), !context.lists(.speakerFollowers, e),
              !context.isDerivedFromHead(e), !context.isGluedPlural(e), !context.isNeverSurname(e) {
            e += 1
        }
        guard e > i + g.length, e < end, !(i + g.length..<(e - 1)).contains(where: { givenName(at: $0) != nil }),
              context.followsSpeaker(e) || context.matchLength(.speechVerbs, at: e) != nil else { return nil }
        let sentence = context.text.sentences[context.sentenceOfToken[i]]
        let clauses = ClauseReader(context: context)
        guard clauses.subjectStart(sentence) == i, let verb = clauses.speechVerb(sentence, from: e), verb["plural"] != "yes" else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (i + g.length)..<e, titles: [], rule: RuleID.personSpeakerName.rawValue)
    }

    /// True when the word at `k`, after a given name, may be its surname though an everyday word reads so too
    /// («میلاد جهانی»): a name word that is no stop word, place or head of a phrase.
    private func surnameAfterGiven(_ k: Int) -> Bool {
        context.isNameWord(k) && !context.isStopWord(k) && !context.isPlaceName(k)
            && !Self.headsOfPhrases.contains { context.matchLength($0, at: k) != nil }
    }

    /// True when token `i` opens a clause: the sentence's start, or punctuation, «و» or «با» before it.
    private func opensClause(at i: Int) -> Bool {
        let p = i - 1
        return i == context.sentenceStart(i) || context.isPunctuation(p, "،,:؛»\"”.") || context.isAnd(p)
            || context.matchLength(.comitativePrepositions, at: p) == 1
    }

    /// True when a word that credits a work to a person (credit-cues.txt: «به کارگردانی», «ساخته», «ترجمه») ends right
    /// before token `i`: the name after it is the maker's, so its given name vouches for a surname no list holds.
    private func followsCreditCue(_ i: Int) -> Bool {
        let start = context.sentenceStart(i)
        for n in 1...2 where i - n >= start {
            if let cue = context.match(.creditCues, at: i - n), cue.length == n, cue.entry["byline"] != "only" { return true }
        }
        return false
    }

    /// True when a name vouched for by a credit cue may end before token `t`: the sentence's end, punctuation, «و», a
    /// word that confirms a name (name-followers.txt, a role, a report of speech) or a function word (stop-words.txt:
    /// «به», «است»).
    private func endsCreditedName(at t: Int) -> Bool {
        guard t < context.sentenceEnd(t - 1) else { return true }
        return context.isAnd(t) || context.confirmsName(at: t) || context.isStopWord(t)
    }

    /// True when a report of speech ends at token `p` («… خبر داد», «… اعلام کرد»): the clause it reports opens after it
    /// («نشریه بیلد خبر داد یواخیم لو، سرمربی …»).
    private func endsReportOfSpeech(at p: Int) -> Bool {
        guard p >= 0, context.isWord(p) else { return false }
        let start = max(context.sentenceStart(p), p - 2)
        return (start...p).contains { context.matchLength(.speechVerbs, at: $0) == p - $0 + 1 }
    }

    /// «دکتر حجت معاون …»: after a rank, degree or clerical title, a given name with no surname after it is the
    /// person's surname when a role or a report of speech follows it. «خانم میسون ملک مشاور …», «ژنرال راجر کینگ
    /// سخنگوی …»: after any title, two or three words no lexicon knows before a role or a report of speech are a
    /// name (transliterated names the surname lists cannot hold).
    private func titledNameBeforeRole(at i: Int) -> NameSpan? {
        if i < context.tokenCount, context.isContent[i], context.lists(.lineageHonorifics, i) { return honorificNameBeforeRole(at: i) }
        guard i < context.tokenCount, context.isContent[i], context.matchLength(.titles, at: i) != nil else { return nil }
        let end = context.sentenceEnd(i)
        var k = i
        var titles: [String] = []
        var strong = false
        while k < end, titles.count < 4, let t = context.match(.titles, at: k) {
            if t.entry["kind"] != "courtesy", t.entry["kind"] != "religious" { strong = true }
            titles.append(context.text(tokens: k..<(k + t.length)))
            k += t.length
        }
        // «ژنرال "راجر کینگ" سخنگوی …»: the name quoted after its title.
        let quoted = k < end && context.isPunctuation(k, "«\"“")
        if quoted { k += 1 }
        var e = k
        while e < end, e - k < 3, context.isNameWord(e), !context.isStopWord(e), !context.isPlaceName(e), !context.isCommonWordSurname(e),
              context.matchLength(.namedInstitutions, at: e) == nil, context.matchLength(.media, at: e) == nil {
            e += 1
        }
        if quoted { guard e > k, e < end, context.isPunctuation(e, "»\"”") else { return nil } }
        guard e < end, roleOrSpeechFollows(at: e) || courtesyNameBeforeRelative(k, e, titleStart: i) else { return nil }
        if e - k == 1 {
            guard strong, let g = givenName(at: k), g.length == 1 else { return nil }
        } else if e - k < 2 {
            return nil
        }
        return NameSpan(tokens: i..<e, nameTokens: k..<e, surnameTokens: (e - 1)..<e, titles: titles,
                        rule: e - k == 1 ? RuleID.personTitleSurname.rawValue : RuleID.personTitleGivenSurname.rawValue)
    }

    /// «سید رمضان جعفری مدیر شعب پست بانک هرمزگان …», «سید راضی نوری عضو کمیسیون کشاورزی مجلس …»: the lineage
    /// honorific (lineage-honorifics.txt), then two or three words no lexicon leaves closed, then a role or a report of
    /// speech: a name whose given name the lexicon does not hold or holds as a word («رمضان» the month, «راضی»
    /// satisfied). The honorific stays in the name, as in a written name («سید محمد میرمحمدی»). Not one word alone
    /// («سید شهدا»): the role does not vouch for one word after an honorific that is no rank.
    private func honorificNameBeforeRole(at i: Int) -> NameSpan? {
        let end = context.sentenceEnd(i)
        let k = i + 1
        var e = k
        while e < end, e - k < 3, context.isNameWord(e), !context.isStopWord(e), !context.isPlaceName(e), !context.isCommonWordSurname(e),
              !Self.headsOfPhrases.contains(where: { context.matchLength($0, at: e) != nil }) {
            e += 1
        }
        guard e - k >= 2, e < end, roleOrSpeechFollows(at: e) else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (e - 1)..<e, titles: [], rule: RuleID.personTitleGivenSurname.rawValue)
    }

    /// «خانم یوریکو کاواگوچی که در حال حاضر وزیر …»: after courtesy titles only («خانم», «آقای», not their plurals),
    /// two or three words no lexicon knows (no head of a phrase, place or everyday word) before the relative «که»
    /// are a name: the clause says who the titled person is, as a role after the name would. No given name among
    /// them (a Persian name the other rules read, or a compound surname written apart: «آقای تقی زاده خامسی که»
    /// is «قاسم تقی زاده خامسی» named before), no word of non-name-words.txt («آقای نسبتا محترم دیگری که»), and not
    /// a title written after a given name («خدیجه خانم قرار دارد که», a place named for her).
    private func courtesyNameBeforeRelative(_ k: Int, _ e: Int, titleStart i: Int) -> Bool {
        guard e - k >= 2, context.isKey(e, "که"), i == 0 || context.matchLength(.givenNames, at: i - 1) == nil,
              (k..<e).allSatisfy({ isUnlistedNameWord($0) && !context.isDerivedFromHead($0) && !context.lists(.nonNameWords, $0)
                  && context.matchLength(.givenNames, at: $0) == nil }) else { return false }
        var j = i
        while j < k, let t = context.match(.titles, at: j) {
            guard t.entry["kind"] == "courtesy", t.entry["plural"] != "yes" else { return false }
            j += t.length
        }
        return j == k
    }

    /// «"آرلن اسپکتر" عضو مجلس سنا», ««مان موهان سینگ» نخست وزیر هند»: one to three words no lexicon knows, between
    /// quotes, before a role head (a report of speech is not enough: «نه» گفتند). The news quotes transliterated names it has no settled
    /// spelling for; a quoted title of a book, film or festival follows its head noun («جشنواره «مصاف»»), which
    /// turns it away, and so does a word that names a place or is an everyday word.
    private func quotedNameBeforeRole(at i: Int, listItemsBefore: Int) -> NameSpan? {
        guard i > 0, i < context.tokenCount, context.isContent[i], context.isPunctuation(i - 1, "«\"“") else { return nil }
        let end = context.sentenceEnd(i)
        var e = i
        // «"غسان بن جدو" رئیس دفتر الجزیره», «"احمد بن حلی" معاون دبیرکل …»: the particle of an Arab name's father
        // (surname-particles.txt `kind=nasab`, «بن», «بنت») inside the quotes is a word of the name, though «بن» is
        // also a county's; a quoted name so written takes one more word.
        var nasab = 0
        while e < end, e - i < 3 + nasab, context.isNameWord(e), !context.isStopWord(e), !context.isCommonWordSurname(e),
              context.matchLength(.namedInstitutions, at: e) == nil, context.matchLength(.media, at: e) == nil {
            if context.isPlaceName(e) {
                guard nasab == 0, e > i, e + 1 < end, context.isNameWord(e + 1),
                      context.rules.entry(.surnameParticles, key: context.key(e))?["kind"] == "nasab" else { break }
                nasab = 1
            }
            e += 1
        }
        // «"علی چگنی" سفیر …», ««صادق بناب» سرپرست …»: a family name that is also a place («چگنی», «بناب», «کامرون») is
        // the surname when a listed given name (not an everyday word) opens the quote and the quote closes right after it.
        if e == i + 1, e + 1 < end, context.isPlaceName(e), context.isPunctuation(e + 1, "»\"”"),
           let g = givenName(at: i), g.length == 1, !isAmbiguousGivenWord(i) {
            e += 1
        }
        guard e > i, e < end, context.isPunctuation(e, "»\"”"), roleOrSpeechFollows(at: e, speech: false)
                || followsQuotedName(i, listItemsBefore: listItemsBefore) || partitiveGroupFollows(after: e, end: end) else { return nil }
        // A quoted title names the noun before it («جشنواره «نگاه نو»», «لایحه «…»»): before the quote only
        // punctuation, a function word, a title, a meeting word or a place («با «…»», «ترکیه «…»»).
        let head = i - 2
        // «به ریاست "…"», «به سرپرستی «…»»: a noun after «به» that leads a delegation or a list to the name.
        // A connective before the subject («در همین راستا "گرت فیلدز" رئیس …», discourse-markers.txt) is no such noun.
        let afterMarker = (max(context.sentenceStart(i), head - 3)...max(context.sentenceStart(i), head)).contains { k in
            context.clauseMarkerLength(at: k).map { k + $0 - 1 == head } == true
        }
        if head >= context.sentenceStart(i), context.isOpenWord(head), !context.isPlaceName(head), !afterMarker,
           !(head > 0 && context.isKey(head - 1, "به")) { return nil }
        if head >= 0, (Self.headsBeforeEponyms + [.mediaHeads, .groupNouns]).contains(where: { context.matchLength($0, at: head) == 1 }) { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (e - 1)..<e, titles: [], rule: RuleID.personQuotedBeforeRole.rawValue)
    }

    /// «"محمد سلمان"، از فرماندهان نیروی دریایی پاکستان …», ««اسکات دیورکین» از مقامات ارشد حزب دموکرات»: after the
    /// closing quote at `close` (and a comma), «از» and a group of people (group-nouns.txt) say the quoted words are one
    /// of them, a person, as an office after the quote does. In the two dev corpora 7 quoted names stand so in 7 articles.
    private func partitiveGroupFollows(after close: Int, end: Int) -> Bool {
        var j = close + 1
        if j < end, context.isComma(j) { j += 1 }
        return j + 1 < end && context.isKey(j, "از") && context.matchLength(.groupNouns, at: j + 1) != nil
    }

    /// «"دیالا مصطفی مطر"»، «"مفیقه محمد القواسمه"»: an Arab name with its father's name, quoted whole. The words after
    /// the first spell a name of their own (the father's given name and the family name), and the quotes close right
    /// after them: the first word no lexicon knows is the person's own given name, not a word before the name.
    /// Without the quotes «X مصطفی مطر» is as often a noun before a name, so the quotes are the evidence.
    /// The first word may be a given name that is also an everyday word («"سعد مصطفی ذره"», «"ناز محمد واحدی"»):
    /// the written name can not vouch for it, the quotes around all three do.
    private func quotedFullName(at i: Int) -> NameSpan? {
        guard i > 0, i + 2 < context.tokenCount, context.isContent[i], context.isPunctuation(i - 1, "«\"“"),
              isUnlistedNameWord(i), context.matchLength(.givenNames, at: i) == nil || isAmbiguousGivenWord(i), context.onlySpaceBetween(i, i + 1),
              let n = spelledName(at: i + 1), n.titles.isEmpty, n.tokens.lowerBound == i + 1, n.tokens.count <= 2 else { return nil }
        let e = n.tokens.upperBound
        guard e < context.sentenceEnd(i), context.isPunctuation(e, "»\"”") else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: n.surnameTokens, titles: [], rule: RuleID.personQuotedFullName.rawValue)
    }

    /// The one of two names found at one token that reaches further (the first when they end together): a nasab
    /// name («اياد بن امين …») beside a name another rule read whole («اياد بن امين مدني»).
    private func longer(_ a: NameSpan?, _ b: NameSpan?) -> NameSpan? {
        guard let a, let b else { return a ?? b }
        return b.tokens.upperBound > a.tokens.upperBound ? b : a
    }

    /// True when a word no lexicon knows at `i` may open a nasab name: it opens a clause, or a title or an opening
    /// quote stands before it («شیخ حمد بن …», «"متعب بن عبدالله"»), and it is no plural («نیروهای بن لادن», and
    /// «دستیار بن لادن» after a word: a noun before a name, not a name).
    private func opensNasabName(at i: Int) -> Bool {
        (opensClause(at: i) || context.matchLength(.titles, at: i - 1) == 1 || context.isPunctuation(i - 1, "«\"“"))
            && !context.isGluedPlural(i)
    }

    /// «حمد بن عیسی آل خلیفه پادشاه بحرین», «سبیکه بنت ابراهیم آل خلیفه», «اسامه بن لادن»: an Arab name with its
    /// father's name, the particle «بن» (son of) or «بنت» (daughter of) between (nasab-particles of
    /// surname-particles.txt, `kind=nasab`). The father's name is a listed given name, and the name written from it
    /// («عیسی آل خلیفه», «عبدالله العطیه») is taken in whole; the first word is the person's own given name, listed or
    /// no word any lexicon knows opening a clause («حمد», «سبیکه», «متعب»): without it the name read was the father's («عیسی آل خلیفه»
    /// for the king, «ابراهیم آل خلیفه» for his wife). «به بن بست», «کوچه بن بست» are no name: a stop word or a
    /// place's head before the particle, and no given name after it.
    private func nasabName(at i: Int) -> NameSpan? {
        let f = i + 2
        guard f < context.tokenCount, context.isContent[i], context.isWord(i), context.isWord(i + 1),
              context.rules.entry(.surnameParticles, key: context.key(i + 1))?["kind"] == "nasab",
              f < context.sentenceEnd(i), let father = givenName(at: f),
              context.matchLength(.givenNames, at: i) != nil || isUnlistedNameWord(i) && opensNasabName(at: i) else { return nil }
        if let n = spelledName(at: f), n.titles.isEmpty, n.tokens.lowerBound == f {
            return NameSpan(tokens: i..<n.tokens.upperBound, nameTokens: i..<n.tokens.upperBound, surnameTokens: n.surnameTokens, titles: [],
                            rule: RuleID.personNasabName.rawValue)
        }
        // Without a family name the particle and the father's name stand for it: «بن لادن» alone is «اسامه بن لادن».
        let e = f + father.length
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (i + 1)..<e, titles: [], rule: RuleID.personNasabName.rawValue)
    }

    /// A one-word given name marked `ambiguous=yes` («سعد», «ناز», «امید»): also an everyday word, so a written name
    /// does not take it in without more evidence.
    private func isAmbiguousGivenWord(_ i: Int) -> Bool {
        guard let g = context.match(.givenNames, at: i), g.length == 1 else { return false }
        return g.entry["ambiguous"] == "yes"
    }

    /// «با «سرگئی لاوروف» و «جان کری» وزیران خارجه …»: the quoted item at `i` is coordinated («و», a comma) with a
    /// quoted item just before it that is a name: a list of quoted names. The walk back over the list stops after
    /// `quoted-name-list` items (phrase-limits.txt), so that a list of thousands stays linear, not quadratic.
    private func followsQuotedName(_ i: Int, listItemsBefore: Int) -> Bool {
        guard listItemsBefore < context.limits.quotedNameList else { return false }
        let close = i - 3
        guard close > 0, context.isAnd(i - 2) || context.isComma(i - 2), context.isPunctuation(close, "»\"”") else { return false }
        var open = close - 1
        while open > max(context.sentenceStart(i), close - 5), !context.isPunctuation(open, "«\"“") { open -= 1 }
        guard context.isPunctuation(open, "«\"“"), let n = name(at: open + 1, listItemsBefore: listItemsBefore + 1) else { return false }
        return n.tokens.upperBound == close
    }

    /// How many list items back and forth `inListOfNames` may look through for a name of its own evidence.
    private static let listReach = 2

    /// True when the name `i..<t`, read one word past its surname, is the item of a list of written names: a comma or
    /// «و» before it, a comma right after the extra word, and a written name as the item right before it or right
    /// after it (`inListOfNames` asks one side of a name read without the word). Not the list's first item: a name and
    /// a word before the first comma are as often the sentence's own words («… علی کریمی دیروز، …»); not before «و»:
    /// a credit list writes each maker's trade there («حسن ایوبی تدوین و حمید اعتباریان تهیه‌کنندگی …», «… و حبیب
    /// رضایی صداپیشگان و …»). A trade before the comma is no surname either: the trades of role-heads.txt are no
    /// unlisted word, so «بهروز نعمتی سیاستمدار، …» keeps its trade out of the name.
    private func surnameEndsListItem(_ i: Int, _ t: Int, end: Int) -> Bool {
        let sep = i - 1
        let start = context.sentenceStart(i)
        guard sep > start, context.isComma(sep) || context.isAnd(sep), t + 1 < end, context.isComma(t) else { return false }
        if let next = spelledName(at: t + 1, listDepth: 1), next.tokens.lowerBound == t + 1 { return true }
        return writtenItemEnds(at: sep, depth: 1)
    }

    /// True when a written name of up to four tokens, opening after a separator or the sentence's start, ends right
    /// before the separator at `sep`: the list item before a name (`betweenNamesOfList`, `surnameEndsListItem`).
    private func writtenItemEnds(at sep: Int, depth: Int) -> Bool {
        let start = context.sentenceStart(sep)
        for s in max(start, sep - 4)..<sep where s == start || context.isComma(s - 1) || context.isAnd(s - 1) || context.isPunctuation(s - 1, ":") {
            if let n = spelledName(at: s, listDepth: depth), n.tokens.upperBound == sep { return true }
        }
        return false
    }

    /// «…، مجتبی راعی، رضا میرکریمی و عبدالحسن برزیده داوری …», «علی یوسفی، مهدی راستگر 4 جودوکار …»: the name
    /// `i..<k` is an item of a list of names. Before it a comma and an item that is a written name, or «و» and
    /// such an item that itself follows a comma (a list of three or more: «X و Y» alone is too often two
    /// phrases); or after it a comma and a written name. The items around vouch for a given name that is also a
    /// word, or a surname no lexicon knows, as role or speech would. `depth` counts the items already walked.
    private func inListOfNames(_ i: Int, _ k: Int, depth: Int) -> Bool {
        guard depth < Self.listReach else { return false }
        let start = context.sentenceStart(i), end = context.sentenceEnd(i)
        let sep = i - 1
        if sep > start, context.isComma(sep) || context.isAnd(sep) {
            // The item before: up to four words that open after a separator or the sentence's start.
            for s in max(start, sep - 4)..<sep where s == start || context.isComma(s - 1) || context.isAnd(s - 1) || context.isPunctuation(s - 1, ":") {
                guard let n = spelledName(at: s, listDepth: depth + 1), n.tokens.upperBound == sep else { continue }
                if context.isComma(sep) || s > start && context.isComma(s - 1) { return true }
            }
        }
        if k + 1 < end, context.isComma(k), let n = spelledName(at: k + 1, listDepth: depth + 1), n.tokens.lowerBound == k + 1 { return true }
        return false
    }

    /// «مهرداد صافی، مجید حمیدپناه، جواد حمیدپناه»، «داریوش ارجمند، امین تارخ، مهناز افشار»: the name `i..<k` stands
    /// between two written names of a comma list, a comma and a name right before it and a comma and a name right after
    /// it. Names on both sides vouch for a given name that is also an everyday word («مجید», «امین») before a word no
    /// ending marks as a surname, where one side alone (`inListOfNames`) does not: in the two dev corpora a sequence
    /// «، AMBIGUOUS-GIVEN WORD ،» between two such names is a name 12 times of 12 read.
    private func betweenNamesOfList(_ i: Int, _ k: Int, depth: Int) -> Bool {
        guard depth < Self.listReach else { return false }
        let start = context.sentenceStart(i), end = context.sentenceEnd(i)
        let sep = i - 1
        guard sep > start, context.isComma(sep), k + 1 < end, context.isComma(k),
              let next = spelledName(at: k + 1, listDepth: depth + 1), next.tokens.lowerBound == k + 1 else { return false }
        return writtenItemEnds(at: sep, depth: depth + 1)
    }

    /// «مهرداد فرید و حمید جمعدر به عنوان …», «بیژن مفید و علی حاتمی»: the name `i..<k`, a given name
    /// and one word, is joined by «و» to another such pair, right after it or right before it. Two given names that
    /// are no everyday words, each before one open word, vouch for each other's surname as a list of names does:
    /// in the two dev corpora «GIVEN WORD و GIVEN WORD» with a surname that neither a list nor its ending marks
    /// is two names in 41 of 42 sampled. Lexical only, with no walk into the other item's evidence, so the two need
    /// no third name.
    /// No given name may stand right before a pair («اسدالله فرزین وش و …» is not «فرزین وش»). The word after the
    /// second pair is not asked about: it is as often a noun or verb of the sentence («… و فرزاد مؤتمن سازندگان این
    /// فیلم») as the second half of a surname («… و محمد خوش چهره», read «محمد خوش»).
    private func inPairOfNames(_ i: Int, _ k: Int) -> Bool {
        guard k == i + 2, plainGivenName(at: i), pairedSurname(at: i + 1) else { return false }
        let end = context.sentenceEnd(i), start = context.sentenceStart(i)
        if k + 2 < end, context.isAnd(k), plainGivenName(at: k + 1), pairedSurname(at: k + 2),
           i == start || context.matchLength(.givenNames, at: i - 1) == nil { return true }
        return i - 3 >= start && context.isAnd(i - 1) && plainGivenName(at: i - 3) && pairedSurname(at: i - 2)
            && (i - 3 == start || context.matchLength(.givenNames, at: i - 4) == nil)
    }

    /// A given name of one word at `j` that is no everyday word, no foreign or abbreviated entry.
    private func plainGivenName(at j: Int) -> Bool {
        guard let g = context.match(.givenNames, at: j), g.length == 1 else { return false }
        return g.entry["ambiguous"] != "yes" && g.entry["origin"] != "foreign" && g.entry["abbreviated"] != "yes"
    }

    /// The one word after a given name of `inPairOfNames`: an open word of three letters or more («ساره ای و مریم نه
    /// …» are a name and a particle) that may be a name's and is no given name.
    private func pairedSurname(at j: Int) -> Bool {
        isUnlistedNameWord(j) && context.key(j).count >= 3 && context.matchLength(.givenNames, at: j) == nil && !context.isDerivedFromHead(j)
            && !context.lists(.nonNameWords, j) && context.onlySpaceBetween(j - 1, j)
    }

    /// True when a one-word title marked `surname-part=yes` in titles.txt («حاج», «حاجی») stands at `k`, right after a
    /// given name, before a name word of two letters or more that is no place or title: the first half of a
    /// compound surname («حاج علیزاده», «حاجی میری»). In the two dev corpora a given name is followed by «حاج» or
    /// «حاجی» and a word 49 times in 42 articles, a compound surname in all but one («مرتضی حاجی در …», read by
    /// no rule).
    private func opensCompoundSurname(at k: Int, end: Int) -> Bool {
        guard k + 1 < end, let t = context.match(.titles, at: k), t.length == 1, t.entry["surname-part"] == "yes" else { return false }
        let w = k + 1
        return context.isNameWord(w) && !context.isStopWord(w) && !context.isPlaceName(w) && context.matchLength(.titles, at: w) == nil
            && context.key(w).count >= 2 && context.onlySpaceBetween(k, w)
    }

    /// True when a particle of surname-particles.txt («مک», «دی», «دل», «دو», «فن», «وان») stands at `k`, right after a
    /// given name, before a name word of two letters or more that is no stop word, title or everyday word: a Western
    /// surname written in two words («ویسنته دل بوسکه», «دومینیک دو ویلپن»). The word after may be a place's name too
    /// («هارولد مک میلان»). Asked only after a transliterated first name: in the two dev corpora a foreign first name,
    /// a listed particle and a word are a name 28 times of 29 («صدام دل نگرانند», a verb, is the other).
    private func opensParticleSurname(at k: Int, end: Int) -> Bool {
        guard k + 1 < end, context.isWord(k), let particle = context.rules.entry(.surnameParticles, key: context.key(k)),
              particle["kind"] != "nasab" else { return false }
        let w = k + 1
        return context.isNameWord(w) && !context.isStopWord(w) && context.matchLength(.titles, at: w) == nil
            && !context.isCommonWordSurname(w) && context.key(w).count >= 2 && context.onlySpaceBetween(k, w)
    }

    /// «ستاری، سعید صادقی، محمود عبدالحسینی …»: a surname of surnames.txt alone (no everyday word, no place) as an
    /// item of a list of names (`inListOfNames`): the written names around it vouch for the bare surname. The item
    /// is the word alone: a separator or the sentence's start before it, and no word that may be a name's after it
    /// («بختیار رحمانی» is one name, not the surnames «بختیار» and «رحمانی»).
    private func listedSurnameInList(at k: Int, depth: Int) -> NameSpan? {
        let start = context.sentenceStart(k)
        guard k < context.sentenceEnd(k), k == start || context.isComma(k - 1) || context.isAnd(k - 1) || context.isPunctuation(k - 1, ":"),
              !context.isNameWord(k + 1) || context.isAnd(k + 1),
              context.isNameWord(k), let entry = context.rules.entry(.surnames, key: context.key(k)),
              entry["ambiguous"] != "yes", !context.isCommonWordSurname(k), !context.isPlaceName(k),
              inListOfNames(k, k + 1, depth: depth) else { return nil }
        return NameSpan(tokens: k..<(k + 1), nameTokens: k..<(k + 1), surnameTokens: k..<(k + 1), titles: [], rule: RuleID.personListSurname.rawValue)
    }

    /// «درویشی، جباری، کاویانپور و اکبری …», «انصاریان، گل محمدی، محمدوند، جمشیدی»: a roster of bare surnames with no
    /// written name among them (a team's players, a jury). A word that reads like a surname (`isRosterSurname`), alone as
    /// an item, is a person when its list holds at least `rosterSurnames` such items, one of them listed in
    /// surnames.txt, and every item walked is one open word. In the two dev corpora such lists are rosters of people 16
    /// times of 17 (the other a list of dynasties, «هخامنشیان، اشکانیان و ساسانیان», that the rule does not read). Not a
    /// list with an item after the head of a street's or hall's name.
    ///
    /// The walk also goes over an item of two words that are one surname written apart (`isSplitRosterItem`: «گل محمدی»,
    /// «امامی فر», «قلعه نویی»), counted as a surname, and over an item that is a surname also an everyday word
    /// («دایی», common-word-surnames.txt), not counted; a surname of surnames.txt marked `ambiguous=yes` alone as an item
    /// («قربانی», «فاطمی», «برومند») counts and is a person too when two other items read as surnames without it
    /// («درویشی، خالقی و قربانی در تیم ایران حضور دارند»).
    private func rosterSurname(at k: Int) -> NameSpan? {
        let start = context.sentenceStart(k), end = context.sentenceEnd(k)
        // The item's place is tested before its word: `isRosterSurname` weighs the word's surname endings
        // (`looksLikeSurname`, about 5,000 instructions a word), wasted on the many words that open no item
        // (asked of every untitled word it cost a fifth of extraction: 688 M instructions on 300 articles).
        guard k < end, k == start || context.isComma(k - 1) || context.isAnd(k - 1) || context.isPunctuation(k - 1, ":"),
              !context.isNameWord(k + 1) || context.isAnd(k + 1) else { return nil }
        let strict = isRosterSurname(k)
        // «… پیروانی، دایی و فرخزادی به نمایندگی از تیم پرسپولیس»: a surname that is also an everyday word
        // (common-word-surnames.txt) is a person as an item of a roster that holds `rosterSurnames` strict surnames
        // besides it; it counts for no roster itself, and a word must not follow it («…، جباری و پورمند، عالی بازی کردند»:
        // the adverb of the verb after the roster).
        // Each test once: `isWeakRosterSurname` weighs the word's endings too.
        let weak = !strict && (isAmbiguousRosterSurname(k) || isWeakRosterSurname(k))
        let commonWord = !strict && !weak && isCommonWordRosterItem(k)
            && (k + 1 >= end || !context.isWord(k + 1) || context.isAnd(k + 1))
        guard strict || weak || commonWord else { return nil }
        var surnames = strict ? 1 : 0, ambiguous = weak ? 1 : 0
        // A surname of surnames.txt, or one public-figures.txt lists alone and not `ambiguous=yes` (the players and coaches
        // a club's roster names: «پیروانی», «بگوویچ»), vouches for the roster.
        func isListed(_ s: Int) -> Bool {
            context.rules.entry(.surnames, key: context.key(s)) != nil
                || context.rules.entry(.publicFigures, key: context.key(s)).map { $0["ambiguous"] != "yes" } == true
        }
        var listed = strict && isListed(k)
        func count(_ s: Int) {
            if isRosterSurname(s) {
                surnames += 1
                listed = listed || isListed(s)
            } else if isAmbiguousRosterSurname(s) || isWeakRosterSurname(s) {
                ambiguous += 1
            }
        }
        // Back over the items before, then on over the items after; an item counts when it is one word alone.
        var j = k
        for _ in 0..<Self.rosterReach {
            var s = j - 1
            if context.isAnd(s) { s -= 1; if context.isComma(s) { s -= 1 } } else if context.isComma(s) { s -= 1 } else { break }
            guard s >= start, isUnlistedNameWord(s) || isCommonWordRosterItem(s) else { break }
            let opens = { (t: Int) in t == start || context.isComma(t - 1) || context.isAnd(t - 1) || context.isPunctuation(t - 1, ":") }
            if opens(s) {
                count(s)
            } else if s - 1 >= start, isSplitRosterItem(s - 1, s), opens(s - 1) {
                surnames += 1
                s -= 1
            } else {
                // «خیابان‌های فاطمی، بلوار کشاورز، رویان، …, سنجابی»: a list of streets named for people is no roster.
                if Self.headsBeforeEponyms.contains(where: { context.matchLength($0, at: s - 1) == 1 }) { return nil }
                break
            }
            j = s
        }
        j = k
        for _ in 0..<Self.rosterReach {
            var s = j + 1
            if context.isComma(s) { s += 1; if context.isAnd(s) { s += 1 } } else if context.isAnd(s) { s += 1 } else { break }
            guard s < end, isUnlistedNameWord(s) || isCommonWordRosterItem(s) else { break }
            let closes = { (t: Int) in !context.isNameWord(t + 1) || context.isAnd(t + 1) }
            if closes(s) {
                count(s)
            } else if s + 1 < end, isSplitRosterItem(s, s + 1), closes(s + 1) {
                surnames += 1
                s += 1
            } else {
                break
            }
            j = s
        }
        guard surnames + ambiguous >= Self.rosterSurnames, surnames >= Self.rosterSurnames - 1, listed,
              !commonWord || surnames >= Self.rosterSurnames else { return nil }
        return NameSpan(tokens: k..<(k + 1), nameTokens: k..<(k + 1), surnameTokens: k..<(k + 1), titles: [], rule: RuleID.personListSurname.rawValue)
    }
    /// How many items a roster walk reads on each side, and how many surnames a roster needs.
    private static let rosterReach = 12, rosterSurnames = 3

    /// A surname of surnames.txt marked `ambiguous=yes` («قربانی», «فاطمی»), no given name, place or common-word
    /// surname: an item of a roster, though alone it is as often an everyday word.
    private func isAmbiguousRosterSurname(_ j: Int) -> Bool {
        guard context.isNameWord(j), !context.isCommonWordSurname(j), !context.isPlaceName(j),
              context.matchLength(.givenNames, at: j) == nil, !context.isGluedPlural(j) else { return false }
        return context.rules.entry(.surnames, key: context.key(j))?["ambiguous"] == "yes"
    }

    /// «فرخزادی»: a word that ends like a surname only by the common «ی» (`looksLikeSurname`, which also turns away the
    /// words of non-name-words.txt), no everyday word (everyday-words.txt), given name, place or common-word surname, of
    /// four letters or more: an item of a roster that holds two strict surnames besides it, one of them listed, counted as
    /// an ambiguous one (round 27: «… بگوویچ، باقریان، پیروانی، دایی و فرخزادی به نمایندگی از تیم پرسپولیس …»).
    private func isWeakRosterSurname(_ j: Int) -> Bool {
        guard context.isNameWord(j), context.looksLikeSurname(j), !context.lists(.everydayWords, j), !context.isCommonWordSurname(j),
              !context.isPlaceName(j), context.matchLength(.givenNames, at: j) == nil, !context.isGluedPlural(j) else { return false }
        return context.key(j).count >= 4
    }

    /// «دایی»: a surname of common-word-surnames.txt, an everyday word too, alone as a roster's item: walked, not counted.
    private func isCommonWordRosterItem(_ j: Int) -> Bool {
        context.isNameWord(j) && context.isCommonWordSurname(j) && !context.isPlaceName(j)
    }

    /// «گل محمدی», «امامی فر», «قلعه نویی»: two words of a roster's item that are one surname written apart, the second a
    /// strong surname ending (`isSurnamePart`), a surname of surnames.txt not marked ambiguous, or the pair a listed
    /// compound surname; the first no given name (a written name is no bare surname).
    private func isSplitRosterItem(_ a: Int, _ b: Int) -> Bool {
        guard context.onlySpaceBetween(a, b), context.isNameWord(a), context.isNameWord(b), !context.isStopWord(a),
              !context.isPlaceName(a), context.matchLength(.givenNames, at: a) == nil,
              !Self.headsOfPhrases.contains(where: { context.matchLength($0, at: a) != nil }) else { return false }
        if context.listedCompoundSurname(at: a) == 2 || isSurnamePart(b) { return true }
        return context.rules.entry(.surnames, key: context.key(b)).map { $0["ambiguous"] != "yes" } == true
    }

    /// «…، گلشیفته فراهانی، …», «…، کیارنگ علایی، …», «…، بختیار رحمانی، …»: two words no lexicon knows alone as an
    /// item between two written names of a comma list (`betweenNamesOfList`), the second ending like a surname
    /// (`looksLikeSurname`: listed, or a surname ending, the common «ی» too). The first is a given name no list holds
    /// (the lists keep out names that are also words, «گلاب», «فرهنگ», and many rarer ones), or the first half of a
    /// surname written apart («مهدوی کیا», «گل محمدی»: the person named by the surname alone). Neither word may be an
    /// everyday word, a given name, a place or the head of a phrase. In the two dev corpora (test split left out) such an
    /// item stands between two names read 17 times, a name every time (`scripts/count-list-items.py`: shape
    /// «word open»). Asked only of the item first asked about (the names around it do not lean on it in turn).
    private func unlistedNameBetweenNames(at i: Int) -> NameSpan? {
        let s = i + 1, e = i + 2
        guard i > 0, context.isComma(i - 1), e < context.sentenceEnd(i), context.isComma(e),
              isUnlistedNameWord(i), isUnlistedNameWord(s), context.onlySpaceBetween(i, s), context.key(i).count >= 2,
              context.matchLength(.givenNames, at: i) == nil, context.matchLength(.givenNames, at: s) == nil,
              !context.lists(.nonNameWords, i), !context.isDerivedFromHead(i), !context.isDerivedFromHead(s),
              context.looksLikeSurname(s), betweenNamesOfList(i, e, depth: 0) else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: s..<e, titles: [], rule: RuleID.personListName.rawValue)
    }

    /// A word of a roster of surnames: one that reads like a surname more than by the common «ی» (listed in
    /// surnames.txt, not `ambiguous=yes`, or a stronger ending), and no given name, place or everyday word.
    private func isRosterSurname(_ j: Int) -> Bool {
        guard context.isNameWord(j), context.looksLikeSurname(j, strong: true), !context.isCommonWordSurname(j), !context.isPlaceName(j),
              context.matchLength(.givenNames, at: j) == nil, !context.isGluedPlural(j) else { return false }
        return context.rules.entry(.surnames, key: context.key(j))?["ambiguous"] != "yes"
    }

    private func spelledName(at i: Int, listDepth: Int = 0) -> NameSpan? {
        guard i < context.tokenCount, context.isContent[i], context.isWord(i) else { return nil }
        let end = context.sentenceEnd(i)
        var k = i
        var titles: [String] = []
        // Courtesy and religious titles («خانم», «حاج») also address people in speech («خانم جان»): only ranks,
        // degrees and clerical titles vouch for the name that follows.
        var strongTitle = false
        while k < end, titles.count < 4, let t = context.match(.titles, at: k) {
            let kind = t.entry["kind"] ?? ""
            if kind != "courtesy", kind != "religious" { strongTitle = true }
            titles.append(context.text(tokens: k..<(k + t.length)))
            k += t.length
        }
        let nameStart = k
        // «فیلم … به کارگردانی جمال شورجه»: a credit cue before an untitled name vouches for its surname.
        let credited = titles.isEmpty && followsCreditCue(i)
        var creditDecided = false
        // «حسنی مبارک», «امین لحود», «مقتدی صدر»: a full name public-figures.txt lists whole is read as listed
        // before its first word is taken for a given name that would ask for evidence the sentence need not give.
        // The words after a given name are the surname, so that «دکتر رجب» later in the article is «اسدالله رجب»;
        // `surname=whole` keeps a compound surname whose first part looks like a given name («خلیل زاد», «علی اف»).
        // «سید حسن نصرالله که …»: the lineage honorific before such a name is the name's own (annotation.md: «سید»
        // stays), and the listed name after it is read whole as without it.
        let figureAt = k < end && context.lists(.lineageHonorifics, k) && (context.match(.publicFigures, at: k + 1)?.length ?? 0) >= 2 ? k + 1 : k
        if let m = context.match(.publicFigures, at: figureAt), m.length >= 2, !context.lists(.publicFigures, figureAt),
           let found = publicFigure(at: figureAt, titles: titles, start: i, end: end) {
            let figure = NameSpan(tokens: found.tokens, nameTokens: k..<found.nameTokens.upperBound, surnameTokens: found.surnameTokens,
                                  titles: titles, rule: found.rule)
            // A one-word entry written in pieces («احمد ی نژاد» for «احمدی‌نژاد») has no given name of its own.
            guard m.entry["surname"] != "whole", let g = givenName(at: figureAt), figureAt + g.length < figure.nameTokens.upperBound,
                  context.key(figureAt + g.length).count > 1, !isSurnamePart(figureAt + g.length) else { return figure }
            return NameSpan(tokens: figure.tokens, nameTokens: figure.nameTokens,
                            surnameTokens: (figureAt + g.length)..<figure.nameTokens.upperBound, titles: titles, rule: figure.rule)
        }
        if k < end, context.lists(.lineageHonorifics, k), givenName(at: k + 1) != nil { k += 1 }
        // «پیام کوفی عنان», «در 100 متر پروانه فرهاد فیاض»: a given name that is also a noun written before names
        // (given-names.txt `before-name=word`) is that noun before another given name; the name starts after it.
        if titles.isEmpty, k == i, let g = givenName(at: k), g.entry["before-name"] == "word", givenName(at: k + g.length) != nil { return nil }
        var givenEnds: [Int] = []
        var ambiguousFirst = false
        var foreignFirst = false
        // «جان», «مری», «پل»: a transliterated first name that is also a Persian word.
        var ambiguousForeignFirst = false
        var foreignPair = false
        while k < end, givenEnds.count < 3, let g = givenName(at: k) {
            // «ریچارد کنت», «نبیه بری»: a first name of the West that is also a surname (`after-given=surname`) is the
            // surname right after another given name.
            if !givenEnds.isEmpty, g.entry["after-given"] == "surname" { break }
            // A name that is also a common word («قدرت», «امید») needs more evidence.
            if givenEnds.isEmpty {
                ambiguousFirst = g.entry["ambiguous"] == "yes"
                foreignFirst = g.entry["origin"] == "foreign" && !ambiguousFirst
                ambiguousForeignFirst = g.entry["origin"] == "foreign" && ambiguousFirst
            }
            // «جان فرانکو زولا», «مری آن …»: a transliterated first name that is also a word, then one that is not:
            // the second vouches for the pair, as a foreign first name alone does.
            if givenEnds.count == 1, ambiguousForeignFirst, g.entry["origin"] == "foreign", g.entry["ambiguous"] != "yes" {
                ambiguousFirst = false
                ambiguousForeignFirst = false
                foreignFirst = true
                foreignPair = true
            }
            k += g.length
            givenEnds.append(k)
        }
        guard let lastGiven = givenEnds.last else {
            // The three readings of a bare word as a list's item each ask for a name word at `k` (`isNameWord`),
            // so a word no function lexicon leaves open is none of them: the array look-up turns those words away
            // before the tests of their neighbours (every untitled word was asked all three; about 20 M
            // instructions saved on 300 articles). Same answers: the tests skipped are pure.
            let mayBeListItem = titles.isEmpty && context.isOpenWord(k)
            return titledSurname(at: k, titles: titles, strong: strongTitle, start: i, end: end)
                ?? publicFigure(at: k, titles: titles, start: i, end: end)
                ?? courtesySurname(at: k, titles: titles, start: i, end: end)
                ?? (mayBeListItem && continuesPluralCourtesyList(at: k) ? courtesySurname(at: k, titles: [], start: i, end: end, listed: true) : nil)
                ?? (mayBeListItem && k == i ? listedSurnameInList(at: k, depth: listDepth) : nil)
                ?? (mayBeListItem && k == i && listDepth == 0 ? rosterSurname(at: k) : nil)
                ?? (mayBeListItem && k == i && listDepth == 0 ? unlistedNameBetweenNames(at: k) : nil)
                ?? (mayBeListItem ? foreignShapedName(at: k, titles: titles, start: i, end: end) : nil)
        }
        k = lastGiven
        let surnameStart = k
        // «وحید. ل (16 ساله)», «مجید- ص»، «حسین- ر سرکرده …»: a surname written as its initial (`initialSurnameEnd`).
        if let e = initialSurnameEnd(at: k, end: end) {
            return NameSpan(tokens: i..<e, nameTokens: nameStart..<e, surnameTokens: (e - 1)..<e, titles: titles,
                            rule: titles.isEmpty ? RuleID.personGivenSurname.rawValue : RuleID.personTitleGivenSurname.rawValue)
        }
        // «مهرداد حاج علیزاده», «سعید حاجی میری», «بیژن حاج محمدرضا»: a title stands before a given name, not after
        // it, so one marked `surname-part=yes` right after a given name opens a compound surname with the word after it.
        // «لئوناردو دی کاپریو», «هارولد مک میلان»: after a transliterated first name a surname particle opens the
        // surname in the same way, and the checks a surname that does not end like one asks for are not asked.
        let prefixed = opensCompoundSurname(at: k, end: end)
            || (foreignFirst || ambiguousForeignFirst) && givenEnds.count == 1 && opensParticleSurname(at: k, end: end)
        if prefixed { k += 2 }
        // «کمال دانشیار رئیس کمیسیون …», «کمال دانشیار با …», «محمد مخبر رئیس ستاد …»: a one-word role head that
        // surnames.txt also lists is the surname right after a given name when no complement of the office follows it:
        // a second office or a report of speech (two offices in a row are one office's complement far less often than
        // a name's apposition), a stop word or a name follower («در», «با») or punctuation. In the two dev corpora
        // (2026-12-07): 18 places after a listed given name before an office or speech, 16 of them a surname (the other
        // two «معاون رئیس …», whose head is no listed surname).
        let headSurname = !prefixed && k < end && !context.isNameWord(k) && context.lists(.surnames, k)
            && context.matchLength(.roleHeads, at: k) == 1
            && (roleOrSpeechFollows(at: k + 1) || k + 1 >= end || !context.isWord(k + 1)
                || context.isStopWord(k + 1) || context.lists(.nameFollowers, k + 1))
        // A surname's ending written apart that a closed lexicon also holds (surname-suffixes.txt: «بخش», a district too:
        // «فرح بخش», «فیاض بخش») goes on with the surname as an open word would; not after a listed surname, which is
        // whole («علی احمدی بخش مرکزی را …»).
        while k < end, k - surnameStart < 3, context.isNameWord(k) || headSurname && k == surnameStart
                || k > surnameStart && isSurnamePart(k) && context.onlySpaceBetween(k - 1, k) && !context.lists(.surnames, k - 1),
              !context.isPlaceName(k) || k > surnameStart || countySurname(k) {
            if k > surnameStart, !context.looksLikeSurname(k) && !isSurnamePart(k) || !context.onlySpaceBetween(k - 1, k) || context.isDerivedFromHead(k)
                || endsNameBefore(k) { break }
            // «سزار مارکوس برزیلی», «کریستین بنتکه آلمانی»: a foreign nationality after a transliterated name says where
            // the person is from; after two first names the second is the surname.
            if isForeignNationality(k), k > surnameStart || (foreignFirst || ambiguousForeignFirst) && givenEnds.count >= 2 { break }
            // «داگلاس بیشتر از …», «روبرتو نبود، …», «سید مصطفی تنها در …»: an everyday word that is never a surname is
            // none whatever confirming word follows it, unless a role or a report of speech does («مسعود مقدس رئیس …»).
            if k == surnameStart, context.isNeverSurname(k), !roleOrSpeechFollows(at: k + 1) { break }
            if let g = context.match(.givenNames, at: k), k > surnameStart || g.entry["after-given"] != "surname" { break }
            k += 1
        }
        if k > surnameStart { k = throughCompoundSurname(from: surnameStart, to: k, end: end) }
        // The pair vouches only for a surname after it: «جان نواز» (soothing) alone is two words.
        if foreignPair, k == surnameStart {
            (ambiguousFirst, ambiguousForeignFirst, foreignFirst, foreignPair) = (true, true, false, false)
        }
        // «میشل آلیوت ماری وزیر دفاع …», «قدرت‌الله اکبری مرزناک» با …»: one or two more words no lexicon knows are
        // the rest of the surname when a role, a report of speech or a closing quote vouches for the end. After a
        // transliterated first name a given name may be among them («ماری»): the surnames of the West are often one.
        if k > surnameStart, k < end, k - surnameStart < 3, (surnameStart..<k).allSatisfy(isUnlistedNameWord) {
            var t = k
            while t < end, t - surnameStart < 3, isUnlistedNameWord(t), context.onlySpaceBetween(t - 1, t),
                  foreignFirst || context.matchLength(.givenNames, at: t) == nil, !context.isDerivedFromHead(t) {
                t += 1
            }
            // A closing quote vouches only for a name the quotes hold whole («"…" با اعلام …»), not for the end of
            // a quoted title («اگه می‌تونی منو بگیر»).
            let quoted = context.isPunctuation(t, "»\"”") && i > 0 && context.isPunctuation(i - 1, "«\"“")
            // Not an introduction's office: the words before «به عنوان» are as often the clause's adverbs («محمدرضا
            // عظیمی‌زاده رسماً به عنوان شهردار …»).
            if t > k, t < end, roleOrSpeechFollows(at: t, introduction: false) || quoted { k = t }
            // «…، علی اکبر شیری جیان، سید سعید میرمهدی، …»: Hamshahri writes a compound surname in two words
            // («نوری زاد», «باقری معتمد»); as the item of a list of written names, one more word no lexicon knows right
            // before the item's comma is the surname's second half, the names around vouching for the item's end as a
            // role does (`surnameEndsListItem`).
            else if t == k + 1, !foreignFirst, givenEnds.count == 1, listDepth == 0, surnameEndsListItem(i, t, end: end) { k = t }
            // «حمید خضوعی ابیانه(زیر نور ماه)», «علیرضا واحدی نیکبخت(70)», «مجتبی موسوی اجاق(نماینده کرمانشاه)»: an opening
            // bracket right after one more such word ends the name as a role does: what the bracket holds (a work, a team,
            // a minute, a seat) is said of the name before it, unless it holds a blessing («حمزه سیدالشهدا (ع)», a holy
            // name a hall is named for). The two dev corpora: 13 names made whole (round 30).
            else if t == k + 1, givenEnds.count == 1, t + 1 < end, context.isPunctuation(t, "("), !context.lists(.blessings, t + 1) { k = t }
            // «به کارگردانی کاظم راست گفتار و …», «ساخته رخشان بنی اعتماد در …»: after a credit cue, a surname that does
            // not end like one takes one more word no lexicon knows when «و», a comma, a bracket or quote, or a name
            // follower («در», «از», «پس») comes next. Not before a verb or a sentence's end: «ترجمه پیام یزدانجو چاپ کرد»,
            // «ساخته شاپور قریب باشد.» hold one-word verbs and adjectives no lexicon lists.
            else if t == k + 1, k == surnameStart + 1, credited, !foreignFirst, givenEnds.count == 1, !context.looksLikeSurname(surnameStart),
                    t < end, context.isAnd(t) || context.isComma(t) || context.isPunctuation(t, "()«»\"“”") || context.lists(.nameFollowers, t) {
                k = t
                creditDecided = true
            }
        }
        var surnameTokens = surnameStart..<k
        var secondGivenAsSurname = false
        // Two given names alone between two written names of a comma list («…، جلال رفیع، مهدی فریدزاده …»): the
        // list vouches for the second as the surname, as a role or a report of speech would. In the two dev corpora
        // (test split left out) an item «، GIVEN GIVEN ،» between two names read is a person's name 18 times of 18
        // (`scripts/count-list-items.py`), a jury's, a cast's or a team's list; the second name is often also a word
        // («صبا», «رفیع», «اقبال»), which the list vouches for too, but not an everyday surname («زمانی»).
        var listVouchesSecondGiven = false
        // «کریم صادق زاده»: a surname made of a given-looking word and a suffix written apart (Hamshahri writes
        // «صادق‌زاده» so) ends like a surname as the joined word does, and vouches for a first name that is also a word.
        var splitSuffixSurname = false
        // «عیسی زاده», «علی پور»: a surname suffix written apart belongs with the given-looking word before it
        // («ناصر مقدم» stays: «مقدم», `apart=only`, is also a surname of its own).
        if !surnameTokens.isEmpty, context.rules.entry(.surnameSuffixes, key: context.key(surnameStart)).map({ $0["strength"] != "weak" && $0["apart"] != "only" }) == true {
            if givenEnds.count < 2 {
                // «نعمت زاده معاون وزیر …»: a surname written in two parts, alone, is a name before a role or a
                // report of speech, or after a rank or degree.
                guard givenEnds.count == 1, k == surnameStart + 1, strongTitle || roleOrSpeechFollows(at: k) else { return nil }
                return NameSpan(tokens: i..<k, nameTokens: nameStart..<k, surnameTokens: nameStart..<k, titles: titles,
                                rule: titles.isEmpty ? RuleID.personSplitSurname.rawValue : RuleID.personTitleSurname.rawValue)
            }
            surnameTokens = givenEnds[givenEnds.count - 2]..<k
            givenEnds.removeLast()
            splitSuffixSurname = true
        }
        if surnameTokens.isEmpty {
            // «امیر حسین» alone, or a given name used as a surname («محمد علی»): the last given name is the surname.
            guard givenEnds.count >= 2 else { return nil }
            surnameTokens = givenEnds[givenEnds.count - 2]..<lastGiven
            k = lastGiven
            // «کالین پاول»: after a transliterated first name a second given name is the surname, unless it is also an
            // everyday word. «محمود عباس نخست وزیر», «عبدالعزیز حکیم رئیس …»: so it is when a role or a report of
            // speech follows, even a given name that is also a word («حکیم» wise), though not an everyday surname.
            let s = surnameTokens.lowerBound
            secondGivenAsSurname = true
            let everyday = context.rules.entry(.givenNames, key: context.key(s))?["ambiguous"] == "yes" || context.isCommonWordSurname(s)
            // «…، محسن پرویز، حمید گروگان …», «…، فرهاد صبا، منوچهر عسگری نسب …»: two given names alone as an item
            // between two written names of a comma list are one person's name, the second the surname
            // (`listVouchesSecondGiven`).
            listVouchesSecondGiven = surnameTokens.count == 1 && givenEnds.count == 2 && !context.isCommonWordSurname(s)
                && betweenNamesOfList(i, lastGiven, depth: listDepth)
            guard surnameTokens.count == 1, context.looksLikeSurname(s) || foreignFirst && !everyday || listVouchesSecondGiven
                    || roleOrSpeechFollows(at: lastGiven) && !context.isCommonWordSurname(s) else { return nil }
        }
        // A common word that is also a name («امید», «بهار») needs a title or a surname-like word.
        // So does a role or a report of speech right after a surname that is no everyday word («رضا حاجی‌ابراهیم،
        // مسئول گروه …», «اکبر عطری، عضو …»).
        // A surname that does not end like one needs the comma of apposition before the role («پیام تسلیت رئیس …»).
        if ambiguousFirst, !strongTitle, !prefixed, !splitSuffixSurname, !context.looksLikeSurname(surnameTokens.lowerBound, strong: true) {
            let s = surnameTokens.lowerBound
            // «با بازی هدیه تهرانی», «به کارگردانی جمال شورجه»: a credit cue vouches for a given name that is also a word.
            let creditVouches = credited && !secondGivenAsSurname && givenEnds.count == 1 && surnameTokens.count <= 2
                && surnameTokens.allSatisfy { context.isNameWord($0) }
            if creditVouches { creditDecided = true }
            guard creditVouches || listVouchesSecondGiven || !secondGivenAsSurname && !context.isCommonWordSurname(s) && (
                  context.looksLikeSurname(s) ? roleOrSpeechFollows(at: k) || inListOfNames(i, k, depth: listDepth)
                    : context.isComma(k) && roleOrSpeechFollows(at: k, speech: false)
                    // «جان اونیل دبیر فدراسیون فوتبال استرالیا»: a foreign office vouches for a foreign first name.
                    || ambiguousForeignFirst && surnameTokens.count == 1 && foreignOfficeFollows(at: k)
                    // «…، امین لحود رئیس جمهوری لبنان»: so does it for an Arab given name that is also a word, before a
                    // word no lexicon knows, when the name opens a clause (in the two dev corpora 5 such sequences, all
                    // names); inside a clause the pair is a noun phrase («این پیام تبریک رئیس جمهور روسیه»).
                    || surnameTokens.count == 1 && isUnlistedNameWord(s) && opensClause(at: i) && foreignOfficeFollows(at: k)
                    || surnameTokens.count == 1 && betweenNamesOfList(i, k, depth: listDepth))
            else { return nil }
        }
        // «طرح هادی روستایی»: a given name joined by the ezafe to the noun before it, with a surname that is an
        // everyday adjective, is a noun phrase («the rural guidance plan»), not a name, unless a title vouches for
        // it. A surname listed in surnames.txt («ضیاءالدین عراقی») stays a name: a given name beside it is evidence
        // enough.
        // So is a given name that is itself a common word before a surname that is one too («علامت ایمان حقیقی»,
        // «نهضت پیروز اسلامی»): two everyday words in an ezafe chain.
        if titles.isEmpty, !credited, surnameTokens.count == 1, context.followsNounByEzafe(i) {
            let s = surnameTokens.lowerBound
            if context.isEverydayAdjective(s), !context.lists(.surnames, s) { return nil }
            if ambiguousFirst, context.isCommonWordSurname(s) { return nil }
        }
        // A surname that does not end like one («قالیباف», «زنگنه») could be a common word («صفورا متعلق به»):
        // without a title it needs a confirming word after it.
        // A transliterated foreign first name («آنتونی کوئین», «دنیس رأس») vouches for the word after it, which
        // does not end like a Persian surname, unless that word is an everyday one.
        // Its surname is one word: a Persian word after it («دیکنز بازی کرده», «لوئیس قهرمان») is not a second surname.
        if !strongTitle, !prefixed, !listVouchesSecondGiven, !context.looksLikeSurname(surnameTokens.lowerBound), !context.confirmsName(at: k) {
            let s = surnameTokens.lowerBound
            // An item of a list of names vouches for the words no lexicon knows after its given name(s): all of
            // them when the next item's separator follows («محمد رضا قدرت بیگلو و …»), else the first.
            // «… و ابراهیم داروغه زاده به عنوان …»: a surname ending written apart (`isSurnamePart`) is the item's too.
            let item = !foreignFirst && (context.isComma(k) || context.isAnd(k) || k == s + 2 && isSurnamePart(s + 1)) ? k : s + 1
            let listed = !foreignFirst && !ambiguousFirst && !secondGivenAsSurname
                && (inListOfNames(i, item, depth: listDepth) || givenEnds.count == 1 && k == s + 1 && inPairOfNames(i, k))
            // After a credit cue the surname is the run read above (one word, or the words up to a separator).
            let creditVouches = credited && !foreignFirst && !secondGivenAsSurname && givenEnds.count == 1
            if creditVouches {
                creditDecided = true
            } else {
                guard foreignFirst || listed, givenEnds.count == 1 || (secondGivenAsSurname || foreignPair) && givenEnds.count == 2 || listed,
                      !context.isCommonWordSurname(s) else { return nil }
                surnameTokens = s..<item
                k = item
            }
        }
        // «فرودگاه شارل دوگل», «خیابان علی شریعتی»: a name right after the head of a street's or a hall's name is
        // that place's name, unless a role follows it («این کتابخانه علیرضا رهایی، رئیس دانشگاه …»).
        // So is a name after «شهید» joined by the ezafe to a noun («مجموعه ورزشی شهید …»).
        if titles.isEmpty, context.matchLength(.eponymHeads, at: i - 1) == 1,
           context.matchLength(.roleHeads, at: context.isComma(k) ? k + 1 : k) == nil { return nil }
        if titles.count == 1, opensNamesOfPlaces(i), context.followsNounByEzafe(i) || i > 0 && context.matchLength(.eponymHeads, at: i - 1) == 1 { return nil }
        // A name the cue alone vouches for must end where a name ends: «ساخته رخشان بنی اعتماد» is no «رخشان بنی», and
        // «ساخته رضا میرکریمی راضی بوده‌اند» no «رضا میرکریمی راضی».
        if creditDecided, !endsCreditedName(at: k) { return nil }
        return NameSpan(tokens: i..<k, nameTokens: nameStart..<k, surnameTokens: surnameTokens, titles: titles,
                        rule: creditDecided ? RuleID.personCreditedName.rawValue
                            : titles.isEmpty ? RuleID.personGivenSurname.rawValue : RuleID.personTitleGivenSurname.rawValue)
    }
}
