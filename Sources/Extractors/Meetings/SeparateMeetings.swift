/// Separate meetings of one party, read apart from one joint meeting.
///
/// Two rules, both about meetings that share a participant (ids in `RuleID`):
/// - A later description joins an earlier meeting only when it names no one the earlier lacks or the earlier
///   names no one it lacks (`describesSame`): «گل … با لاریجانی دیدار کرد» and «گل دیداری نیز با رئیس مجلس
///   داشت» are two meetings, whose guests never met each other.
/// - A round of visits (`MeetingEvent.roundOfVisits`: a long comma list after «با», «… با مقام معظم رهبری، رئیس
///   جمهوری، رئیس مجمع تشخیص مصلحت نظام، … دیدار و گفت و گو کرد»; or the people a back-reference adds to a visit,
///   whose centre is `roundCentre`) is split as a meeting held separately is (`meeting.split.round`).
/// - A meeting said to be held separately («به طور جداگانه», `separate-meeting-cues.txt`) in its own sentence or
///   in a later sentence that refers back to it («در این دیدارها … به طور جداگانه») is a star: the party on the
///   side with fewest people meets each person of the other side in a meeting of its own
///   (`meeting.split.separately`). When the host is not a person the rules read (a group, an unknown name),
///   the guests on the one side still do not meet one another: each keeps a meeting of its own.
struct SeparateMeetings {
    let context: DocumentContext

    /// True when `later` may describe the same meeting as `earlier`: one's people include the other's.
    static func describesSame(_ earlier: MeetingEvent, _ later: MeetingEvent) -> Bool {
        let a = Set(earlier.persons), b = Set(later.persons)
        return a.isSubset(of: b) || b.isSubset(of: a)
    }

    /// The meetings with each meeting held separately replaced by one meeting per guest, in order.
    func split(_ meetings: [MeetingEvent]) -> [MeetingEvent] {
        // Linear in the sentences and meetings: the sentences holding a meeting, sorted once, give each meeting
        // the next one by binary search, and each sentence's cue kinds are read once (a long sentence with many
        // meetings would otherwise be read again for each).
        let starts = Set(meetings.map(\.sentence)).sorted()
        var cueKinds: [Int: Set<String>] = [:]
        var result: [MeetingEvent] = []
        for event in meetings {
            var low = 0, high = starts.count
            while low < high { let mid = (low + high) / 2; if starts[mid] > event.sentence { high = mid } else { low = mid + 1 } }
            let next = low < starts.count ? starts[low] : context.text.sentences.count
            guard heldSeparately(event, before: next, cueKinds: &cueKinds) else { result.append(event); continue }
            guard let star = star(of: event) else {
                // «[a host no rule read as a person] به طور جداگانه با A و B دیدار کرد»: the guests still met
                // only the host, one at a time; each keeps a meeting of its own, with no one else in it.
                if let guests = guestsWithoutHost(event) {
                    for guest in guests {
                        var one = event
                        one.persons = [guest]
                        one.guests = event.guests.filter { $0 == guest }
                        one.rule = (event.roundOfVisits ? RuleID.meetingSplitRound : RuleID.meetingSplitSeparately).rawValue
                        result.append(one)
                    }
                } else {
                    result.append(event)
                }
                continue
            }
            for spoke in star.spokes {
                var one = event
                one.persons = star.centre + [spoke]
                one.guests = event.guests.filter(one.persons.contains)
                one.rule = (event.roundOfVisits ? RuleID.meetingSplitRound : RuleID.meetingSplitSeparately).rawValue
                result.append(one)
            }
        }
        return result
    }

    /// The centre (the side with fewest people, with everyone no side names: the retinue that went to each
    /// meeting) and the spokes; nil when the frame found fewer than two sides or no side has several people.
    private func star(of event: MeetingEvent) -> (centre: [Int], spokes: [Int])? {
        if let centre = event.roundCentre?.filter(event.persons.contains), !centre.isEmpty {
            let spokes = event.persons.filter { !centre.contains($0) }
            return spokes.count >= 2 ? (centre, spokes) : nil
        }
        let sides = event.sides.map { $0.filter(event.persons.contains) }.filter { !$0.isEmpty }
        guard sides.count >= 2, let centreSide = sides.indices.min(by: { sides[$0].count < sides[$1].count }) else { return nil }
        var spokes: [Int] = []
        for (i, side) in sides.enumerated() where i != centreSide {
            for p in side where !spokes.contains(p) && !sides[centreSide].contains(p) { spokes.append(p) }
        }
        guard spokes.count >= 2 else { return nil }
        let centre = event.persons.filter { !spokes.contains($0) }
        return (centre, spokes)
    }

    /// The people of a meeting held separately whose frame found them all on one side and no one on the other
    /// (the host is a group, or a name no rule read); nil when another side names someone or fewer than two.
    private func guestsWithoutHost(_ event: MeetingEvent) -> [Int]? {
        let sides = event.sides.map { $0.filter(event.persons.contains) }
        guard event.sides.count >= 2, sides.filter({ !$0.isEmpty }).count == 1,
              let side = sides.first(where: { !$0.isEmpty }), side.count >= 2, Set(side) == Set(event.persons) else { return nil }
        return side
    }

    /// True when a separateness cue stands in one of the meeting's sentences, or in a later sentence before the
    /// next meeting that also refers back to the meetings («در این دیدارها … به طور جداگانه»).
    private func heldSeparately(_ event: MeetingEvent, before next: Int, cueKinds: inout [Int: Set<String>]) -> Bool {
        if event.roundOfVisits { return true }
        let sentences = context.text.sentences
        for s in event.sentence..<min(next, sentences.count) {
            let kinds = cueKinds[s] ?? Set(sentences[s].tokens.compactMap { context.match(.separateMeetingCues, at: $0)?.entry["kind"] })
            cueKinds[s] = kinds
            guard kinds.contains("separate") else { continue }
            if s == event.sentence || event.sentences.contains(s) || kinds.contains("refers-back") { return true }
        }
        return false
    }
}
