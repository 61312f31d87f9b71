/// A press conference joins no pair of people: its speakers face the journalists, not one another
/// (`annotation.md`: «a press conference: the speaker and the journalists — no pair»).
///
/// A meeting of kind `press` (the frame `meeting.frame.noun.press`: «نشست خبری», «کنفرانس خبری», «در حاشیه نشست
/// خبری …», and every speaker a back-reference «در این نشست» or «X نیز گفت» joined to it) that holds several
/// people becomes one meeting per person, each with the groups of the conference (`meeting.split.press`): every
/// speaker still attended the conference, and no `met` pair is made among them. On the audit sheets of
/// benchmarks/audit/ (seeds 1204–1207), 8 wrong edges came from press conferences and none right.
struct PressConferences {
    /// The index of the latest press conference among `meetings` up to `latest` that `inItem` accepts; `latest`
    /// itself when it is one, nil when there is none. A back-reference that names a press conference («در ادامه
    /// این کنفرانس مطبوعاتی») joins it, though the speaker reported another meeting since («… درباره خبر … در
    /// مورد دیدار X و Y …»): that meeting is the topic of the speaker's answer, not the event they are at.
    static func latest(in meetings: [MeetingEvent], before latest: Int?, where inItem: (Int) -> Bool) -> Int? {
        guard let latest else { return nil }
        return (0...latest).last { meetings[$0].kind == .press && inItem($0) }
    }

    /// The meetings with each press conference of several people split into one meeting per person, in order.
    static func split(_ meetings: [MeetingEvent]) -> [MeetingEvent] {
        var result: [MeetingEvent] = []
        for event in meetings {
            guard event.kind == .press, event.persons.count > 1 else { result.append(event); continue }
            for person in event.persons {
                var one = event
                one.persons = [person]
                one.guests = event.guests.filter { $0 == person }
                one.sides = event.sides.map { $0.filter { $0 == person } }
                one.rule = RuleID.meetingSplitPress.rawValue
                result.append(one)
            }
        }
        return result
    }
}
