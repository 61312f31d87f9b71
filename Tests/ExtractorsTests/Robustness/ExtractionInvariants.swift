// Shared by the test target and the libFuzzer harness (scripts/fuzz.sh compiles this file together
// with the Extractors sources into one module, where there is no `Extractors` module to import).
#if !DIDAR_FUZZ
import Extractors
#endif

/// The invariants every extraction record must keep, whatever the input: they are what makes the
/// record usable by the graph and by the scorer (docs/extract-format.md).
///
/// - every span (mention, role, trigger) lies inside the text and its `text` is exactly the original
///   scalars it covers (offsets are Unicode scalar offsets into the original text, end exclusive);
/// - ids are unique within their kind;
/// - every `met` pair joins two different known people and names at least one meeting that exists and
///   lists both of them (no self-loops, no edge without evidence);
/// - every meeting participant is a known person.
enum ExtractionInvariants {
    /// The broken invariants, one sentence each; empty when the record is sound.
    static func violations(of record: DocumentExtraction, text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []

        func check(_ what: String, _ spanText: String, _ start: Int, _ end: Int) {
            guard start >= 0, start < end, end <= scalars.count else {
                problems.append("\(what) [\(start), \(end)) is outside the text of \(scalars.count) scalars or empty")
                return
            }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            if String(slice) != spanText {
                problems.append("\(what) [\(start), \(end)) reads «\(String(slice))», not «\(spanText)»")
            }
        }

        var personIDs = Set<String>()
        for person in record.people {
            if !personIDs.insert(person.id).inserted { problems.append("person id \(person.id) repeated") }
            if person.mentions.isEmpty && person.roles.isEmpty { problems.append("person \(person.id) has neither a mention nor a role") }
            for m in person.mentions { check("mention of \(person.id) (\(m.rule))", m.text, m.start, m.end) }
            for r in person.roles { check("role of \(person.id) (\(r.rule))", r.text, r.start, r.end) }
        }
        var institutionIDs = Set<String>()
        for institution in record.institutions {
            if !institutionIDs.insert(institution.id).inserted { problems.append("institution id \(institution.id) repeated") }
            for m in institution.mentions { check("mention of \(institution.id) (\(m.rule))", m.text, m.start, m.end) }
        }
        for person in record.people {
            for r in person.roles {
                if let i = r.institution, !institutionIDs.contains(i) { problems.append("role of \(person.id) links unknown institution \(i)") }
            }
        }
        for medium in record.media { for m in medium.mentions { check("mention of medium \(medium.key)", m.text, m.start, m.end) } }
        for place in record.places { for m in place.mentions { check("mention of place \(place.id)", m.text, m.start, m.end) } }
        for group in record.groups { for m in group.mentions { check("mention of group \(group.id)", m.text, m.start, m.end) } }

        var meetings: [String: Set<String>] = [:]
        for meeting in record.meetings {
            if meetings[meeting.id] != nil { problems.append("meeting id \(meeting.id) repeated") }
            meetings[meeting.id] = Set(meeting.participants)
            check("trigger of \(meeting.id)", meeting.trigger.text, meeting.trigger.start, meeting.trigger.end)
            for p in meeting.participants where !personIDs.contains(p) {
                problems.append("meeting \(meeting.id) lists unknown participant \(p)")
            }
        }
        var pairs = Set<[String]>()
        for pair in record.met {
            if pair.a == pair.b { problems.append("met pair \(pair.a)–\(pair.b) is a self-loop") }
            if !personIDs.contains(pair.a) || !personIDs.contains(pair.b) { problems.append("met pair \(pair.a)–\(pair.b) names an unknown person") }
            if !pairs.insert([pair.a, pair.b].sorted()).inserted { problems.append("met pair \(pair.a)–\(pair.b) repeated") }
            if pair.meetings.isEmpty { problems.append("met pair \(pair.a)–\(pair.b) has no meeting as evidence") }
            for id in pair.meetings {
                guard let participants = meetings[id] else {
                    problems.append("met pair \(pair.a)–\(pair.b) cites unknown meeting \(id)")
                    continue
                }
                if !participants.contains(pair.a) || !participants.contains(pair.b) {
                    problems.append("met pair \(pair.a)–\(pair.b) cites meeting \(id), which does not list both")
                }
            }
        }
        return problems
    }
}
