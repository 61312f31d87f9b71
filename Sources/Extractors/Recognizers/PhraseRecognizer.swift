/// Recognizes the noun phrases the rules are built from: institutions, roles, groups and news media.
///
/// Grammar (bounded look-ahead, so linear overall):
/// - INSTITUTION := named-institution [PLACE] | HEAD (HEAD | QUALIFIER | «و» QUALIFIER){0,7} [PLACE | EPONYM]
/// - ROLE := ROLE-HEAD MODIFIER* [FORMER] [ROLE | INSTITUTION | PLACE] [FORMER]
/// - GROUP := (group noun | plural role head) MODIFIER* [ROLE | INSTITUTION | PLACE]
/// An institution is complete (a name of its own) only with a place, an eponym or a listed name.
struct PhraseRecognizer {
    let context: DocumentContext
    let places: PlaceRecognizer

    /// Words that qualify an institution head: open words that are not given names.
    func isQualifier(_ i: Int) -> Bool {
        guard context.isNameWord(i), context.matchLength(.mediaHeads, at: i) == nil else { return false }
        guard let given = context.match(.givenNames, at: i) else { return true }
        // «کمیسیون عمران مجلس», «تیم ملی امید ایران», «سازمان فرهنگی هنری شهرداری»: a given name that is also a word of
        // bodies' names (given-names.txt `qualifier=yes`) qualifies the head, unless a name goes on after it («… امید احمدی»).
        return given.length == 1 && given.entry["qualifier"] == "yes"
            && context.matchLength(.givenNames, at: i + 1) == nil && !context.looksLikeSurname(i + 1)
    }

    /// True when the body listed by the one word at `i` is also a head (institution-heads.txt: «ارتش», «سپاه») and a count
    /// with its «ی», «خود» or an adjective of the «ی» ending (written on or apart: «حرفه ای») stands right after it.
    private func commonNounAfterListedHead(at i: Int, end: Int) -> Bool {
        let j = i + 1
        guard j < end, context.match(.institutionHeads, at: i) != nil else { return false }
        // A count with its «ی» («ارتش 20 میلیونی»), not a date or a figure after the body («سپاه 61/3/13», «سپاه 75 نفر»).
        if context.kinds[j] == .number { return j + 1 < end && context.isWord(j + 1) && context.key(j + 1).hasSuffix("ی") }
        if context.isKey(j, "خود") { return true }
        guard isQualifier(j), !context.isStopWord(j), places.place(at: j) == nil, ambiguousCountry(at: j, afterBody: true) == nil,
              context.matchLength(.namedInstitutions, at: j) == nil, context.matchLength(.lightVerbNouns, at: j) == nil,
              !context.isAuxiliary(j + 1) else { return false }
        return context.key(j).hasSuffix("ی") || j + 1 < end && isAdjectiveEndingApart(j + 1)
    }

    /// An institution head at `i`, also in plural or ezafe form («شهرداری‌های», «شوراهای»).
    func institutionHead(at i: Int, allowPlural: Bool = true) -> (length: Int, entry: LexiconEntry)? {
        if let m = context.match(.institutionHeads, at: i) {
            // «شهرداری ها»: a plural written apart names many institutions.
            if !allowPlural, context.isPluralWrittenApart(i + m.length) { return nil }
            return m
        }
        guard allowPlural, context.isWord(i), context.mayEndInPluralSuffix(i) else { return nil }
        let k = context.key(i)
        for (suffix, animate) in context.pluralSuffixes where !animate && k.hasKeySuffix(suffix) {
            if let e = context.rules.entry(.institutionHeads, key: String(k.dropLast(suffix.count))) { return (1, e) }
        }
        return nil
    }

    /// A place name that is also a common word or an outlet (`ambiguous=yes`) right after a head that expects a place
    /// there: a head that governs a place of its level (`level=`: «استاندار فارس», «فرماندار مهران», «شهرداری بم»), or an
    /// office whose next word is most often its town (role-heads.txt `place-after=yes`: «نماینده مردم آمل», «امام جمعه
    /// ایوان»: a county or a city). Elsewhere such a name needs a place word before it.
    private func ambiguousPlace(of head: LexiconEntry, at j: Int) -> PlaceSpan? {
        guard let n = places.placeName(at: j, allowAmbiguous: true) else { return nil }
        if let level = head["level"] {
            guard n.level == level || (n.level == "any" && level != "province") else { return nil }
        } else {
            guard head["place-after"] == "yes", n.level == "county" || n.level == "city" || n.level == "any" else { return nil }
        }
        return PlaceSpan(tokens: j..<(j + n.length), level: n.level, name: n.name, nameKey: n.key,
                         prefix: nil, deictic: false, rule: RuleID.placeName.rawValue)
    }

    /// The name a body at `tokens` is shown by: as written. «دادگاه کیفری استان», «شورای اداری استان»: a bare «استان» keeps
    /// its key on the article's province, but the body is named as written, as the gold names it (annotation.md:
    /// institutions verbatim; dev432 writes 11 bodies ending in a bare «استان», never one with the province filled in).
    /// «سازمان بهزیستی این استان»: «این استان» ending the name is no name and is shown as the place it stands for, after a
    /// head or a listed body alike.
    private func shownName(_ tokens: Range<Int>, place: PlaceSpan?) -> String {
        guard let p = place, p.deictic, p.rule != RuleID.placeBarePrefix.rawValue, p.tokens.upperBound == tokens.upperBound else {
            return context.text(tokens: tokens)
        }
        return context.text(tokens: tokens.lowerBound..<p.tokens.lowerBound) + " " + p.display
    }

    /// An auxiliary that is no copula («شد», «کرد», not «است», «بود»): the word before it is a light verb's noun.
    private func isLightVerbAuxiliary(_ j: Int) -> Bool {
        let key = context.key(j)
        if isAuxiliaryKey(key) { return true }
        // The present's prefix, joined («می‌شود», «میشود», «نمی‌کند»: keys drop the ZWNJ) or written apart as Hamshahri
        // does («منتشر مي شود»), belongs to the auxiliary after it: «بازپرس شعبه 12 صادقيه [منتشر مي شود]» read the
        // branch's name on into the verb.
        // The prefixes are stop-words.txt's `verb-prefix=yes` entries, longest first (`WordShapeTables.verbPrefixes`).
        for prefix in context.shapes.verbPrefixes where key.hasPrefix(prefix) {
            if key.count > prefix.count { return isAuxiliaryKey(String(key.dropFirst(prefix.count))) }
            return j + 1 < context.tokenCount && context.sentenceOfToken[j + 1] == context.sentenceOfToken[j]
                && isAuxiliaryKey(context.key(j + 1))
        }
        return false
    }

    private func isAuxiliaryKey(_ key: String) -> Bool {
        guard let entry = context.rules.entry(.stopWords, key: key) else { return false }
        return entry["auxiliary"] == "yes" && entry["copula"] != "yes"
    }

    /// With `impliedHead`, the phrase at `i` is read as if that head stood before it: the office «مدیرکل»
    /// (`institution=اداره کل`) names «اداره کل اوقاف … مازندران» in «مدیرکل اوقاف و امور خیریه مازندران».
    /// Such a phrase needs a qualifier and a complement (place, eponym or parent body) and is never a mention.
    func institution(at i: Int, impliedHead: LexiconEntry? = nil, allowsBareImplied: Bool = false, listed: Bool = true) -> InstitutionSpan? {
        guard i < context.tokenCount, context.isContent[i] else { return nil }
        let end = context.sentenceEnd(i)
        if listed, impliedHead == nil, let n = context.match(.namedInstitutions, at: i) {
            // «ارتش 20 میلیونی», «ارتش حرفه ای», «ارتش خود»: a body listed by one word that is also a head of bodies, with a
            // count, a reflexive or an adjective right after it, is the common noun («an army of 20 million»), unless the
            // head reads on to another body with a place or a parent («ارتش سرخ شوروی», «ارتش اسلامی عراق»).
            if n.length == 1, commonNounAfterListedHead(at: i, end: end) {
                guard let other = institution(at: i, listed: false), other.complete,
                      other.rule == RuleID.institutionHeadPlace.rawValue || other.rule == RuleID.institutionHeadParent.rawValue else { return nil }
                return other
            }
            var j = i + n.length
            // «کمیته امداد امام خمینی (ره) استان کردستان»: a listed name that ends in a holy name keeps the blessing
            // written after it, and its place after that, as the gold writes the body (23 times in 16 articles of the
            // two dev corpora after «کمیته امداد امام خمینی», 31 in 22 after a listed body); the key stays the entry's.
            if let k = blessingEnd(at: j, end: end) { j = k }
            var place: PlaceSpan?
            // «دانشگاه آزاد اسلامی واحد بروجرد», «سپاه ناحیه گچساران»: the word an entry names in `branch=` and a place
            // after it name the body's branch there, the same body as «دانشگاه آزاد اسلامی بروجرد».
            if let branch = n.entry["branch"], j + 1 < end, context.isKey(j, PersianNormalizer.key(branch)),
               let p = places.place(at: j + 1), !p.deictic, p.level != "country", p.level != "national" {
                place = p
                j = p.tokens.upperBound
            }
            // A ministry (its head `place=country`) takes a country only (a foreign ministry, «وزارت خارجه آمریکا»), never a province.
            // The nation written after a listed body is part of its name as written («سازمان نظام پزشکی کشور»).
            let countryOnly = context.match(.institutionHeads, at: i)?.entry["place"] == "country"
            // After a ministry a country that is also a common word is the country («وزارت دفاع هند», «وزارت بهداشت چین»).
            if place == nil, j < end, let p = places.place(at: j) ?? ambiguousCountry(at: j, afterBody: !countryOnly),
               p.level == "country" || p.level == "national" || !countryOnly {
                place = p
                j = p.tokens.upperBound
            }
            // «سازمان جهاد کشاورزی استان», «بنیاد شهید و امور ایثارگران استان»: a bare «استان» after a listed body is the
            // province the article is about, as after a head («آموزش و پرورش استان»); not «استان های …», many provinces.
            // The two dev corpora write a listed body before a bare «استان» 29 times in 25 articles, 4 of them «استان های».
            if place == nil, !countryOnly, j < end, let p = places.place(at: j, allowBarePrefix: true),
               p.rule == RuleID.placeBarePrefix.rawValue, !context.isPluralWrittenApart(p.tokens.upperBound) {
                place = p
                j = p.tokens.upperBound
            }
            var key = (n.entry["canonical"].map(PersianNormalizer.key) ?? n.entry.key) + (place.map { "@" + $0.key(level: nil) } ?? "")
            if let p = place, let c = regionCountry(after: p, end: end) { j = c.tokens.upperBound; key += "@" + c.key(level: nil) }
            // «شورای امنیت سازمان ملل»: a listed body of a listed body is one institution.
            if place == nil, let parent = parentInstitution(at: j, end: end) {
                j = parent.tokens.upperBound
                key += "/" + parent.key
            }
            return InstitutionSpan(tokens: i..<j, name: shownName(i..<j, place: place), key: key, gloss: n.entry["gloss"] ?? "",
                                   complete: true, implied: false, place: place, rule: RuleID.institutionNamed.rawValue, source: n.entry.source)
        }
        // A plural head («شهرداری‌های استان») names many institutions, not one.
        guard let head = impliedHead.map({ (length: 0, entry: $0) }) ?? institutionHead(at: i, allowPlural: false) else { return nil }
        let implied = impliedHead != nil
        // The name of an implied phrase is written with its head («اداره کل» + the words after the office).
        func shown(_ text: String) -> String { implied ? head.entry.surface + " " + text : text }
        let headEnd = i + head.length
        // «گروه دوم دانمارک», «گروه الف تیم روسیه»: a word of the head's `not-before=` right after it (an ordinal after
        // «گروه») makes the head a category or a tournament's group, no body's name.
        if !implied, headEnd < end, isNotBefore(head.entry, headEnd) { return nil }
        // `not-after=`: a count before the head makes it a common noun («چند فرهنگسرای تهران»).
        if !implied, i > 0, isNotAfter(head.entry, i - 1) { return nil }
        var j = headEnd
        var qualifierKeys: [String] = []
        var place: PlaceSpan?
        var eponymEnd: Int?
        var firstComma: Int?
        var parent: InstitutionSpan?
        var region: PlaceSpan?
        // «دفتر رئیس جمهور», «دفتر مقام معظم رهبری»: a body that serves one office-holder (`serves=office`) is named
        // by that office. Read as a role, the office went to the person of the phrase before it («محمود واعظی رئیس
        // دفتر رئیس جمهور» became a president; «سخنگوی دولت» or «رئیس دفتر» alone is incomplete).
        if !implied, head.entry["serves"] == "office", headEnd < end, let office = context.match(.roleHeads, at: headEnd),
           office.entry["standalone"] == "yes" {
            var k = headEnd + office.length
            var country: PlaceSpan?
            if k < end, let p = places.place(at: k), p.level == "country", !p.deictic { country = p; k = p.tokens.upperBound }
            let key = PersianNormalizer.key(head.entry["canonical"] ?? head.entry.surface) + "/"
                + PersianNormalizer.key(office.entry["canonical"] ?? office.entry.surface) + (country.map { "@" + $0.key(level: nil) } ?? "")
            return InstitutionSpan(tokens: i..<k, name: context.text(tokens: i..<k), key: key, gloss: head.entry["gloss"] ?? "",
                                   complete: true, implied: false, place: country, rule: RuleID.institutionServedOffice.rawValue, source: head.entry.source)
        }
        var steps = 0
        var splitWords = 0
        // An office's unit named without its head («مدیرکل حفظ آثار و نشر ارزش‌های دفاع مقدس استان فارس») reads its field
        // up to `office-field-words`: it is never an institution mention, so the bound is the role's, not a body's.
        let wordLimit = implied ? context.limits.officeFieldWords : context.limits.institutionWords
        var readNestedHead = false
        // «اداره کل زندان‌های استان البرز», «مرکز فوریت‌های پزشکی سبزوار», «مرکز پژوهش‌های مجلس»: a plural in «ها/های»
        // (`isGluedPlural`; not «…ترین», a superlative) right after the head opens the unit's field. Until round 31 only
        // when a place, an eponym or a parent body closed the name, while the same plural written apart («فدراسیون ورزش
        // های رزمی», Hamshahri's spelling) was read with no such condition; the two spellings are now read alike
        // (6,835 dev articles: 4 records, «فدراسیون ورزش‌های آبی», «پژوهشگاه فرهنگ‌های شرقی» read whole).
        while j < end, steps < wordLimit {
            // «شرکت آب منطقه ای گیلان», «دفتر هماهنگی امور استان های سازمان …»: a word whose ending text without ZWNJ
            // writes apart (`isEndingWrittenApart`) is one word of the name with it, though the word alone would open a
            // place («منطقه», «استان») and end the name there.
            // Not past a comma the name reads through: a place must close such a name, and the word is none.
            if j > headEnd, j + 1 < end, firstComma == nil, context.isEndingWrittenApart(j + 1), takesEndingApart(j) {
                qualifierKeys.append(context.key(j) + context.key(j + 1))
                j += 2
                steps += 1
                continue
            }
            // «رئیس شعبه 113 دادگاه کیفری استان تهران», «رئیس کلانتری 103»: a unit known by its number (institution-heads.txt
            // `numbered=yes`) takes the number right after its head as the first word of its name.
            if j == headEnd, head.entry["numbered"] == "yes", context.kinds[j] == .number {
                qualifierKeys.append(context.key(j))
                j += 1
                steps += 1
                continue
            }
            // «دولت چین», «دولت قطر»: right after a head that takes a country only, a country that is also a common word is the
            // country (not after a qualifier: «وزارت امور مالی» is a ministry of finance).
            // After a body's head or the words of its name, a country that is that body's (countries.txt `after-body=yes`:
            // «سفارت چین», «پلیس چین», «فدراسیون فوتبال مصر», «حزب کمونیست چین»).
            if let p = places.place(at: j, allowBarePrefix: true) ?? (j == headEnd && head.entry["place"] == "country" ? ambiguousCountry(at: j) : nil)
                ?? (j == headEnd ? ambiguousPlace(of: head.entry, at: j) : nil)
                ?? (j > headEnd || !endsObjectOrAdjective(after: j) ? ambiguousCountry(at: j, afterBody: true) : nil) {
                // («شهرداری بم», «استانداری فارس»: a place name that is also a word, right after a head with `level=`.)
                // «شرکت ایران خودرو»: a listed institution longer than the place it starts with is the body named.
                if let n = context.matchLength(.namedInstitutions, at: j), n > p.tokens.count, let named = parentInstitution(at: j, end: end) {
                    parent = named; j = named.tokens.upperBound; break
                }
                // «مرکز استان» is the province's centre; «مرکز بهداشت استان» is an office.
                if j == headEnd, head.entry["place"] == "after-qualifier" { break }
                if !takesPlace(head.entry, p) { break }
                place = p; j = p.tokens.upperBound
                // «شهرداری منطقه شش تهران», «معاونت … شهرداری منطقه 6 تهران»: a numbered district is one of a city's, named
                // after it (as in a role, `districtCity`); the key stays the district's.
                if p.rule == RuleID.placeDistrictNumber.rawValue, let cityEnd = districtCity(at: j, end: end) { j = cityEnd }
                // «حزب دمکرات کردستان عراق», «پارلمان کردستان عراق»: a province's name and a foreign country after it name
                // that country's region, and the body is the region's, not the province's.
                if let c = regionCountry(after: p, end: end) { region = c; j = c.tokens.upperBound }
                break
            }
            // «دولت بوش», «دولت جرج بوش»: a government named for its leader (a head `eponym=no`, a public figure right
            // after it). The figure stays a person too: the scanner claims only the head (`leaderEnd`).
            if !implied, j == headEnd, head.entry["eponym"] == "no", let k = leaderEnd(at: j, end: end) {
                qualifierKeys.append(contentsOf: (j..<k).map { context.key($0) })
                eponymEnd = k
                j = k
                break
            }
            // «بنیاد فرهنگی مهدی موعود(عج)», «دانشگاه ولیعصر(عج)», «مسجد فاطمه زهرا (س)»: one to three words closed by a
            // blessing in brackets are a holy name the body is named for, as after an eponym's prefix («امام», «حضرت»).
            let blessed = context.matchLength(.eponymPrefixes, at: j) == nil ? blessedEponymEnd(at: j, end: end) : nil
            if let k = blessed {
                qualifierKeys.append(contentsOf: (j..<k).map { context.key($0) })
                eponymEnd = k
                j = k
                if let p = places.place(at: j), p.level != "national", !p.deictic { place = p; j = p.tokens.upperBound }
                break
            }
            if let e = context.matchLength(.eponymPrefixes, at: j), let k = eponym(at: j + e, end: end) {
                qualifierKeys.append(contentsOf: (j..<k).map { context.key($0) })
                eponymEnd = k
                j = k
                // «بیمارستان امام خمینی (ره) کنگان»: the town of a body named for someone follows the eponym.
                if let p = places.place(at: j), p.level != "national", !p.deictic { place = p; j = p.tokens.upperBound }
                break
            }
            // A listed institution or the parliament ends the phrase as the body the unit belongs to
            // («کمیسیون امنیت ملی مجلس», «اداره کل تبلیغات وزارت فرهنگ و ارشاد اسلامی»).
            // Not after a head that takes a country («دولت … مجلس» is a bill sent to the parliament, no unit of it).
            // A bare «مجلس» before an open word ends a unit's name only when no other body's head was read in it and
            // it is no field («معاونت سینمایی وزارت ارشاد مجلس اعتباری … تصویب کرد», «معاونت حقوقی و امور مجلس
            // ریاست جمهوری»: the parliament there is the next clause's subject or the unit's field).
            let houseEnds = !readNestedHead && !(j > headEnd && context.isKey(j - 1, "امور"))
            if head.entry["place"] != "country", let p = parentInstitution(at: j, end: end, openWordEndsHouse: houseEnds) {
                parent = p; j = p.tokens.upperBound; break
            }
            if context.matchLength(.namedInstitutions, at: j) != nil { break }
            // «رئیس دادگستری برگزار شد», «سخنگوی دولت شرکت کرد», «رئیس وقت مجلس ارسال شد»: the noun of a compound verb
            // (light-verb-nouns.txt) right before its auxiliary is the verb's, not a word of the body's name, as a second
            // word before an auxiliary is after an eponym (`eponym(at:end:)`). Not before a copula (stop-words.txt
            // `copula=yes`), nor any other word: «کاپیتان تیم ملی شد», «رئیس هیأت مرکزی نظارت شد» name the office taken.
            if j + 1 < end, context.lists(.lightVerbNouns, j), isLightVerbAuxiliary(j + 1) { break }
            // «مجلس» (`qualifiers=`): a word the head's list does not hold ends the phrase at the head, a body's head
            // or a plural included («مجلس سازمان حفاظت محیط زیست», «مجلس هفتم نصیب آمریکا»).
            if head.entry["qualifiers"] != nil, !takesQualifier(head.entry, at: j) { break }
            // «کمیسیون اصل 90 مجلس», «کمیسیون ماده پنج استان»: an article of a law (law-articles.txt) and its number
            // are two words of the body's name; a number word keys as its digits.
            if j + 1 < end, context.lists(.lawArticles, j), let number = context.numberValue(at: j + 1) {
                qualifierKeys.append(context.key(j))
                qualifierKeys.append(number)
                j += 2
                steps += 1
                continue
            }
            if let nested = institutionHead(at: j) {
                readNestedHead = true
                qualifierKeys.append(nested.entry.key)
                j += nested.length
            } else if j > headEnd, context.isPluralWrittenApart(j), isQualifier(j - 1) && institutionHead(at: j - 1) == nil || j - 1 == headEnd {
                // «گروه هتل هاي پارس», «دفتر آسيب هاي اجتماعي»: a plural ending written apart is the word before it
                // (after a nested head it names many bodies, «… كميسيون هاي مربوط», unless they are the members of the
                // first one: «اتحاديه شركت هاي …»).
                qualifierKeys.append(context.key(j))
                j += 1
                continue
            } else if context.isAnd(j) || context.isComma(j), j + 1 < end, isQualifier(j + 1) || j > headEnd && isPluralFieldWord(j + 1),
                      institutionHead(at: j + 1) == nil,
                      // «دولت و ملت ایران», «شهرداری و موافقت سازمان …»: «و» right after a one-word head written out
                      // coordinates two nouns, not two words of one name (a longer head may go on: «دانشگاه علوم پزشکی و …»).
                      !(context.isAnd(j) && j == headEnd && head.length == 1 && !implied),
                      context.matchLength(.namedInstitutions, at: j + 1) == nil,
                      // «رئیس دفتر امور مناطق محروم و کریمی استاندار کرمان»: a word or two right before an office's head
                      // are the next list item's name, not words of this body.
                      !opensNameBeforeOffice(at: j + 1, end: end) {
                // «بانک پارسیان و فولاد مبارکه»: «و» before a listed institution coordinates two bodies.
                // «اتاق بازرگانی، صنایع و معادن … استان کرمان»: a comma inside a name holds only if a place ends it.
                if context.isComma(j), firstComma == nil { firstComma = j }
                j += 1
                continue
            } else if j > headEnd, isHyphenOfCompoundAdjective(j, end: end) {
                // «سازمان فرهنگی - هنری شهرداری تهران», «انجمن‌های علمی - دانشجویی وزارت علوم», «فدراسیون بورس‌های
                // اروپایی- آسیایی»: a hyphen between two adjectives of the field is one compound qualifier, not the phrase's end.
                j += 1
                continue
            } else if let k = splitWordEnd(at: j, end: end) {
                // «فدراسيون بين المللي بوكس»: a word Hamshahri writes in two, its first part a stop word, is the one
                // qualifier the Fars text writes with a ZWNJ («بین‌المللی»), and counts as one word.
                qualifierKeys.append((j..<k).map { context.key($0) }.joined())
                splitWords += k - j - 1
                j = k
            } else if isNamePartStopWord(j) {
                // «ستاد اقامه نماز جمعه کرمان»: the weekday after «نماز» is a word of the body's name.
                qualifierKeys.append(context.key(j))
                j += 1
            } else if isQualifier(j) || isPluralFieldWord(j) && (j > headEnd || !implied && context.isGluedPlural(j)) {
                // «دفتر مجامع، تشکل‌ها و فعالیت‌های فرهنگی وزارت …», «مرکز فناوری اطلاعات و رسانه‌های دیجیتال وزارت …»: a
                // plural after the head's first word is a word of the unit's field. As with any run of qualifiers, the
                // phrase is a body of its own only when a place, an eponym or a parent body ends it (dev split: 2 more
                // roles and 1 more institution right; 850 random corpus articles: 12 changed records, 9 read right).
                qualifierKeys.append(context.key(j))
                j += 1
            } else {
                break
            }
            steps += 1
        }
        // A comma inside a name opens a list that «و» closes («اتاق بازرگانی، صنایع و معادن …»); with no «و»
        // after it the comma ends the name («فدراسیون بوکس، ناکامی مشت‌زنان ایران»).
        if let comma = firstComma, !(comma..<j).contains(where: { context.isAnd($0) }) {
            j = comma; place = nil; eponymEnd = nil; parent = nil
        }
        if implied, qualifierKeys.isEmpty { return nil }
        // Past `institution-words` only a field of open words: a body's head or a parent body there is a body the
        // text names verbatim («مدیرکل امور مالی سازمان بیمه و خدمات درمانی کشور», «… معاونت شهرسازی و معماری شهرداری
        // تهران»), which the institution reader keeps as a mention of its own.
        if implied, steps >= context.limits.institutionWords, readNestedHead || parent != nil { return nil }
        if let parent {
            let key = PersianNormalizer.key(head.entry["canonical"] ?? head.entry.surface) + qualifierKeys.joined() + "/" + parent.key
            return event(InstitutionSpan(tokens: i..<j, name: shown(context.text(tokens: i..<j)), key: key, gloss: head.entry["gloss"] ?? "",
                                   complete: true, implied: implied, place: parent.place, rule: RuleID.institutionHeadParent.rawValue, source: head.entry.source), head.entry)
        }
        if place == nil, eponymEnd == nil, let comma = firstComma { j = comma }
        // A coordination cut short by the bound leaves no dangling «و».
        // Nor a preposition of a nested head with nothing after it («ستاد مبارزه با» + a number): «و», «با», «از» are stop words.
        while j > headEnd, place == nil, eponymEnd == nil, isDanglingStop(j - 1) { j -= 1 }
        let canonical = PersianNormalizer.key(head.entry["canonical"] ?? head.entry.surface)
        let qualifiers = qualifierKeys.joined()
        // «سفارت ترکیه در تهران»: the city or country after «در» where a mission (`seat=in`) sits is part of its name.
        var seatKey = ""
        if !implied, head.entry["seat"] == "in", let country = place, country.level == "country", !country.deictic, j + 1 < end,
           context.isKey(j, "در") {
            if let seat = places.place(at: j + 1), !seat.deictic {
                seatKey = "@" + seat.key(level: nil)
                j = seat.tokens.upperBound
            } else if context.match(.namedInstitutions, at: j + 1)?.entry["international"] == "yes", let body = parentInstitution(at: j + 1, end: end) {
                // «نمایندگی ایران در سازمان ملل متحد»: a mission to a body of many states (named-institutions.txt
                // `international=yes`) sits at that body, which names it as a city does an embassy.
                seatKey = "@" + body.key
                j = body.tokens.upperBound
            }
        }
        if let place {
            let name = shownName(i..<j, place: place)
            let key = "\(canonical)\(qualifiers)@\(place.key(level: head.entry["level"]))\(region.map { "@" + $0.key(level: nil) } ?? "")\(seatKey)"
            return event(InstitutionSpan(tokens: i..<j, name: shown(name), key: key, gloss: head.entry["gloss"] ?? "",
                                   complete: true, implied: implied, place: place, rule: RuleID.institutionHeadPlace.rawValue, source: head.entry.source), head.entry)
        }
        if let eponymEnd {
            return event(InstitutionSpan(tokens: i..<eponymEnd, name: shown(context.text(tokens: i..<eponymEnd)), key: canonical + qualifiers,
                                   gloss: head.entry["gloss"] ?? "", complete: true, implied: implied, place: nil, rule: RuleID.institutionHeadEponym.rawValue, source: head.entry.source), head.entry)
        }
        // Without a complement the phrase is only a head and its qualifiers («فرماندهی فاتب»): enough to finish a
        // role, never an institution of its own. A run of qualifiers that ends where a phrase ends is read whole («مدیرعامل شرکت قطارهای مسافری رجاء»); one
        // cut by the bound or by a word it could not read («… خواستار افزایش قیمت …») keeps only its first words.
        let readWhole = steps < wordLimit && endsPhrase(at: j, end: end)
        var shortEnd = min(j, headEnd + (readWhole ? j - headEnd : context.limits.institutionBareWords + splitWords))
        while shortEnd > headEnd, isDanglingStop(shortEnd - 1) { shortEnd -= 1 }
        if implied {
            // «مدیرکل نوسازی», «وزیر رفاه»: the office's unit named by its field alone says which office it is (in a
            // list «با حضور فرماندار، مدیرکل نوسازی، …» it is one participant), though no institution of its own.
            // Its words are all read («وزیر فرهنگ و ارشاد», «وزیر مسکن و شهرسازی»): they name the field, not a body.
            // The run must end where a phrase ends (punctuation, a function word, a verb of speech, another office),
            // not at the bound or before a word it could not read («… ارزش های دفاع مقدس …»), and hold no office.
            // Not before an auxiliary («در نشست با وزیر مسکن مطرح شد»): the last word read is then the verb's.
            guard allowsBareImplied, j > headEnd, steps < wordLimit, endsPhrase(at: j, end: end),
                  !(headEnd..<j).contains(where: { context.matchLength(.roleHeads, at: $0) != nil }) else { return nil }
            return InstitutionSpan(tokens: i..<j, name: shown(context.text(tokens: i..<j)),
                                   key: canonical + (headEnd..<j).map { context.key($0) }.filter { $0 != "و" }.joined(), gloss: head.entry["gloss"] ?? "",
                                   complete: false, implied: true, place: nil, rule: RuleID.institutionHead.rawValue,
                                   completesRole: true, source: head.entry.source)
        }
        // `bare=always` («فرهنگسرای بهمن»): the body's name is the one word after the head, whatever the run read after it.
        // A month or a given name the qualifier reader stops at («فرهنگسرای بهمن», «فرهنگسرای بانو») is that name too.
        if head.entry["bare"] == "always", splitWords == 0, shortEnd > headEnd + 1
            || shortEnd == headEnd && headEnd < end && context.isWord(headEnd) && !context.isStopWord(headEnd) { shortEnd = headEnd + 1 }
        let key = canonical + (headEnd..<shortEnd).map { context.key($0) }.joined()
        if isBareName(head.entry, at: i, from: headEnd, to: shortEnd, readWhole: readWhole, end: end, splitWords: splitWords) {
            return event(InstitutionSpan(tokens: i..<shortEnd, name: context.text(tokens: i..<shortEnd), key: key, gloss: head.entry["gloss"] ?? "",
                                   complete: true, implied: false, place: nil, rule: RuleID.institutionHeadName.rawValue, source: head.entry.source), head.entry)
        }
        return InstitutionSpan(tokens: i..<shortEnd, name: context.text(tokens: i..<shortEnd), key: key,
                               gloss: head.entry["gloss"] ?? "", complete: false, implied: false, place: nil, rule: RuleID.institutionHead.rawValue,
                               completesRole: shortEnd == headEnd && head.entry["completes"] == "yes",
                               readWhole: readWhole && shortEnd == j && shortEnd > headEnd, source: head.entry.source)
    }

    /// «رئیس انجمن بازیگران خانه تئاتر», «مدیرعامل شرکت قطارهای مسافری رجاء», «رئیس سازمان مدارس غیردولتی و
    /// مشارکت‌های مردمی»: a head and its qualifiers, the complement of an office, read to where the phrase plainly
    /// ends, is the body the office belongs to, though no place, eponym or listed name completes it: the office
    /// vouches for it, as it does for a bare name of one or two words (`institution.head-name`). The role keeps its
    /// key and its incomplete complement; only the record's institutions gain the body (MentionScanner).
    /// The phrase ends before punctuation, a verb of speech or a function word, but not before «و» that goes on with the
    /// name («شورای ترویج فرهنگ ایثار [و شهادت]»), «در» and a place or a body, its seat or parent («اداره مذاکرات [در سازمان …]»)
    /// or a number («کمیته برگزاری مسابقات جام جهانی [2006]»), «خود» or a quoted name, nor at the sentence's end (the last
    /// word may be the verb's).
    /// Nor before the sentence's final mark or a colon, where the last words read are most often a verb's («سرپرست تیم ملی
    /// بودم.», «استاد دانشگاه شریف اعتقاد دارد:»). A head with no `bare=` («ستاد», «گروه», «فرماندهی») needs two words
    /// after it: with one it is a unit with no name («فرماندهی فاتب», «یگان اجرائیات»). Not a head `mention=in-role`
    /// («تیم ملی …» is a side, and its qualifiers run into verbs: «سرمربی تیم ملی اقدام نکند»), nor `mention=event` (a
    /// festival), nor `completes=yes` («نماینده مجلس خواستار …»), nor a phrase whose last word is a head («رئیس هیات مدیره
    /// مرکز»), nor one holding a word of the head's `not-bare=` («مدیرعامل شرکت خارجی», «عضو هیات مدیره …»).
    func officeBody(_ inst: InstitutionSpan) -> InstitutionSpan? {
        guard inst.readWhole, !inst.complete, !inst.implied, inst.rule == RuleID.institutionHead.rawValue,
              let head = institutionHead(at: inst.tokens.lowerBound, allowPlural: false),
              head.entry["mention"] != "event", head.entry["completes"] != "yes",
              institutionHead(at: inst.tokens.upperBound - 1) == nil else { return nil }
        let words = (inst.tokens.lowerBound + head.length..<inst.tokens.upperBound).filter { !context.isAnd($0) }.count
        guard head.entry["mention"] != "in-role", words >= (head.entry["bare"] != nil ? 1 : 2) else { return nil }
        let j = inst.tokens.upperBound, end = context.sentenceEnd(inst.tokens.lowerBound)
        // «مدیر گروه شماره حساب شخصی خود را …»: «خود» after the run makes it a noun phrase («his own …»), no body;
        // «رهبر فراکسیون حزب مخالف «باتکیوشینا»»: a name in quotes after it is the body's name, the run its description.
        // «در» before a place or a body names the seat or the parent («دفتر طالبان در قطر»); before anything else it opens
        // an adverbial («مدیرعامل شرکت قطارهای مسافری رجاء در اظهاراتی …») and the body ends before it.
        let seat = context.isKey(j, "در") && (places.place(at: j + 1) != nil || institutionHead(at: j + 1) != nil
            || context.matchLength(.namedInstitutions, at: j + 1) != nil)
        guard j < end, context.kinds[j] != .number, !seat, !context.isKey(j, "خود"),
              !context.isPunctuation(j, "«\".!?؟:"),
              !context.isAnd(j) || opensPhrase(at: j + 1, end: end), endsBareRun(before: j),
              !holdsNotBareWord(head.entry, in: inst.tokens) else { return nil }
        var body = inst
        body.complete = true
        body.rule = RuleID.institutionOfficeBody.rawValue
        return body
    }

    /// «جشنواره فیلم کوتاه تهران»: a head `mention=event` names an event, not an organization. Its phrase completes an
    /// office («دبیر جشنواره فیلم کوتاه تهران», as an event of role-events.txt does) but is no institution of its own.
    private func event(_ span: InstitutionSpan, _ head: LexiconEntry) -> InstitutionSpan {
        guard head["mention"] == "event" else { return span }
        var s = span
        s.complete = false
        s.completesRole = true
        return s
    }

    /// «فدراسیون هندبال», «حزب بعث»: a head whose bare phrase names one body (`bare=name`) and one or two
    /// qualifiers, all read and none a head, that end before a comma, a function word or a verb of speech. Not at
    /// the sentence's end: a Persian sentence ends in its verb, so a word read last there is most often the verb's
    /// («… کمیته المپیک باشد.»); not before «و», which may coordinate the name's own words («سازمان همیاری و
    /// …» is cut short); not after «این», which points back to a body named before («این سازمان همکاری …»).
    /// A word written in two («بين المللي») counts once (`splitWords`: the extra tokens).
    private func isBareName(_ head: LexiconEntry, at i: Int, from headEnd: Int, to shortEnd: Int, readWhole: Bool, end: Int, splitWords: Int) -> Bool {
        // `bare=always`: the one word after the head is the body's own name («… در فرهنگسرای بهمن فعالیت کردیم»), whatever
        // follows it; not a word of the head's `not-bare=` («فرهنگسرای مربوطه»).
        if head["bare"] == "always" {
            return shortEnd - headEnd - splitWords == 1 && (i == 0 || !context.isDeicticDeterminer(i - 1))
                && !holdsNotBareWord(head, in: headEnd..<shortEnd)
        }
        guard head["bare"] == "name" || head["bare"] == "office", readWhole, shortEnd > headEnd,
              shortEnd - headEnd - splitWords <= context.limits.institutionBareWords,
              shortEnd < end, !context.isPunctuation(shortEnd, ".!?؟"), !context.isAnd(shortEnd) || opensPhrase(at: shortEnd + 1, end: end),
              i == 0 || !context.isDeicticDeterminer(i - 1),
              !(headEnd..<shortEnd).contains(where: { context.isAnd($0) || institutionHead(at: $0) != nil }) else { return false }
        return !holdsNotBareWord(head, in: headEnd..<shortEnd) && endsBareRun(before: shortEnd)
    }

    /// True when a word of the head's `not-bare=` stands in `range`: «شرکت کنندگان», «شرکت مذکور», «شرکت خارجی» make
    /// the head a verbal or a generic noun, «هیئت مدیره» a board every body has; no body's name either way
    /// (`isBareName`, `officeBody`).
    private func holdsNotBareWord(_ head: LexiconEntry, in range: Range<Int>) -> Bool {
        guard let words = head["not-bare"] else { return false }
        let keys = Set(words.split(separator: ",").map { PersianNormalizer.key(String($0)) })
        return range.contains { keys.contains(context.key($0)) }
    }

    /// True when a run of a head's qualifiers read as a name may end before token `t`: no word there (punctuation, the
    /// text's end), a function word that is no auxiliary (the last word read would be the verb's), or a verb of speech
    /// (`isBareName`, `officeBody`).
    private func endsBareRun(before t: Int) -> Bool {
        !context.isWord(t) || isPhraseStop(t) && !context.isAuxiliary(t) || context.matchLength(.speechVerbs, at: t) != nil
    }

    /// True when the stop word at `j` is a word of a body's name: it stands right after a word its entry lists in
    /// stop-words.txt `in-name-after=` («جمعه», the weekday, after «نماز» or «ائمه»: «ستاد اقامه نماز جمعه»,
    /// «دفتر امام جمعه کرمان»). Only the phrase reader asks: to the name reader «جمعه» stays a stop word
    /// (it is also a given name, and «امام جمعه» is an office, not «امام» and a name).
    func isNamePartStopWord(_ j: Int) -> Bool {
        guard j > 0, context.isStopWord(j), context.isWord(j - 1), let entry = context.rules.entry(.stopWords, key: context.key(j)) else { return false }
        return entry.lists("in-name-after", key: context.key(j - 1))
    }

    /// A stop word that ends an institution or role phrase: every stop word but one inside a body's name.
    private func isPhraseStop(_ j: Int) -> Bool { context.isStopWord(j) && !isNamePartStopWord(j) }

    /// A stop word a phrase cannot end on: a phrase stop, or a preposition of a body's name (stop-words.txt `object=yes`)
    /// with its object cut off («رئیس انجمن مبارزه با» where a bare run stops at its bound).
    private func isDanglingStop(_ j: Int) -> Bool {
        isPhraseStop(j) || context.isStopWord(j) && context.rules.entry(.stopWords, key: context.key(j))?["object"] == "yes"
    }

    /// The end of a word written in two whose first part is a stop word (stop-words.txt `joins=`: «بین» before
    /// «المللی» is «بین‌المللی», written apart 94 times after a body's head in the two dev corpora, 61 of them in Hamshahri).
    func splitWordEnd(at j: Int, end: Int) -> Int? {
        guard j + 1 < end, let entry = context.rules.entry(.stopWords, key: context.key(j)) else { return nil }
        return entry.lists("joins", key: context.key(j + 1)) ? j + 2 : nil
    }

    /// True when an office or a named body opens at `j` (after «و»): «سرپرست سازمان اوقاف و نماینده ولی فقیه»,
    /// «بین کمیته المپیک و فدراسیون» coordinate two phrases, not two words of one name.
    private func opensPhrase(at j: Int, end: Int) -> Bool {
        // Of the heads only those `bare=name` («فدراسیون», «کمیته»): «خانه», «گروه» are everyday nouns as often as
        // bodies («… هستند و خانه هایشان …»).
        j < end && (context.matchLength(.roleHeads, at: j) != nil || context.matchLength(.namedInstitutions, at: j) != nil
            || institutionHead(at: j).map { $0.entry["bare"] == "name" } == true)
    }

    /// True when a phrase may end before token `j`: the sentence's end, punctuation, a function word (not an
    /// auxiliary: «با وزیر مسکن مطرح شد»), a verb of speech or another office.
    private func endsPhrase(at j: Int, end: Int) -> Bool {
        j >= end || !context.isWord(j) || isPhraseStop(j) && !context.isAuxiliary(j) || context.matchLength(.speechVerbs, at: j) != nil
            || context.matchLength(.speechParticiples, at: j) != nil || context.matchLength(.roleHeads, at: j) != nil
            || opensMeetingVerb(at: j)
    }

    /// «استاندار با مدیرکل بهزیستی دیدار کرد»: a meeting verb (a trigger of meeting-frames.txt right before a light
    /// verb or «و»: «دیدار کرد», «دیدار و گفت‌وگو کرد», «ملاقات کردند») ends the office's field as a verb of speech does.
    private func opensMeetingVerb(at j: Int) -> Bool {
        guard let n = context.matchLength(.meetingTriggers, at: j) else { return false }
        // A trigger of two words or more holds its verb («دیدار کرد», «دیدار و گفت‌وگو کرد»).
        if n > 1 && context.isAuxiliary(j + n - 1) { return true }
        guard j + n < context.sentenceEnd(j) else { return false }
        return context.isAnd(j + n) || context.isAuxiliary(j + n)
    }

    /// True when a head takes the place as its complement: `place=country` a country or the nation only («دولت
    /// آمریکا», never a province's «دولت»), `place=local` a province, county or city only («پتروشیمی اراک»; «پتروشیمی
    /// ایران» is the industry, no company).
    private func takesPlace(_ head: LexiconEntry, _ p: PlaceSpan) -> Bool {
        let national = p.level == "country" || p.level == "national"
        switch head["place"] {
        case "country": return national
        case "local": return !national
        default: return true
        }
    }

    /// The body a unit belongs to, right after the unit's name: a listed institution, or a head marked
    /// `completes=yes` (the bare «مجلس» is the parliament) when no qualifier follows it.
    private func parentInstitution(at j: Int, end: Int, openWordEndsHouse: Bool = false) -> InstitutionSpan? {
        guard j < end else { return nil }
        if context.matchLength(.namedInstitutions, at: j) != nil { return institution(at: j) }
        if let h = context.match(.institutionHeads, at: j), h.entry["completes"] == "yes" {
            // «مجلس نمایندگان آمریکا» is a body of its own; the bare «مجلس» followed by no qualifier is the parliament.
            if let inst = institution(at: j), inst.complete { return inst }
            let k = j + h.length
            // «… رئیس کمیسیون برنامه و بودجه مجلس گفتگو کرده ایم»: a word before a light verb is the verb's, not the body's.
            // «کمیسیون فرهنگی مجلس پیشنهاد …», «… مجلس اعلام کرده است»: nor, after a unit (`openWordEndsHouse`), is an
            // open word that names no other house (`namesAnotherHouse`); the houses that go on after «مجلس» are listed heads («مجلس نمایندگان», «مجلس
            // سنا») or a place («مجلس بحرین»), read above as complete. In the two dev corpora 25 of the 362 units of the
            // parliament («کمیسیون/کمیته/مرکز … مجلس») had an open word after «مجلس» and were lost with it.
            guard k >= end || !isQualifier(k) || k + 1 < end && context.isAuxiliary(k + 1) || openWordEndsHouse && !namesAnotherHouse(k, after: h.entry) else { return nil }
            return InstitutionSpan(tokens: j..<k, name: context.text(tokens: j..<k), key: PersianNormalizer.key(h.entry["canonical"] ?? h.entry.surface),
                                   gloss: h.entry["gloss"] ?? "", complete: true, implied: false, place: nil, rule: RuleID.institutionHead.rawValue, source: h.entry.source)
        }
        return nil
    }

    /// True when a name stands at `k` right before a role head: the name of a «NAME OFFICE» list item. The name is a
    /// surname of surnames.txt or public-figures.txt, or a given name and one more name word («… و کریمی استاندار کرمان»,
    /// «… و وینگو بگوویچ سرمربی …»); a field's words («… و امور علمی وزیر …») are none.
    private func opensNameBeforeOffice(at k: Int, end: Int) -> Bool {
        func head(at h: Int) -> Bool {
            guard h < end, let m = context.match(.roleHeads, at: h) else { return false }
            return m.entry["adjective"] != "yes"
        }
        guard context.isNameWord(k), !context.isStopWord(k), institutionHead(at: k) == nil else { return false }
        if (context.lists(.surnames, k) || context.lists(.publicFigures, k)) && !context.isCommonWordSurname(k), head(at: k + 1) { return true }
        if let g = context.match(.givenNames, at: k), g.entry["ambiguous"] != "yes", k + g.length < end,
           context.isNameWord(k + g.length), !context.isStopWord(k + g.length), head(at: k + g.length + 1) { return true }
        return false
    }

    /// Whether the word at `k`, right after a bare «مجلس» (`head`), may go on to name a house other than the parliament: a
    /// place, a body's head or a listed body («مجلس ملی افغانستان», «مجلس اعلای …»), a number, or a word the head's own
    /// `qualifiers=` lists (a term's ordinal: «مجلس ششم»).
    private func namesAnotherHouse(_ k: Int, after head: LexiconEntry) -> Bool {
        context.kinds[k] == .number || context.isPlaceName(k) || institutionHead(at: k) != nil
            || context.matchLength(.namedInstitutions, at: k) != nil || context.matchLength(.roleModifiers, at: k) != nil
            || takesQualifier(head, at: k)
    }

    /// True when `head` lists the word at `k` among its `qualifiers=` (institution-heads.txt: the only words that may
    /// qualify it, «مجلس شورای ملی», «مجلس هفتم»).
    private func takesQualifier(_ head: LexiconEntry, at k: Int) -> Bool {
        head.lists("qualifiers", key: context.key(k))
    }

    /// The end of a leader's name that names a government after a head `eponym=no` («دولت بوش», «دولت جرج بوش»):
    /// a public figure not marked `ambiguous=yes`, alone or after a given name, the sentence going on after it.
    func leaderEnd(at j: Int, end: Int) -> Int? {
        let k = j + (context.matchLength(.givenNames, at: j) ?? 0)
        guard k < end, let m = context.match(.publicFigures, at: k), m.entry["ambiguous"] != "yes", k + m.length <= end,
              (j..<(k + m.length)).allSatisfy({ context.isNameWord($0) }) else { return nil }
        return k + m.length
    }

    /// The end of an eponym name after its prefix: one or two words and an optional «(ع)».
    private func eponym(at start: Int, end: Int) -> Int? {
        var k = start
        while k < end, k < start + context.limits.eponymWords, context.isWord(k), !context.isStopWord(k), institutionHead(at: k) == nil,
              context.matchLength(.roleHeads, at: k) == nil, context.matchLength(.speechVerbs, at: k) == nil {
            k += 1
        }
        guard k > start else { return nil }
        // «در دانشگاه علوم پزشکی شهید بهشتی برگزار شد», «به بیمارستان … شهید مطهری منتقل شده»: a second word right
        // before an auxiliary is the noun of the light verb, not the eponym's (15 times in the two dev corpora).
        if k - start > 1, k < end, context.isAuxiliary(k) { k -= 1 }
        // «(ع)», «(ره)», «(س)»: a blessing in brackets belongs to the name.
        return blessingEnd(at: k, end: end) ?? k
    }

    /// The end of a holy name written without an eponym's prefix, one to three words then a blessing in brackets
    /// («مهدی موعود(عج)», «ولیعصر(عج)», «الجواد (ع)»): the blessing is said of the Prophet, the Imams and the saints
    /// alone, so the words before it name whom a body is named for, never a person taking part (82 sentences of the two
    /// dev corpora write such a name after a body's head, most of them with a prefix the eponym rule already reads).
    private func blessedEponymEnd(at j: Int, end: Int) -> Int? {
        var k = j
        while k < end, k < j + 3, context.isWord(k), !context.isStopWord(k), institutionHead(at: k) == nil,
              context.matchLength(.roleHeads, at: k) == nil {
            k += 1
            // blessings.txt: an acronym in brackets («(سیا)», «(اکو)») is no blessing.
            if let b = blessingEnd(at: k, end: end), context.lists(.blessings, k + 1) { return b }
        }
        return nil
    }

    /// The end of a blessing in brackets at `k` («(ره)», «(ع)», «(س)»: a word of three letters at most between
    /// brackets), which belongs to the name before it; nil when none is written there.
    private func blessingEnd(at k: Int, end: Int) -> Int? {
        guard k + 2 < end, context.token(k).normalized == "(", context.isWord(k + 1), context.key(k + 1).count <= 3,
              context.token(k + 2).normalized == ")" else { return nil }
        return k + 3
    }

    /// Role modifiers at `i` («امور عمرانی», «نهم», «اقتصادی و اجتماعی»); returns the end.
    func modifiers(from i: Int, end: Int) -> Int {
        var j = i
        var count = 0
        while j < end, count < context.limits.roleModifiers {
            if let m = context.matchLength(.roleModifiers, at: j) {
                j += m
            } else if context.isAnd(j) || context.isComma(j), j + 1 < end, let m = context.match(.roleModifiers, at: j + 1),
                      m.entry["ordinal"] != "yes" {
                j += 1 + m.length
            } else {
                break
            }
            count += 1
        }
        return j
    }

    /// A role phrase at `i`. `depth` bounds nested roles («معاون … استاندار کرمان»). `given` reads the words at `i` as
    /// that head instead of looking one up (a plural that names an office, `pluralOffice(of:)`).
    func role(at i: Int, depth: Int = 0, head given: (length: Int, entry: LexiconEntry)? = nil) -> RoleSpan? {
        guard depth < context.limits.roleDepth, i < context.tokenCount, context.isContent[i], var head = given ?? context.match(.roleHeads, at: i) else { return nil }
        // «کشورهای عضو سازمان …»: after a plural noun an adjectival head (`adjective=yes`) describes it, no office.
        // «منطقه‌ای» ends in the same letters once its ZWNJ is dropped, so the written form decides.
        if head.entry["adjective"] == "yes", i > 0, context.key(i - 1).hasKeySuffix("های"),
           !context.token(i - 1).normalized.hasKeySuffix("\u{200C}ای") { return nil }
        // «دفتر مقام معظم رهبری»: an office with a listed holder (`holder=`) after a body's head names the body, no person.
        if head.entry["holder"] != nil, i > 0, institutionHead(at: i - 1) != nil { return nil }
        let end = context.sentenceEnd(i)
        // «دبیر شورای عالی امنیت ملی»: a listed institution that starts inside a long head and runs past it
        // wins, and the head is the shorter entry before it («دبیر», not «دبیر شورا»).
        for k in (i + 1)..<(i + head.length) {
            guard let n = context.matchLength(.namedInstitutions, at: k), k + n > i + head.length,
                  let shorter = context.rules.entry(.roleHeads, key: (i..<k).map { context.key($0) }.joined()) else { continue }
            head = (k - i, shorter)
            break
        }
        let headEnd = i + head.length
        // «رئیس جدید سازمان …»: a marker of a new holder (`new=yes`) stays in the phrase, out of the key.
        var modifierStart = headEnd
        if let n = tenureMarker(at: headEnd, end: end), n.isNew { modifierStart += n.length }
        var j = modifiers(from: modifierStart, end: end)
        // «وزیر بهداشت», «وزیر اطلاعات»: a minister's field that is also a modifier of other offices («معاون بهداشت
        // دانشگاه …») names the ministry the head implies when that reading covers the modifiers; read as a
        // modifier it left the office without a complement and the minister without a role.
        if j > modifierStart, let implied = impliedNamedInstitution(of: head.entry, at: modifierStart, end: end),
           implied.tokens.upperBound >= j {
            j = modifierStart
        }
        let modifierKeys = (modifierStart..<j).map { context.key($0) }.filter { $0 != "و" }.joined()
        var former = false
        if let f = tenureMarker(at: j, end: end) { former = former || !f.isNew; j += f.length }
        var complement: RoleComplement?
        var qualifierKeys = ""
        if head.entry["complement"] == "nationality" {
            // «همتای آلمانی خود»: a counterpart is one office only with the country its adjective names.
            guard let p = nationality(at: j, end: end) else { return nil }
            complement = .place(p)
        } else if j < end {
            if j == headEnd, let p = countryInsideHead(i: i, headEnd: headEnd) {
                // «رئیس جمهوری خلق چین»: the head's last word opens the country's written name («جمهوری خلق چین»).
                complement = .place(p)
            } else if let implied = impliedNamedInstitution(of: head.entry, at: j, end: end) {
                complement = .institution(implied)
            } else if head.entry["standalone"] != "yes", let r = role(at: j, depth: depth + 1), r.complete || r.isBareLocalOffice {
                // A complete office takes no office after it: «بخشدار مرکزی رئیس اداره ورزش» is two people of a list.
                // «معاون فرماندار»: the deputy of the local governor the article is about is one office.
                complement = .role(r)
            } else if let inst = institution(at: j) {
                // «دبیر جشنواره گفت»: a bare head that names an event too (role-events.txt) is the article's event.
                let event = !inst.complete && inst.tokens.count == 1 && head.entry["standalone"] != "yes" ? eventBody(at: j, end: end) : nil
                complement = .institution(event ?? inst)
            } else if let p = places.place(at: j, allowBarePrefix: true), p.level != "national" || j > modifierStart && p.prefix == nil && p.tokens.count == 1 {
                // «معاون گردشگری کشور آمار سفرها را اعلام کرد»: after a field the bare «کشور» says the office is the
                // nation's, whatever follows it (the speaker-office reader took it only right before a verb of speech).
                complement = .place(p)
            } else if let inst = demonstrativeInstitution(at: j, end: end, before: i) {
                // «دبیرکل این ستاد»: the office of the institution of that head the article named last.
                complement = .institution(inst)
            } else if let p = ambiguousPlace(of: head.entry, at: j) {
                // «استاندار فارس», «نماینده مردم آمل»: a place name that is also a word, where the office expects a place.
                complement = .place(p)
            } else if let p = ambiguousCountry(at: j) {
                complement = .place(p)
            } else if let name = head.entry["institution"], let implied = context.rules.entry(.institutionHeads, key: PersianNormalizer.key(name)),
                      let inst = institution(at: j, impliedHead: implied, allowsBareImplied: head.entry["level"] == nil) {
                // «مدیرکل اوقاف و امور خیریه مازندران»: the office's unit, named without its head.
                complement = .institution(inst)
            } else if head.entry["standalone"] != "yes", let unit = context.match(.bodyUnits, at: j),
                      let body = unitBody(at: j + unit.length, end: end, before: i) {
                // «مدیر روابط عمومی شرکت پخش و پالایش», «مدیر روابط عمومی جشنواره فیلم فجر», «… روابط عمومی این مرکز»: a
                // unit every body has (body-units.txt) between the office and its body is read through, and the body
                // read as it is right after a head; the unit's words stay in the key («مدیر روابط عمومی X» is no «مدیر X»).
                qualifierKeys = (j..<(j + unit.length)).map { context.key($0) }.joined()
                j += unit.length
                complement = .institution(body)
            } else if head.entry["standalone"] != "yes", let q = qualifiedComplement(at: j, end: end, afterModifiers: j > modifierStart, posted: head.entry["posted"] == "yes") {
                // A complete office («رئیس جمهوری») keeps its key: «… اسلامی ایران» after it would split one holder in two.
                // «معاون حمل و نقل و ترافیک شهرداری تهران»: the office's field in open words before its body.
                qualifierKeys = (j..<q.start).filter { !context.isPunctuation($0, "،,") }.map { context.key($0) }.filter { $0 != "و" }.joined()
                complement = q.complement
            } else if head.entry["standalone"] != "yes", let body = eventBody(at: j, end: end) {
                // «دبیر این کنفرانس», «رییس این کمیته», «دبیر علمی همایش»: the event, project or body the article is about.
                complement = .institution(body)
            }
        }
        var complementKey = ""
        var deictic = false
        var resolved = context.text(tokens: i..<j)
        switch complement {
        case .role(let r):
            complementKey = r.key; deictic = r.deictic; j = r.tokens.upperBound
            resolved += " " + r.resolvedText
        case .institution(let inst):
            let demonstrative = inst.rule == RuleID.institutionDemonstrative.rawValue
            let event = inst.rule == RuleID.roleEventBody.rawValue
            complementKey = inst.key; deictic = demonstrative || event || (inst.place?.deictic ?? false); j = inst.tokens.upperBound
            resolved += " " + (inst.implied && !demonstrative ? context.text(tokens: inst.tokens) : inst.name)
        case .place(let p):
            complementKey = p.key(level: head.entry["level"]); deictic = p.deictic; j = p.tokens.upperBound
            resolved += " " + p.display
            // «شهردار منطقه 6 تهران», «مدیر ورزش بانوان منطقه 22 شهرداری تهران»: a numbered district is one of a
            // city's, named after it or after its city hall (32 «… منطقه N تهران/شهرداری» after an office in the
            // Fars and Hamshahri dev corpora). The key stays the district's: an article names the office with its city
            // once and without it after.
            if p.rule == RuleID.placeDistrictNumber.rawValue, let cityEnd = districtCity(at: j, end: end) {
                resolved += " " + context.text(tokens: j..<cityEnd)
                j = cityEnd
            }
            // «نماینده ماکو و چالدران»: a constituency of two towns coordinated with «و» is one post (not two countries).
            // «نماینده مردم تبریز، آذرشهر و اسکو در مجلس»: of three or more, a comma list that «و» closes (6 articles of
            // the two dev corpora write one, «بجنورد، مانه و سملقان، گرمه و جاجرم» the longest; round 20).
            if head.entry["posted"] == "yes", !p.deictic, p.level != "country" {
                var t = j
                var list: [(separator: String, place: PlaceSpan)] = []
                // Inside the list a county's name that is also a word («درمیان», «قدس»: `ambiguous=yes`) is the county.
                func listedPlace(at k: Int) -> PlaceSpan? {
                    if let q = places.place(at: k) { return q }
                    guard let n = places.placeName(at: k, allowAmbiguous: true) else { return nil }
                    return PlaceSpan(tokens: k..<(k + n.length), level: n.level, name: n.name, nameKey: n.key,
                                     prefix: nil, deictic: false, rule: RuleID.placeName.rawValue)
                }
                while t + 1 < end, context.isAnd(t) || context.isComma(t), let q = listedPlace(at: t + 1), !q.deictic,
                      q.level != "country", list.count < 6 {
                    list.append((context.isAnd(t) ? " و " : "، ", q))
                    t = q.tokens.upperBound
                }
                // Up to the last item «و» joins: a list the comma leaves open is no constituency («… اسکو، مسئولان …»); a
                // county whose own name holds «و» closes it too («بجنورد، مانه و سملقان»).
                while let last = list.last, last.separator != " و ", !last.place.tokens.contains(where: { context.isAnd($0) }) {
                    list.removeLast()
                }
                if list.count == 1, list[0].place.level != p.level { list = [] }
                for item in list {
                    complementKey += "+" + item.place.key(level: head.entry["level"])
                    resolved += item.separator + item.place.display
                    j = item.place.tokens.upperBound
                }
            }
        case nil: break
        }
        // «رهبر حزب مخالف «دموکراتیک اوکراین برای توسعه»», «رهبر گروه «انصارالاسلام»»: a body's head and qualifiers that
        // name no body by themselves take the body's name in quotes right after them, its closing quote the phrase's end
        // (`quotedBodyName`). Not a body named in full («رییس سازمان فرهنگ و ارتباطات اسلامی «روز مولانا» را تبریک گفت»:
        // the quotes hold the verb's object), nor before «را».
        if case .institution(let inst)? = complement, let named = quotedBodyName(inst, at: j, end: end) {
            complement = .institution(named)
            complementKey = named.key
            // The phrase runs to the closing quote, past a listed body read inside the quotes.
            let close = named.tokens.upperBound < end && context.isPunctuation(named.tokens.upperBound, "»\"”") ? named.tokens.upperBound + 1 : named.tokens.upperBound
            resolved += " " + context.text(tokens: j..<close)
            j = close
        }
        // «معاون سیاسی وزارت امور خارجه این کشور»: a deictic place the article does not resolve (a foreign
        // country, no place of that level named) still belongs to the office; it is kept in the phrase, not the key.
        // A complete office (`standalone=yes`) takes it with no complement too: «پرویز مشرف رئیس جمهور این کشور»
        // (37 articles of the two dev corpora write «این کشور» after «رئیس جمهور», «نخست وزیر» or such an office).
        if complement != nil || head.entry["standalone"] == "yes", j + 1 < end, places.place(at: j) == nil,
           let d = unresolvedDeictic(at: j, end: end) {
            j = d; deictic = true
        } else if complement == nil, modifierKeys.isEmpty, head.entry["standalone"] != "yes", let d = pronounComplement(at: j, end: end) {
            // «محمد جواد عابدینی دبیر آن خواهد بود», «پرویز پرستویی بازیگر آن نیز …»: the pronoun «آن» is the office's
            // body or work, named before; it stays in the phrase as written (`BareApposition` reads the office whole).
            j = d; deictic = true
        } else if case .institution(let inst)? = complement, inst.place == nil, j < end, places.place(at: j, allowBarePrefix: true) == nil,
                  let p = context.match(.placePrefixes, at: j), p.entry["level"] == "county" || p.entry["level"] == "province" {
            // «رئیس اداره ورزش شهرستان»: a bare «شهرستان/استان» the article does not resolve is the unit's own
            // county or province; it stays in the phrase as written.
            j += p.length; deictic = true
        }
        if let f = tenureMarker(at: j, end: end) {
            former = former || !f.isNew
            j += f.length
            // «وزیر خارجه پیشین آمریکا»: the country of a foreign office may follow the word of tenure.
            if case .institution(var inst)? = complement, inst.place == nil, j < end, let p = places.place(at: j), p.level == "country" {
                complementKey += "@" + p.key(level: nil)
                resolved += " " + p.display
                j = p.tokens.upperBound
                // «وزير امور خارجه سابق آمريكا», «وزير كشور سابق لبنان», «وزير امور خارجه جديد آلمان»: the ministry the
                // office implies is that country's too, named and keyed as «وزیر امور خارجه آمریکا» names it (9 articles
                // of the two dev corpora, test split left out, gave the foreign minister Iran's ministry). An implied
                // body only: its name is not the written text, so the country is not contiguous with it.
                if inst.implied {
                    inst.place = p
                    inst.name += " " + p.display
                    inst.key += "@" + p.key(level: nil)
                    complement = .institution(inst)
                }
            }
        }
        // «نماینده مردم اهواز در مجلس», «سفیر ایران در دمشق»: an office `posted=yes` names where it is held.
        var postText: String? = nil
        if complement != nil, head.entry["posted"] == "yes", let post = post(at: j, end: end) {
            complementKey += "@" + post.key
            postText = context.text(tokens: j..<post.end)
            resolved += " " + context.text(tokens: j..<post.end)
            j = post.end
        } else if complement == nil, head.length > 1, head.entry["posted"] == "yes", let c = postedComplement(at: j, end: end) {
            // «نماینده ولی فقیه در استان کردستان»: a head of several words holds whom the office serves; where it
            // is held is its complement (48 «نماینده ولی فقیه در …» in the Fars and Hamshahri dev corpora).
            complement = c.complement
            complementKey = "@" + c.key
            resolved += " " + context.text(tokens: j..<c.end)
            j = c.end
        }
        // «معاون وزیر نفت در امور پتروشیمی»: the affairs a deputy of another office holds (`portfolio=yes`); so too after
        // a body or a place («مشاور کنگره آمریکا در امور خاورمیانه», «مدیر ارشد شورای امنیت ملی آمریکا در امور آسیا»,
        // «نماینده ویژه آلمان در امور افغانستان»: 8 of the 47 «… در امور …» after an office in the two dev corpora).
        if complement != nil, head.entry["portfolio"] == "yes", let p = portfolio(at: j, end: end) {
            complementKey += "@" + p.key
            resolved += " " + context.text(tokens: j..<p.end)
            j = p.end
        }
        let headKey = head.entry["canonical"].map(PersianNormalizer.key) ?? head.entry.key
        let key = headKey + modifierKeys + qualifierKeys + (complementKey.isEmpty ? "" : "/" + complementKey)
        var rule = complement == nil ? RuleID.roleHead.rawValue : RuleID.roleHeadComplement.rawValue
        if case .institution(let inst)? = complement, inst.rule == RuleID.roleEventBody.rawValue { rule = inst.rule }
        return RoleSpan(tokens: i..<j, headTokens: i..<headEnd, headEntry: head.entry, modifierKey: modifierKeys, complement: complement, former: former,
                        key: key, resolvedText: resolved, deictic: deictic, rule: rule, postText: postText)
    }

    /// The body after a unit every body has (body-units.txt) that follows an office at `k`, read as a body right after
    /// an office's head is (`role(at:)`): any institution, the event a bare head of role-events.txt names, or the body
    /// «این/همین HEAD» stands for (`demonstrativeInstitution`, looked for before the office at `before`).
    private func unitBody(at k: Int, end: Int, before: Int) -> InstitutionSpan? {
        guard k < end else { return nil }
        if let inst = institution(at: k) {
            let event = !inst.complete && inst.tokens.count == 1 ? eventBody(at: k, end: end) : nil
            return event ?? inst
        }
        return demonstrativeInstitution(at: k, end: end, before: before)
    }

    /// The body `inst` (a head and its qualifiers, no body by itself) with its name in quotes right after it at `j`
    /// («حزب مخالف «باتکیوشینا»», «گروه «انصارالاسلام»»): one office's body, though no institution mention of its own
    /// (`completesRole`; the institution's boundary is the institution reader's). The quotes hold at most
    /// `quoted-title-words` words; «را» after them makes them the verb's object.
    private func quotedBodyName(_ inst: InstitutionSpan, at j: Int, end: Int) -> InstitutionSpan? {
        guard !inst.complete || inst.rule == RuleID.institutionHeadName.rawValue, !inst.implied, inst.rule != RuleID.roleEventBody.rawValue,
              inst.rule != RuleID.institutionDemonstrative.rawValue,
              inst.tokens.upperBound == j, let q = quotedTitleEnd(at: j, end: end), q >= end || !context.isKey(q, "را"),
              // «دبیر این حزب «میرزا عظیم نسیم اف»»: a name in quotes is a person's.
              context.matchLength(.givenNames, at: j + 1) == nil else { return nil }
        // «مربی تیم «بایرن مونیخ»»: a listed body in the quotes is the office's body, and stays a mention of its own.
        if let listed = institution(at: j + 1), listed.complete, listed.tokens.upperBound == q - 1 { return listed }
        var named = inst
        named.tokens = inst.tokens.lowerBound..<q
        named.name = context.text(tokens: named.tokens)
        named.key = inst.key + ":" + ((j + 1)..<(q - 1)).filter { context.isWord($0) }.map { context.key($0) }.joined()
        named.completesRole = true
        // No institution mention: the quoted name is read for the office only («حزب مخالف» read bare as a name is
        // no more a body of its own than it was).
        named.complete = false
        return named
    }

    /// A country whose written name starts with the last word of a head of several words and runs past it:
    /// «رئیس جمهوری» and «جمهوری خلق چین», «جمهوری دموکراتیک کنگو», «جمهوری چک» (countries.txt). The longer head
    /// swallowed «جمهوری», and what was left («خلق چین») named no country, so the president lost his country.
    private func countryInsideHead(i: Int, headEnd: Int) -> PlaceSpan? {
        guard headEnd - i > 1, let p = places.place(at: headEnd - 1), p.level == "country", !p.deictic,
              p.tokens.lowerBound == headEnd - 1, p.tokens.upperBound > headEnd else { return nil }
        return p
    }

    /// A body or place that completes a role after up to `role-qualifiers` open words naming the office's field
    /// («معاون بهره‌برداری مترو تهران», «مسئول روابط عمومی حوزه تهران»): a complete institution, a role that names one
    /// office, or a named place below the nation. The words are qualifiers (no stop word, given name or head; the
    /// first may be a group noun, «نماینده مردم اهواز»), «و» only between two of them; nothing is read when no
    /// such complement closes them.
    /// `afterModifiers`: the head took modifiers, so a comma at `j` goes on with their list («معاون امور بانکی،
    /// بیمه و شرکت‌های وزارت اقتصاد»); right after a bare head a comma ends the office.
    private func qualifiedComplement(at j: Int, end: Int, afterModifiers: Bool = false, posted: Bool = false) -> (start: Int, complement: RoleComplement)? {
        var k = j
        var words = 0
        // A comma between two field words opens a list that «و» must close before the body («معاون فرهنگی، اجتماعی
        // و گردشگری سازمان …»); a comma no «و» closes ends the phrase.
        var openList = false
        while k < end, words < context.limits.roleQualifiers {
            if context.isAnd(k) {
                // «معاون فرهنگی و گردشگری سازمان …»: right after the head's modifiers «و» goes on with the field.
                guard k > j || afterModifiers, k + 1 < end, isQualifier(k + 1) || isPluralFieldWord(k + 1) || isHeadAsField(k + 1, end: end) else { return nil }
                openList = false
                k += 1
                continue
            }
            // «کارشناس انجمن‌های علمی - دانشجویی وزارت علوم»: a hyphen between two adjectives of the field is one compound
            // qualifier, as in a body's name (`isHyphenOfCompoundAdjective`).
            if k > j, isHyphenOfCompoundAdjective(k, end: end) { k += 1; continue }
            if context.isPunctuation(k, "،,") {
                guard k > j || afterModifiers, k + 1 < end, isQualifier(k + 1) || isPluralFieldWord(k + 1) || isHeadAsField(k + 1, end: end) else { return nil }
                openList = true
                k += 1
                continue
            }
            // «نماینده مردم شهرستان‌های شهریار، قدس و ملارد در مجلس»: a place prefix in the plural right after «مردم» (or
            // after a posted head that holds it) opens the constituency's list of places, which the posted office reads on
            // (`role(at:)`).
            if k == j + 1 && serveWord(j) || k == j && posted,
               let listStart = [k + 1, k + 2].first(where: { $0 < end && isPluralPlacePrefix(k..<$0) }),
               let p = places.place(at: listStart), !p.deictic, p.level != "country" {
                return (listStart, .place(p))
            }
            // «نماینده مردم اهواز»: a group noun says whom the office serves.
            let serves = k == j && serveWord(k)
            var plural = false
            if let split = splitWordEnd(at: k, end: end) {
                // «معاون بين المللي سازمان …»: a word Hamshahri writes in two, its first part a stop word (`joins=`), is
                // one field word, as the institution reader takes it.
                k = split
            } else {
                // A body's head in the plural is a field too («… و شرکت‌های وزارت اقتصاد»); in the singular it names the body.
                let field = isHeadAsField(k, end: end)
                guard serves || isQualifier(k) || isPluralFieldWord(k) || field, field || institutionHead(at: k, allowPlural: false) == nil,
                      context.matchLength(.roleHeads, at: k) == nil else { return nil }
                plural = !serves && !isQualifier(k)
                k += 1
                // «معاون بیماری های غیرواگیر …», «… ارزش های دفاع مقدس»: a plural ending written apart is its word's.
                if k < end, context.isPluralWrittenApart(k) { k += 1; plural = true }
                // «مسوول مطالبه گری بسیج دانشجویی»: another ending written apart (endings-apart.txt) is its word's too.
                else if k < end, context.isEndingWrittenApart(k) { k += 1 }
            }
            words += 1
            guard k < end else { return nil }
            // «نماینده مردم شهرستان‌های بجنورد، …» elsewhere: a plural right before a place names several places, a list
            // the field cannot hold (3 such phrases cut short in the two dev corpora).
            if plural, places.place(at: k) != nil { return nil }
            if openList { continue }
            if let inst = institution(at: k), inst.complete, !inst.implied { return (k, .institution(inst)) }
            if let r = role(at: k, depth: context.limits.roleDepth - 1), r.complete { return (k, .role(r)) }
            if let p = places.place(at: k), p.level != "national", !p.deictic { return (k, .place(p)) }
        }
        return nil
    }

    /// True when the word at `k` may take an ending written apart inside a body's name: an open word of the name or a
    /// place prefix («منطقه ای», «استان های»), not a body's or an office's head, a stop word or a place's name.
    private func takesEndingApart(_ k: Int) -> Bool {
        guard context.isWord(k), !context.isStopWord(k), institutionHead(at: k) == nil, context.matchLength(.roleHeads, at: k) == nil else { return false }
        if context.matchLength(.placePrefixes, at: k) == 1 { return true }
        return places.place(at: k) == nil && isQualifier(k)
    }

    /// True when a body's head stands at `k` but the word after it makes it no body (institution-heads.txt
    /// `not-before=`: «نیروی انسانی», «نیروی کار»): then it is a word of an office's field («معاون پژوهش و نیروی انسانی
    /// اداره کل …»), as the institution reader has it, and does not end the field.
    private func isHeadAsField(_ k: Int, end: Int) -> Bool {
        guard let head = institutionHead(at: k, allowPlural: false), k + head.length < end else { return false }
        return isNotBefore(head.entry, k + head.length)
    }

    /// True when the word at `next`, right after a body's head, is one of the head's `not-before=` words
    /// (institution-heads.txt): the head then names no body there.
    private func isNotBefore(_ head: LexiconEntry, _ next: Int) -> Bool { head.lists("not-before", key: context.key(next)) }

    /// True when the token at `previous`, right before a body's head, is one of the head's `not-after=` words
    /// (institution-heads.txt): the head is then counted, a common noun («پنج فرهنگسرای تهران»). Not digits: «گالری
    /// شماره 2 فرهنگسرای بهمن», a telephone number before the name.
    private func isNotAfter(_ head: LexiconEntry, _ previous: Int) -> Bool { head.lists("not-after", key: context.key(previous)) }

    /// «مردم»: the group noun right after «نماینده» that says whom the office serves (group-nouns.txt, no complement asked).
    private func serveWord(_ k: Int) -> Bool {
        context.match(.groupNouns, at: k).map { $0.length == 1 && $0.entry["complement"] == nil } == true
    }

    /// «شهرستان‌های», «شهرستان های», «شهرهای»: a place prefix (place-prefixes.txt) with an inanimate plural ending
    /// (plural-suffixes.txt), glued or apart.
    private func isPluralPlacePrefix(_ tokens: Range<Int>) -> Bool {
        let k = tokens.map { context.key($0) }.joined()
        return context.pluralSuffixes.contains { suffix, animate in
            !animate && k.hasKeySuffix(suffix) && context.rules.entry(.placePrefixes, key: String(k.dropLast(suffix.count))) != nil
        }
    }

    /// «بیماری‌های», «شرکت های»: an office's field may be a plural noun (the plural marker keeps it out of names,
    /// not out of fields: «معاون بیماری‌های غیرواگیر مرکز …», «معاون امور بانکی، بیمه و شرکت‌های وزارت …»).
    private func isPluralFieldWord(_ k: Int) -> Bool {
        context.isOpenWord(k) && context.mayEndInPluralSuffix(k) && context.matchLength(.givenNames, at: k) == nil
            && context.matchLength(.mediaHeads, at: k) == nil
    }

    /// Where an office `posted=yes` is held, after «در» at `j`: a complete institution or a named place
    /// («در مجلس», «در دمشق»). The parliament named bare counts; a bare «استان» does not.
    private func post(at j: Int, end: Int) -> (end: Int, key: String)? {
        guard j + 1 < end, context.lists(.locativePrepositions, j) else { return nil }
        if let inst = institution(at: j + 1), inst.complete || inst.completesRole { return (inst.tokens.upperBound, inst.key) }
        if let p = places.place(at: j + 1), p.level != "national", !p.deictic { return (p.tokens.upperBound, p.key(level: nil)) }
        return nil
    }

    /// «حزب دمکرات کردستان عراق», «پارلمان کردستان عراق»: a province's name (no «استان» before it) and a foreign country
    /// right after it name that country's region, so the body is the region's, not the province's.
    private func regionCountry(after p: PlaceSpan, end: Int) -> PlaceSpan? {
        let j = p.tokens.upperBound
        guard p.level == "province", !p.deictic, p.prefix == nil, j < end, let c = places.place(at: j), c.level == "country", !c.deictic,
              context.rules.entry(.countries, key: c.nameKey)?["home"] != "yes" else { return nil }
        return c
    }

    /// «شرکت کره ای» (a Korean company), «همین سازمان کره را … تبدیل کرد»: a word right after the country that makes it an
    /// adjective (an ending written apart, endings-apart.txt) or the clause's object («را»): right after a head, such a
    /// country is not the body's.
    private func endsObjectOrAdjective(after j: Int) -> Bool {
        let k = j + 1
        return k < context.tokenCount && (context.isEndingWrittenApart(k) || context.isKey(k, "را") || isAdjectiveEndingApart(k))
    }

    /// «کره ای», «حرفه ای»: the «ی» of an adjective written apart as «ای» or «ایی» at `k`.
    private func isAdjectiveEndingApart(_ k: Int) -> Bool { context.isKey(k, "ای") || context.isKey(k, "ایی") }

    /// «نخست وزیر هند», «وزیر امور خارجه چین»: a country whose name is also a common word (countries.txt
    /// `ambiguous=yes`: «هند», «چین», «مصر», «قطر», «کره») is that country right after an office (48 times after a role
    /// head or a minister's field in the Fars and Hamshahri dev corpora).
    /// With `afterBody`, only a country marked `after-body=yes` (after a body's name: «ارتش مصر», «بانک مرکزی چین»).
    private func ambiguousCountry(at j: Int, afterBody: Bool = false) -> PlaceSpan? {
        guard j < context.tokenCount, let n = places.placeName(at: j, allowAmbiguous: true), n.level == "country" else { return nil }
        if afterBody, context.rules.entry(.countries, key: context.key(j))?["after-body"] != "yes" { return nil }
        return PlaceSpan(tokens: j..<(j + n.length), level: "country", name: n.name, nameKey: n.key, prefix: nil, deictic: false,
                         rule: RuleID.placeName.rawValue)
    }

    /// The city a numbered district at `j` belongs to: a named city or a complete institution with a city place
    /// («شهرداری تهران»).
    private func districtCity(at j: Int, end: Int) -> Int? {
        guard j < end else { return nil }
        if let inst = institution(at: j), inst.complete, let p = inst.place, p.level == "city" || p.level == "any" || p.level == "metro" {
            return inst.tokens.upperBound
        }
        if let p = places.place(at: j), !p.deictic, p.prefix == nil, p.level == "city" || p.level == "any" || p.level == "metro" {
            return p.tokens.upperBound
        }
        return nil
    }

    /// `post(at:end:)` as the complement of a head that has none: a complete institution or a named place after «در».
    private func postedComplement(at j: Int, end: Int) -> (end: Int, key: String, complement: RoleComplement)? {
        guard j + 1 < end, context.lists(.locativePrepositions, j) else { return nil }
        if let inst = institution(at: j + 1), inst.complete { return (inst.tokens.upperBound, inst.key, .institution(inst)) }
        if let p = places.place(at: j + 1), p.level != "national", !p.deictic { return (p.tokens.upperBound, p.key(level: nil), .place(p)) }
        // «نماینده ولی فقیه در استان», «… در این استان»: the province (or county) the article is about, «استان» written
        // bare or after «این»; read as the article's named place, so it is the same office as «… در استان کرمان». Left
        // unread, the office was lost and so was a coordinated office after it («… در استان و امام جمعه بوشهر»):
        // the Fars News and Hamshahri dev corpora (test split left out) write it bare 4 times in 4 articles.
        if let p = places.place(at: j + 1, allowBarePrefix: true), p.deictic, p.level != "national" {
            return (p.tokens.upperBound, p.key(level: nil), .place(p))
        }
        return nil
    }

    /// A word of tenure after a role at `j`: «سابق», «پیشین» (former) or «جدید» (`new=yes`, a new holder); also
    /// «کشورمان» (`home=yes`), the reporter's own country, and «فعلی», «کنونی» (`current=yes`), read as no former office.
    private func tenureMarker(at j: Int, end: Int) -> (length: Int, isNew: Bool)? {
        guard j < end, let m = context.match(.formerMarkers, at: j) else { return nil }
        return (m.length, m.entry["new"] == "yes" || m.entry["home"] == "yes" || m.entry["current"] == "yes")
    }

    /// A nationality adjective at `j` read as its country: a listed country and an ending of
    /// nationality-suffixes.txt («آلمانی», «آمریکایی», «لیبیایی»); irregular forms («ترک», «روس») are not read.
    private func nationality(at j: Int, end: Int) -> PlaceSpan? {
        guard j < end, context.isWord(j) else { return nil }
        var k = context.key(j)
        // «همتای پاکستانی‌اش»: a possessive glued to the adjective, the one former-markers.txt reads apart (`home=yes`).
        if let glued = context.rules[.formerMarkers].entries.first(where: { $0["home"] == "yes" && k.hasKeySuffix($0.key) && k.count > $0.key.count + 3 }) {
            k = String(k.dropLast(glued.key.count))
        }
        let suffixes = context.rules[.nationalitySuffixes].entries.map(\.key).sorted { $0.count > $1.count }
        for suffix in suffixes where k.hasSuffix(suffix) && k.count > suffix.count + 1 {
            let stem = String(k.dropLast(suffix.count))
            // «روسی», «سوری» of «روسیه», «سوریه»; «فرانسوی» of «فرانسه»: the adjective drops the country's «یه» and
            // writes its final «ه» as «و».
            guard let e = DocumentContext.countryKeys(ofNisbaStem: stem).lazy.compactMap({ self.context.rules.entry(.countries, key: $0) }).first else { continue }
            let name = e["canonical"] ?? e.surface
            return PlaceSpan(tokens: j..<(j + 1), level: "country", name: name, nameKey: PersianNormalizer.key(name),
                             prefix: nil, deictic: false, rule: RuleID.placeName.rawValue)
        }
        return nil
    }

    /// True when the hyphen at `j` joins two adjectives of a body's field («فرهنگی - هنری», «علمی - دانشجویی», «اروپایی-
    /// آسیایی»): both words end in the «ی» of an adjective and the second is a qualifier no name list holds («گروه سیاسی -
    /// احمد توکلی نماینده …» is a desk's credit before a name). Hamshahri and Fars write such a compound 93 times after a
    /// body's head in the two dev corpora (round 31).
    private func isHyphenOfCompoundAdjective(_ j: Int, end: Int) -> Bool {
        guard j > 0, j + 1 < end, context.isPunctuation(j, "-–‐"), context.isWord(j - 1), context.isWord(j + 1),
              context.key(j - 1).hasSuffix("ی"), context.key(j + 1).hasSuffix("ی"), context.key(j + 1).count >= 3,
              isQualifier(j + 1), !context.lists(.surnames, j + 1), context.matchLength(.titles, at: j + 1) == nil,
              // An inanimate plural (plural-suffixes.txt: «گروه شهری - واحدهای صنعتی …») or the ezafe «ی» after «و» («گروه
              // شهری - متروی تهران»): a desk's credit line and its story's first words, not an adjective.
              !context.pluralSuffixes.contains(where: { !$0.animate && context.key(j + 1).hasKeySuffix($0.key) }),
              !context.key(j + 1).hasSuffix("وی")
        else { return false }
        // A given name that is also an adjective («هنری», artistic and Henry) is the adjective before a body's head, a
        // place, a stop word or punctuation («فرهنگی - هنری شهرداری تهران»), not before a surname.
        guard context.matchLength(.givenNames, at: j + 1) != nil else { return true }
        let k = j + 2
        return k >= end || !context.isWord(k) || context.isStopWord(k) || institutionHead(at: k) != nil || places.place(at: k) != nil
    }

    /// The end of «آن» standing alone as a head's complement (`pronoun=yes` in stop-words.txt), or nil: it
    /// is a determiner when a word that may open a noun phrase follows it («رئیس آن سازمان»), so only a stop word, a
    /// speech verb, «نیز/هم», the future auxiliary, punctuation or the sentence's end may come next.
    private func pronounComplement(at j: Int, end: Int) -> Int? {
        guard j < end, context.match(.stopWords, at: j)?.entry["pronoun"] == "yes" else { return nil }
        let e = j + 1
        guard e < end else { return e }
        if !context.isWord(e) { return context.isPunctuation(e, "«\"“") ? nil : e }
        // A report of speech, «نیز/هم», or the bare future auxiliary («… دبیر آن خواهد بود», non-meeting-cues.txt `scope=own`).
        if context.matchLength(.speechVerbs, at: e) != nil || context.lists(.additiveParticles, e)
            || context.match(.nonMeetingCues, at: e)?.entry["scope"] == "own" { return e }
        return context.isStopWord(e) && context.matchLength(.roleHeads, at: e) == nil ? e : nil
    }

    /// The end of «این کشور», «همین استان» at `j` (a deictic determiner and a place prefix), resolved or not.
    private func unresolvedDeictic(at j: Int, end: Int) -> Int? {
        guard context.isDeicticDeterminer(j), j + 1 < end, let p = context.match(.placePrefixes, at: j + 1) else { return nil }
        return j + 1 + p.length
    }

    /// The listed institution a head's office implies with the words after it: «وزیر نیرو» is the minister
    /// of «وزارت نیرو» when `institution=وزارت` of the head and «نیرو» spell an entry of named-institutions.txt
    /// (one look-up for every head with `institution=`, no list of role phrases). A country after it makes
    /// the office a foreign one, keyed by the country («وزیر خارجه آمریکا»).
    func impliedNamedInstitution(of head: LexiconEntry, at j: Int, end: Int) -> InstitutionSpan? {
        guard let implied = head["institution"], context.isWord(j) else { return nil }
        var key = PersianNormalizer.key(implied)
        // The same key with the commas read: an entry written with its comma («اداره کل میراث فرهنگی، صنایع دستی و
        // گردشگری») keeps it in its key, so «مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری» found no entry (round 26).
        var keyWithCommas = key
        var best: (length: Int, entry: LexiconEntry)?
        // «وزیر علوم، تحقیقات و فناوری», «وزیر بهداشت، درمان و آموزش پزشکی»: the ministry's official name lists
        // its fields with a comma (148 times after «وزیر/وزارت» in the two dev corpora, test split left out,
        // scripts/count-office-shapes.py); a comma between two words is read past, out of the key, and the name
        // must still end on a word. Six words at most, as before.
        var words = 0
        var n = 0
        while words < 6, j + n < end {
            if n > 0, context.isPunctuation(j + n, "،,"), j + n + 1 < end, context.isWord(j + n + 1) {
                keyWithCommas += "،"
                n += 1
                continue
            }
            guard context.isWord(j + n) else { break }
            key += context.key(j + n)
            keyWithCommas += context.key(j + n)
            words += 1
            n += 1
            if let e = context.rules.entry(.namedInstitutions, key: key) ?? (keyWithCommas == key ? nil : context.rules.entry(.namedInstitutions, key: keyWithCommas)) {
                best = (n, e)
            }
        }
        guard let best else { return nil }
        var k = j + best.length
        var place: PlaceSpan?
        if k < end, let p = places.place(at: k) ?? ambiguousCountry(at: k), p.level == "country" { place = p; k = p.tokens.upperBound }
        // «مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان گلستان»: a province, county or city after the name makes the
        // unit that place's; the qualified-complement reader reads the two together, as it did before commas were read.
        // A capital abroad is its country («وزیر بازرگانی سنگاپور»), not a province of Iran.
        else if k < end, let p = places.place(at: k, allowBarePrefix: true), p.level != "country", p.level != "national",
                context.matchLength(.worldCapitals, at: p.tokens.lowerBound) == nil { return nil }
        let name = best.entry.surface + (place.map { " " + $0.display } ?? "")
        let key2 = (best.entry["canonical"].map(PersianNormalizer.key) ?? best.entry.key) + (place.map { "@" + $0.key(level: nil) } ?? "")
        return InstitutionSpan(tokens: j..<k, name: name, key: key2, gloss: best.entry["gloss"] ?? "",
                               complete: true, implied: true, place: place, rule: RuleID.institutionImpliedNamed.rawValue, source: best.entry.source)
    }

    /// A group of unnamed people at `i`: a group noun or a plural role head, with its complement.
    func group(at i: Int) -> GroupSpan? {
        guard i < context.tokenCount, context.isContent[i], context.isWord(i) else { return nil }
        var headEnd: Int?
        var rule = RuleID.groupNoun.rawValue
        var needsComplement = false
        if let g = context.match(.groupNouns, at: i) {
            headEnd = i + g.length
            needsComplement = g.entry["complement"] == "required"
        } else if pluralRoleHeadKey(at: i) != nil {
            headEnd = i + 1
            rule = RuleID.groupPluralRole.rawValue
        }
        guard let headEnd else { return nil }
        let end = context.sentenceEnd(i)
        var j = modifiers(from: headEnd, end: end)
        var complemented = false
        if j < end {
            if let r = role(at: j, depth: 1), r.complete {
                j = r.tokens.upperBound
                complemented = true
            } else if let inst = institution(at: j) {
                j = inst.tokens.upperBound
                complemented = true
            } else if let p = places.place(at: j, allowBarePrefix: true) {
                j = p.tokens.upperBound
                complemented = true
            } else if context.match(.groupNouns, at: i)?.entry.key.hasSuffix("از") == true, isQualifier(j) {
                j += 1
            }
        }
        if needsComplement && !complemented { return nil }
        let label = context.text(tokens: i..<j)
        return GroupSpan(tokens: i..<j, label: label, key: PersianNormalizer.key(label), rule: rule)
    }

    /// A news outlet at `i`: a listed outlet, or a media head and its name («خبرگزاری تسنیم»).
    func media(at i: Int) -> MediaSpan? {
        guard i < context.tokenCount, context.isWord(i) else { return nil }
        let end = context.sentenceEnd(i)
        var j: Int
        var rule: String
        if let m = context.match(.media, at: i), m.entry["ambiguous"] != "yes", m.entry["context"] != "required" {
            j = i + m.length
            rule = RuleID.mediaListed.rawValue
        } else if let h = context.matchLength(.mediaHeads, at: i) {
            j = i + h
            rule = RuleID.mediaHeadName.rawValue
            if j < end, let m = context.matchLength(.media, at: j) {
                j += m
            } else if j < end, let p = places.place(at: j) {
                j = p.tokens.upperBound
            } else if j < end, isQualifier(j) {
                j += 1
                if j < end, let p = places.place(at: j) { j = p.tokens.upperBound }
            } else {
                return nil
            }
        } else {
            return nil
        }
        let name = context.text(tokens: i..<j)
        return MediaSpan(tokens: i..<j, name: name, key: PersianNormalizer.key(name), rule: rule)
    }
}
