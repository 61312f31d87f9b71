/// The name behind an office the title gives and the lead names, or the other way round: a report's headline and
/// its lead tell one event twice, once by office and once by name («دیدار وزیر امور خارجه با رئیس جمهوری سوریه» /
/// «کمال خرازی … با بشار اسد رئیس جمهوری سوریه دیدار کرد»: `coref.headline-counterpart`), and a kicker that
/// names the speaker («عسکراولادی:») is the office the lead quotes («دبیرکل جمعیت موتلفه اسلامی گفت»:
/// `coref.headline-speaker`). Left apart, the office is a second, unnamed person who meets its own holder.
extension Coreferencer {
    /// One party of a sentence: a named person, or an office no named person holds.
    private enum Party: Hashable {
        case named(Int)
        case office(String)
    }

    /// The parties of a sentence's participant slots; nil when a slot is a group or an office with no
    /// complement (it could stand for more than one person).
    private func parties(in s: Int, slotsIn: [Int: [Slot]]) -> Set<Party>? {
        var result: Set<Party> = []
        for slot in slotsIn[s] ?? [] {
            switch slot.reference {
            case .group:
                return nil
            case .role(let r):
                guard found.roles[r].complete else { return nil }
                result.insert(.office(officeKey(found.roles[r])))
            case .person(let q0):
                let q = live(q0)
                guard persons[q].unnamed else { result.insert(.named(q)); continue }
                let own = persons[q].roles.first { found.roles[$0].tokens.overlaps(slot.tokens) }
                guard let r = own ?? (persons[q].roles.count == 1 ? persons[q].roles.first : nil) else { return nil }
                result.insert(.office(officeKey(found.roles[r])))
            }
        }
        return result
    }

    /// May named person `p` hold `office`? Not when a named person already holds it, nor when `p` holds an office
    /// of another head (then the office is someone else's).
    private func mayHold(_ p: Int, office: String, head: String?) -> Bool {
        guard !persons[p].unnamed, (holdersByKey[office] ?? []).map(live).allSatisfy({ persons[$0].unnamed }) else { return false }
        return persons[p].roleKeys.isEmpty || head.map { persons[p].headKeys.contains($0) } == true
    }

    /// The head key of an office, read from a role phrase written for it.
    private func headKey(ofOffice office: String) -> String? {
        found.roles.first { $0.complete && officeKey($0) == office }?.headKey
    }

    private func slotsBySentence() -> [Int: [Slot]] {
        var slotsIn: [Int: [Slot]] = [:]
        for t in slots { slotsIn[context.sentenceOfToken[t.tokens.lowerBound], default: []].append(t) }
        return slotsIn
    }

    /// A headline line with a meeting trigger and the lead (the first body sentence) with one too, whose parties
    /// differ by one on each side: the one the headline gives by office and the one the lead names (or the
    /// reverse) are one person. Both must share another party («رئیس جمهوری سوریه» = «بشار اسد رئیس جمهوری
    /// سوریه»), and the named one may hold no office of another head. Two offices of one head no named person
    /// holds are one unnamed person too («دیدار بان کی‌مون با رهبر مخالفان دولت اوکراین» / «… با رهبر مخالفان اوکراین
    /// دیدار کرد»). When no headline line gives the counterpart, the lead and the agency's restatement right after
    /// it are compared the same way, an office against a name only (`coref.lead-counterpart`, `leadRestatement`).
    mutating func nameHeadlineCounterparts() {
        let sentences = context.text.sentences
        guard let lead = sentences.first(where: { $0.isContent && !isHeadlineLine($0.index) }) else { return }
        let context = self.context
        let hasTrigger = { (s: Sentence) in s.tokens.contains { context.matchLength(.meetingTriggers, at: $0) != nil } }
        guard hasTrigger(lead) else { return }
        // «خاتمی در دیدار وزیر دفاع آذربایجان:» over a title and «فارس: رئیس جمهور کشورمان دیروز در دیدار …»: a kicker
        // closed by its colon reads as the first closed sentence, so the lead is the report after it.
        if isKicker(lead), let report = sentences[(lead.index + 1)...].filter(\.isContent).prefix(2).first(where: hasTrigger),
           !isKicker(report) {
            _ = nameCounterpart(between: lead.index, and: report.index, rule: .corefHeadlineCounterpart)
            return
        }
        for h in sentences[..<lead.index] where h.isContent && isHeadlineLine(h.index) && hasTrigger(h) {
            if nameCounterpart(between: h.index, and: lead.index, rule: .corefHeadlineCounterpart) { return }
        }
        if let restatement = leadRestatement(after: lead), hasTrigger(restatement) {
            _ = nameCounterpart(between: lead.index, and: restatement.index, rule: .corefLeadCounterpart)
        }
    }

    /// A line of one sentence closed by a colon, opening the text or right after a headline line: the kicker above a
    /// title in the Hamshahri layout («رئیس جمهور در دیدار رئیس مجلس بوسنی:»), not a lead that quotes («… گفت:» runs on
    /// in its paragraph).
    func isKicker(_ s: Sentence) -> Bool {
        let sentences = context.text.sentences
        guard let last = s.tokens.last, context.isPunctuation(last, ":"),
              s.index == 0 || sentences[s.index - 1].paragraph != s.paragraph,
              s.index + 1 >= sentences.count || sentences[s.index + 1].paragraph != s.paragraph else { return false }
        return sentences[..<s.index].allSatisfy { !$0.isContent || isHeadlineLine($0.index) }
    }

    /// The sentence of an agency's restatement of the lead: the next content sentence after it, opening with a report
    /// opener that is no desk label («به گزارش خبرگزاری فارس، دکتر گوستاو کوبریرو … در دیدار با علی چگنی سفیر …»
    /// after «رئیس دانشگاه هاوانا در دیدار با سفیر جمهوری اسلامی در کوبا …»). The news tells the event twice, once
    /// by office and once by name.
    private func leadRestatement(after lead: Sentence) -> Sentence? {
        guard let next = context.text.sentences[(lead.index + 1)...].first(where: \.isContent),
              let opener = context.match(.reportOpeners, at: next.tokens.lowerBound), opener.entry["until"] == nil else { return nil }
        return next
    }

    /// Compares the parties of sentences `a` and `b`, which tell one event: they share a party (a named person, or an
    /// office no named person holds) and differ by one party on each side. An office on one side and a named person on the other who may hold it: the person
    /// takes the office; two offices of one head no named person holds: one unnamed holder. True when it linked.
    private mutating func nameCounterpart(between a: Int, and b: Int, rule: RuleID) -> Bool {
        let slotsIn = slotsBySentence()
        guard let first = parties(in: a, slotsIn: slotsIn), let second = parties(in: b, slotsIn: slotsIn),
              !first.isDisjoint(with: second),
              case let onlyFirst = first.subtracting(second), onlyFirst.count == 1,
              case let onlySecond = second.subtracting(first), onlySecond.count == 1 else { return false }
        switch (onlyFirst.first!, onlySecond.first!) {
        case (.office(let office), .named(let p)), (.named(let p), .office(let office)):
            guard mayHold(p, office: office, head: headKey(ofOffice: office)) else { return false }
            giveOffice(office, to: p, rule: rule.rawValue)
            return true
        case (.office(let one), .office(let other)):
            // The agency's restatement names the people its lead gave by office: an office there too is most often a
            // name the rules did not read («… با "علی چگنی" سفیر …»), whose other offices would go to the unnamed holder.
            guard rule == .corefHeadlineCounterpart, let head = headKey(ofOffice: one), head == headKey(ofOffice: other),
                  ((holdersByKey[one] ?? []) + (holdersByKey[other] ?? [])).map(live).allSatisfy({ persons[$0].unnamed }),
                  let u = unnamedHolder(of: one) ?? unnamedHolder(of: other) else { return false }
            giveOffice(one, to: u, rule: rule.rawValue)
            giveOffice(other, to: u, rule: rule.rawValue)
            return true
        default:
            return false
        }
    }

    /// The unnamed person holding `office`: the one made already, else one made now for the first role phrase of
    /// the office no one holds (left out of the record unless it meets another person, as any unnamed holder).
    private mutating func unnamedHolder(of office: String) -> Int? {
        if let u = persons.indices.first(where: { persons[$0].unnamed && persons[$0].mergedInto == nil && persons[$0].roleKeys.contains(office) }) {
            return u
        }
        guard let r = found.roles.indices.first(where: { roleOwner[$0] == nil && found.roles[$0].complete && officeKey(found.roles[$0]) == office })
        else { return nil }
        let u = persons.count
        persons.append(PersonEntity(name: context.text(tokens: found.roles[r].tokens), identityKey: found.roles[r].key, surnameKeys: [], unnamed: true))
        attach(role: r, to: u, rule: RuleID.personUnnamedRole.rawValue)
        for s in slots.indices where slots[s].reference == .role(r) { slots[s].reference = .person(u) }
        return u
    }

    /// A kicker above the title that names a speaker and ends with a colon («حضرت آیت‌الله خامنه‌ای:»,
    /// «عسکراولادی:», «مجید مجیدی تشریح کرد:»), then the first sentence after it with a person or an office opens with an
    /// office that reports speech, with no «نیز» after it: the kicker's person holds that office.
    mutating func nameKickerSpeakers() {
        let sentences = context.text.sentences
        let content = sentences.filter(\.isContent)
        let slotsIn = slotsBySentence()
        let subjectOf = subjects()
        for kicker in content.prefix(3) {
            let k = kicker.index
            guard (k == 0 || sentences[k - 1].paragraph != kicker.paragraph),
                  k + 1 >= sentences.count || sentences[k + 1].paragraph != kicker.paragraph,
                  let last = kicker.tokens.last,
                  let inKicker = slotsIn[k]?.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
                  let first = inKicker.first, case .person(let p0) = first.reference,
                  first.tokens.lowerBound == kicker.tokens.lowerBound else { continue }
            // «دادکان: مربی خارجی نمی‌آوریم»: a title that opens with the speaker's name and a colon quotes him, as a
            // kicker that ends with the colon names him; a title line only (`isHeadlineLine`), the colon right after the name.
            let quotingTitle = !context.isPunctuation(last, ":") && context.isPunctuation(first.tokens.upperBound, ":")
                && first.tokens.upperBound < last && isHeadlineLine(k)
            guard context.isPunctuation(last, ":") || quotingTitle,
                  let tail = quotingTitle ? [] : kickerTail(after: first, to: last, slots: inKicker.dropFirst()) else { continue }
            let p = live(p0)
            // A title between names no one («… مردم …»): its groups do not stop the search.
            guard let next = content.first(where: { $0.index > k && (slotsIn[$0.index] ?? []).contains { if case .group = $0.reference { false } else { true } } }),
                  next.index - k <= 4,
                  let slot = subjectOf[next.index].flatMap({ isSpeakerSubject($0.tokens) ? $0 : nil }) ?? openerSpeaker(in: next.index, roles: true),
                  !context.lists(.additiveParticles, slot.tokens.upperBound) else { return }
            guard let office = speakerOffice(slot) else { return }
            // «احمدی‌نژاد در بدرقه طالبانی:»: whoever the kicker names after «در» is named in the report too, apart
            // from its speaker, so the office that speaks is not theirs.
            let othersInReport = Set((slotsIn[next.index] ?? []).compactMap { other -> Int? in
                guard other.tokens != slot.tokens, case .person(let r) = other.reference else { return nil }
                return live(r)
            })
            guard tail.allSatisfy(othersInReport.contains) else { return }
            guard mayHold(p, office: office, head: headKey(ofOffice: office)) else { return }
            giveOffice(office, to: p, rule: RuleID.corefHeadlineSpeaker.rawValue)
            return
        }
    }
}

extension Coreferencer {
    /// What a kicker says after the name that opens it, when it names only a speaker: the named people of its tail, or
    /// nil when it is no speaker's kicker. Up to three words after the name («عسکراولادی:», «مجید مجیدی تشریح کرد:»),
    /// no other participant among them; or the event the speaker spoke at, «در» right after the name and at most
    /// `kicker-event-words` (phrase-limits.txt) words («محمد سلامتی در گفت و گو با ایسنا:», «احمدی‌نژاد در بدرقه طالبانی:»), with no office
    /// (an office after «در» may be the one the report's first sentence gives: «… در دیدار وزیر خارجه آلمان:») and
    /// named people the caller finds again in the report, apart from its speaker.
    func kickerTail(after first: Slot, to last: Int, slots rest: ArraySlice<Slot>) -> [Int]? {
        let words = (first.tokens.upperBound..<last).filter { context.isWord($0) }.count
        if rest.isEmpty, words <= 3 { return [] }
        guard words <= context.limits.kickerEventWords, first.tokens.upperBound < last,
              context.isKey(first.tokens.upperBound, "در") else { return nil }
        var named: [Int] = []
        // A group or an office after «در» may be whom the report's first sentence quotes: no speaker's kicker.
        for slot in rest {
            guard case .person(let q) = slot.reference, !persons[live(q)].unnamed else { return nil }
            named.append(live(q))
        }
        return named
    }

    /// How many words a meeting's subject may stand before the office of its «با» list.
    static let ownPartyReach = 60

    /// Is person `p` the subject of the sentence of role `r`, named before a «با» that stands before the role, in a
    /// sentence with a meeting trigger after the role? Then the role is the other party («بلاس اف اوبله وزیر خارجه
    /// … فیلیپین … با رئیس جمهور و وزیر امور خارجه دیدار کرد»): one does not meet oneself, so the office is
    /// another holder of it (`coref.role` passes `p` over; issue 21).
    func isOwnMeetingParty(_ p: Int, role r: Int) -> Bool {
        let role = found.roles[r]
        let start = role.tokens.lowerBound
        let sentence = context.text.sentences[context.sentenceOfToken[start]]
        let subject = clauses.subjectStart(sentence)
        // The subject and the «با» list stand within one clause (`ownPartyReach` words), which also keeps this
        // linear: it is asked of every role, and an unpunctuated sentence of a megabyte (the adversarial bench)
        // would otherwise scan its slots and words once per role. The slot's position is tested before its person.
        guard subject < start, start - subject <= Self.ownPartyReach, let slot = slots.first(where: { slot in
            guard slot.tokens.lowerBound <= subject && slot.tokens.upperBound > subject,
                  case .person(let q) = slot.reference else { return false }
            return live(q) == live(p)
        }), slot.tokens.upperBound < start,
              (slot.tokens.upperBound..<start).contains(where: { context.lists(.comitativePrepositions, $0) }) else { return false }
        return (role.tokens.upperBound..<min(sentence.tokens.upperBound, role.tokens.upperBound + Self.ownPartyReach))
            .contains { context.matchLength(.meetingTriggers, at: $0) != nil }
    }
}
