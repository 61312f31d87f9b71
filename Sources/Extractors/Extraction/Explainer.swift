/// Renders an article for a linguist: each content sentence, then every mention in it with the entity it was
/// linked to and the rule that made it, then the meetings with their triggers and participants.
struct Explainer {
    let context: DocumentContext
    let record: DocumentExtraction

    func render() -> String {
        struct Line { var start: Int; var end: Int; var text: String }
        var bySentence: [Int: [Line]] = [:]
        func add(_ m: ExtractedMention, _ what: String) {
            bySentence[m.sentence, default: []].append(Line(start: m.start, end: m.end, text: "«\(m.text)» [\(m.start),\(m.end)) \(what) ← \(m.rule)\(m.source.map { " (\($0))" } ?? "")"))
        }
        for p in record.people {
            for m in p.mentions { add(m, "person \(p.id) \(p.name)\(p.unnamed ? " (unnamed)" : "")") }
            for r in p.roles {
                bySentence[r.sentence, default: []].append(Line(start: r.start, end: r.end,
                    text: "«\(r.text)» [\(r.start),\(r.end)) role of \(p.id) key=\(r.key)\(r.former ? " former" : "") inst=\(r.institution ?? "-") ← \(r.rule)\(r.source.map { " (\($0))" } ?? "")"))
            }
        }
        for i in record.institutions { for m in i.mentions { add(m, "institution \(i.id) \(i.name)") } }
        for g in record.groups { for m in g.mentions { add(m, "group \(g.id)") } }
        for m in record.media { for x in m.mentions { add(x, "media") } }
        for l in record.places { for m in l.mentions { add(m, "place \(l.id) \(l.name)") } }
        var meetingLines: [Int: [String]] = [:]
        for m in record.meetings {
            meetingLines[m.sentence.index, default: []].append(
                "  ⇒ meeting \(m.id) \(m.kind.rawValue) (CAMEO \(m.cameo)) trigger «\(m.trigger.text)» participants \(m.participants.joined(separator: ",")) groups \(m.groups.joined(separator: ",")) ← \(m.rule)\(m.source.map { " (\($0))" } ?? "")")
        }
        var out = "# \(record.document)  date: \(record.date ?? "-")\n"
        for sentence in context.text.sentences {
            let lines = bySentence[sentence.index] ?? []
            let meetings = meetingLines[sentence.index] ?? []
            guard sentence.isContent || !lines.isEmpty else { continue }
            out += "\n[\(sentence.index)] \(context.text.text(sentence.range))\n"
            for line in lines.sorted(by: { ($0.start, $0.end, $0.text) < ($1.start, $1.end, $1.text) }) { out += "  - \(line.text)\n" }
            for m in meetings { out += m + "\n" }
        }
        out += "\nmet:\n"
        for pair in record.met { out += "  \(pair.a) — \(pair.b) in \(pair.meetings.joined(separator: ","))\n" }
        return out
    }
}
