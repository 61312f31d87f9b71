/// Links the mentions of a document into people.
///
/// Stages, in order (each linear in the number of mentions or tokens):
/// 1. written names become people (`person.*`), one per identity key;
/// 2. appositions «NAME ROLE» and «ROLE، NAME» give a person a role (`coref.apposition`);
/// 3. a surname alone refers to the person with that surname whose full name is nearest before it
///    (`coref.surname`); two people sharing a surname are told apart by that nearness;
/// 4. a surname-like word introduced by a role apposition («رحیمی معاون اقتصادی …») or opening a sentence
///    that reports speech («هاشمی با قدردانی … افزود») is a person of its own (`person.surname-role`,
///    `person.surname-speaker`);
/// 5. a role phrase alone refers to the person holding that role in the article (`coref.role`); when nobody
///    holds it and it speaks, it is an unnamed person (`person.unnamed-role`);
/// 6. an unnamed role-holder who speaks and is named in one of the next sentences is that person
///    («فرماندار کرمان … گفت. علی بابایی … افزود»; the holder's own sentences between — its office again, «وی» —
///    are passed over, and a report opener with no comma yields its speaker; a holder first written in a list is read
///    again from each later sentence it speaks in), and so is a role-holder subject of a sentence whose next sentence
///    opens with a name new to the text and given no role («وزیر خارجه ترکیه … را ترک کرد. عبدالله گل
///    که …») (`coref.speaker-chain`); an unnamed role-holder who «adds» right after a named speaker given no role
///    is that speaker («علی بابایی … گفت. مدیرکل بهزیستی استان افزود») (`coref.continued-speaker`), and so is a
///    role-holder speaking right after the one sentence naming someone given no office (`coref.named-before`);
/// 7. a bare role head («استاندار ادامه داد») refers to the one holder of that head (`coref.role-head`);
/// 8. an office a headline or kicker gives and the name the lead gives, or the reverse, are one person
///    (`coref.headline-counterpart`, `coref.headline-speaker`, HeadlineCounterpart.swift);
/// 9. «وی/او/ایشان/این مقام» refer to the person the text is about: the last subject (`coref.pronoun`).
struct Coreferencer {
    let context: DocumentContext
    let found: RecognizedMentions
    let clauses: ClauseReader

    var persons: [PersonEntity] = []
    var slots: [Slot] = []
    var groupKeys: [String] = []
    var groupLabels: [String] = []
    var groupMentions: [[Range<Int>]] = []
    /// Person holding each role phrase, by role index.
    var roleOwner: [Int: Int] = [:]
    var claimed: [Bool]
    /// People holding each complete role key and each role head, kept up to date by `attach`.
    var holdersByKey: [String: [Int]] = [:]
    var holdersByHead: [String: [Int]] = [:]
    /// Role indices by their first and by their end token, for the coordination rules.
    let roleStartingAt: [Int: Int]
    let roleEndingAt: [Int: Int]
    /// Role keys as written (home country kept), by person: which holder an explicit «… ایران» was written for.
    var writtenKeys: [Int: Set<String>] = [:]
    /// People given an office by «… به عنوان ROLE معرفی شد»: the new holder the article introduces.
    var introduced: Set<Int> = []
    /// Roles with no complement written right after a name and kept as that name's office (BareApposition.swift).
    var bareAppositions: Set<Int> = []
    /// Named people by single surname key, for the surname rules.
    var bySurname: [String: Int] = [:]
    /// The first content sentence closed by a period, quote, question mark or colon (`Int.max` when none):
    /// every line of one sentence above it is a headline line (`isHeadlineLine`). Found once: asked of every
    /// sentence before it, the question cost a seventh of the extraction.
    let firstClosedSentence: Int
    /// The news items of a bulletin or roundup (`NewsItems`), nil for a text of one item: an office, a bare head, a
    /// surname or a pronoun is resolved within its item (a bare «وزیر» of one item is not the «وزیر صنایع» of another).
    let items: NewsItems?
    /// Offices of «این کشور» read as the one foreign office of the article they stand for (`deicticOffices`).
    let deicticOffice: [Int: String]

    init(context: DocumentContext, found: RecognizedMentions) {
        self.context = context
        self.found = found
        self.clauses = ClauseReader(context: context, found: found)
        self.claimed = found.claimed
        var starts: [Int: Int] = [:], ends: [Int: Int] = [:]
        for (r, role) in found.roles.enumerated() {
            starts[role.tokens.lowerBound] = starts[role.tokens.lowerBound] ?? r
            ends[role.tokens.upperBound] = ends[role.tokens.upperBound] ?? r
        }
        self.roleStartingAt = starts
        self.roleEndingAt = ends
        self.firstClosedSentence = Self.firstClosedSentence(context.text)
        let items = NewsItems(context: context)
        self.items = items.count(context.text) > 1 ? items : nil
        self.deicticOffice = Self.deicticOffices(context, roles: found.roles)
    }

    /// True when person `p` is mentioned in the news item of token `t` (always, in a text of one item): the
    /// antecedents an office, a head, a surname or a pronoun may take.
    func inItem(_ p: Int, of t: Int) -> Bool {
        guard let items else { return true }
        let item = items.item[context.sentenceOfToken[t]]
        return persons[p].mentions.contains { items.item[context.sentenceOfToken[$0.tokens.lowerBound]] == item }
    }

    /// The candidates mentioned in the news item of token `t`, else all of them: a surname or a complete office
    /// names one person across a bulletin's items too (a page repeats its headline and lead as an item of its own
    /// above the report), but among several holders the one of its own item is meant.
    func preferringItem(_ candidates: [Int], of t: Int) -> [Int] {
        let local = candidates.filter { inItem($0, of: t) }
        return local.isEmpty ? candidates : local
    }

    /// See `firstClosedSentence`: the sentence's last character that is not a space or tab closes it.
    private static func firstClosedSentence(_ text: AnalyzedText) -> Int {
        let closers: Set<Unicode.Scalar> = [".", "!", "?", "؟", "»", "\"", ":"]
        for sentence in text.sentences where sentence.isContent {
            var i = sentence.range.upperBound
            while i > sentence.range.lowerBound, Self.isSpaceOrTab(text.scalars[i - 1]) { i -= 1 }
            if i > sentence.range.lowerBound, closers.contains(text.scalars[i - 1]) { return sentence.index }
        }
        return Int.max
    }

    /// A space (Unicode's space separators, NBSP among them) or a tab: what a line's closing character is read past.
    private static func isSpaceOrTab(_ c: Unicode.Scalar) -> Bool {
        c == "\t" || c.properties.generalCategory == .spaceSeparator
    }

    // MARK: - Entry

    mutating func run() {
        addNames()
        addGroups()
        linkAppositions()
        linkSurnames()
        addSurnamePeople()
        addNamingListPeople()
        linkIntroducedRoles()
        linkSurnames()
        linkListedHolders()
        linkOfficeHolders()
        resolveRoles(headsOnly: false)
        addLeadBodySpeakers()
        chainSpeakers()
        mergeEpithets()
        mergeContinuedSpeakers()
        mergeNamedBefore()
        mergeSoleNamedSpeaker()
        nameMeetingCounterparts()
        nameHeadlineCounterparts()
        nameKickerSpeakers()
        mergeFullerOffices()
        resolveRoles(headsOnly: true)
        resolvePronouns()
        linkPluralMembers()
        slots.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
    }

    /// The live entity an index stands for after merges.
    func live(_ p: Int) -> Int {
        var p = p
        var guardCount = 0
        while let m = persons[p].mergedInto, guardCount < persons.count { p = m; guardCount += 1 }
        return p
    }

    // MARK: - Stages

    private mutating func addNames() {
        var byIdentity: [String: Int] = [:]
        // A surname alone («دکتر روحانی», «خاتمی») is the person written in full with that surname in the article,
        // wherever the full name stands: full names are read first.
        let surnameOnly = { (n: NameSpan) in n.nameTokens == n.surnameTokens }
        // Keyed by the surname's keys joined: «مسجدجامعی» written as one word is the «مسجد جامعی» of a full name.
        var fullBySurname: [String: [Int]] = [:]
        // The word keys of each person first written with a given name, for `coref.name-suffix`.
        var fullNameKeys: [Int: [String]] = [:]
        // A given name of given-names.txt not marked `ambiguous`: «اسفندیار» may open a longer writing of a name,
        // «آرمان» or «پیام» (a newspaper, a message) may not.
        let plainGivenName = { (key: String) in context.rules.entry(.givenNames, key: key).map { $0["ambiguous"] != "yes" } ?? false }
        // Surname-only names with a compound surname first, so that «مصباح» finds «مصباح یزدی» made before it.
        let bySurnameLength = found.names.filter(surnameOnly).enumerated()
            .sorted { ($0.element.surnameTokens.count, -$0.offset) > ($1.element.surnameTokens.count, -$1.offset) }.map(\.element)
        for n in found.names.filter({ !surnameOnly($0) }) + bySurnameLength {
            var start = n.nameTokens.lowerBound
            if context.lists(.lineageHonorifics, start), start + 1 < n.nameTokens.upperBound { start += 1 }
            // The mark before a surname's initial is no part of the name's identity: «مهدی.ش» and «مهدی ش.» are one
            // person (`NameRecognizer.initialSurnameEnd`).
            let keys = (start..<n.nameTokens.upperBound).filter { !context.isPunctuation($0, NameRecognizer.initialMarks) }.map { context.key($0) }
            let identity = keys.joined()
            let display = context.text(tokens: n.nameTokens)
            let p: Int
            var rule = n.rule
            let surnameKeys = n.surnameTokens.map { context.key($0) }
            if surnameOnly(n), byIdentity[identity] == nil, let full = fullBySurname[surnameKeys.joined()] {
                p = nearestBefore(n.tokens.lowerBound, among: full)
                rule = "coref.surname"
            } else if surnameOnly(n), byIdentity[identity] == nil, surnameKeys.count == 1, let compound = compoundSurnamePerson(startingWith: surnameKeys[0]) {
                p = compound
                rule = "coref.surname"
            } else if surnameOnly(n), byIdentity[identity] == nil, surnameKeys.count == 1,
                      let full = fullBySurname["ال" + surnameKeys[0]] {
                // «"عباس البياتي" … بياتي در پايان تاكيد كرد»: a listed figure's surname read alone is the Arabic surname
                // written before with its article «ال» (as `linkSurnames` reads an unlisted one; round 25). `fullBySurname`
                // holds only people written with a given name, as `linkSurnames` asks.
                p = nearestBefore(n.tokens.lowerBound, among: full)
                rule = "coref.surname"
            } else if let existing = byIdentity[identity] {
                p = existing
                if display.count > persons[p].name.count { persons[p].name = display }
            } else if !surnameOnly(n), let same = Self.nameSuffixPerson(keys, among: fullNameKeys, plainGivenName: plainGivenName) {
                // «رحیم مشایی» after «اسفندیار رحیم مشایی» (or before it): one person, written whole once.
                p = same
                rule = "coref.name-suffix"
                byIdentity[identity] = p
                if keys.count > fullNameKeys[p]!.count {
                    fullNameKeys[p] = keys
                    persons[p].name = display
                    persons[p].identityKey = identity
                    persons[p].surnameKeys = surnameKeys
                    fullBySurname[surnameKeys.joined(), default: []].append(p)
                }
            } else {
                p = persons.count
                byIdentity[identity] = p
                persons.append(PersonEntity(name: display, identityKey: identity, surnameKeys: surnameKeys, unnamed: false))
                if !surnameOnly(n) {
                    fullBySurname[surnameKeys.joined(), default: []].append(p)
                    fullNameKeys[p] = keys
                }
            }
            for t in n.titles where !persons[p].titles.contains(t) { persons[p].titles.append(t) }
            persons[p].mentions.append(EntityMention(tokens: n.tokens, rule: rule))
            slots.append(Slot(tokens: quoted(n.tokens), reference: .person(p)))
        }
    }

    /// The one person whose full name ends with the words of `keys`, or whose words `keys` ends with, both
    /// names at least two words long and the longer one's extra words plain given names («رحیم مشایی» and
    /// «اسفندیار رحیم مشایی», «شجاع پوریان» and «ولی الله شجاع پوریان»): the longer writing adds a given name before
    /// a name that already has one. Nil when no person or two people fit (then they stay apart).
    static func nameSuffixPerson(_ keys: [String], among named: [Int: [String]], plainGivenName: (String) -> Bool) -> Int? {
        guard keys.count >= 2 else { return nil }
        let fits = named.filter { _, other in
            guard other.count != keys.count, min(other.count, keys.count) >= 2 else { return false }
            let (short, long) = other.count < keys.count ? (other, keys) : (keys, other)
            return long.suffix(short.count).elementsEqual(short) && Self.givenNamesOnly(Array(long.prefix(long.count - short.count)), plainGivenName)
        }
        return fits.count == 1 ? fits.first!.key : nil
    }

    /// True when `words` are given names end to end, each of one word or of two written apart («ولی الله»,
    /// «علی اصغر»: one name of the lexicon whose key joins both words).
    static func givenNamesOnly(_ words: [String], _ plainGivenName: (String) -> Bool) -> Bool {
        var j = 0
        while j < words.count {
            if j + 1 < words.count, plainGivenName(words[j] + words[j + 1]) { j += 2 }
            else if plainGivenName(words[j]) { j += 1 }
            else { return false }
        }
        return true
    }

    /// A name's tokens with the quotes around it («با «علی عبدالله صالح» رئیس جمهوری یمن دیدار کرد»): the news
    /// quotes foreign names, and a quoted name is still the item a list or a meeting's «با» reads.
    private func quoted(_ tokens: Range<Int>) -> Range<Int> {
        guard tokens.lowerBound > 0, context.isPunctuation(tokens.lowerBound - 1, "«\"“"),
              context.isPunctuation(tokens.upperBound, "»\"”") else { return tokens }
        return (tokens.lowerBound - 1)..<(tokens.upperBound + 1)
    }

    private mutating func addGroups() {
        for g in found.groups {
            let index: Int
            if let existing = groupKeys.firstIndex(of: g.key) {
                index = existing
            } else {
                index = groupKeys.count
                groupKeys.append(g.key)
                groupLabels.append(g.label)
                groupMentions.append([])
            }
            groupMentions[index].append(g.tokens)
            slots.append(Slot(tokens: g.tokens, reference: .group(index)))
        }
    }

    mutating func attach(role r: Int, to p: Int, rule: String) {
        let p = live(p)
        roleOwner[r] = p
        let role = found.roles[r]
        persons[p].roles.append(r)
        writtenKeys[p, default: []].insert(role.key)
        let office = tenureKey(role)
        if role.complete, persons[p].roleKeys.insert(office).inserted { holdersByKey[office, default: []].append(p) }
        if persons[p].headKeys.insert(role.headKey).inserted { holdersByHead[role.headKey, default: []].append(p) }
        if rule != RuleID.corefApposition.rawValue {
            persons[p].mentions.append(EntityMention(tokens: role.tokens, rule: rule))
        }
    }

    /// «NAME ROLE», «NAME، ROLE» and «ROLE NAME», «ROLE، NAME».
    private mutating func linkAppositions() {
        var slotEndingAt: [Int: Int] = [:]
        var slotStartingAt: [Int: Int] = [:]
        // Ends of person slots that a role apposition ends («… وزیر نیرو»).
        var roleEndsOfSlots: Set<Int> = []
        for (s, slot) in slots.enumerated() {
            guard case .person = slot.reference else { continue }
            slotEndingAt[slot.tokens.upperBound] = s
            slotStartingAt[slot.tokens.lowerBound] = s
        }
        // «X، کارگردان، نویسنده و عروسک‌گردان که …»: every item of a list of trades after the name's comma is the name's.
        let trades = tradesLists(slotEndingAt: slotEndingAt)
        for (r, role) in found.roles.enumerated() {
            let start = role.tokens.lowerBound, end = role.tokens.upperBound
            var hit = slotEndingAt[start]
            // «غلامحسین الهام سخنگوی دولت رئیس جمهور را همراهی می‌کند»: after a name that already took the role before
            // it, a role with the object marker «را» is the verb's object, another person, not a second apposition.
            if hit != nil, roleEndsOfSlots.contains(start), end < context.tokenCount, context.isKey(end, "را") { hit = nil }
            var adjacent = hit != nil
            if hit == nil, start > 0, context.isComma(start - 1),
               role.complete || !roleEndsOfSlots.contains(start - 1) && slotEndingAt[start - 1].map({
                   isBareApposition(r, slotStarts: slotStartingAt, name: slots[$0].tokens, afterComma: true) }) == true {
                hit = slotEndingAt[start - 1]
                adjacent = hit != nil
            }
            // «خسرو امینی (نایب رئیس فدراسیون)»: a role in brackets right after a name is its apposition, complete or
            // not when the bracket closes right after it (95 «(» + a role head in the Fars and Hamshahri dev corpora).
            var bracketed = hit == nil && start > 0 && context.isPunctuation(start - 1, "(") && context.isPunctuation(end, ")")
            if hit == nil, start > 0, context.isPunctuation(start - 1, "-–") {
                // «ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- در گفت‌وگو با …», «قادر طراوت‌پور - شاعر و دبیر علمی کنگره … -
                // با اعلام …»: Hamshahri sets an apposition off with two dashes as with brackets («NAME- ROLE- verb»: 59
                // sentences in 51 articles of the two dev corpora, none of them read before).
                if end < context.tokenCount, context.isPunctuation(end, "-–") { bracketed = true }
                // «محمد کردبچه - مدیر کل دفتر اقتصاد کلان سازمان مدیریت و برنامه ریزی کشور در گفت‌وگو …»: one dash sets off
                // a complete office as a comma does; the closing dash may be missing or come after fields left unread.
                else if role.complete { hit = slotEndingAt[start - 1] }
                // «احمد انوري- كارشناس ارشد الكترونيك در رشته … مي گويد»: after the name that opens its clause, the one dash
                // sets off an office without complement too; the clause's subject is the name, not the office.
                else if let s = slotEndingAt[start - 1],
                        slots[s].tokens.lowerBound == clauses.subjectStart(context.text.sentences[context.sentenceOfToken[start]]) {
                    hit = s
                }
            }
            if bracketed { hit = slotEndingAt[start - 1] }
            // «"علی عبدالله صالح" رئیس جمهوری یمن», ««وانگ یی»، معاون …»: a name in quotes, the closing quote (and a
            // comma) between it and its role — how the news writes foreign names (about 300 in the two dev corpora).
            if hit == nil, role.complete {
                var q = start - 1
                if q > 0, context.isComma(q) { q -= 1 }
                if q > 0, context.isPunctuation(q, "»\"”") { hit = slotEndingAt[q] }
            }
            if hit == nil, role.complete, !followsAgentCue(start), let after = slotStartingAt[end] ?? (context.isComma(end) ? slotStartingAt[end + 1] : nil),
               !roleFollows(slots[after].tokens.upperBound),
               !(slotStartingAt[end] == after && context.isComma(slots[after].tokens.upperBound) && roleFollows(slots[after].tokens.upperBound + 1)) {
                // «رئیس جمهوری اسلامی ایران احمد چلبی، رئیس کنگره ملی عراق را به حضور پذیرفت»: a name written right
                // after an office and given its own complete office after a comma is the object of the sentence, and
                // the office before it its subject, another person (when a comma sets the name off on both sides,
                // «ROLE، NAME، ROLE2», the name stays the first office's apposition).
                hit = after
            }
            // «NAME ROLE1 و ROLE2»: a second complete role coordinated right after the first is the same person's.
            if hit == nil, start > 0, role.complete, context.isAnd(start - 1), roleEndsOfSlots.contains(start - 1) {
                hit = slotEndingAt[start - 1]
            }
            if hit == nil, let s = trades[r], roleOwner[r] == nil { hit = s; adjacent = true }
            guard let s = hit, case .person(let p) = slots[s].reference,
                  context.sentenceOfToken[slots[s].tokens.lowerBound] == context.sentenceOfToken[start] else { continue }
            // A role already joined to a name on its left is not taken by a name on its right.
            if roleOwner[r] != nil { continue }
            attach(role: r, to: p, rule: RuleID.corefApposition.rawValue)
            // «نعمت زاده معاون وزیر»: a bare head right after another role of the name is no office of its own.
            if adjacent, !roleEndsOfSlots.contains(start),
               isBareApposition(r, slotStarts: slotStartingAt, name: slots[s].tokens, afterComma: slots[s].tokens.upperBound < start) {
                bareAppositions.insert(r)
            }
            // «خسرو امینی (نایب رئیس فدراسیون)»: an office in brackets right after the name, the bracket closing right
            // after it, is that name's as written, complete or not.
            if bracketed, !role.complete, role.complement == nil || role.hasBareBodyComplement, role.headEntry["holder"] == nil {
                bareAppositions.insert(r)
            }
            // An item of a list of trades is the name's as written, complete or not (`tradesLists`).
            if trades[r] != nil, !role.complete { bareAppositions.insert(r) }
            // The closing bracket is the slot's too: a list of «NAME (ROLE)، NAME (ROLE)» reads on after it.
            let merged = min(slots[s].tokens.lowerBound, start)..<max(slots[s].tokens.upperBound, bracketed ? end + 1 : end)
            slots[s].tokens = merged
            slotEndingAt[merged.upperBound] = s
            slotStartingAt[merged.lowerBound] = s
            if merged.upperBound == end { roleEndsOfSlots.insert(end) }
        }
    }

    /// «با حکم وزیر ورزش، جمشید خیرآبادی به عنوان …»: an office right after an agent's cue (introduction-cues.txt
    /// `kind=agent`: «با حکم», «از سوی», «توسط») is the one who appoints, not an apposition of the name after it.
    private func followsAgentCue(_ start: Int) -> Bool {
        (1...2).contains { n in
            start - n >= 0 && context.match(.introductionCues, at: start - n).map { $0.length == n && $0.entry["kind"] == "agent" } == true
        }
    }

    /// «… وزیر امور خارجه فرانسه، "محمد البرادعی" رئیس آژانس …»: a complete role right after a name is that name's,
    /// so the role before the name is not its apposition too (a list of «NAME ROLE» whose first name was not read).
    private func roleFollows(_ k: Int) -> Bool {
        guard let r = roleStartingAt[k] else { return false }
        return found.roles[r].complete
    }

    /// A surname alone («علوی», «ایل سعادتمند») refers to the person whose full name is nearest before it.
    private mutating func linkSurnames() {
        // By the hash of the surname's first key (as `DocumentContext.keyHash`): every token is looked up here.
        var byFirstKey: [UInt64: [(person: Int, keys: [String])]] = [:]
        for (p, person) in persons.enumerated() where !person.unnamed && person.mergedInto == nil {
            guard let first = person.surnameKeys.first else { continue }
            // A surname written as its initial («محسن.ي», `NameRecognizer.initialSurnameEnd`) is no word to find the
            // person by: alone, the letter is Hamshahri's ezafe written apart («بالا ي سر»), a list's letter, an
            // abbreviation.
            if person.surnameKeys.count == 1, first.unicodeScalars.count == 1 { continue }
            byFirstKey[PhraseMatcher.hash(first), default: []].append((p, person.surnameKeys))
            // «ابراهیم الجعفری … جعفری گفت», «ابومصعب الزرقاوی … زرقاوی»: an Arabic surname with its article «ال» is
            // written again without it (about 20 people of the two dev corpora; round 24). Only a given name's person
            // (the identity holds more than the surname), and a stem of three letters or more.
            // Not a stem that is a given name or a word of its own («محمد الجواد», «جواد الائمه», «جیمز الروی»).
            if person.surnameKeys.count == 1, person.identityKey.count > first.count, first.hasPrefix("ال"), first.count >= 5 {
                let stem = String(first.dropFirst(2))
                if ([RuleLexicon.givenNames, .stopWords, .everydayWords, .nonNameWords, .groupNouns]).allSatisfy({ context.rules.entry($0, key: stem) == nil }) {
                    byFirstKey[PhraseMatcher.hash(stem), default: []].append((p, [stem]))
                }
            }
        }
        guard !byFirstKey.isEmpty else { return }
        // One bit per first key (its hash's low six bits): most tokens are turned away by it before the
        // dictionary, whose look-up hashes the hash again (SipHash) on every token of the article.
        let firstKeyBits = byFirstKey.keys.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
        var i = 0
        while i < context.tokenCount {
            guard context.isContent[i], !claimed[i], firstKeyBits & (1 << (context.keyHash(i) & 63)) != 0,
                  let candidates = byFirstKey[context.keyHash(i)] else { i += 1; continue }
            let fits = candidates.filter { c in
                i + c.keys.count <= context.sentenceEnd(i)
                    && c.keys.indices.allSatisfy { context.isKey(i + $0, c.keys[$0]) && !claimed[i + $0] }
            }
            guard !fits.isEmpty else { i += 1; continue }
            let p = nearestBefore(i, among: preferringItem(Array(Set(fits.map(\.person))).sorted(), of: i))
            guard let length = fits.first(where: { $0.person == p })?.keys.count else { i += 1; continue }
            if length == 1, isAdjectiveReading(i) { i += 1; continue }
            let r = i..<(i + length)
            persons[p].mentions.append(EntityMention(tokens: r, rule: RuleID.corefSurname.rawValue))
            for t in r { claimed[t] = true }
            var slotRange = r
            // «به نقل از شالوم، وزیر امور خارجه …»: a complete role after a comma is the surname's apposition too.
            let afterComma = r.upperBound < context.sentenceEnd(i) && context.isComma(r.upperBound)
            if let roleIndex = found.roles.firstIndex(where: { $0.tokens.lowerBound == r.upperBound || afterComma && $0.tokens.lowerBound == r.upperBound + 1 && $0.complete }),
               roleOwner[roleIndex] == nil {
                attach(role: roleIndex, to: p, rule: RuleID.corefApposition.rawValue)
                slotRange = r.lowerBound..<found.roles[roleIndex].tokens.upperBound
            }
            slots.append(Slot(tokens: slotRange, reference: .person(p)))
            i = r.upperBound
        }
    }

    /// True when the one-word surname at `w` reads as the adjective of the noun before it: a surname that is also
    /// an everyday word («روستایی» rural, «جهانی» world, «برزیلی» Brazilian) joined by the ezafe to a noun of its
    /// phrase («زیرساخت‌های روستایی», «بازیکنان برزیلی»). It still names the person when a report of speech or
    /// a role apposition follows at once: then it is the subject after an adverbial left without a comma
    /// («در این نشست روحانی گفت»).
    private func isAdjectiveReading(_ w: Int) -> Bool {
        guard context.followsNounByEzafe(w), context.isCommonWordSurname(w) else { return false }
        let next = w + 1
        if context.matchLength(.speechVerbs, at: next) != nil || context.matchLength(.speechParticiples, at: next) != nil { return false }
        return !found.roles.contains { $0.tokens.lowerBound == next && $0.complete }
    }

    /// Of several people, the one mentioned last before token `i` (else the first mentioned).
    private func nearestBefore(_ i: Int, among candidates: [Int]) -> Int {
        if candidates.count == 1 { return candidates[0] }
        var best: (Int, Int)?
        for p in candidates {
            let before = persons[p].mentions.map(\.tokens.lowerBound).filter { $0 < i }.max()
            if let b = before, best == nil || b > best!.1 { best = (p, b) }
        }
        if let best { return best.0 }
        return candidates.min { persons[$0].firstStart < persons[$1].firstStart } ?? candidates[0]
    }

    private func opensClause(_ w: Int) -> Bool {
        let sentenceStart = context.sentenceStart(w)
        if w == sentenceStart { return true }
        if w == clauses.subjectStart(context.text.sentences[context.sentenceOfToken[w]]) { return true }
        let prev = w - 1
        // «در جلسه‌ای که نوبخت رئیس سازمان برنامه و بودجه … داشتند»: «که» opens a clause as a comma does.
        return context.isComma(prev) || context.isAnd(prev) || context.clauseMarkerLength(at: prev) != nil
            || context.token(prev).kind == .punctuation || context.isKey(prev, "که")
    }

    mutating func newSurnamePerson(_ w: Int, rule: String) -> Int {
        let key = context.key(w)
        if let existing = bySurname[key].map(live) ?? persons.indices.first(where: { persons[$0].mergedInto == nil && !persons[$0].unnamed && persons[$0].surnameKeys == [key] })
            ?? compoundSurnamePerson(startingWith: key) {
            persons[existing].mentions.append(EntityMention(tokens: w..<(w + 1), rule: RuleID.corefSurname.rawValue))
            return existing
        }
        persons.append(PersonEntity(name: context.text(tokens: w..<(w + 1)), identityKey: key, surnameKeys: [key], unnamed: false))
        persons[persons.count - 1].mentions.append(EntityMention(tokens: w..<(w + 1), rule: rule))
        bySurname[key] = persons.count - 1
        return persons.count - 1
    }

    /// «مصباح» after «آیت‌الله مصباح یزدی»: the one person of the article whose surname is a listed compound written
    /// apart (surnames.txt or public-figures.txt, «مصباح‌یزدی») and starts with `key`; the news shortens a compound
    /// surname to its first part. Nil when no person, or more than one, has such a surname.
    ///
    /// An unlisted compound counts too when its person was written with a given name (the identity holds more than the
    /// surname: «حجت‌الاسلام والمسلمین حسینی شاهرودی» is not, «قاسم انصاری رنانی» is) and the short word is no public
    /// figure of its own («هاشمی» beside «هاشمی شاهرودی» may be Rafsanjani): «انصاری … افزود» after «قاسم انصاری رنانی»,
    /// «معتمدی، اظهار داشت» after «میترا معتمدی هروی». On the two dev corpora a one-word person whose word opens the
    /// compound surname of another person of its article was that person in about 30 of 40 (round 18).
    private func compoundSurnamePerson(startingWith key: String) -> Int? {
        let figure = context.rules.entry(.publicFigures, key: key) != nil
        let candidates = persons.indices.filter { p in
            let keys = persons[p].surnameKeys
            guard persons[p].mergedInto == nil, !persons[p].unnamed, keys.count >= 2, keys[0] == key else { return false }
            let joined = keys.joined()
            // A figure's surname («احمدی») opens another person's compound surname too when that person was written with a
            // given name and is the only one of the article whose surname it opens («محمود احمدي لاشكي … احمدي لاشكي …
            // احمدي با اشاره …»; round 25): the article calls the person it names by the first half of the surname.
            return context.rules.entry(.surnames, key: joined) != nil || context.rules.entry(.publicFigures, key: joined) != nil
                || persons[p].identityKey.count > joined.count && (!figure || !persons.indices.contains { q in
                    q != p && persons[q].mergedInto == nil && !persons[q].unnamed && persons[q].surnameKeys == [key] })
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// A surname surnames.txt lists and does not mark as an everyday word («یونسی», «ربیعی»): opening a sentence that
    /// reports speech it is the speaker, whatever word follows it («یونسی در پاسخ به این پرسش … گفت»).
    private func isListedSurname(_ w: Int) -> Bool {
        guard context.lists(.surnames, w), !context.isCommonWordSurname(w) else { return false }
        return context.rules.entry(.surnames, key: context.key(w))?["ambiguous"] != "yes"
    }

    /// «رئیس اداره مبارزه با ایدز وزارت بهداشت در این نشست … خبر داد … صداقت رییس اداره مبارزه با ایدز وزارت بهداشت با
    /// اشاره به … گفت»: a word that does not end like a surname («صداقت» is also honesty) is one when it opens a sentence
    /// that reports speech and stands right before a complete office the article wrote earlier with no name: the
    /// text names the office's holder it had called by the office alone.
    private func namesOfficeSpokenBefore(_ w: Int, role r: Int) -> Bool {
        let role = found.roles[r]
        let sentence = context.text.sentences[context.sentenceOfToken[w]]
        // Not a number («چهارده نامزد …») nor a plural in «ات» whose ezafe the office completes («اظهارات سخنگوی کرملین»).
        guard w == clauses.subjectStart(sentence), context.isNameWord(w), !context.lists(.nonNameWords, w),
              !context.lists(.districtNumbers, w), !context.key(w).hasKeySuffix("ات"),
              context.matchLength(.speechParticiples, at: role.tokens.upperBound) != nil
                || clauses.reportsSpeech(sentence, from: role.tokens.upperBound) else { return false }
        return found.roles.indices.contains { i in
            i != r && roleOwner[i] == nil && found.roles[i].key == role.key && found.roles[i].tokens.upperBound <= sentence.tokens.lowerBound
        }
    }

    /// «… موسوی لاری وزیر کشور، عارف معاون اول رئیس جمهور، …»: one word before a complete office, as an item of a list
    /// whose item before or after it is a person's name with its office, is that holder's surname though it is also a given
    /// name or an everyday word («عارف», «امید», «صفا»): the list of «surname office» items vouches for it. Not a
    /// word that names a place, a title or no name at all.
    private func isListedNameItem(_ w: Int, role: RoleSpan) -> Bool {
        guard w > 0, context.isComma(w - 1) || context.isAnd(w - 1), context.isNameWord(w), !context.lists(.nonNameWords, w),
              !context.isStopWord(w), context.matchLength(.titles, at: w) == nil, !context.isPlaceName(w) else { return false }
        let before = context.isAnd(w - 1) && w >= 2 && context.isComma(w - 2) ? w - 2 : w - 1
        let end = role.tokens.upperBound
        let after = end < context.tokenCount && (context.isComma(end) || context.isAnd(end)) ? end + 1 : nil
        // The neighbour is an item of the same shape: a person's slot that ends with that person's office.
        func endsWithOffice(_ slot: Slot) -> Bool {
            guard case .person(let p) = slot.reference, let r = roleEndingAt[slot.tokens.upperBound] else { return false }
            return roleOwner[r].map(live) == live(p)
        }
        return slots.contains { slot in
            (slot.tokens.upperBound == before || after.map { slot.tokens.lowerBound == $0 } == true) && endsWithOffice(slot)
        }
    }

    /// «رحیمی معاون اقتصادی …» and «هاشمی با قدردانی … افزود».
    private mutating func addSurnamePeople() {
        // An office with a listed holder (`holder=`) introduces no one: «خواسته‌های مقام معظم رهبری» is a noun before it.
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && role.complete && role.headEntry["holder"] == nil {
            var w = role.tokens.lowerBound - 1
            // «صالحی، مدیرکل حراست استان … گفت»: a surname opening the sentence, a comma, then its role.
            if w > 0, context.isComma(w), clauses.subjectStart(context.text.sentences[context.sentenceOfToken[w]]) == w - 1 { w -= 1 }
            guard w >= 0, context.isContent[w], !claimed[w], context.isOpenWord(w), opensClause(w) else { continue }
            guard (context.looksLikeSurname(w) || namesOfficeSpokenBefore(w, role: r)) && context.matchLength(.givenNames, at: w) == nil
                    || isListedNameItem(w, role: role) else { continue }
            let p = newSurnamePerson(w, rule: RuleID.personSurnameRole.rawValue)
            claimed[w] = true
            attach(role: r, to: p, rule: RuleID.corefApposition.rawValue)
            slots.append(Slot(tokens: w..<role.tokens.upperBound, reference: .person(p)))
        }
        addMidSentenceSurnamePeople()
        for sentence in context.text.sentences where sentence.isContent {
            let w = clauses.subjectStart(sentence)
            // A word that does not end like a surname still is one when a report of speech follows it at once.
            let participle = context.matchLength(.speechParticiples, at: w + 1) != nil || context.matchLength(.speechVerbs, at: w + 1) != nil
            guard w < sentence.tokens.upperBound - 1, !claimed[w], context.isNameWord(w), !context.lists(.nonNameWords, w),
                  participle || context.looksLikeSurname(w),
                  context.matchLength(.givenNames, at: w) == nil,
                  PlaceRecognizer.nameLexicons.allSatisfy({ context.matchLength($0.lexicon, at: w) == nil }),
                  context.followsSpeaker(w + 1) || context.matchLength(.speechVerbs, at: w + 1) != nil || isListedSurname(w),
                  let verb = clauses.speechVerb(sentence, from: w + 1) else { continue }
            // A verb of the present or the perfect (speech-verbs.txt `bare-subject=no`) makes a lone word its speaker
            // only when surnames.txt lists it: a document, an outlet or a body reports in those tenses as often as a
            // person does («بيانيه در ادامه مي افزايد», «همشهري مي افزايد», «قطعنامه … اعلام كرده است»).
            if verb["bare-subject"] == "no", !isListedSurname(w) { continue }
            let p = newSurnamePerson(w, rule: RuleID.personSurnameSpeaker.rawValue)
            claimed[w] = true
            slots.append(Slot(tokens: w..<(w + 1), reference: .person(p)))
        }
    }

    /// «پیش از سخنان رئیس جمهور فرشیدی وزیر آموزش و پرورش …», «با حضور حجتی وزیر جهاد کشاورزی»: a lone word
    /// that ends like a surname (or is listed) right before a complete office in mid-sentence is that office's
    /// holder when what comes before it cannot take the word as its noun's complement: the end of another office,
    /// «حضور» after «با», the preposition «با» itself, or a report of speech («… گفت فرشیدی وزیر …»). After any
    /// other word the surname-like word is far more often an adjective of the noun before it («معاون عمرانی وزیر
    /// کشور», «سازمان‌های دولتی مدیرعامل …»). Clause openers are `addSurnamePeople`'s.
    private mutating func addMidSentenceSurnamePeople() {
        var roleEnds = Set<Int>()
        for role in found.roles { roleEnds.insert(role.tokens.upperBound) }
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && role.complete && role.headEntry["holder"] == nil {
            let w = role.tokens.lowerBound - 1, p = w - 1
            guard p >= 0, context.sentenceOfToken[p] == context.sentenceOfToken[w], context.isContent[w], !claimed[w],
                  context.isNameWord(w), !context.isStopWord(w), context.looksLikeSurname(w), !context.isCommonWordSurname(w),
                  context.matchLength(.givenNames, at: w) == nil, context.matchLength(.titles, at: w) == nil,
                  PlaceRecognizer.nameLexicons.allSatisfy({ context.matchLength($0.lexicon, at: w) == nil }),
                  !opensClause(w), surnameBeyondEnding(w) else { continue }
            let afterPresence = context.lists(.presenceNouns, p) && p >= 1 && context.matchLength(.comitativePrepositions, at: p - 1) == 1
            let afterSpeech = (max(context.sentenceStart(p), p - 2)...p).contains { context.matchLength(.speechVerbs, at: $0) == p - $0 + 1 }
            // «به گفته احمدی مدیرکل …», «از سوی نوبخت سخنگوی هیات دولت», «توسط کریمی …», «از ابراهیمی رئیس سابق …»: a
            // citation cue, an agent's cue (introduction-cues.txt `kind=agent`) or «از» before the surname (round 26).
            let afterCue = (max(context.sentenceStart(p), p - 2)...p).contains { k in
                context.matchLength(.citationCues, at: k) == p - k + 1
                    || context.match(.introductionCues, at: k).map { $0.length == p - k + 1 && $0.entry["kind"] == "agent" } == true
            } || context.isKey(p, "از")
            guard roleEnds.contains(w) || afterPresence || context.matchLength(.comitativePrepositions, at: p) == 1 || afterSpeech
                    || afterCue && context.lists(.surnames, w)  // a plural is as likely after a cue («به گفته متولیان …»)
            else { continue }
            let person = newSurnamePerson(w, rule: RuleID.personSurnameMidRole.rawValue)
            claimed[w] = true
            attach(role: r, to: person, rule: RuleID.corefApposition.rawValue)
            slots.append(Slot(tokens: w..<role.tokens.upperBound, reference: .person(person)))
        }
    }

    /// True when more than the common «ی» ending vouches for `w` as a surname: a listed surname or a stronger
    /// ending («زاده», «پور», …), or the «ی» of a given name not also an everyday word («فرشیدی», «سجادی») or of a
    /// place in «آباد» («امیرآبادی»). In the Fars and Hamshahri dev corpora the bare «ی» word before an office in
    /// mid-sentence was as often a noun or adjective («پیروزی», «سازماندهی», «پیشنهادی»).
    private func surnameBeyondEnding(_ w: Int) -> Bool {
        if context.looksLikeSurname(w, strong: true) { return true }
        guard let stem = DocumentContext.nisbaStem(context.key(w)) else { return false }
        if stem.hasKeySuffix("اباد") { return true }  // keys write «آ» as «ا»
        guard let given = context.rules.entry(.givenNames, key: stem, hash: PhraseMatcher.hash(stem)) else { return false }
        return given["ambiguous"] != "yes"
    }

    /// The key that names a role's office: the role key without the home country («وزیر امور خارجه ایران» is
    /// the «وزیر امور خارجه» of an Iranian report; countries.txt marks the home country `home=yes`).
    /// Read on the key's UTF-8 bytes (keys are normalized; «:», «@», «/» are ASCII): it is asked of every role
    /// by several rules, and `lastIndex(of:)` and `hasSuffix` on `Character`s cost ~20,000 instructions a call.
    /// The nation written after the body is dropped too (`withoutNation`).
    func officeKey(_ role: RoleSpan) -> String {
        if role.deictic || !deicticOffice.isEmpty, let office = deicticOffice[role.tokens.lowerBound] { return office }
        let key = withoutNation(role.key)
        let bytes = key.utf8
        guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")) else { return key }
        // «@country:» or «/country:» right before the country.
        let marker = bytes[..<colon]
        guard marker.count >= 8, marker.suffix(7).elementsEqual("country".utf8),
              let separator = marker.dropLast(7).last, separator == UInt8(ascii: "@") || separator == UInt8(ascii: "/") else { return key }
        let country = String(Substring(bytes[bytes.index(after: colon)...]))
        guard context.rules.entry(.countries, key: country)?["home"] == "yes" else { return key }
        return String(Substring(marker.dropLast(8)))
    }

    /// The key under which a holder of a complete office is found (`holdersByKey`, `unnamedByKey`): the office key,
    /// apart for a former office («وزیر سابق خارجه مصر», «رئیس جمهور وقت آمریکا»), so a former holder and the holder
    /// now in office are never one person by office alone («کریشنر رئیس جمهور سابق آرژانتین» is not «رئیس جمهور
    /// آرژانتین»). On the 6,835 dev-corpus articles 15 links of `coref.role`/`coref.role-office` in 14 articles
    /// joined a former to a current holder of one office, 12 of them wrongly.
    func tenureKey(_ role: RoleSpan) -> String {
        role.former ? officeKey(role) + "~former" : officeKey(role)
    }

    /// «محسن رضایی … به عنوان مدیرعامل سازمان … معرفی شد» and «… علی رضایی را به عنوان مدیرعامل … معرفی کرد»: the
    /// office after «به عنوان» is the person introduced, the subject of a passive («… شد/گردید») or the object
    /// before «را».
    private mutating func linkIntroducedRoles() {
        var slotEndingAt: [Int: Int] = [:]
        var slotStartingAt: [Int: Int] = [:]
        for (s, slot) in slots.enumerated() {
            guard case .person = slot.reference else { continue }
            slotEndingAt[slot.tokens.upperBound] = s
            slotStartingAt[slot.tokens.lowerBound] = s
        }
        func cue(_ i: Int) -> (length: Int, kind: String?)? {
            context.match(.introductionCues, at: i).map { ($0.length, $0.entry["kind"]) }
        }
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && role.complete {
            let start = role.tokens.lowerBound
            // «به عنوان» (introduction-cues.txt, kind=as) right before the office.
            guard let opener = (1...2).first(where: { n in start - n >= 0 && cue(start - n).map { $0.length == n && $0.kind == "as" } == true })
            else { continue }
            let sentence = context.text.sentences[context.sentenceOfToken[start]]
            var slot: Int?
            if start - opener - 1 >= 0, cue(start - opener - 1)?.kind == "object" {
                slot = slotEndingAt[start - opener - 1]
            } else {
                // The sentence closes with a passive («… معرفی شد», «… منصوب گردید»), or the passive closes the clause
                // right after the office, «و» or punctuation after it («… به عنوان شهردار جدید قم معرفی شد و از تلاش‌های
                // … تجلیل به عمل آمد»): the subject is the person introduced, else the name right before «به عنوان»
                // («از امروز محمدرضا عظیمی‌زاده به عنوان شهردار رفسنجان معرفی شد و …»).
                let last = (role.tokens.upperBound..<sentence.tokens.upperBound).last { context.isWord($0) }
                // The participle stands between («معرفی», «منصوب», «انتخاب»): an office that runs on into it («سرمربی تیم
                // ملی انتخاب شد») is no office read whole.
                let closing = role.tokens.upperBound + 1
                var pronounSubject = false
                let closesClause = closing < sentence.tokens.upperBound && cue(closing)?.kind == "passive" && context.isWord(closing - 1)
                    && (closing + 1 >= sentence.tokens.upperBound || context.isAnd(closing + 1) || context.kinds[closing + 1] == .punctuation)
                if closesClause || last.map({ cue($0)?.kind == "passive" }) == true {
                    // A pronoun subject («وی … با حکم علی رضایی، رئیس سازمان … به عنوان سرپرست … انتخاب شد») is the one
                    // introduced: the name before «به عنوان» is then someone else's.
                    let subject = clauses.subjectStart(sentence)
                    let pronoun = found.pronouns.contains { $0.lowerBound == subject }
                    slot = slotStartingAt[subject] ?? (pronoun ? nil : slotEndingAt[start - opener])
                    pronounSubject = pronoun
                }
                // «شهید رجایی به عنوان رئیس جمهور انتخاب شد که …», «… ، جمشید خیرآبادی با کسب ۱۲ رای … به عنوان رییس
                // هیات کشتی استان انتخاب شد»: else the named person nearest before «به عنوان» in its clause, with no
                // punctuation, «را» or «که» between (on the 49 dev-corpus articles that introduce someone so, 14 of 81
                // such offices had an owner).
                // An office that ends on the noun of its verb («سرمربی تیم ملی انتخاب شود») is a phrase read too far.
                if slot == nil, !pronounSubject, !context.isAuxiliary(role.tokens.upperBound) {
                    slot = personBefore(start - opener, in: sentence, slotEndingAt: slotEndingAt, cue: cue)
                }
            }
            guard let s = slot, case .person(let p) = slots[s].reference, !persons[live(p)].unnamed,
                  context.sentenceOfToken[slots[s].tokens.lowerBound] == sentence.index,
                  !isAgent(live(p), in: sentence, before: start, cue: cue) else { continue }
            attach(role: r, to: p, rule: RuleID.corefIntroduced.rawValue)
            introduced.insert(live(p))
        }
    }

    /// Whether `p` is named in `sentence` before token `end` right after an agent's cue (introduction-cues.txt
    /// `kind=agent`: «از سوی», «توسط», «با حکم»): the one who appoints is not the one introduced, though his own office
    /// stands right before «به عنوان» («با حکم علی سعیدلو، رئیس سازمان تربیت بدنی به عنوان سرپرست … منصوب شد»).
    private func isAgent(_ p: Int, in sentence: Sentence, before end: Int, cue: (Int) -> (length: Int, kind: String?)?) -> Bool {
        slots.contains { slot in
            guard case .person(let q) = slot.reference, live(q) == p,
                  slot.tokens.lowerBound >= sentence.tokens.lowerBound, slot.tokens.upperBound <= end else { return false }
            let first = slot.tokens.lowerBound
            return (1...2).contains { n in first - n >= sentence.tokens.lowerBound && cue(first - n)?.kind == "agent" }
        }
    }

    /// The person slot ending at `k` or nearest before it in its clause: at most `introduced-reach` words or numbers
    /// back («با کسب ۱۲ رای»), stopping at punctuation, «و», an object's «را» (introduction-cues.txt `kind=object`) or «که»; not a person an agent's
    /// cue (`kind=agent`: «از سوی», «توسط», «با حکم») stands right before or one word before.
    private func personBefore(_ k: Int, in sentence: Sentence, slotEndingAt: [Int: Int], cue: (Int) -> (length: Int, kind: String?)?) -> Int? {
        let floor = max(sentence.tokens.lowerBound, k - context.limits.introducedReach)
        var k = k
        while true {
            if let s = slotEndingAt[k] {
                let first = slots[s].tokens.lowerBound
                let agent = (1...2).contains { n in first - n >= sentence.tokens.lowerBound && cue(first - n)?.kind == "agent" }
                return agent ? nil : s
            }
            let w = k - 1
            guard w >= floor, context.isWord(w) || context.token(w).kind == .number, !context.isAnd(w), cue(w)?.kind != "object", !context.isKey(w, "که") else { return nil }
            k = w
        }
    }

    /// «مدیرعامل جدید سازمان میادین»: a new holder of an office is the one person the article introduces to an
    /// office of that head («… به عنوان مدیرعامل سازمان میادین … معرفی شد»).
    func newHolder(_ r: Int) -> Int? {
        let role = found.roles[r]
        let afterHead = role.headTokens.upperBound
        guard afterHead < role.tokens.upperBound, context.match(.formerMarkers, at: afterHead)?.entry["new"] == "yes" else { return nil }
        let holders = Set(introduced.map(live)).filter { p in persons[p].roles.contains { found.roles[$0].headKey == role.headKey && !found.roles[$0].former } }
        return holders.count == 1 ? holders.first : nil
    }

    /// «رئیس بنیاد مسکن و ستاد بازسازی بم»: one head over two coordinated complements names one person holding
    /// both offices; when the article gives the second office («رئیس ستاد بازسازی بم») to one person, the role is theirs.
    func coordinatedOfficeHolder(_ r: Int) -> Int? {
        let role = found.roles[r]
        let start = role.tokens.upperBound + 1
        guard role.complete, start < context.sentenceEnd(role.tokens.lowerBound), context.isAnd(start - 1),
              context.isWord(start), roleStartingAt[start] == nil else { return nil }
        var key = role.headKey + role.modifierKey + "/"
        for k in start..<min(context.sentenceEnd(start), start + context.limits.institutionWords) {
            guard context.isWord(k), !context.isAnd(k) || k > start else { break }
            key += context.key(k)
            let holders = Set((holdersByKey[key] ?? []).map(live))
            if holders.count == 1 { return holders.first }
        }
        return nil
    }

    /// The holder of the role coordinated right before role `r` («ROLE1 و ROLE2») when the two open a sentence
    /// that reports speech with a singular verb: one speaker holding two offices.
    private func coordinatedSpeaker(_ r: Int) -> Int? {
        let role = found.roles[r]
        let start = role.tokens.lowerBound
        guard start > 1, context.isAnd(start - 1),
              let previous = roleEndingAt[start - 1],
              let owner = roleOwner[previous] else { return nil }
        let first = found.roles[previous].tokens.lowerBound
        let sentence = context.text.sentences[context.sentenceOfToken[start]]
        guard context.sentenceOfToken[first] == sentence.index, clauses.subjectStart(sentence) == first, !context.isQuoted(first) else { return nil }
        let speaks = clauses.speechVerb(sentence, from: role.tokens.upperBound)?["plural"] != "yes"
            && clauses.reportsSpeech(sentence, from: role.tokens.upperBound)
        guard speaks || closesWithSingularMeetingVerb(sentence, from: role.tokens.upperBound) else { return nil }
        return live(owner)
    }

    /// The office with no complement coordinated before the complete office `r` (`role.complete` false: «مدیرعامل»,
    /// «معاون وزیر», «دبیر») when the two open the subject of a sentence whose verb of speech or meeting is singular
    /// («مدیرعامل و عضو هیات مدیره بانک ملت گفت»); nil otherwise. An unnamed holder only: the first office has no owner,
    /// no name stands before it, and no indefinite article («یک معاون و …»).
    private func incompleteFirstOffice(_ r: Int) -> Int? {
        let role = found.roles[r]
        let start = role.tokens.lowerBound
        guard !isIndefinite(role), start > 1, context.isAnd(start - 1), let q = roleEndingAt[start - 1], roleOwner[q] == nil else { return nil }
        let first = found.roles[q]
        guard !first.complete, !first.isBareLocalOffice, first.former == role.former else { return nil }
        let sentence = context.text.sentences[context.sentenceOfToken[start]]
        guard context.sentenceOfToken[first.tokens.lowerBound] == sentence.index,
              clauses.subjectStart(sentence) == first.tokens.lowerBound, !context.isQuoted(first.tokens.lowerBound) else { return nil }
        let speaks = clauses.speechVerb(sentence, from: role.tokens.upperBound)?["plural"] != "yes"
            && clauses.reportsSpeech(sentence, from: role.tokens.upperBound)
        guard speaks || closesWithSingularMeetingVerb(sentence, from: role.tokens.upperBound) else { return nil }
        return q
    }

    /// «مشاور رئیس جمهور و رئیس مرکز امور مشارکت زنان امروز با … دیدار و گفتگو کرد.»: the sentence closes with a
    /// meeting trigger whose last word is no plural verb («… کردند»), so its coordinated subject is one person.
    private func closesWithSingularMeetingVerb(_ sentence: Sentence, from start: Int) -> Bool {
        guard let last = (start..<sentence.tokens.upperBound).last(where: { context.isWord($0) }),
              !context.key(last).hasKeySuffix("ند") else { return false }
        return (start...last).contains { k in context.match(.meetingTriggers, at: k).map { k + $0.length == last + 1 } ?? false }
    }

    /// Is the slot starting at `start` the subject of a sentence that reports speech?
    func isSpeakerSubject(_ tokens: Range<Int>) -> Bool {
        let sentence = context.text.sentences[context.sentenceOfToken[tokens.lowerBound]]
        guard opensSubject(tokens, of: sentence), !context.isQuoted(tokens.lowerBound) else { return false }
        return clauses.reportsSpeech(sentence, from: tokens.upperBound)
    }

    /// True when the slot `tokens` is the subject of `sentence`: it starts where the subject does, or right after an
    /// indefinite article that opens the subject (stop-words.txt `indefinite=yes`: «یک کارشناس مسائل نفتی گفت: …»,
    /// «یک عضو کمیسیون امنیت ملی مجلس به خبرگزاری فارس گفت»), which the news writes before an office it names
    /// the holder of in the next sentence as often as before an anonymous source.
    func opensSubject(_ tokens: Range<Int>, of sentence: Sentence) -> Bool {
        let k = clauses.subjectStart(sentence)
        return k == tokens.lowerBound || k + 1 == tokens.lowerBound && context.isIndefiniteArticle(k)
    }

    /// «یک کارشناس …», «یک مربی»: an office written with the indefinite article introduces someone; it never
    /// points back to a holder named before it.
    func isIndefinite(_ role: RoleSpan) -> Bool {
        role.tokens.lowerBound > 0 && context.isIndefiniteArticle(role.tokens.lowerBound - 1)
    }

    /// «ورود 56 نماینده», «تنها 150 متخصص جراح …»: a head right after a count names that many holders, no one of them.
    /// A count is a number of up to three digits; a year («در سال 1993 مربی تیم …») is none.
    func followsCount(_ role: RoleSpan) -> Bool {
        let p = role.tokens.lowerBound - 1
        return p >= 0 && context.kinds[p] == .number && context.key(p).count <= 3
    }

    /// Role phrases with no name beside them: the holder in the article, else an unnamed person when it speaks.
    private mutating func resolveRoles(headsOnly: Bool) {
        var unnamedByKey: [String: Int] = [:]
        let subjectOf = headsOnly ? [:] : subjects()
        for (p, person) in persons.enumerated() where person.unnamed && person.mergedInto == nil {
            for k in person.roleKeys { unnamedByKey[k] = p }
        }
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && role.complete != headsOnly {
            if role.complete {
                // «در ابتدا یک وزیر خارجه منصوب شد»: an indefinite office is not a holder named before it; a lead's
                // «یک عضو کمیسیون حقوقی مجلس» may still be the member the article names after it.
                let indefinite = isIndefinite(role)
                let holders = Array(Set((holdersByKey[tenureKey(role)] ?? []).map(live))).sorted().filter {
                    !isOwnMeetingParty($0, role: r) && !(indefinite && persons[$0].mentions.contains { $0.tokens.lowerBound < role.tokens.lowerBound })
                }
                if !holders.isEmpty {
                    // An office written with the home country goes first to a holder it was written so for: a
                    // bare «وزیر خارجه» given to a foreign minister by apposition is not «وزیر خارجه ایران».
                    let explicit = role.key == officeKey(role) ? [] : holders.filter { writtenKeys[$0]?.contains(role.key) == true }
                    attach(role: r, to: nearestBefore(role.tokens.lowerBound, among: preferringItem(explicit.isEmpty ? holders : explicit, of: role.tokens.lowerBound)), rule: RuleID.corefRole.rawValue)
                    slots.append(Slot(tokens: role.tokens, reference: .person(roleOwner[r]!)))
                    continue
                }
                if let p = coordinatedOfficeHolder(r) ?? newHolder(r) {
                    attach(role: r, to: p, rule: RuleID.corefRoleOffice.rawValue)
                    slots.append(Slot(tokens: role.tokens, reference: .person(p)))
                    continue
                }
                // The same office named with a shorter complement («سرکلانتر نهم فرماندهی فاتب» after
                // «سرکلانتر نهم فرماندهی انتظامی تهران بزرگ»): one holder of that head and modifiers whose place agrees.
                // An office the article only writes alone (given by `coref.listed-holder`) is no model of a shorter
                // writing: «رئیس مجلس شورای اسلامی» does not make «رئیس سازمان نوسازی مدارس» its holder's.
                let incomplete: Bool
                // An office's unit named by its field alone («مدیرکل نوسازی») is no shorter form of another office.
                if case .institution(let inst)? = role.complement, !inst.complete, !inst.implied { incomplete = true } else { incomplete = false }
                let sameOffice = !incomplete ? [] : preferringItem(Array(Set((holdersByHead[role.headKey] ?? []).map(live))).filter { p in
                    persons[p].mergedInto == nil && persons[p].roles.contains { q in
                        let other = found.roles[q]
                        return other.complete && other.headKey == role.headKey && other.modifierKey == role.modifierKey
                            && other.former == role.former
                            && (role.place == nil || other.place == nil || role.place?.nameKey == other.place?.nameKey)
                            && !persons[p].mentions.contains { $0.tokens == other.tokens && $0.rule == RuleID.corefListedHolder.rawValue }
                    }
                }, of: role.tokens.lowerBound)
                // The one holder must also hold an office of the same kind of body: a check on the one candidate, not
                // a filter, which would leave one of two and link it («مدیرکل دفتر تثبیت شن» beside another «مدیرکل دفتر …»).
                if sameOffice.count == 1, case .institution(let inst)? = role.complement, !inst.complete,
                   persons[sameOffice[0]].roles.contains(where: { q in
                       let other = found.roles[q]
                       return other.complete && other.headKey == role.headKey && other.modifierKey == role.modifierKey && sameBodyHead(role, other)
                   }) {
                    attach(role: r, to: sameOffice[0], rule: RuleID.corefRoleOffice.rawValue)
                    slots.append(Slot(tokens: role.tokens, reference: .person(sameOffice[0])))
                    continue
                }
                if let p = coordinatedSpeaker(r) {
                    // «رئیس سازمان ورزش و مشاور شهردار تهران گفت»: the second of two coordinated roles that
                    // together report speech with a singular verb is the first one's holder.
                    attach(role: r, to: p, rule: RuleID.corefCoordinatedRole.rawValue)
                    // One slot for the whole subject, so what follows it («نیز») reads as it does after one role.
                    if let s = slots.firstIndex(where: { $0.tokens.upperBound == role.tokens.lowerBound - 1 && $0.reference == .person(p) }) {
                        slots[s].tokens = slots[s].tokens.lowerBound..<role.tokens.upperBound
                    } else {
                        slots.append(Slot(tokens: role.tokens, reference: .person(p)))
                    }
                    continue
                }
                if let q = incompleteFirstOffice(r) {
                    // «مدیرعامل و عضو هیات مدیره بانک ملت گفت», «معاون وزیر و رئیس سازمان بهزیستی … دیدار کرد»: an office
                    // with no complement before «و» and a complete one, the two the subject of a singular verb, are one
                    // holder's (the complement is written once, for both); the holder of the complete office, or an
                    // unnamed person of it, takes both.
                    let p = unnamedByKey[tenureKey(role)] ?? newUnnamedHolder(of: role)
                    unnamedByKey[tenureKey(role)] = p
                    attach(role: r, to: p, rule: persons[p].mentions.isEmpty ? RuleID.personUnnamedRole.rawValue : RuleID.corefRole.rawValue)
                    attach(role: q, to: p, rule: RuleID.corefCoordinatedRole.rawValue)
                    // The first office is one of the holder's two, written as such: it is listed as a bare apposition is.
                    bareAppositions.insert(q)
                    slots.append(Slot(tokens: found.roles[q].tokens.lowerBound..<role.tokens.upperBound, reference: .person(p)))
                    continue
                }
                if isSpeakerSubject(role.tokens) || isNamedNext(role.tokens, subjectOf: subjectOf) {
                    let p: Int
                    // Two indefinite holders of one office («یک مسئول ارتش … گفت. یک مسئول دیگر …») are two people.
                    if !indefinite, let existing = unnamedByKey[tenureKey(role)] {
                        p = existing
                    } else {
                        p = newUnnamedHolder(of: role)
                        if !indefinite { unnamedByKey[tenureKey(role)] = p }
                    }
                    attach(role: r, to: p, rule: persons[p].mentions.isEmpty ? RuleID.personUnnamedRole.rawValue : RuleID.corefRole.rawValue)
                    slots.append(Slot(tokens: role.tokens, reference: .person(p)))
                    continue
                }
                slots.append(Slot(tokens: role.tokens, reference: .role(r)))
            } else {
                // «… یک مربی آزاد را در رأس تیم قرار دهند»: an indefinite head is someone new, no holder of the head
                // (nor the nearest holder named after it: «برای انتخاب یک رئیس …» is no one yet).
                let holders = isIndefinite(role) || followsCount(role) ? [] : Array(Set((holdersByHead[role.headKey] ?? []).map(live))).filter {
                    !persons[$0].roleKeys.isEmpty && inItem($0, of: role.tokens.lowerBound) && holdsWrittenOffice($0, of: role)
                }.sorted()
                guard !holders.isEmpty else {
                    // «با حضور فرماندار، معاون فرماندار …»: a bare local office may still be a participant.
                    if role.isBareLocalOffice, !followsCount(role) { slots.append(Slot(tokens: role.tokens, reference: .role(r))) }
                    continue
                }
                attach(role: r, to: nearestBefore(role.tokens.lowerBound, among: holders), rule: RuleID.corefRoleHead.rawValue)
                slots.append(Slot(tokens: role.tokens, reference: .person(roleOwner[r]!)))
            }
        }
    }

    /// True when a word of a new holder (former-markers.txt `new=yes`: «جدید») stands right after the office's head.
    private func isWrittenNew(_ role: RoleSpan) -> Bool {
        role.headTokens.upperBound < role.tokens.upperBound && context.match(.formerMarkers, at: role.headTokens.upperBound)?.entry["new"] == "yes"
    }

    /// «این نماینده مجلس»: a demonstrative before the office points back to a holder already named, whom the head
    /// says, however much or little of the office it writes.
    private func followsDemonstrative(_ role: RoleSpan) -> Bool {
        role.tokens.lowerBound > 0 && context.isDeicticDeterminer(role.tokens.lowerBound - 1)
    }

    /// True when the body `role` names by its head and qualifiers («سرکلانتر نهم فرماندهی فاتب») opens with the head of
    /// the body of `other` («… فرماندهی انتظامی تهران بزرگ»): an office written shorter names the same kind of body.
    /// «رئیس گروه امداد محلی» is no shorter writing of «رئیس انجمن تحقیقات کوسه‌ها», nor «رییس سازمان میراث فرهنگی»
    /// of «رئیس مرکز تحقیقات ژنتیک» (`coref.role-office`, which once took any office of the head and modifiers).
    private func sameBodyHead(_ role: RoleSpan, _ other: RoleSpan) -> Bool {
        guard case .institution(let body)? = role.complement else { return true }
        if followsDemonstrative(role) { return true }
        let head = context.key(body.tokens.lowerBound)
        if case .institution(let full)? = other.complement, context.key(full.tokens.lowerBound) == head { return true }
        // «این نماینده مجلس» of «نماینده مردم بجنورد در مجلس شورای اسلامی»: the body a posted office is held in;
        // «سخنگوی خانه موسیقی» of «سخنگوی کانون پژوهشگران خانه موسیقی»: a body of two words or more inside the other's.
        return other.postText != nil && other.key.contains("@" + head) || body.tokens.count > 1 && other.key.contains(body.key)
    }

    /// True when person `p` may be the holder of the incomplete office `role` by its head (`coref.role-head`): a bare
    /// head («رئیس», «مدیرعامل سابق») may be any holder of that head, but an office that says more than its head — a
    /// field («مشاور فرهنگی», «معاون پژوهشی سازمان») or a body named by its head alone («رئیس دادگستری», «مدیرعامل
    /// شرکت») — is only the holder of an office whose key opens with its key: more fields, the body's name or place
    /// may run on after it («مدیرعامل/شرکت» ⊂ «مدیرعامل/شرکت واحد …», «معاون فنی و عمرانی/شهرداری» ⊂ «…/شهرداری تهران»).
    /// The head alone linked «رئیس دادگستری» in a list of a province's officials to the speaker of parliament, and
    /// «مشاور فرهنگی» to «مشاور هنری وزیر ارشاد».
    private func holdsWrittenOffice(_ p: Int, of role: RoleSpan) -> Bool {
        // «مدیرکل جدید», «سرمربی جدید»: a new holder is the one the article introduces or writes new too, not the
        // holder it named first, most often the one leaving («… تا معرفی سرمربی جدید», «شهردار جدید» after the mayor
        // whose term ends; of 18 such links on the two dev corpora 10 went to someone else).
        if isWrittenNew(role) {
            return introduced.contains { live($0) == p } || persons[p].roles.contains { found.roles[$0].tokens != role.tokens && isWrittenNew(found.roles[$0]) }
        }
        let written = role.key
        guard written != role.headKey else { return true }
        if followsDemonstrative(role) { return true }
        // «وزیر بهداشت و درمان» read as a head and fields: the ministry its head implies («وزیر/وزارت بهداشت»), the
        // fields and the ministry's name opening one another.
        let ministry = role.complement == nil && !role.modifierKey.isEmpty
            ? role.headEntry["institution"].map { role.headKey + "/" + PersianNormalizer.key($0) } : nil
        func opens(_ k: String) -> Bool {
            // The office read may stop short of its fields («معاون عملیات» of «معاون عملیات ترافیکی پلیس راه», «معاون
            // فرهنگی - اجتماعی»): a written office that opens the holder's is theirs.
            if k.hasPrefix(written) { return true }
            guard let ministry, k.hasPrefix(ministry), k.count > ministry.count else { return false }
            let name = String(k.dropFirst(ministry.count).prefix { $0 != "@" && $0 != "/" })
            return name.hasPrefix(role.modifierKey) || role.modifierKey.hasPrefix(name)
        }
        return writtenKeys[p]?.contains(where: opens) == true || persons[p].roleKeys.contains(where: opens)
    }

    /// A role phrase opening its sentence whose next content sentence opens with a person named there for the
    /// first time in the body (a headline mention does not count) and given no role: the lead introduces
    /// someone by office and the text then names them («وزیر خارجه ترکیه … را ترک کرد. عبدالله گل که …»). The
    /// sentences between that go on about the holder with «وی» as their subject are passed over, at most
    /// `pronoun-sentences` of them, as the speaker chain passes them over («رئیس گروه بازرسان تسلیحاتی سازمان ملل
    /// خواستار … شد. وی … افزود. … بلیکس گفت»): a lead whose office reports no speech is then the name's too.
    private func isNamedNext(_ tokens: Range<Int>, subjectOf: [Int: Slot]) -> Bool {
        let s = context.sentenceOfToken[tokens.lowerBound]
        let sentences = context.text.sentences
        guard sentences[s].isContent, opensSubject(tokens, of: sentences[s]),
              !context.isQuoted(tokens.lowerBound) else { return false }
        var pronouns = 0
        for next in sentences[(s + 1)...] where next.isContent {
            guard let slot = subjectOf[next.index] else {
                let start = clauses.subjectStart(next)
                guard pronouns < context.limits.pronounSentences, found.pronouns.contains(where: { $0.lowerBound == start }) else { return false }
                pronouns += 1
                continue
            }
            guard case .person(let p0) = slot.reference else { return false }
            let p = live(p0)
            return !persons[p].unnamed && persons[p].roleKeys.isEmpty && introduces(next.index, person: p)
                && (pronouns == 0 || !context.lists(.additiveParticles, slot.tokens.upperBound))
        }
        return false
    }

    /// The first content sentence that mentions a person, headline lines left out.
    func firstBodySentence(of p: Int) -> Int? {
        persons[p].mentions.map { context.sentenceOfToken[$0.tokens.lowerBound] }
            .filter { context.text.sentences[$0].isContent && !isHeadlineLine($0) }.min()
    }

    /// Does content sentence `s` introduce person `p`: the first body sentence to mention them, or the first to write
    /// their name when only their surname came before it, written alone ahead of the name (`coref.surname` linking it
    /// forward: «… بر گفته‌های کریمی تاکید کرد» ahead of «ابراهیم کریمی با بیان …»). The speaker chain then still
    /// finds the office the name stands for («مدیرکل … در این دیدار … اعلام کرد. ابراهیم کریمی با بیان …»).
    func introduces(_ s: Int, person p: Int) -> Bool {
        if firstBodySentence(of: p) == s { return true }
        let mentions = persons[p].mentions
        let surname = RuleID.corefSurname.rawValue
        guard let named = mentions.lazy.filter({ $0.rule != surname }).map(\.tokens.lowerBound).min() else { return false }
        return mentions.lazy.filter { $0.rule != surname || $0.tokens.lowerBound > named }
            .map { self.context.sentenceOfToken[$0.tokens.lowerBound] }
            .filter { self.context.text.sentences[$0].isContent && !self.isHeadlineLine($0) }.min() == s
    }

    /// A line of one sentence, above the first sentence that closes with a period, quote or question mark,
    /// and not closed itself: a title or kicker above the lead.
    func isHeadlineLine(_ s: Int) -> Bool {
        let sentences = context.text.sentences
        let paragraph = sentences[s].paragraph
        if s > 0, sentences[s - 1].paragraph == paragraph { return false }
        if s + 1 < sentences.count, sentences[s + 1].paragraph == paragraph { return false }
        return firstClosedSentence > s
    }

    /// The subject slot of each content sentence, by sentence index.
    func subjects() -> [Int: Slot] {
        var starts: [Int: Slot] = [:]
        for slot in slots { starts[slot.tokens.lowerBound] = starts[slot.tokens.lowerBound] ?? slot }
        var result: [Int: Slot] = [:]
        for sentence in context.text.sentences where sentence.isContent {
            // The subject's reading skips punctuation; a quoted name's slot starts at its opening quote.
            let k = clauses.subjectStart(sentence)
            // «"شيخ صالح بن حميد" رئيس مجلس …»: a title inside the quotes stands before the name's slot.
            let titled = context.matchLength(.titles, at: k).flatMap { starts[k + $0] }
            if let s = starts[k] ?? (k > sentence.tokens.lowerBound ? starts[k - 1].flatMap { $0.tokens.upperBound > k ? $0 : nil } : nil) ?? titled {
                result[sentence.index] = s
            } else if context.isIndefiniteArticle(k), let s = starts[k + 1], case .person(let p) = s.reference, !persons[live(p)].unnamed {
                // «یک عضو کمیسیون … در دیدار با … گفت»: the office after the indefinite article, once it is the person
                // the next sentence names (`isSpeakerSubject`); an anonymous source («یک مقام آگاه») stays no subject.
                result[sentence.index] = s
            }
        }
        return result
    }

    /// An unnamed role-holder who speaks, then a name introduced as the subject of one of the next sentences.
    private mutating func chainSpeakers() {
        let subjectOf = subjects()
        let contentSentences = context.text.sentences.filter(\.isContent).map(\.index)
        // The positions of the content sentences each unnamed holder opens as a speaker, found once.
        var speaksAt: [Int: [Int]] = [:]
        for (i, s) in contentSentences.enumerated() {
            guard let slot = subjectOf[s], case .person(let q) = slot.reference, persons[q].unnamed, isSpeakerSubject(slot.tokens) else { continue }
            speaksAt[q, default: []].append(i)
        }
        for u in persons.indices where persons[u].unnamed && persons[u].mergedInto == nil {
            guard let first = persons[u].mentions.map(\.tokens.lowerBound).min() else { continue }
            let su = context.sentenceOfToken[first]
            guard let position = contentSentences.firstIndex(of: su) else { continue }
            defer { if persons[u].mergedInto == nil { chainLaterSpeech(of: u, at: speaksAt[u] ?? [], after: position, subjectOf: subjectOf, content: contentSentences) } }
            var counted = 0
            var window = 3
            // The holder's office opens the article: its first content sentence, or the second after a title line or a
            // sentence whose subject is none, a group or the holder; not after another speaker's sentence («علی کریمی
            // … گفت. عضو کمیسیون … گفت»).
            let opensArticle = position == 0 || position == 1 && {
                guard !isHeadlineLine(contentSentences[0]), let slot = subjectOf[contentSentences[0]] else { return true }
                switch slot.reference {
                case .person(let q): return live(q) == live(u)
                case .group: return true
                case .role(let r): return roleOwner[r].map(live) == live(u)
                }
            }() || position == 2 && opensAfterKicker(u, content: contentSentences, subjectOf: subjectOf)
            // The holder spoke again (its office, «وی») before the name: a name with an office of its own is then a
            // second speaker («دبیرکل ستاد … گفت. وی افزود … سهیلا جلودارزاده نماینده … و دبیرکل جمعیت …»).
            var spokeAgain = false
            for s in contentSentences[(position + 1)...] {
                guard counted < window else { break }
                let slot = subjectOf[s] ?? openerSpeaker(in: s)
                // The holder's own sentences (its office again, «وی …») do not count: the name may come after them
                // («مدیر ورزش بانوان منطقه ۲۲ … خبر داد. … مدیر ورزش بانوان … اظهار داشت. وی … . ضرابی اظهار داشت»),
                // but then within two sentences (on 800 dev-corpus articles a window of three after them joined a
                // minister quoted further down to a spokesman).
                if let slot, case .person(let q) = slot.reference, live(q) == live(u) { window = 2; counted = 0; spokeAgain = true; continue }
                if slot == nil, found.pronouns.contains(where: { $0.lowerBound == clauses.subjectStart(context.text.sentences[s]) }) {
                    window = 2; counted = 0; spokeAgain = true; continue
                }
                counted += 1
                guard let slot else { continue }
                if case .person(let p0) = slot.reference {
                    let p = live(p0)
                    // «X نیز … گفت» announces a second speaker, not the holder's name.
                    // A name written with an office of its own takes the office that opens the article (`opensArticle`)
                    // when it follows at once and the holder did not speak again (`spokeAgain`): «عضو کمیسیون عمران مجلس … گفت. … سید بهلول
                    // حسینی نماینده مردم میانه …», «وزیر امور خارجه دولت کوبا … . … "برونو رودریگز"، وزیر امور خارجه کوبا …».
                    let officeOfItsOwn = !persons[p].roleKeys.isEmpty
                    if !persons[p].unnamed, !officeOfItsOwn || opensArticle && !spokeAgain, introduces(s, person: p),
                       !context.lists(.additiveParticles, slot.tokens.upperBound) {
                        merge(u, into: p)
                    }
                }
                break
            }
        }
    }

    /// «رئیس مرکز امور مشارکت زنان:» / «نرخ باسوادی زنان عشایر به ۴۰ درصد رسید» / «ایسنا: رئیس مرکز امور مشارکت زنان گفت:
    /// …»: the Hamshahri layout puts a kicker and a title above the lead; the holder's office that speaks in the lead
    /// then opens the article as a first sentence does. Both lines above are headline lines, or the first a kicker
    /// (`isKicker`) whose subject is nobody or the same office (read as a phrase of its own, with the holder's key),
    /// and the second a line of its own no mark closes (the title). A closed sentence above (a question in the title,
    /// a lead that cites a paper) keeps the office from opening the article.
    private func opensAfterKicker(_ u: Int, content: [Int], subjectOf: [Int: Slot]) -> Bool {
        guard content.count > 2 else { return false }
        let sentences = context.text.sentences
        func holderOrNobody(_ s: Int) -> Bool {
            guard let slot = subjectOf[s] else { return true }
            switch slot.reference {
            case .person(let q): return live(q) == live(u)
            case .group: return false
            case .role(let r): return roleOwner[r].map(live) == live(u) || roleOwner[r] == nil && found.roles[r].key == persons[u].identityKey
            }
        }
        func isTitleLine(_ s: Int) -> Bool {
            if isHeadlineLine(s) { return true }
            let sentence = sentences[s]
            guard let last = sentence.tokens.last, !context.isPunctuation(last, ".!?؟:؛«»\"“”"),
                  s == 0 || sentences[s - 1].paragraph != sentence.paragraph,
                  s + 1 >= sentences.count || sentences[s + 1].paragraph != sentence.paragraph else { return false }
            return subjectOf[s] == nil
        }
        let kicker = content[0], title = content[1]
        return (isHeadlineLine(kicker) || isKicker(sentences[kicker]) && holderOrNobody(kicker)) && isTitleLine(title)
    }

    /// An unnamed holder first written in a list or a lead that speaks again further down, right before a content
    /// sentence that opens with a name new to the body, given no office and no «نیز»: that name is the holder's
    /// («… با حضور مسئول اتحادیه انجمن‌های اسلامی استان همدان … . … مدیر آموزش و پرورش شهرستان نیز … گفت: … .
    /// رحمان سجادی با اشاره به … افزود») — the speaker chain read from each later sentence the holder speaks in,
    /// not only from its first mention (`coref.speaker-chain`).
    private mutating func chainLaterSpeech(of u: Int, at positions: [Int], after first: Int, subjectOf: [Int: Slot], content: [Int]) {
        for i in positions where i > first && i + 1 < content.count {
            let next = content[i + 1]
            // The name must be the next sentence's subject, or the speaker after a report opener that opens it: a name
            // further in («وی همانند کفاشیان رفتن … را تکذیب کرد و گفت») is someone the holder speaks of.
            let opened = context.match(.reportOpeners, at: context.text.sentences[next].tokens.lowerBound) != nil
            guard let slot = subjectOf[next] ?? (opened ? openerSpeaker(in: next) : nil), case .person(let p0) = slot.reference else { continue }
            let p = live(p0)
            guard p != live(u), !persons[p].unnamed, persons[p].roleKeys.isEmpty, introduces(next, person: p),
                  !context.lists(.additiveParticles, slot.tokens.upperBound) else { continue }
            merge(u, into: p)
            return
        }
    }

    /// A report opener with no comma to close it («به گزارش ایرنا از دبی سرتیپ جان کاستیلو به خبرنگاران گفت»)
    /// leaves the sentence without a subject: the first person named within the opener's reach who reports speech
    /// stands in for it (the speaker chain only; with `roles`, an office no one holds yet may too).
    func openerSpeaker(in s: Int, roles: Bool = false) -> Slot? {
        let sentence = context.text.sentences[s]
        let start = sentence.tokens.lowerBound
        guard context.match(.reportOpeners, at: start)?.entry["until"] == nil,
              clauses.openerComma(from: start, end: sentence.tokens.upperBound) == nil else { return nil }
        let first = slots.filter { slot in
            switch slot.reference {
            case .person: break
            case .role: guard roles else { return false }
            case .group: return false
            }
            return slot.tokens.lowerBound > start && slot.tokens.lowerBound < min(sentence.tokens.upperBound, start + 16)
        }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard let first, clauses.reportsSpeech(sentence, from: first.tokens.upperBound) else { return nil }
        return first
    }

    /// An unnamed role-holder who speaks in its first sentence, with no «نیز» marking a new speaker, between two
    /// sentences whose subject is the same named person (its later mentions come along: a report that alternates
    /// name and office goes on with the same speaker): a report calls its speaker by another office of theirs between
    /// mentions of the name («قاسم جعفری نماینده بجنورد … گفت. … عضو کمیسیون آموزش مجلس … گفت. جعفری همچنین
    /// … گفت»). A second speaker is announced with «نیز» («معاون شهردار نیز در این مراسم گفت»).
    private mutating func mergeEpithets() {
        let subjectOf = subjects()
        let content = context.text.sentences.filter(\.isContent).map(\.index)
        var positionOf: [Int: Int] = [:]
        for (i, s) in content.enumerated() { positionOf[s] = i }
        let window = context.limits.epithetSentences
        func subject(_ i: Int) -> Int? {
            guard let slot = subjectOf[content[i]], case .person(let p) = slot.reference else { return nil }
            return live(p)
        }
        for u in persons.indices where persons[u].unnamed && persons[u].mergedInto == nil {
            let sentences = Set(persons[u].mentions.map { context.sentenceOfToken[$0.tokens.lowerBound] })
            // Its first sentence decides: a report that alternates name and office («حضرت آیت‌الله خامنه‌ای … . رهبر
            // معظم انقلاب … افزودند. حضرت آیت‌الله خامنه‌ای …») goes on calling the same person by office afterwards.
            guard let su = sentences.min(), let position = positionOf[su],
                  let slot = subjectOf[su], slot.reference == .person(u), isSpeakerSubject(slot.tokens),
                  !context.lists(.additiveParticles, slot.tokens.upperBound) else { continue }
            guard let before = (max(0, position - window)..<position).reversed().first(where: { subject($0) != nil }).flatMap(subject),
                  let after = ((position + 1)..<min(content.count, position + 1 + window)).first(where: { subject($0) != nil }).flatMap(subject),
                  before == after, !persons[before].unnamed else { continue }
            merge(u, into: before, rule: RuleID.corefEpithet.rawValue)
        }
    }

    mutating func merge(_ u: Int, into p: Int, rule: String = RuleID.corefSpeakerChain.rawValue) {
        persons[p].mentions.append(contentsOf: persons[u].mentions.map { EntityMention(tokens: $0.tokens, rule: rule) })
        persons[p].roles.append(contentsOf: persons[u].roles)
        persons[p].roleKeys.formUnion(persons[u].roleKeys)
        persons[p].headKeys.formUnion(persons[u].headKeys)
        for r in persons[u].roles { roleOwner[r] = p }
        persons[u].mergedInto = p
        persons[u].mentions = []
        persons[u].roles = []
        writtenKeys[p, default: []].formUnion(writtenKeys[u] ?? [])
        for s in slots.indices {
            if case .person(let q) = slots[s].reference, q == u { slots[s].reference = .person(p) }
        }
    }

    /// «وی», «او», «ایشان», «این مقام»: the person the text is about, i.e. the last subject.
    private mutating func resolvePronouns() {
        let subjectOf = subjects()
        var pronounsBySentence: [Int: [Range<Int>]] = [:]
        for r in found.pronouns { pronounsBySentence[context.sentenceOfToken[r.lowerBound], default: []].append(r) }
        var topic: Int?
        var topicItem = 0
        for sentence in context.text.sentences where sentence.isContent {
            // A pronoun's person is the last subject of its own news item.
            if let items, items.item[sentence.index] != topicItem { topic = nil }
            if let topic, let pronouns = pronounsBySentence[sentence.index] {
                for r in pronouns {
                    persons[topic].mentions.append(EntityMention(tokens: r, rule: RuleID.corefPronoun.rawValue))
                    slots.append(Slot(tokens: r, reference: .person(topic)))
                }
            }
            if let slot = subjectOf[sentence.index], case .person(let p) = slot.reference {
                topic = live(p)
                topicItem = items?.item[sentence.index] ?? 0
            }
        }
    }
}

extension Coreferencer {
    /// The person a role phrase stands for when it takes part in an event: its holder, else an unnamed
    /// person of its own («استاندار کرمان» in «در دیدار … با استاندار کرمان»). Plural and bare heads are not people.
    mutating func person(forRole r: Int) -> Int? {
        if let owner = roleOwner[r] { return live(owner) }
        let role = found.roles[r]
        guard role.complete || role.isBareLocalOffice else { return nil }
        // A participant's second office coordinated after its first («ROLE1 و ROLE2 … دیدار کرد»): the holder of
        // the first, who also takes an unnamed holder of the second found elsewhere in the article.
        if let p = coordinatedSpeaker(r) {
            attach(role: r, to: p, rule: RuleID.corefCoordinatedRole.rawValue)
            for q in Set((holdersByKey[tenureKey(role)] ?? []).map(live)).sorted() where q != live(p) && persons[q].unnamed {
                merge(q, into: live(p), rule: RuleID.corefCoordinatedRole.rawValue)
            }
            return live(p)
        }
        if let p = (holdersByKey[tenureKey(role)] ?? []).map(live).filter({ !isOwnMeetingParty($0, role: r) }).first(where: { inItem($0, of: role.tokens.lowerBound) })
            ?? (holdersByKey[tenureKey(role)] ?? []).map(live).first(where: { !isOwnMeetingParty($0, role: r) }) {
            attach(role: r, to: p, rule: RuleID.corefRole.rawValue)
            return p
        }
        if let p = coordinatedOfficeHolder(r) ?? newHolder(r) {
            attach(role: r, to: p, rule: RuleID.corefRoleOffice.rawValue)
            return p
        }
        if let p = fullerOfficeHolder(r) {
            attach(role: r, to: p, rule: RuleID.corefFullerOffice.rawValue)
            return p
        }
        let p = newUnnamedHolder(of: role)
        attach(role: r, to: p, rule: RuleID.personUnnamedRole.rawValue)
        for s in slots.indices where slots[s].reference == .role(r) { slots[s].reference = .person(p) }
        return p
    }

    /// A new unnamed person known by the office `role` (named by the office as written, keyed by it); the caller
    /// attaches the office and decides whether later mentions of the office reuse the person.
    mutating func newUnnamedHolder(of role: RoleSpan) -> Int {
        persons.append(PersonEntity(name: context.text(tokens: role.tokens), identityKey: role.key, surnameKeys: [], unnamed: true))
        return persons.count - 1
    }
}
