/// The person a report names once and then calls by office: «حسین کریمی … اظهار داشت: … . مسئول روابط عمومی
/// شبکه بهداشت شهرستان افزود: …» (`coref.continued-speaker`), «… با حضور آیت‌الله احمدی افتتاح شد. رئیس قوه
/// قضاییه … گفت» (`coref.named-before`).
extension Coreferencer {
    /// An unnamed role-holder whose first body mention is the subject of a sentence that continues a report — its
    /// verb «افزود», «ادامه داد», «اضافه کرد» (speech-verbs.txt `continues=yes`) or «همچنین» right after it
    /// (discourse-markers.txt `continues=yes`), or an interview setting right after it when the sentence before is
    /// the article's lead (`opensInterview`), or any verb of speech for most offices (`speaksOnAsOffice`) — is the
    /// named speaker who is the subject of the content sentence just before, when that speaker holds no office in the
    /// article: «added» goes on with the speaker just quoted, and a speaker with an office of their own would be someone
    /// else. «نیز» after the role announces a second speaker and keeps it apart.
    mutating func mergeContinuedSpeakers() {
        let subjectOf = subjects()
        let content = context.text.sentences.filter(\.isContent).map(\.index)
        var positionOf: [Int: Int] = [:]
        for (i, s) in content.enumerated() { positionOf[s] = i }
        for u in persons.indices where persons[u].unnamed && persons[u].mergedInto == nil {
            guard let su = firstBodySentence(of: u), let position = positionOf[su], position > 0,
                  let slot = subjectOf[su], slot.reference == .person(u), isSpeakerSubject(slot.tokens),
                  !context.lists(.additiveParticles, slot.tokens.upperBound),
                  continuesSpeech(context.text.sentences[su], after: slot.tokens.upperBound)
                    || opensInterview(after: slot.tokens.upperBound) && content[..<(position - 1)].allSatisfy(isHeadlineLine)
                    || speaksOnAsOffice(u, slot: slot) else { continue }
            let previous = content[position - 1]
            guard !isHeadlineLine(previous), let before = subjectOf[previous], case .person(let p0) = before.reference else { continue }
            let p = live(p0)
            guard p != u, !persons[p].unnamed, persons[p].roleKeys.isEmpty, isSpeakerSubject(before.tokens) else { continue }
            merge(u, into: p, rule: RuleID.corefContinuedSpeaker.rawValue)
        }
    }

    /// An office first mentioned as the speaking subject of a sentence (no «نیز» after it) right after a content
    /// sentence that reports an event «با حضور» one person named there for the first time, given no office, and
    /// mentions no one else: a report names its guest of honour, then calls them by office («… با حضور آیت‌الله احمدی افتتاح شد. به گزارش ایسنا رئیس قوه
    /// قضاییه در جمع قضات گفت: …») — the mirror of the speaker chain. The named person must hold no office anywhere in
    /// the article, else the office-holder is someone else. The office's holder (an unnamed person, or the role
    /// phrase not yet given to anyone) and its later mentions become that person.
    mutating func mergeNamedBefore() {
        let subjectOf = subjects()
        let content = context.text.sentences.filter(\.isContent).map(\.index)
        var peopleIn: [Int: Set<Int>] = [:]
        var othersIn: Set<Int> = []
        for slot in slots {
            let s = context.sentenceOfToken[slot.tokens.lowerBound]
            if case .person(let p) = slot.reference { peopleIn[s, default: []].insert(live(p)) } else { othersIn.insert(s) }
        }
        // The body sentence where each office is first written.
        var firstOffice: [String: Int] = [:]
        // Whether a sentence is a headline line, asked once a sentence (the question reads the sentence's text).
        var headline: [Int: Bool] = [:]
        for role in found.roles where role.complete {
            let s = context.sentenceOfToken[role.tokens.lowerBound]
            guard context.text.sentences[s].isContent else { continue }
            if headline[s] == nil { headline[s] = isHeadlineLine(s) }
            guard headline[s] == false else { continue }
            firstOffice[officeKey(role)] = min(firstOffice[officeKey(role)] ?? s, s)
        }
        for position in content.indices.dropFirst() {
            let su = content[position]
            guard let slot = subjectOf[su].flatMap({ isSpeakerSubject($0.tokens) ? $0 : nil }) ?? openerSpeaker(in: su, roles: true),
                  !context.lists(.additiveParticles, slot.tokens.upperBound) else { continue }
            guard let office = speakerOffice(slot) else { continue }
            let previous = content[position - 1]
            guard firstOffice[office] == su, !isHeadlineLine(previous), !othersIn.contains(previous),
                  let people = peopleIn[previous], people.count == 1, let p0 = people.first else { continue }
            let p = live(p0)
            guard !persons[p].unnamed, persons[p].roles.isEmpty, introduces(previous, person: p),
                  slots.contains(where: { $0.reference == .person(p0) && isGuestOfHonour($0.tokens) }) else { continue }
            giveOffice(office, to: p, rule: RuleID.corefNamedBefore.rawValue)
        }
    }

    /// «با حضور NAME»: the person whose presence an event is reported with, whom the next sentence goes on about (on
    /// 800 unannotated articles a name in any other place of the sentence before — a play's author — was another
    /// person than the office-holder speaking after it).
    private func isGuestOfHonour(_ tokens: Range<Int>) -> Bool {
        let k = tokens.lowerBound
        return k >= 2 && context.lists(.presenceNouns, k - 1) && context.lists(.comitativePrepositions, k - 2)
    }

    /// A person named for the first time as the speaking subject of a sentence that places itself in a meeting
    /// already reported («ماتسورا نیز در این دیدار … گفت», «در این مراسم همچنین عبدالعلی‌زاده … اظهار داشت»), given no
    /// office, is the one party of that meeting the text gave by office alone: the last sentence before with a
    /// meeting trigger names one person and one office no one holds, and nothing else («هاشمی رفسنجانی در دیدار
    /// مدیرکل یونسکو … گفت») (`coref.meeting-counterpart`). The sentence that places itself in the meeting may also
    /// name the meeting's named party beside the new person, in any slot («وزیر امورخارجه … با وزیر امور خارجه این
    /// کشور دیدار کرد. در این دیدار متکی و سعودالفیصل … بحث و تبادل نظر کردند»): the one person it adds, named there
    /// for the first time with no office, is the counterpart, as a headline and its lead are compared
    /// (`nameCounterpart`).
    mutating func nameMeetingCounterparts() {
        let subjectOf = subjects()
        var lastMeeting: Int?
        var slotsIn: [Int: [Slot]] = [:]
        for t in slots { slotsIn[context.sentenceOfToken[t.tokens.lowerBound], default: []].append(t) }
        for sentence in context.text.sentences where sentence.isContent && !isHeadlineLine(sentence.index) {
            let s = sentence.index
            let tokens = sentence.tokens
            let trigger = tokens.contains { context.matchLength(.meetingTriggers, at: $0) != nil }
            defer { if trigger { lastMeeting = s } }
            guard trigger, let m = lastMeeting,
                  tokens.contains(where: { $0 > tokens.lowerBound && context.isDeicticDeterminer($0 - 1) && context.matchLength(.meetingTriggers, at: $0) != nil }) else { continue }
            // The meeting's sentence: one named person, one office held by no one named, nothing else.
            var named: Set<Int> = [], offices: Set<String> = [], other = false
            for t in slotsIn[m] ?? [] {
                switch t.reference {
                case .person(let q0):
                    let q = live(q0)
                    if persons[q].unnamed { offices.formUnion(persons[q].roleKeys) } else { named.insert(q) }
                case .role(let r):
                    if found.roles[r].complete { offices.insert(officeKey(found.roles[r])) } else { other = true }
                case .group:
                    other = true
                }
            }
            // A counterpart named beside a party may follow a meeting sentence that names others too («وزیر امورخارجه
            // … در حاشیه دیدار رئیس جمهوری از عربستان، با وزیر امور خارجه این کشور دیدار کرد»): the party it names
            // ties it to the meeting.
            guard !other, !named.isEmpty, offices.count == 1, let office = offices.first,
                  let (p, besideParty) = meetingCounterpart(in: s, subject: subjectOf[s], slots: slotsIn[s] ?? [], parties: named),
                  besideParty || named.count == 1,
                  !persons[p].unnamed, persons[p].roles.isEmpty, introduces(s, person: p) else { continue }
            giveOffice(office, to: p, rule: RuleID.corefMeetingCounterpart.rawValue)
        }
    }

    /// The person a sentence that places itself in a meeting adds to the meeting's named `parties`: its speaking
    /// subject when that is no party («ماتسورا نیز در این دیدار … گفت»), else the one other named person of a sentence
    /// that names two, a party and that person joined by «و» or «با» («در این دیدار متکی و سعودالفیصل …»: sharing a
    /// party, the sentence tells the same meeting; a name elsewhere in it may be a third person spoken about). Nil when
    /// it adds no one, or more than one; `besideParty` tells the second way.
    private func meetingCounterpart(in s: Int, subject: Slot?, slots inSentence: [Slot], parties: Set<Int>) -> (person: Int, besideParty: Bool)? {
        if let slot = subject, case .person(let p0) = slot.reference, isSpeakerSubject(slot.tokens), !parties.contains(live(p0)) {
            return (live(p0), false)
        }
        var named: [(slot: Slot, person: Int)] = []
        for slot in inSentence {
            guard case .person(let q0) = slot.reference, !persons[live(q0)].unnamed else { continue }
            named.append((slot, live(q0)))
        }
        named.sort { $0.slot.tokens.lowerBound < $1.slot.tokens.lowerBound }
        guard named.count == 2, parties.contains(named[0].person) != parties.contains(named[1].person),
              case let gap = named[0].slot.tokens.upperBound..<named[1].slot.tokens.lowerBound,
              gap.count == 1, context.isKey(gap.lowerBound, "و") || context.lists(.comitativePrepositions, gap.lowerBound) else { return nil }
        return (parties.contains(named[0].person) ? named[1].person : named[0].person, true)
    }

    /// Every mention of an office no named person holds becomes person `p`'s: unnamed holders are merged into them,
    /// role phrases no one holds are attached.
    mutating func giveOffice(_ office: String, to p: Int, rule: String) {
        for u in persons.indices where u != p && persons[u].unnamed && persons[u].mergedInto == nil && persons[u].roleKeys.contains(office) {
            merge(u, into: p, rule: rule)
        }
        let unheld = found.roles.indices.filter { roleOwner[$0] == nil && found.roles[$0].complete && officeKey(found.roles[$0]) == office }
        guard !unheld.isEmpty else { return }
        for r in unheld { attach(role: r, to: p, rule: rule) }
        let given = Set(unheld)
        for s in slots.indices {
            if case .role(let r) = slots[s].reference, given.contains(r) { slots[s].reference = .person(p) }
        }
    }

    /// «رییس گروه خودروی وزارت صنایع و معادن در گفت‌وگو با خبرنگار اقتصادی فارس اظهار کرد»: an interview setting
    /// (statement-settings.txt `interview=yes`) right after the subject ending at `k`, or one word after it («امروز»).
    /// Right after a lead that quotes a named speaker, the office speaking so is that speaker: the body opens the
    /// interview the lead summed up («خبرگزاری فارس- عزیزالله گودرزی گفت: …»). In the two dev corpora (2026-12-06,
    /// letters folded) an office opens an interview in the sentence after a lead that quotes or names someone in 9
    /// articles, each time the same person; most were linked before by other rules, and on the records this case gave
    /// one office more (right).
    private func opensInterview(after k: Int) -> Bool {
        (k..<(k + 2)).contains { context.match(.statementSettings, at: $0)?.entry["interview"] == "yes" }
    }

    /// «برانکو ایوانکوویچ در گفت‌وگو با ایسنا گفت: … . سرمربی تیم ملی فوتبال بزرگسالان درباره … تصریح کرد: …»: a report
    /// that names its speaker once goes on calling them by office, whatever its verb of speech; a second speaker is
    /// announced with «نیز»/«هم» (kept apart by the caller). Two offices are left to the verbs that say «went on»: a
    /// national office that stands alone (role-heads.txt `standalone=yes`: «رئیس جمهور کشورمان … گفت» after a foreign
    /// minister's words is the president, a new speaker), an office that opens an interview of its own further down
    /// than right after the lead (a second interview), and an office set off before a name the lexicons do not
    /// know («سرمربی سوری موقت تیم ملی فوتبال لبنان، محمد قویض … تبریک گفت»: a given name right after it, past a
    /// comma, is its holder). On the two dev corpora (2026-12-06) the verbs that do not say «went on» joined 19 offices
    /// to the speaker before; read against the texts 17 were right, and the two wrong ones are the two shapes above.
    private func speaksOnAsOffice(_ u: Int, slot: Slot) -> Bool {
        guard let r = persons[u].roles.first(where: { found.roles[$0].tokens == slot.tokens }) else { return false }
        let role = found.roles[r]
        if role.headEntry["standalone"] == "yes" { return false }
        // An interview the office opens further down than right after the lead is a second interview, someone else's
        // (`opensInterview` decides right after the lead).
        if opensInterview(after: slot.tokens.upperBound) { return false }
        var k = role.tokens.upperBound
        if k < context.tokenCount, context.isComma(k) { k += 1 }
        return k >= context.tokenCount || (context.matchLength(.givenNames, at: k) == nil && context.matchLength(.titles, at: k) == nil)
    }

    /// Does the clause after the subject ending at `k` continue a report: «همچنین» right after it, or a verb of
    /// speech marked `continues=yes`?
    private func continuesSpeech(_ sentence: Sentence, after k: Int) -> Bool {
        if k < sentence.tokens.upperBound, context.match(.discourseMarkers, at: k)?.entry["continues"] == "yes" { return true }
        return clauses.speechVerb(sentence, from: k)?["continues"] == "yes"
    }

    /// The office a speaker's slot names, for the rules that give it to a named person: a complete role phrase no
    /// one holds yet, or the role an unnamed holder is written with at that slot. Nil for a group, an owned or
    /// incomplete phrase (`coref.continued-speaker`, `coref.headline-speaker`).
    func speakerOffice(_ slot: Slot) -> String? {
        switch slot.reference {
        case .role(let r):
            guard roleOwner[r] == nil, found.roles[r].complete else { return nil }
            return officeKey(found.roles[r])
        case .person(let u0):
            let u = live(u0)
            guard persons[u].unnamed, let r = persons[u].roles.first(where: { found.roles[$0].tokens == slot.tokens }) else { return nil }
            return officeKey(found.roles[r])
        case .group:
            return nil
        }
    }
}
