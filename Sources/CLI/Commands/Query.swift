import ArgumentParser
import Foundation
import Graph

/// `didar query`: an official's connections — whom they met, when, where, in which role, and the
/// sentence that proves each link.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a person's card: names, roles over time, institutions, and everyone they met, with evidence.",
        discussion: """
        The name may be written any way: Arabic ي/ك or Persian ی/ک, with or without zero-width
        non-joiners, with or without titles (سید، حجت‌الاسلام، دکتر، سرگرد …), full or surname only.

        Examples:
          didar query "علوی"
          didar query "سيد امير حسين علوي"
          didar query "حجت الاسلام آتشزر" --json
          didar query "صفوی" --since 2021-01-01 --depth 2
          didar query --id p_0b18284358e504d3      (the id printed beside the name)

        A name shared by several people lists them and exits with code 7: pick one with --id
        (or type the id in place of the name).
        """
    )

    @Argument(help: "The person's name (any spelling), or their id.")
    var name: String?

    @Option(help: "Pick a person by id (as printed by `didar query`) when a name matches several; the name may then be left out.")
    var id: String?

    @Option(help: "1: the people met; 2: also the people they met.")
    var depth = 1

    @Flag(help: "Print the card as JSON.")
    var json = false

    @Option(help: "Evidence sentences shown per contact (all of them with --json).")
    var evidence = 3

    @OptionGroup var dates: DateOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...2).contains(depth) else { throw ValidationError("--depth is 1 or 2") }
        guard name != nil || id != nil else { throw ValidationError("name a person, or give their id with --id") }
    }

    func run() throws {
        let index = try store.openIndex()
        let person = try PersonResolver.resolve(name, id: id, in: index)
        guard let card = PersonCard(index: index, id: person.id, range: dates.range, depth: depth) else {
            throw UserFacingError(message: "no card for \(person.id)", exitCode: ExitStatus.notFound)
        }
        if json {
            print(try JSONOutput.string(card))
        } else {
            print(CardPrinter(evidencePerContact: evidence).render(card))
        }
    }
}

/// JSON for scripts: sorted keys, no escaped slashes, so output diffs cleanly.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// The person card as text: aligned tables on a terminal, plain text when piped.
struct CardPrinter {
    var evidencePerContact: Int

    func render(_ card: PersonCard) -> String {
        var out: [String] = []
        out.append(Terminal.bold(card.label) + "  " + Terminal.dim("(\(card.id), \(card.kind.rawValue))"))
        if card.names.count > 1 { out.append("  also written: " + card.names.dropFirst().joined(separator: "، ")) }
        if !card.titles.isEmpty { out.append("  titles: " + card.titles.joined(separator: "، ")) }
        out.append("  seen in \(card.documentCount) document(s), \(card.meetingCount) meeting(s)\(span(card.firstSeen, card.lastSeen))")
        if !card.roles.isEmpty {
            out.append("")
            out.append(Terminal.bold("Roles"))
            var t = TextTable(headers: ["role", "gloss", "institution", "first seen", "last seen", "documents"])
            for r in card.roles {
                t.rows.append([r.role + (r.former ? " (سابق)" : ""), r.roleGloss ?? "", r.institution ?? "", r.firstSeen ?? "", r.lastSeen ?? "", String(r.documentCount)])
            }
            out.append(t.render())
        }
        if !card.institutions.isEmpty {
            out.append("")
            out.append(Terminal.bold("Institutions"))
            for i in card.institutions { out.append("  " + i.label + (i.former ? " (former)" : "") + "  — " + i.roles.joined(separator: "، ")) }
        }
        // People and role-holders are the answer; groups and institutions present at the same
        // meetings are context, listed after them without repeating the evidence.
        let people = card.contacts.filter { $0.kind == .person || $0.kind == .unnamedRoleHolder }
        let others = card.contacts.filter { !($0.kind == .person || $0.kind == .unnamedRoleHolder) }
        out.append("")
        out.append(Terminal.bold("Met") + " (\(people.count) \(people.count == 1 ? "person" : "people"), by number of meetings)")
        if people.isEmpty { out.append("  no meetings with other people recorded\(card.range.isUnbounded ? "" : " in this date range")") }
        var t = TextTable(headers: ["#", "person", "role", "meetings", "dates", "places"])
        for (n, c) in people.enumerated() {
            let places = Set(c.encounters.compactMap(\.place)).sorted().joined(separator: "، ")
            t.rows.append([String(n + 1), c.label, c.role ?? "", String(c.meetingCount), dateSpan(c.firstDate, c.lastDate), places])
        }
        if !people.isEmpty { out.append(t.render()) }
        if !others.isEmpty {
            out.append("  also present: " + others.map { "\($0.label) (\($0.kind.rawValue))" }.joined(separator: "، "))
        }
        for c in people {
            out.append("")
            out.append(Terminal.accent("— \(c.label)"))
            for e in c.encounters.prefix(evidencePerContact) {
                out.append("  «\(e.text.trimmingCharacters(in: .whitespacesAndNewlines))»")
                out.append(Terminal.dim("    \(e.document), sentence \(e.sentence), characters \(e.start)–\(e.end)\(e.date.map { ", " + $0 } ?? "")\(e.place.map { ", " + $0 } ?? "")"))
            }
            if c.encounters.count > evidencePerContact { out.append(Terminal.dim("  … \(c.encounters.count - evidencePerContact) more (use --evidence N or --json)")) }
        }
        if !card.secondDegree.isEmpty {
            out.append("")
            out.append(Terminal.bold("Second degree") + " (\(card.secondDegree.count))")
            var t2 = TextTable(headers: ["person", "role", "through"])
            for s in card.secondDegree { t2.rows.append([s.label, s.role ?? "", s.via.map(\.label).joined(separator: "، ")]) }
            out.append(t2.render())
        }
        return out.joined(separator: "\n")
    }

    private func span(_ a: String?, _ b: String?) -> String {
        guard a != nil || b != nil else { return "" }
        return ", " + dateSpan(a, b)
    }

    private func dateSpan(_ a: String?, _ b: String?) -> String {
        switch (a, b) {
        case let (a?, b?) where a == b: a
        case let (a?, b?): "\(a) … \(b)"
        case let (a?, nil): a
        case let (nil, b?): b
        default: "undated"
        }
    }
}
