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
    func givenName(at k: Int) -> (length: Int, entry: LexiconEntry)? {
        guard let g = context.match(.givenNames, at: k) else { return nil }
        if g.length == 1 { return g }
        if (k..<(k + g.length)).allSatisfy({ !context.isStopWord($0) }) { return g }
        if let single = context.rules.entry(.givenNames, key: context.key(k)), !context.isStopWord(k) { return (1, single) }
        return nil
    }

    /// «دکتر روحانی», «حجت‌الاسلام صدیقی»: a rank, degree or clerical title and a surname without given name.
    private func titledSurname(at k: Int, titles: [String], strong: Bool, start: Int, end: Int) -> NameSpan? {
        guard strong, k < end, context.isNameWord(k), !context.isPlaceName(k), !context.lists(.lineageHonorifics, k),
              context.looksLikeSurname(k) || context.confirmsName(at: k + 1) else { return nil }
        var e = k + 1
        while e < end, e - k < 3, context.isNameWord(e), context.looksLikeSurname(e) || isSurnamePart(e), context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e) {
            e += 1
        }
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: RuleID.personTitleSurname.rawValue)
    }

    /// «خاتمی», «پوتین», «احمدي نژاد»: a person the news names by one word (public-figures.txt), with or without
    /// a title. Not after a place or institution head («خیابان فردوسی», «دانشگاه فردوسی»); an entry that is also an
    /// everyday word («مبارک») needs a title before it or a confirming word after it.
    private func publicFigure(at k: Int, titles: [String], start: Int, end: Int) -> NameSpan? {
        guard k < end, let m = context.match(.publicFigures, at: k), k + m.length <= end,
              (k..<(k + m.length)).allSatisfy({ context.isNameWord($0) }) else { return nil }
        var e = k + m.length
        // «هاشمی رفسنجانی», «موسوی خوئینی»: a second surname written apart.
        while e < end, e - k < 3, context.isNameWord(e), context.looksLikeSurname(e) || isSurnamePart(e), context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e), !context.isCommonWordSurname(e), context.matchLength(.givenNames, at: e) == nil {
            e += 1
        }
        if titles.isEmpty {
            let p = k - 1
            if p >= 0, Self.headsBeforeEponyms.contains(where: { context.matchLength($0, at: p) == 1 }) { return nil }
            // An everyday word («گل» goal, «نظامی» military) is a person only before a role or a report of speech.
            if m.entry["ambiguous"] == "yes" || context.isCommonWordSurname(k) {
                guard context.matchLength(.roleHeads, at: e) != nil || context.matchLength(.speechVerbs, at: e) != nil
                        || context.matchLength(.speechParticiples, at: e) != nil, !context.followsNounByEzafe(k) else { return nil }
            }
        }
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: "person.public-figure")
    }
    /// Heads that name a street, square, university or the like after a person («خیابان شریعتی»).
    private static let headsBeforeEponyms: [RuleLexicon] = [.placePrefixes, .institutionHeads, .eponymPrefixes, .namedInstitutions]

    /// «آقای حسینی فرماندار», «خانم کاظمی گفت»: a courtesy title before a word that ends like a surname (and is
    /// not an everyday word) or that a role, a report of speech or punctuation confirms. Courtesy titles also
    /// address people in speech («خانم جان»), so the word after must read as a surname.
    private func courtesySurname(at k: Int, titles: [String], start: Int, end: Int) -> NameSpan? {
        // «شهید», «حاج» (religious) before an adjective are praise («این شهید گرانقدر»), not a name.
        guard !titles.isEmpty, context.match(.titles, at: k - 1)?.entry["kind"] == "courtesy", k < end, context.isNameWord(k), !context.isPlaceName(k), !context.lists(.lineageHonorifics, k),
              !context.isCommonWordSurname(k), context.looksLikeSurname(k) || context.confirmsName(at: k + 1) else { return nil }
        var e = k + 1
        while e < end, e - k < 3, context.isNameWord(e), context.looksLikeSurname(e) || isSurnamePart(e), context.onlySpaceBetween(e - 1, e),
              !context.isDerivedFromHead(e), context.matchLength(.givenNames, at: e) == nil {
            e += 1
        }
        return NameSpan(tokens: start..<e, nameTokens: k..<e, surnameTokens: k..<e, titles: titles, rule: "person.title-surname")
    }

    /// «نژاد» in «احمدي نژاد», «فر» in «ستاري فر»: a surname ending written apart as a word of its own (a strong
    /// entry of surname-suffixes.txt), the second half of a compound surname.
    func isSurnamePart(_ k: Int) -> Bool {
        context.isWord(k) && context.rules.entry(.surnameSuffixes, key: context.key(k)).map { $0["strength"] != "weak" } == true
    }

    func name(at i: Int) -> NameSpan? {
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
        if k < end, context.lists(.lineageHonorifics, k), givenName(at: k + 1) != nil { k += 1 }
        var givenEnds: [Int] = []
        var ambiguousFirst = false
        var foreignFirst = false
        while k < end, givenEnds.count < 3, let g = givenName(at: k) {
            // A name that is also a common word («قدرت», «امید») needs more evidence.
            if givenEnds.isEmpty {
                ambiguousFirst = g.entry["ambiguous"] == "yes"
                foreignFirst = g.entry["origin"] == "foreign" && !ambiguousFirst
            }
            k += g.length
            givenEnds.append(k)
        }
        guard let lastGiven = givenEnds.last else {
            return titledSurname(at: k, titles: titles, strong: strongTitle, start: i, end: end)
                ?? publicFigure(at: k, titles: titles, start: i, end: end)
                ?? courtesySurname(at: k, titles: titles, start: i, end: end)
        }
        k = lastGiven
        let surnameStart = k
        while k < end, k - surnameStart < 3, context.isNameWord(k), !context.isPlaceName(k) || k > surnameStart {
            if k > surnameStart, !context.looksLikeSurname(k) && !isSurnamePart(k) || !context.onlySpaceBetween(k - 1, k) || context.isDerivedFromHead(k) { break }
            if context.matchLength(.givenNames, at: k) != nil { break }
            k += 1
        }
        var surnameTokens = surnameStart..<k
        // «عیسی زاده», «علی پور»: a surname suffix written apart belongs with the given-looking word before it.
        if !surnameTokens.isEmpty, context.rules.entry(.surnameSuffixes, key: context.key(surnameStart)).map({ $0["strength"] != "weak" }) == true {
            guard givenEnds.count >= 2 else { return nil }
            surnameTokens = givenEnds[givenEnds.count - 2]..<k
            givenEnds.removeLast()
        }
        if surnameTokens.isEmpty {
            // «امیر حسین» alone, or a given name used as a surname («محمد علی»): the last given name is the surname.
            guard givenEnds.count >= 2 else { return nil }
            surnameTokens = givenEnds[givenEnds.count - 2]..<lastGiven
            k = lastGiven
            guard surnameTokens.count == 1, context.looksLikeSurname(surnameTokens.lowerBound) else { return nil }
        }
        // A common word that is also a name («امید», «بهار») needs a title or a surname-like word.
        if ambiguousFirst, !strongTitle, !context.looksLikeSurname(surnameTokens.lowerBound, strong: true) { return nil }
        // «طرح هادی روستایی»: a given name joined by the ezafe to the noun before it, with a surname that is an
        // everyday adjective, is a noun phrase («the rural guidance plan»), not a name, unless a title vouches for
        // it. A surname listed in surnames.txt («ضیاءالدین عراقی») stays a name: a given name beside it is evidence
        // enough.
        // So is a given name that is itself a common word before a surname that is one too («علامت ایمان حقیقی»,
        // «نهضت پیروز اسلامی»): two everyday words in an ezafe chain.
        if titles.isEmpty, surnameTokens.count == 1, context.followsNounByEzafe(i) {
            let s = surnameTokens.lowerBound
            if context.isEverydayAdjective(s), !context.lists(.surnames, s) { return nil }
            if ambiguousFirst, context.isCommonWordSurname(s) { return nil }
        }
        // A surname that does not end like one («قالیباف», «زنگنه») could be a common word («صفورا متعلق به»):
        // without a title it needs a confirming word after it.
        // A transliterated foreign first name («آنتونی کوئین», «دنیس رأس») vouches for the word after it, which
        // does not end like a Persian surname, unless that word is an everyday one.
        let foreignName = foreignFirst && givenEnds.count == 1 && !context.isCommonWordSurname(surnameTokens.lowerBound)
        if !strongTitle, !foreignName, !context.looksLikeSurname(surnameTokens.lowerBound), !context.confirmsName(at: k) { return nil }
        return NameSpan(tokens: i..<k, nameTokens: nameStart..<k, surnameTokens: surnameTokens, titles: titles,
                        rule: titles.isEmpty ? RuleID.personGivenSurname.rawValue : RuleID.personTitleGivenSurname.rawValue)
    }
}
