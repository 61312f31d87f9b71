/// Everything the recognizers found in a document, before coreference.
struct RecognizedMentions {
    var names: [NameSpan] = []
    /// Top-level role phrases (a role inside another role's complement is part of it).
    var roles: [RoleSpan] = []
    /// Institution phrases outside roles, and complete institutions inside role complements.
    var institutions: [InstitutionSpan] = []
    var groups: [GroupSpan] = []
    /// The office a group's plural head names («اعضای شورای …» → «عضو شورای …»), by the group's first token, for the
    /// holders named before it (`PhraseRecognizer.pluralOffice`).
    var pluralOffices: [Int: RoleSpan] = [:]
    var media: [MediaSpan] = []
    var places: [PlaceSpan] = []
    /// Token ranges of pronouns («وی», «این مقام»).
    var pronouns: [Range<Int>] = []
    /// Tokens covered by a name, role, group, institution or outlet.
    var claimed: [Bool] = []
}

/// Runs the recognizers over the content sentences, left to right; at each token the first recognizer that
/// matches claims its tokens (outlets, listed institutions, names, groups, roles, institutions, places, pronouns).
struct MentionScanner {
    let context: DocumentContext
    let phrases: PhraseRecognizer

    func scan() -> RecognizedMentions {
        var found = RecognizedMentions()
        found.claimed = [Bool](repeating: false, count: context.tokenCount)
        let names = NameRecognizer(context: context)
        var i = 0
        func claim(_ r: Range<Int>) {
            for t in r { found.claimed[t] = true }
            i = max(i + 1, r.upperBound)
        }
        while i < context.tokenCount {
            guard context.isContent[i], context.isWord(i) || context.kinds[i] == .number else { i += 1; continue }
            if let m = phrases.media(at: i) {
                found.media.append(m); claim(m.tokens)
            } else if context.matchLength(.namedInstitutions, at: i) != nil, !followsExcludedWord(i), let inst = phrases.institution(at: i) {
                // A listed institution is read before names: «دانشگاه آزاد اسلامی» is not «آزاد اسلامی».
                found.institutions.append(inst); claim(inst.tokens)
            } else if let n = names.name(at: i) {
                found.names.append(n); claim(n.tokens)
            } else if let eponym = names.titledEponym(at: i) {
                // «خیابان دکتر علی شریعتی»: a street's name, no one's mention; its words are passed over.
                claim(eponym)
            } else if let g = phrases.group(at: i) {
                found.groups.append(g)
                collectInstitutions(inGroupAt: g, into: &found)
                claim(g.tokens)
                // The office may read on where the group stops («نمایندگان جبهه التوافق در پارلمان عراق»: a post, a word of
                // tenure); the words past the group are left to the recognizers after it, as they were without it.
                if let office = phrases.pluralOffice(of: g) { found.pluralOffices[g.tokens.lowerBound] = office }
            } else if let r = phrases.role(at: i) {
                found.roles.append(r)
                collectInstitutions(of: r, into: &found)
                claim(r.tokens)
            } else if !followsExcludedWord(i), let inst = phrases.institution(at: i), inst.complete,
                      context.match(.institutionHeads, at: i)?.entry["mention"] != "in-role" {
                // A head `mention=in-role` («تیم») names a body only as an office's complement.
                found.institutions.append(inst)
                if let p = inst.place, !p.deictic { found.places.append(p) }
                // «دولت بوش»: the leader after a head `eponym=no` is read again as a person.
                if let h = context.match(.institutionHeads, at: i), h.entry["eponym"] == "no", inst.rule == RuleID.institutionHeadEponym.rawValue {
                    claim(i..<(i + h.length))
                } else {
                    claim(inst.tokens)
                }
            } else if let p = phrases.places.place(at: i) {
                if !p.deictic { found.places.append(p) }
                claim(p.tokens)
            } else if let p = context.matchLength(.pronouns, at: i) {
                found.pronouns.append(i..<(i + p)); claim(i..<(i + p))
            } else {
                i += 1
            }
        }
        keepAttestedBareNames(in: &found)
        readSurnamePartsBeforeOffices(in: &found)
        readListedNames(in: &found)
        readListedMembers(in: &found)
        readHeadlessListedMembers(in: &found)
        readSpeakerOffices(in: &found)
        readCoordinatedUnitFields(in: &found)
        addBodyUnits(to: &found)
        addParentBodies(to: &found)
        return found
    }

    /// A listed body right after a word its entry names in `not-after` (named-institutions.txt) is not the body:
    /// «علی القاعده» («as a rule», written apart from «علی‌القاعده») is an everyday Arabic phrase of Persian, not
    /// «القاعده» (al-Qaeda; the two corpora write the phrase in 6 articles, the body in 65).
    private func followsExcludedWord(_ i: Int) -> Bool {
        guard i > 0, context.onlySpaceBetween(i - 1, i), let entry = context.match(.namedInstitutions, at: i)?.entry else { return false }
        return entry.lists("not-after", key: context.key(i - 1))
    }

    /// A bare name (`institution.head-name`: «فدراسیون هندبال») is kept when the article vouches for it: written
    /// twice, or as the body of an office or a group («رئیس سازمان ترافیک»); a head `bare=office` («شرکت») only as the body
    /// of an office or a group (the corpora write «شرکت بورس», «شرکت هواپیمایی» twice as generic nouns). Once in running text a head and two
    /// words are as often a noun and its adjective or verb («… به بیمارستان مراجعه …», «کمیسیون مذکور»). A bare
    /// name that begins a longer institution of the article («سازمان همیاری» beside «سازمان همیاری شهرداریهای
    /// استان قم») is that body's short form, no body of its own; so is an office's body that begins a longer one
    /// («مجمع جهانی تقریب» beside «مجمع جهانی تقریب مذاهب اسلامی»).
    private func keepAttestedBareNames(in found: inout RecognizedMentions) {
        let bare = RuleID.institutionHeadName.rawValue, officeBody = RuleID.institutionOfficeBody.rawValue
        guard found.institutions.contains(where: { $0.rule == bare || $0.rule == officeBody }) else { return }
        var inOffice = [Bool](repeating: false, count: context.tokenCount)
        for r in found.roles { for t in r.tokens { inOffice[t] = true } }
        for g in found.groups { for t in g.tokens { inOffice[t] = true } }
        var written: [String: Int] = [:]
        for inst in found.institutions { written[inst.key, default: 0] += 1 }
        let keys = Set(written.keys)
        found.institutions.removeAll { inst in
            guard inst.rule == bare || inst.rule == officeBody else { return false }
            if keys.contains(where: { $0 != inst.key && $0.hasPrefix(inst.key) }) { return true }
            // An office's body (`institution.office-body`) needs no second writing; only its short form goes.
            if inst.rule == officeBody { return false }
            if inOffice[inst.tokens.lowerBound] { return false }
            if isInternationalName(inst) { return false }
            let bareKind = context.match(.institutionHeads, at: inst.tokens.lowerBound)?.entry["bare"]
            // `bare=always` («فرهنگسرای بهمن»): the head's form takes a name, written once or more.
            if bareKind == "always" { return false }
            return written[inst.key, default: 0] < 2 || bareKind == "office"
        }
    }

    /// «فدراسیون بین‌المللی فوتبال», «سازمان بین المللی مهاجرت»: a `bare=name` head whose first word is «بین‌المللی»
    /// (written whole or in two) names a world body though the article writes it once: the two dev corpora write a
    /// bare-name head before it 313 times, nearly always a body's name («آژانس بین‌المللی انرژی اتمی», «کمیته
    /// بین‌المللی المپیک», «سازمان بین‌المللی کار»).
    private func isInternationalName(_ inst: InstitutionSpan) -> Bool {
        guard let head = context.match(.institutionHeads, at: inst.tokens.lowerBound), head.entry["bare"] == "name" else { return false }
        let j = inst.tokens.lowerBound + head.length
        guard j < inst.tokens.upperBound else { return false }
        // A word must follow: «۳۰۰ سازمان بین المللی», «بانک بین المللی ویژه …» are generic.
        let international = PersianNormalizer.key("بین‌المللی")
        if context.key(j) == international { return j + 1 < inst.tokens.upperBound }
        return j + 2 < inst.tokens.upperBound && context.key(j) + context.key(j + 1) == international
    }

    /// The complete institutions named inside a role's complement, at any depth.
    private func collectInstitutions(of role: RoleSpan, into found: inout RecognizedMentions) {
        // «نماینده مردم کرمان در مجلس شورای اسلامی»: the body where an office `posted=yes` is held, after «در».
        if role.headEntry["posted"] == "yes", let d = role.tokens.last(where: { context.lists(.locativePrepositions, $0) }),
           let inst = phrases.institution(at: d + 1), inst.complete, inst.tokens.upperBound == role.tokens.upperBound {
            found.institutions.append(inst)
        }
        switch role.complement {
        case .institution(let inst):
            // An institution only a role implies («وزیر نیرو» → «وزارت نیرو») is no mention of its own.
            if inst.complete && !inst.implied { found.institutions.append(inst) }
            // «رئیس انجمن بازیگران خانه تئاتر»: a head and its qualifiers read whole, vouched for by the office.
            // Not before a deictic place the office keeps («سرمربی تیم ملی فوتبال این کشور»): the body is that country's.
            else if !role.deictic, let body = phrases.officeBody(inst) { found.institutions.append(body) }
            if let p = inst.place, !p.deictic { found.places.append(p) }
        case .role(let r): collectInstitutions(of: r, into: &found)
        case .place(let p):
            if !p.deictic { found.places.append(p) }
            // «مدیر … منطقه 22 شهرداری تهران»: the city hall a numbered district is named after (PhraseRecognizer.districtCity).
            if p.rule == RuleID.placeDistrictNumber.rawValue, let inst = phrases.institution(at: p.tokens.upperBound), inst.complete,
               inst.tokens.upperBound == role.tokens.upperBound {
                found.institutions.append(inst)
            }
        case nil:
            // «رئیس قوه قضاییه»: an office complete by its head, the head ending with a listed institution, names that body.
            for k in role.headTokens.dropFirst() where context.matchLength(.namedInstitutions, at: k).map({ k + $0 == role.headTokens.upperBound }) == true {
                if let inst = phrases.institution(at: k), inst.tokens.upperBound == role.headTokens.upperBound { found.institutions.append(inst) }
                break
            }
        }
    }

    private func collectInstitutions(inGroupAt group: GroupSpan, into found: inout RecognizedMentions) {
        var j = group.tokens.lowerBound + 1
        while j < group.tokens.upperBound {
            if let inst = phrases.institution(at: j), inst.complete, inst.tokens.upperBound <= group.tokens.upperBound {
                found.institutions.append(inst)
                j = inst.tokens.upperBound
            } else {
                j += 1
            }
        }
    }
}
