/// A meeting event found in the text, before ids are given.
struct MeetingEvent {
    var kind: MeetingKind
    var trigger: Range<Int>
    var sentence: Int
    /// Every sentence that described this meeting (the first is the evidence sentence).
    var sentences: [Int] = []
    var persons: [Int] = []
    var groups: [Int] = []
    var guests: [Int] = []
    /// The people each of the frame's parties found, in the frame's order (`SeparateMeetings` reads the sides).
    var sides: [[Int]] = []
    /// A round of visits: the «با» list past `with-lookback` words, a comma list of offices or names
    /// (`withPreposition`); `SeparateMeetings` makes it a star as it does a meeting held «به طور جداگانه».
    var roundOfVisits = false
    /// The centre of that star when it is not the side with fewest people: those a visit's own sentence named, before
    /// a back-reference added the people each of them met.
    var roundCentre: [Int]? = nil
    /// The frame's rule id (`RuleID`), or `meeting.join.this-meeting`.
    var rule: String
    /// CAMEO code, from the frame.
    var cameo: String
    /// `file:line` of the frame that found it.
    var source: String

    mutating func add(person p: Int) { if !persons.contains(p) { persons.append(p) } }
    mutating func add(group g: Int) { if !groups.contains(g) { groups.append(g) } }
}

/// Finds meetings by the frames of `meeting-frames.txt` (`MeetingFrame`) and who took part.
///
/// Each frame names where its parties stand (`MeetingFrame.Position`); this type reads those positions. Rule
/// ids: the frame's id; `meeting.join.this-meeting` when «X نیز در این نشست گفت», «در ادامه این جلسه، X …»
/// join the article's meeting (a frame with `deictic=joins`); `meeting.join.also-speaker` when «X … نیز … گفت»
/// after a meeting joins it, and `meeting.join.next-speaker` when a speaker opened by «در ادامه»، «سپس» (a
/// `sequence=yes` marker of discourse-markers.txt) does; the joined person's sentence is added to the meeting's.
/// A sentence with a non-meeting cue (a plan «قرار است … دیدار کند», an absence «حضور نداشت») has no meeting;
/// a participant after a citation cue («با تأکید استاندار قم») is not one; quoted speech is never read.
/// A meeting that is the topic of its sentence («درباره دیدار …») does not take the subject in (`MeetingTopic`);
/// separate meetings of one party stay apart and a meeting held «به طور جداگانه» is a star (`SeparateMeetings`).
/// A participant who took part by video conference is not present (`RemotePresence`). Joins stop at the
/// boundary of a news item of a bulletin (`NewsItems`).
struct MeetingDetector {
    let context: DocumentContext
    let clauses: ClauseReader

    func detect(_ coref: inout Coreferencer) -> [MeetingEvent] {
        var slotAt: [Int: Slot] = [:]
        for slot in coref.slots {
            if let old = slotAt[slot.tokens.lowerBound], old.tokens.count >= slot.tokens.count { continue }
            slotAt[slot.tokens.lowerBound] = slot
        }
        // «با حضور رئیس شعبه عزیز محمدی و …», «با حضور مدیرکل علی احمدی و …»: an office no one was given (a bare head,
        // no slot or a slot of its own) right before a name is that name's title of office; read as one item with the
        // name, the list of participants goes on past it instead of stopping at the office.
        for (r, role) in coref.found.roles.enumerated() where coref.roleOwner[r] == nil {
            let start = role.tokens.lowerBound
            if let old = slotAt[start], case .person = old.reference { continue }
            guard let named = slotAt[role.tokens.upperBound], case .person = named.reference else { continue }
            slotAt[start] = Slot(tokens: start..<named.tokens.upperBound, reference: named.reference)
        }
        for (start, slot) in slotAt {
            if case .role(let r) = slot.reference, coref.found.roles[r].complete || coref.found.roles[r].isBareLocalOffice {
                slotAt[start]?.standsAlone = true
            }
        }
        // The same slots by the token they end before, the longest of those ending there: `withPreposition` walks
        // back over them.
        var slotEnding: [Int: Slot] = [:]
        for slot in slotAt.values {
            if let old = slotEnding[slot.tokens.upperBound], old.tokens.count >= slot.tokens.count { continue }
            slotEnding[slot.tokens.upperBound] = slot
        }
        let subjects = coref.subjects()
        let limits = context.limits
        var meetings: [MeetingEvent] = []
        var latest: Int?
        // A join reaches back only within the news item of its sentence (`NewsItems`).
        let items = NewsItems(context: context)
        func inItem(_ m: Int, _ sentence: Int) -> Bool { items.same(meetings[m].sentences.last ?? meetings[m].sentence, sentence) }

        // The last sentence whose meeting word a plan or a negation cancelled («… برگزار می‌شود», «قرار است …»), and the
        // last that reported another event held which no frame read («همچنین بزرگداشت … برگزار شد», `HeldEvents`): a
        // later «این نشست» or «X نیز گفت» in its item speaks of that event, not of an earlier meeting (`pointsPast`).
        var cancelled: Int?
        var announced: Int?
        /// True when the event told in sentence `marker` came after the latest meeting, in the item of `sentence`.
        func pointsPast(_ marker: Int?, _ sentence: Int) -> Bool {
            guard let marker, items.same(marker, sentence) else { return false }
            return latest.map { meetings[$0].sentences.max() ?? meetings[$0].sentence } ?? -1 < marker
        }
        func pointsToCancelled(_ sentence: Int) -> Bool { pointsPast(cancelled, sentence) }
        func pointsToAnnounced(_ sentence: Int) -> Bool { pointsPast(announced, sentence) }
        let heldEvents = HeldEvents(context: context, clauses: clauses)
        for sentence in context.text.sentences where sentence.isContent {
            // «حضور دارند» announces an event, except right after a meeting reported as held: then only the
            // attendance frame reads the sentence, and only to join that meeting (`attendanceOnly`).
            // A quotation that tells of a meeting is read only when a named person speaks it: an office that speaks
            // («نماینده بافت تأکید کرد: در این جلسه …») is often the named speaker before it, whom coreference did not
            // reach, and would meet himself (2 of the 4 such joins in the two dev corpora).
            let readsQuote = subjects[sentence.index].map { slot in
                guard case .person(let p) = slot.reference else { return false }
                return !coref.persons[coref.live(p)].unnamed
            } ?? false
            let cancels = clauses.cancelsMeeting(sentence, readsQuote: readsQuote)
            let attendanceOnly = cancels && cancelledOnlyByAttendance(sentence)
            var limit = clauses.meetingLimit(sentence, readsQuote: readsQuote)
            // A sentence whose only cancelling cue is a bare future of its own reads no frame, but its speaker may join
            // the meeting told before (the joins after the frames).
            var framesOff = false
            if cancels && !attendanceOnly {
                // A headline («مراسم چهلم … امروز … برگزار می‌شود» over a report of the ceremony) ends with no full stop.
                // Only a plan or a negation: an absence («عدم حضور تمدن در جلسه») leaves the event held. A cue of
                // `scope=own` (the bare future auxiliary) cancels its sentence only.
                let words = sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit)
                if let last = sentence.tokens.last, SentenceSplitter.isTerminal(context.token(last)),
                   words.contains(where: { context.match(.meetingTriggers, at: $0) != nil }),
                   words.contains(where: { k in context.match(.nonMeetingCues, at: k).map { ["plan", "negated"].contains($0.entry["kind"]) && $0.entry["scope"] != "own" } ?? false }) {
                    cancelled = sentence.index
                }
                if let verb = clauses.reportedClauseHoldingCues(sentence, readsQuote: readsQuote) {
                    // Cues only in the clause the speaker reports («… که در این دیدار شرکت داشت گفت، … برگزار خواهد شد»):
                    // the frames read the sentence up to the speech verb.
                    limit = verb
                } else {
                    // Not a sentence that tells of a meeting of its own («شیراک نیز در دیدار با کوفی عنان … خاطرنشان کرد
                    // که … قرار خواهد داد»): its speaker was at that meeting, not at the one told before.
                    guard clauses.cancelsOwnSentenceOnly(sentence, readsQuote: readsQuote),
                          !(sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit)).contains(where: { context.match(.meetingTriggers, at: $0) != nil })
                    else { continue }
                    framesOff = true
                }
            }
            let subject = subjects[sentence.index]
            var k = framesOff ? limit : sentence.tokens.lowerBound
            var framed = false
            // The end of «این نشست» in this sentence: a frame in its relative clause describes that meeting.
            var deicticEnd: Int?
            while k < limit {
                // Every trigger belongs to a frame: `MeetingFrames` made the trigger lexicon from the frames.
                guard var trigger = context.match(.meetingTriggers, at: k), let frameID = trigger.entry["frame"],
                      var frame = context.frames[frameID] else { k += 1; continue }
                // «با X دیدار و بر … تأکید کرد»: a gapped verb with no «با» participant before it is the noun of its
                // first word («X پس از دیدار و گفت‌وگو با Y …»).
                if frame.needsWithParty, withParty(before: k, in: sentence, slotAt, slotEnding) == nil {
                    guard let noun = context.rules.entry(.meetingTriggers, key: context.keys[k], hash: context.keyHashes[k]),
                          let nounFrame = noun["frame"].flatMap({ context.frames[$0] }) else { k += 1; continue }
                    trigger = (1, noun); frame = nounFrame
                }
                if attendanceOnly && !frame.joinsNear { k += 1; continue }
                let te = k + trigger.length
                if frame.needsEvent, !holdsOtherTrigger(sentence, besides: k..<te, limit: limit) { k = te; continue }
                var event = MeetingEvent(kind: frame.kind, trigger: k..<te, sentence: sentence.index, rule: frame.id,
                                         cameo: frame.cameo, source: frame.source)
                var participants: [Slot] = []
                var guests: [Slot] = []
                var sides: [[Slot]] = []
                var end = te
                // Joined by «مراسم افتتاح این …» or by the speaker after a back-reference (`personOpening`).
                var backReferenced = false
                // «دراین دیدار»: a demonstrative glued to its «در» points back too (`isGluedLocativeDeictic`).
                // «طی مراسم فوق», «در جلسه مذکور»: a demonstrative after the noun (`position=after`) points back as well.
                let postDeictic = context.pointsBackAfter(te)
                let anaphoric = k > 0 && context.isDeicticOrGlued(k - 1) || postDeictic != nil
                if frame.unlessLocativeNext, context.lists(.locativePrepositions, te) { k = te; continue }
                if let cue = frame.unlessCue, holdsCue(cue, sentence, limit: limit) { k = te; continue }
                if frame.deicticOnly && !(anaphoric || continuesEvent(trigger: k, end: te, in: sentence, limit: limit, slotAt)) { k = te; continue }
                if frame.deicticJoins && (anaphoric || frame.deicticAfter && context.isDeicticDeterminer(te)
                                          || frame.kind != .visit && continuesEvent(trigger: k, end: te, in: sentence, limit: limit, slotAt) && !namesPartner(after: te, slotAt)) {
                    deicticEnd = te + (postDeictic ?? 0)
                    backReferenced = !anaphoric
                    if let subject { participants += list(at: subject.tokens.lowerBound, limit: limit, slotAt).slots }
                    else if let opener = personOpening(trigger: k, after: te + (postDeictic ?? 0), in: sentence, limit: limit, slotAt) {
                        participants += list(at: opener, limit: limit, slotAt).slots
                        backReferenced = true
                    } else if anaphoric, let local = localSubject(before: context.isGluedLocativeDeictic(k - 1) ? k : k - 1, in: sentence, slotAt) {
                        participants.append(local)
                    } else if anaphoric, frame.kind == .ceremony, let agent = passiveAgent(after: te, limit: limit, slotAt) {
                        participants += list(at: agent, limit: limit, slotAt).slots
                    }
                    // «گل در این دیدار با سیدمحمد خاتمی … مذاکره کرد»: the person after «با» right after the noun is the
                    // meeting's other party, as after a noun that opens a meeting of its own («با بیان …», «با اشاره …» are
                    // no person and are passed over).
                    let noun = te + (postDeictic ?? 0)
                    let partner = (context.isKey(noun, "خود") ? noun + 1 : noun) + 1
                    if anaphoric, namesPartner(after: noun, slotAt), case .person = slotAt[partner]?.reference {
                        let l = list(at: partner, limit: limit, slotAt)
                        participants += l.slots
                        end = max(end, l.end)
                    }
                    event.rule = RuleID.meetingJoinThisMeeting.rawValue
                } else {
                    for party in frame.parties {
                        var found: [Slot] = []
                        switch party.position {
                        case .subjectIn:
                            // «X گفت (که) Y در دیدار با Z …»: the reported clause's subject met, not the reporter.
                            let reported = subject.map { s in s.tokens.upperBound <= k ? ReportedClause(context: context).reading(after: s.tokens.upperBound, trigger: k, slotAt) : .sentenceSubject } ?? .sentenceSubject
                            if reported != .sentenceSubject {
                                if case .clauseSubject(let start) = reported, !MeetingTopic(context: context).isTopic(trigger: k),
                                   (max(sentence.tokens.lowerBound, k - limits.locativeLookback)..<k).contains(where: { context.lists(.locativePrepositions, $0) || context.isGluedLocativeDeictic($0) }) {
                                    found = list(at: start, limit: k, slotAt).slots
                                }
                            } else if let subject, subject.tokens.upperBound <= k, !MeetingTopic(context: context).isTopic(trigger: k),
                               !MeetingTopic(context: context).isReferredTo(trigger: k, from: subject.tokens.upperBound),
                               !inClauseOfOthers(trigger: k, after: subject.tokens.upperBound, slotAt),
                               (max(sentence.tokens.lowerBound, k - limits.locativeLookback)..<k).contains(where: { context.lists(.locativePrepositions, $0) || context.isGluedLocativeDeictic($0) }) {
                                found = list(at: subject.tokens.lowerBound, limit: k, slotAt).slots
                            } else if subject == nil, let local = localSubject(before: k, in: sentence, slotAt),
                                      !MeetingTopic(context: context).isTopic(trigger: k) {
                                found = [local]
                            }
                        case .subject:
                            // The «که» clause is others' only past the subject's own list: «X، Y و Z با استفاده از فرصتی
                            // که در کابل داشتند با هم دیدار و …» names no one after Z.
                            // «X گفت (که) Y با Z دیدار کرد»: the reported clause's subject met, not the reporter.
                            let reported = subject.map { s in s.tokens.upperBound <= k ? ReportedClause(context: context).reading(after: s.tokens.upperBound, trigger: k, slotAt) : .sentenceSubject } ?? .sentenceSubject
                            if case .clauseSubject(let start) = reported {
                                let own = list(at: start, limit: k, slotAt)
                                if !inClauseOfOthers(trigger: k, after: own.end, slotAt) { found = own.slots }
                            } else if reported == .sentenceSubject, let subject, subject.tokens.upperBound <= k {
                                let own = list(at: subject.tokens.lowerBound, limit: k, slotAt)
                                if !inClauseOfOthers(trigger: k, after: max(subject.tokens.upperBound, own.end), slotAt) { found = own.slots }
                            }
                        case .object:
                            var j = te
                            var skipped = 0
                            while j < limit, skipped < limits.objectSkip, slotAt[j] == nil, context.isWord(j), !context.lists(.comitativePrepositions, j),
                                  context.matchLength(.speechVerbs, at: j) == nil, !context.isStopWord(j) {
                                j += 1; skipped += 1
                            }
                            // «در دیدار دیروز خود با …»: the noun's reflexive possessor «خود», after at most `object-skip`
                            // plain words (time words are stop words), stands right before its «با» party.
                            if let own = (j..<max(j, min(limit - 1, te + limits.objectSkip + 1))).first(where: { context.isKey($0, "خود") }),
                               context.lists(.comitativePrepositions, own + 1),
                               !(j..<own).contains(where: { slotAt[$0] != nil || !context.isWord($0) || context.matchLength(.speechVerbs, at: $0) != nil }) {
                                j = own + 1
                            }
                            // «ملاقاتی هم با …», «دیداری نیز با …»: an additive particle before the «با …» list.
                            if j < limit, context.lists(.additiveParticles, j) { j += 1 }
                            // «در دیداری که با X داشت», «در جلسه‌ای که با وزیر ارشاد داشتیم»: the relative clause right after
                            // the noun names its «با» party as the noun's own «با …» does (11 sentences of the two dev
                            // corpora; ham-821027-035 «او در دیداری که با خانم دکتر ابتکار … داشت»).
                            if j == te, j + 1 < limit, context.isKey(j, "که"), context.lists(.comitativePrepositions, j + 1) { j += 1 }
                            let l1 = list(at: j, limit: limit, slotAt)
                            // «مراسم یادبود X»: the list right after a commemoration cue is the honoured dead.
                            if !Commemoration(context: context).honours(from: te, to: j) { found += l1.slots }
                            j = l1.end
                            if !l1.slots.isEmpty, let with = comitativeAfterTail(j, limit: limit, slotAt) { j = with }
                            for _ in 0..<2 where j < limit && context.lists(.comitativePrepositions, j) {
                                let l = list(at: context.lists(.presenceNouns, j + 1) ? j + 2 : j + 1, limit: limit, slotAt)
                                found += l.slots; j = l.end
                            }
                            end = max(end, j)
                        case .list:
                            let l = list(at: te, limit: limit, slotAt); found = l.slots; end = max(end, l.end)
                        case .listBefore:
                            found = attendeeList(before: k, in: sentence, slotAt)
                        case .withBefore:
                            if let with = withPreposition(before: k, in: sentence, slotEnding) {
                                found = list(at: with.index + 1, limit: k, slotAt).slots
                                if with.round { event.roundOfVisits = true }
                            }
                        }
                        participants += found
                        sides.append(found)
                        if party.side == .guest { guests += found }
                    }
                }
            k = max(end, te)
                participants = participants.filter { !isCited($0) }
                for slot in participants { add(slot, to: &event, &coref) }
                event.sides = sides.map { $0.filter { !isCited($0) }.compactMap { personID($0, &coref) } }
                for slot in guests { if case .person(let p) = slot.reference { event.guests.append(coref.live(p)) } }
                guard !event.persons.isEmpty || !event.groups.isEmpty else { continue }
                // «نهمین کنگره … برگزار می‌شود. … X ضرورت برگزاری این همایش را … دانست»: the back-reference is to the
                // event still to come, which makes no meeting.
                if event.rule == RuleID.meetingJoinThisMeeting.rawValue, pointsToCancelled(sentence.index) { continue }
                // A host's frame («میزبان …», «به استقبال …») without its guest is another sense («شهر میزبان مسابقات»).
                if frame.parties.contains(where: { $0.side == .host }), guests.isEmpty, event.rule == frame.id { continue }
                if event.rule == frame.id, isReception(frame, sides) { continue }
                // «… حضور داشتند»: attendees of the meeting just reported, never a meeting of their own.
                let near = frame.joinsNear && latest.map { inItem($0, sentence.index) && (deicticEnd != nil
                    || contentSentences(between: meetings[$0].sentences.max() ?? meetings[$0].sentence, and: sentence.index) <= 1) } == true
                if frame.joinsNear && !near && (deicticEnd == nil || attendanceOnly)
                    && (attendanceOnly || !opensWithEvent(sentence, before: event.trigger.lowerBound, slotAt)) { continue }
                framed = true
                // «در این جلسه که با حضور X و Y برگزار شد»: the list in the relative clause is that meeting's.
                let t0 = event.trigger.lowerBound
                let relative = deicticEnd.map { d in d < t0 && t0 - d <= 2 && (d..<t0).contains { context.isKey($0, "که") } } ?? false
                // «در ادامه این کنفرانس مطبوعاتی»: a back-reference naming a press conference points to the item's
                // latest press conference, not to a meeting its speaker spoke about in between (`PressConferences`).
                let target = event.rule == RuleID.meetingJoinThisMeeting.rawValue && frame.kind == .press
                    ? PressConferences.latest(in: meetings, before: latest, where: { inItem($0, sentence.index) }) ?? latest : latest
                // A back-reference after another event was told (`HeldEvents`) is to that event: it starts a meeting below.
                // A list in the relative clause of «در این جلسه که با حضور X …» still joins: which event the clause
                // describes is read from the back-reference alone, and a new meeting would lose the sentence's speaker.
                if event.rule == RuleID.meetingJoinThisMeeting.rawValue && !pointsToAnnounced(sentence.index) || relative || near,
                   let m = target, inItem(m, sentence.index) {
                    meetings[m].sentences.append(sentence.index)
                    // A named speaker found only by the back-reference's own reading joins no meeting that holds an
                    // unnamed role-holder: coreference often left the two apart though they are one person («در
                    // ادامه این نشست، مهندس X _ شهردار منطقه ۱۵» after «با حضور شهردار»: 4 of the 5 wrong edges
                    // these joins added on the Hamshahri dev corpus).
                    // A named speaker whose office has a head no unnamed participant's has is someone else («در این مراسم
                    // که با حضور … برگزار شد، X، دبیر جشنواره …» beside «نماینده شورای جهانی موسیقی»): that one joins.
                    let unnamedHeads = meetings[m].persons.filter { coref.persons[$0].unnamed }.map { coref.persons[$0].headKeys }
                    func guarded(_ p: Int) -> Bool {
                        guard backReferenced, !unnamedHeads.isEmpty, !coref.persons[p].unnamed else { return false }
                        let heads = coref.persons[p].headKeys
                        return heads.isEmpty || unnamedHeads.contains { !$0.isDisjoint(with: heads) || $0.isEmpty }
                    }
                    let before = meetings[m].persons
                    for p in event.persons where !guarded(p) { meetings[m].add(person: p) }
                    for g in event.groups { meetings[m].add(group: g) }
                    // «در طول این دیدار، A، B و C اعلام کردند» after «دیدار X از هند»: the people a back-reference adds to
                    // a visit met those the visit's own sentence put there (the visitor, a host who welcomed him), each
                    // in his own meeting (annotation.md: a host's separate meetings are a star), not one another; nor
                    // did the visitor's retinue meet each other by coming along.
                    if meetings[m].kind == .visit, !meetings[m].guests.isEmpty, meetings[m].persons.count >= before.count + 2 {
                        meetings[m].roundOfVisits = true
                        meetings[m].roundCentre = meetings[m].roundCentre ?? before
                    }
                } else if let m = latest, PresenceClause(context: context).continues(meetings[m], presence: event.trigger, in: sentence.index) {
                    // «X در جلسه شورای … که با حضور Y برگزار شد گفت»: the list names who attended the noun's meeting.
                    for p in event.persons { meetings[m].add(person: p) }
                    for g in event.groups { meetings[m].add(group: g) }
                } else if let m = latest, inItem(m, sentence.index), meetings[m].kind == event.kind,
                          !pointsToCancelled(sentence.index), !pointsToAnnounced(sentence.index),
                          speaksAlsoAt(event, frame: frame, subject: subject, limit: limit) {
                    // «امام جمعه بشرویه نیز در مراسم افتتاح مجتمع … گفت» after «X … در آیین افتتاح مجتمع … اظهار داشت»:
                    // the subject's «نیز» says he too spoke at the event just reported, named again in full, not at a
                    // new one of his own.
                    meetings[m].sentences.append(sentence.index)
                    for p in event.persons { meetings[m].add(person: p) }
                } else if let m = meetings.lastIndex(where: { $0.kind == event.kind && sharesParticipant($0, event) && SeparateMeetings.describesSame($0, event) }) {
                    meetings[m].sentences.append(sentence.index)
                    for p in event.persons { meetings[m].add(person: p) }
                    for g in event.groups { meetings[m].add(group: g) }
                    // «X در سفر … به تهران با A، B، C … دیدار کرد» joins the visit the noun opened: the round's sides
                    // (the visitor, those visited) are the meeting's, so that it is split as a round.
                    if event.roundOfVisits { meetings[m].roundOfVisits = true; meetings[m].sides = event.sides }
                    latest = m
                } else {
                    event.sentences = [sentence.index]
                    // A back-reference to an event no frame found («کارگاه … برگزار شد. X و Y در این کارگاه …»).
                    if frame.deicticOnly { event.rule = frame.id }
                    meetings.append(event)
                    latest = meetings.count - 1
                }
            }
            if !framed, let m = latest, inItem(m, sentence.index),
               heldEvents.announcesAnother(sentence, limit: limit, earlier: meetings[m].sentences.isEmpty ? [meetings[m].sentence] : meetings[m].sentences) {
                announced = sentence.index
            }
            // «X … نیز … گفت»: a further speaker in an article that reports a meeting.
            // The subject may end past `limit` (inside quoted speech): then no word follows it before the limit.
            if attendanceOnly { continue }
            if !framed, let m = latest, inItem(m, sentence.index), !pointsToCancelled(sentence.index), !pointsToAnnounced(sentence.index),
               let subject, case .person(let p) = subject.reference,
               subject.tokens.upperBound < limit,
               (subject.tokens.upperBound..<min(limit, subject.tokens.upperBound + 2)).contains(where: { context.lists(.additiveParticles, $0) }),
               clauses.reportsSpeech(sentence, from: subject.tokens.upperBound),
               !QuotedSpeaker(context: context).isBare(particleIn: subject.tokens.upperBound..<min(limit, subject.tokens.upperBound + 2), limit: limit)
                || contentSentences(between: meetings[m].sentences.max() ?? meetings[m].sentence, and: sentence.index) <= limits.quotedSpeakerReach {
                meetings[m].add(person: coref.live(p))
            } else if !framed, let m = latest, inItem(m, sentence.index), !pointsToCancelled(sentence.index), !pointsToAnnounced(sentence.index),
                      let subject, case .person(let p) = subject.reference,
                      subject.tokens.upperBound < limit,
                      opensInSequence(sentence, before: subject.tokens.lowerBound),
                      clauses.reportsSpeech(sentence, from: subject.tokens.upperBound) {
                // «در ادامه، X … گفت», «سپس X … افزود»: the next speaker of the session. («X، [an apposition the
                // role grammar does not read] نیز گفت» was tried and dropped: on the Hamshahri dev corpus most of
                // the edges it added joined separate statements of a roundup to a meeting.)
                let p = coref.live(p)
                if !meetings[m].persons.contains(p) { meetings[m].sentences.append(sentence.index) }
                meetings[m].add(person: p)
            }
        }
        SameParticipants(context: context).merge(&meetings, &coref)
        return PressConferences.split(SeparateMeetings(context: context).split(meetings))
    }

    /// The person a participant slot stands for, as `add` resolves it (nil for a group or an unknown role).
    private func personID(_ slot: Slot, _ coref: inout Coreferencer) -> Int? {
        switch slot.reference {
        case .person(let p): coref.live(p)
        case .role(let r): coref.person(forRole: r)
        case .group: nil
        }
    }

    /// The «با» of a `with-before` party: the last one within `with-lookback` words before the trigger, when a
    /// participant (a person, a role or a group) follows it; nil otherwise («با حضور …», «با اشاره به …»).
    private func withParty(before k: Int, in sentence: Sentence, _ slotAt: [Int: Slot], _ slotEnding: [Int: Slot]) -> Int? {
        guard let with = withPreposition(before: k, in: sentence, slotEnding), slotAt[with.index + 1] != nil else { return nil }
        return with.index
    }

    /// The last «با» within `with-lookback` words before the trigger at `k`, where a participant slot (a name, an
    /// office, a name's office in apposition) counts as one word: a name or an office is long in words, not in
    /// items («لاریجانی … با «خوزه لوئیس رودریگز زاپاترو» نخست‌وزیر این کشور درباره برنامه هسته‌ای … دیدار و گفت‌وگو
    /// کرد», «پرستون … با دیوید گابا- بنیانگذار مرکز شبیه سازی‌های پزشکی در دانشگاه استانفورد- ملاقات کرد»: counted
    /// in words the «با» was out of reach and the subject met no one). Past the reach in words, a comma list of
    /// slots is a round of visits (`round`): «در سفر دو روزه خود به تهران با مقام معظم رهبری، رئیس جمهوری، رئیس مجمع
    /// تشخیص مصلحت نظام، … دیدار و گفت و گو کرد» is a round of separate visits (annotation.md: a star), which the list
    /// read as one meeting would make a clique of; the subject met each (right whether the meetings were one or several).
    /// A «با» inside a slot («رئیس ستاد مبارزه با مواد مخدر») is none. `slotEnding`: the slots by the token they end before.
    private func withPreposition(before k: Int, in sentence: Sentence, _ slotEnding: [Int: Slot]) -> (index: Int, round: Bool)? {
        var j = k - 1
        var words = 0
        var listComma = false
        while j >= sentence.tokens.lowerBound, words < context.limits.withLookback {
            if let slot = slotEnding[j + 1], slot.tokens.lowerBound >= sentence.tokens.lowerBound {
                j = slot.tokens.lowerBound - 1
            } else {
                if context.lists(.comitativePrepositions, j) {
                    return (j, k - j > context.limits.withLookback && listComma)
                }
                if context.isComma(j), slotEnding[j] != nil { listComma = true }
                j -= 1
            }
            words += 1
        }
        return nil
    }

    /// True when the sentence, before its quoted speech, holds the trigger of a frame other than `needs=event`
    /// ones outside `trigger`: the event a «به همراه» party came along to.
    private func holdsOtherTrigger(_ sentence: Sentence, besides trigger: Range<Int>, limit: Int) -> Bool {
        (sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit)).contains { j in
            guard !trigger.contains(j), let m = context.match(.meetingTriggers, at: j),
                  let other = m.entry["frame"].flatMap({ context.frames[$0] }) else { return false }
            return !other.needsEvent
        }
    }

    /// True when a cue of `kind` (non-meeting-cues.txt) stands in the sentence before its quoted speech.
    private func holdsCue(_ kind: String, _ sentence: Sentence, limit: Int) -> Bool {
        (sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit)).contains { context.match(.nonMeetingCues, at: $0)?.entry["kind"] == kind }
    }

    /// «در ادامه جلسه، X گفت», «در پایان مراسم X …»: a marker of the next step of an event (`sequence=yes` in
    /// discourse-markers.txt) ends right before the trigger, so the noun is the event under way, not a new one. A
    /// visit is left out: «در ادامه سفر خود … با Y دیدار کرد» reports a further meeting of the trip.
    ///
    /// A part of an event before the noun («در آغاز مراسم», «در حاشیه جلسه»: `part=yes`) points back the same way only
    /// when nothing names the event after the noun: a comma or any word but a person, an office, «با/از» or a quote («در حاشیه
    /// دیدار رئیس جمهوری از عربستان», «در جریان دیدار با …» name an event of their own).
    /// A person right after the noun is the speaker who opens the sentence («در ابتدای مراسم حسین پاکدل … اعلام کرد»),
    /// not the event's owner, only when no one stands before the marker and the sentence reports speech.
    private func continuesEvent(trigger k: Int, end te: Int, in sentence: Sentence, limit: Int, _ slotAt: [Int: Slot]) -> Bool {
        (1...3).contains { n in
            guard k - n >= 0, context.matchLength(.discourseMarkers, at: k - n) == n,
                  let marker = context.match(.discourseMarkers, at: k - n) else { return false }
            if marker.entry["sequence"] == "yes" { return true }
            guard marker.entry["part"] == "yes", te < context.tokenCount else { return false }
            if let slot = slotAt[te] {
                return personOpening(trigger: k, after: te, in: sentence, limit: limit, slotAt) == te
                    && clauses.reportsSpeech(sentence, from: slot.tokens.upperBound)
            }
            return !context.lists(.comitativePrepositions, te) && !context.isKey(te, "از") && !context.isPunctuation(te, "«\"“")
        }
    }

    /// «در پایان دیدار با وزیر امور خارجه روسیه گفت», «در پایان دیدارش با …»: «با» right after the noun (or after
    /// «خود») names the meeting's other party, so the noun is a meeting of its own, read by its frame, though a marker
    /// of the event's next step stands before it (`continuesEvent`). The party must be read right after «با» (a person,
    /// an office or a group): «در ادامه جلسه با اشاره به …», «در پایان نشست خود با صدور بیانیه‌ای» are the speaker's own
    /// phrases. The two dev corpora write «در پایان/ادامه», a meeting noun and «با» in 6 sentences (round 18); 3 have a
    /// party there (Russia's foreign minister, «نمایندگان 7 کشور صنعتی», «خبرنگاران»).
    private func namesPartner(after te: Int, _ slotAt: [Int: Slot]) -> Bool {
        let with = context.isKey(te, "خود") ? te + 1 : te
        return context.lists(.comitativePrepositions, with) && slotAt[with + 1] != nil
    }

    /// A sentence opened by a marker of what comes next in an event («در ادامه»، «سپس»: `sequence=yes` in
    /// discourse-markers.txt) before its subject.
    private func opensInSequence(_ sentence: Sentence, before subjectStart: Int) -> Bool {
        (sentence.tokens.lowerBound..<subjectStart).contains { context.match(.discourseMarkers, at: $0)?.entry["sequence"] == "yes" }
    }

    /// True when `event` is read from a locative frame («X نیز در مراسم … گفت») with the subject before «در» its one
    /// participant, and the subject, one person (named or by office), has an additive particle right after it:
    /// «نیز»/«هم» then says the subject too took part in an event already told, which the trigger names again.
    private func speaksAlsoAt(_ event: MeetingEvent, frame: MeetingFrame, subject: Slot?, limit: Int) -> Bool {
        guard let subject, event.persons.count == 1, event.groups.isEmpty, frame.parties.contains(where: { $0.position == .subjectIn }),
              subject.tokens.upperBound <= event.trigger.lowerBound, subject.tokens.upperBound < limit,
              // A locative preposition right before the trigger (locative-prepositions.txt: «در», «طی»): not «پس از
              // پایان جلسه» (after the event); and no «با …» after the trigger («سفیر … نیز در ملاقات با مقامات سوریه»:
              // a meeting of its own, with its own partner).
              context.lists(.locativePrepositions, event.trigger.lowerBound - 1),
              !context.lists(.comitativePrepositions, event.trigger.upperBound) else { return false }
        return (subject.tokens.upperBound..<min(limit, subject.tokens.upperBound + 2)).contains { context.lists(.additiveParticles, $0) }
    }

    private func sharesParticipant(_ a: MeetingEvent, _ b: MeetingEvent) -> Bool {
        a.persons.contains(where: b.persons.contains) || a.groups.contains(where: b.groups.contains)
    }

    /// «الاشقر … اعلام کرد … "دیالا مصطفی مطر" و برادرش … هستند که در جریان دیدار با …»: a «که» clause after other
    /// people named between the subject and the trigger is about them; its meeting does not take the subject in.
    /// Both looks are bounded by `with-lookback` words, so a sentence with no end stays linear.
    private func inClauseOfOthers(trigger k: Int, after subjectEnd: Int, _ slotAt: [Int: Slot]) -> Bool {
        let reach = context.limits.withLookback
        guard let ke = (max(subjectEnd, k - reach)..<k).last(where: { context.isKey($0, "که") }) else { return false }
        return (max(subjectEnd, ke - reach)..<ke).contains { j in
            guard let slot = slotAt[j], case .person = slot.reference else { return false }
            return true
        }
    }

    /// True when a frame with a guest and a host party («مورد استقبال …») found no person or office on its host side
    /// (`sides` in the frame's party order): a reception, no meeting («نوازندگی … مورد استقبال تماشاگران قرار گرفت», «فیلم …
    /// مورد استقبال قرار گرفت»). Read as one, it took the sentence's subject for its guest and became the meeting a later
    /// «… از حاضران در این مراسم بودند» joined (round 27: a festival's 105 attendee pairs).
    private func isReception(_ frame: MeetingFrame, _ sides: [[Slot]]) -> Bool {
        guard frame.parties.contains(where: { $0.side == .guest }), frame.parties.contains(where: { $0.side == .host }) else { return false }
        return !zip(frame.parties, sides).contains { party, slots in
            party.side == .host && slots.contains { slot in
                if case .group = slot.reference { return false }
                return true
            }
        }
    }

    /// «در ادامه این مراسم X … گفت», «در مراسم افتتاحیه این کتابخانه X، رئیس دانشگاه … گفت»: a back-reference
    /// to the meeting opens the sentence (no participant before it, a «در» at most three words before its
    /// trigger) and the speaker comes right after it. The start of that speaker's slot: after the
    /// trigger stand only «این», at most two words no lexicon closes (the noun «این» points to) and a comma, then
    /// a person. Nil when a group, a role-less word of another class or a verb comes first. Used when the
    /// sentence's subject was not read past the phrase (a discourse marker «در ادامه» takes the «در»).
    private func personOpening(trigger k: Int, after te: Int, in sentence: Sentence, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        // No one stands before the trigger in the sentence (a report opener «به گزارش … به نقل از روابط عمومی
        // دانشگاه» may), and a «در» is at most three words before it («در ادامه این مراسم»).
        guard !(sentence.tokens.lowerBound..<k).contains(where: { slotAt[$0] != nil }),
              (max(sentence.tokens.lowerBound, k - 3)..<k).contains(where: { context.lists(.locativePrepositions, $0) || context.isGluedLocativeDeictic($0) }) else { return nil }
        var j = te
        // «در این مراسم که با حضور X برگزار شد، Y … گفت»: past the relative clause that describes the event, up to the
        // comma after its verb, the main clause's subject was at the event too (21 sentences of the two dev corpora open
        // so; the list in the clause joins by its own frame).
        if j < limit, context.isKey(j, "که"), let close = relativeClauseComma(after: j, limit: limit) { j = close + 1 }
        let start = j
        var words = 0
        while j < min(limit, start + 5) {
            if let slot = slotAt[j] {
                guard case .person = slot.reference else { return nil }
                return j
            }
            if context.isComma(j) || context.isDeicticDeterminer(j) { j += 1; continue }
            guard words < 2, context.isWord(j), !context.isStopWord(j), context.matchLength(.speechVerbs, at: j) == nil else { return nil }
            words += 1; j += 1
        }
        return nil
    }

    /// «در ادامه این مراسم تندیس … توسط عزت‌الله انتظامی و مهدی سلیمی به … اهدا شد», «این مراسم با اهدای لوح‌های تقدیر
    /// توسط رضاداد و امیراسفندیاری … به پایان رسید»: the agent of a passive clause (introduction-cues.txt
    /// `passive-agent=yes`: «توسط») about a ceremony the sentence points back to handed out its prizes or plaques there,
    /// so was at it. The first person right after the agent's cue, or nil.
    private func passiveAgent(after te: Int, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        var t = te
        while t < limit {
            if let cue = context.match(.introductionCues, at: t), cue.entry["passive-agent"] == "yes" {
                let first = t + cue.length
                guard first < limit, let slot = slotAt[first], case .person = slot.reference else { return nil }
                return first
            }
            t += 1
        }
        return nil
    }

    /// The comma that closes the relative clause opened by «که» at `k`: the first comma right after a verb («برگزار
    /// شد،»), within `relative-clause-words`; nil when the sentence or the bound ends first.
    private func relativeClauseComma(after k: Int, limit: Int) -> Int? {
        var c = k + 2
        while c < min(limit, k + 1 + context.limits.relativeClauseWords) {
            // A comma inside the clause (its list of attendees) is passed over.
            if context.isComma(c), DocumentContext.isVerb(context.key(c - 1), context.rules) { return c }
            c += 1
        }
        return nil
    }

    /// «به گزارش ایسنا، خبرگزاری فرانسه به نقل از X، وزیر امور خارجه … پس از دیدار با Y … افزود», «اگر چه X، وزیر
    /// جنگ اسرائیل در دیدارهای خود با Y …», «علی عبدالله صالح در این دیدار … گفت» (the name read short): when the
    /// sentence's subject was not read, the person named right before the noun's «در» / «پس از» is the one who met
    /// (a role of that person and a comma may stand between, and a quote). The start of the words before the trigger
    /// must be the preposition alone («در», «پس از», «در این» with `k` at the demonstrative). Nil otherwise.
    func localSubject(before k: Int, in sentence: Sentence, _ slotAt: [Int: Slot]) -> Slot? {
        // The preposition: «در» (or one glued to «این») right before the trigger, or «پس/بعد/قبل/پیش از».
        var j = k - 1
        if j >= sentence.tokens.lowerBound, context.isKey(j, "از") { j -= 1 }
        guard j > sentence.tokens.lowerBound, context.lists(.locativePrepositions, j) || context.isGluedLocativeDeictic(j) else { return nil }
        // The slot that ends right before the preposition, over a closing quote, a role slot of the same
        // person and one comma between the name and its role.
        var slotEnding: [Int: Slot] = [:]
        for i in max(sentence.tokens.lowerBound, j - context.limits.withLookback * 2)..<j {
            if let slot = slotAt[i], slot.tokens.upperBound <= j { slotEnding[slot.tokens.upperBound] = slot }
        }
        var end = j
        if end > sentence.tokens.lowerBound, context.isPunctuation(end - 1, "»\"") { end -= 1 }
        if let role = slotEnding[end], case .role = role.reference {
            end = role.tokens.lowerBound
            if end > sentence.tokens.lowerBound, context.isComma(end - 1) { end -= 1 }
        }
        if end > sentence.tokens.lowerBound, context.isPunctuation(end - 1, "»\"") { end -= 1 }
        guard let slot = slotEnding[end], case .person = slot.reference else { return nil }
        return slot
    }

    /// A coordinated list of participant slots at `start`: «X، Y و Z».
    func list(at start: Int, limit: Int, _ slotAt: [Int: Slot]) -> (slots: [Slot], end: Int) {
        var result: [Slot] = []
        var j = start
        while j < limit, result.count < context.limits.participantList, let slot = slotAt[j] {
            result.append(slot)
            j = slot.tokens.upperBound
            // «با حضور فرماندار، مدیرکل نوسازی، بخشدار مرکزی رئیس اداره ورزش شهرستان، …»: an office written right after
            // an office that stands alone, no comma between, is the list's next item, the comma left out (after an office
            // that does not, «سرپرست معاونت سیاسی و امنیتی استاندار مرکزی», the next office is its complement).
            if slot.standsAlone, j < limit, let next = slotAt[j], case .role = next.reference { continue }
            if j + 1 < limit, context.isAnd(j) || context.isComma(j), slotAt[j + 1] != nil { j += 1; continue }
            // Any item may have a tail the readers left: a name's or an office's unread complement, or a group's
            // modifiers (a group's slot is its noun alone: «مسئولان کشوری و استانی», «فعالان حوزه پسته»); the list goes
            // on past it to the next person («با حضور وزیر …، مسئولان کشوری و علی احمدی»).
            if let next = nextListItem(after: j, limit: limit, slotAt) { j = next; continue }
            break
        }
        return (result, result.isEmpty ? start : j)
    }

    /// «با حضور X (نایب رئیس فدراسیون)، Y …», «X نماینده مردم در مجلس شورای اسلامی، Y مدیرکل …»: the item's
    /// role runs on past what the role grammar read (a parenthesis, a complement); the list goes on at the next
    /// «،» or «و» (or «و همچنین») that a named person follows, or past a name no lexicon knows (`pastUnreadItem`). The
    /// tail holds no verb or other stop word but «در» and «و», no
    /// trigger and no report of speech, so a clause after the list («… برگزار شد، X گفت») never joins it.
    private func nextListItem(after end: Int, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        var j = end
        if j < limit, context.isPunctuation(j, "(") {
            guard let close = (j..<min(limit, j + 12)).first(where: { context.isPunctuation($0, ")") }) else { return nil }
            j = close + 1
        }
        let tailEnd = min(limit - 1, j + 7)
        // «… عزیز محمدی و چهار مستشار آن به نام‌های رحیمی، شریفی …»: the names a naming cue gives (introduction-cues.txt
        // `kind=naming`) after «و» and a noun of people are the list's next items.
        if j < tailEnd, context.isAnd(j) || context.isComma(j), let cue = (j + 1..<tailEnd).first(where: {
            context.match(.introductionCues, at: $0)?.entry["kind"] == "naming" }) {
            let first = cue + (context.matchLength(.introductionCues, at: cue) ?? 0)
            let plain = (j + 1..<cue).allSatisfy { (context.isWord($0) || context.kinds[$0] == .number) && slotAt[$0] == nil
                && context.matchLength(.speechVerbs, at: $0) == nil && !opensFrame(at: $0) }
            if plain, first < limit, let next = slotAt[first], case .person = next.reference { return first }
        }
        while j < tailEnd {
            if context.isComma(j) || context.isAnd(j) {
                if let next = slotAt[j + 1], case .person = next.reference { return j + 1 }
                // «… و همچنین لاله افتخاری رئیس فراکسیون …»: the last item of a long list of attendees.
                if context.isAnd(j), context.isKey(j + 1, "همچنین"), j + 2 < limit, let next = slotAt[j + 2], case .person = next.reference { return j + 2 }
                if context.isComma(j) { return pastUnreadItem(after: j, limit: limit, slotAt) }
                j += 1; continue
            }
            // A group word inside the complement («نماینده مردم در …») is part of it, not a participant.
            if let inner = slotAt[j] {
                guard case .group = inner.reference else { return nil }
                j = inner.tokens.upperBound; continue
            }
            guard context.isWord(j), !context.isStopWord(j) || context.lists(.locativePrepositions, j),
                  context.matchLength(.speechVerbs, at: j) == nil, !opensFrame(at: j) else { return nil }
            j += 1
        }
        return nil
    }

    /// «در دیدار X رئیس ائتلاف واحد عراق در پارلمان این کشور با …»: a complement the role grammar left off (or a
    /// closing quote) stands between a noun's first party and its «با …» party.
    /// The «با» when at most `object-skip` + 3 words stand before it, none a verb or other stop word but «در» and «این»،
    /// no report of speech, no trigger and no participant; nil otherwise.
    private func comitativeAfterTail(_ end: Int, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        var j = end
        while j < min(limit, end + context.limits.objectSkip + 3) {
            if context.lists(.comitativePrepositions, j) { return j > end && slotAt[j + 1] != nil ? j : nil }
            if context.isPunctuation(j, "»\"") { j += 1; continue }
            // The first party's role, read as a slot of its own after the quote («نخست وزیر هند»).
            if let role = slotAt[j], case .role = role.reference { j = role.tokens.upperBound; continue }
            guard slotAt[j] == nil, context.isWord(j),
                  !context.isStopWord(j) || context.lists(.locativePrepositions, j) || context.isDeicticDeterminer(j),
                  context.matchLength(.speechVerbs, at: j) == nil, !opensFrame(at: j) else { return nil }
            j += 1
        }
        return nil
    }

    /// «با تأکید استاندار قم»: a person named after a citation cue is cited, not present.
    private func isCited(_ slot: Slot) -> Bool {
        let s = slot.tokens.lowerBound
        guard s > 0 else { return false }
        return context.matchLength(.citationCues, at: s - 1) != nil || (s > 1 && context.matchLength(.citationCues, at: s - 2) == 2)
    }

    /// True when the word right before `token` is a title of the dead («شهید», «مرحوم»: `posthumous=yes`).
    private func isAfterPosthumousTitle(_ token: Int) -> Bool {
        guard token > 0, let t = context.match(.titles, at: token - 1), t.length == 1 else { return false }
        return t.entry["posthumous"] == "yes"
    }

    /// True when a word of the office says its holder is dead (role-modifiers.txt `posthumous=yes`: «پادشاه فقید
    /// عربستان», «رئیس جمهور فقید فرانسه»).
    private func isPosthumousOffice(_ role: RoleSpan) -> Bool {
        role.tokens.contains { context.match(.roleModifiers, at: $0)?.entry["posthumous"] == "yes" }
    }

    private func add(_ slot: Slot, to event: inout MeetingEvent, _ coref: inout Coreferencer) {
        if RemotePresence(context: context).isRemote(slot) {
            if case .role(let r) = slot.reference { _ = coref.person(forRole: r) }  // still a person of the article
            return
        }
        switch slot.reference {
        case .person(let p):
            // «مراسم گرامیداشت شهید …»: the dead are honoured at the event, not present at it.
            let p = coref.live(p)
            if coref.persons[p].titles.contains(where: { context.rules.entry(.titles, key: PersianNormalizer.key($0))?["posthumous"] == "yes" }) { return }
            // «سرداران شهید حسین خرازی»: the name recognizer leaves a «شهید» joined by the ezafe to a noun out of
            // the name (it usually opens a hall's or a street's name), so the title is read off the word before.
            if isAfterPosthumousTitle(slot.tokens.lowerBound) { return }
            // «خاکسپاری ملک فهد پادشاه فقید عربستان»: nor is a holder whose office calls him late.
            if coref.persons[p].roles.contains(where: { isPosthumousOffice(coref.found.roles[$0]) }) { return }
            event.add(person: p)
        case .group(let g): event.add(group: g)
        case .role(let r):
            if isPosthumousOffice(coref.found.roles[r]) { return }
            if let p = coref.person(forRole: r) { event.add(person: p) }
        }
    }
}
