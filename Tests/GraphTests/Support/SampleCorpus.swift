import Graph

/// Small hand-made document graphs for the tests. Keys are written as the extractor would
/// normalize them (spelling variants already share a key); offsets are plausible, not real.
enum SampleCorpus {
    /// A span of `text` at `start` in sentence `sentence`.
    static func span(_ text: String, at start: Int, sentence: Int = 0) -> Span {
        Span(start: start, end: start + text.unicodeScalars.count, text: text, sentence: sentence)
    }

    /// A role record.
    static func role(
        _ text: String, key: String? = nil, gloss: String? = nil, institution: String? = nil, former: Bool = false,
        at start: Int = 0
    ) -> RoleRecord {
        RoleRecord(
            text: text, key: key ?? text, gloss: gloss, institutionLocalID: institution, former: former,
            span: span(text, at: start))
    }

    /// A named person; `surname` defaults to the last word of `nameKey`.
    static func person(
        _ id: String, _ name: String, key: String? = nil, surname: String? = nil, roles: [RoleRecord] = [],
        titles: [String] = [], at start: Int = 0
    ) -> PersonRecord {
        let nameKey = key ?? name
        return PersonRecord(
            localID: id, name: name, titles: titles, nameKey: nameKey,
            surnameKey: surname ?? String(nameKey.split(separator: " ").last ?? ""), roles: roles,
            mentions: [span(name, at: start)])
    }

    /// An unnamed role-holder known by `role`.
    static func unnamed(_ id: String, role: String, gloss: String? = nil, institution: String? = nil) -> PersonRecord {
        PersonRecord(
            localID: id, name: role, unnamed: true, nameKey: role,
            roles: [self.role(role, gloss: gloss, institution: institution)], mentions: [span(role, at: 0)])
    }

    /// A meeting between `participants` whose evidence sentence is `sentence`.
    static func meeting(
        _ id: String, _ participants: [String], sentence: String = "دیدار و گفت‌وگو کردند.", sentenceIndex: Int = 0,
        at start: Int = 0, date: String? = nil, groups: [String] = [], institutions: [String] = [],
        place: String? = nil, kind: MeetingKind = .meeting
    ) -> MeetingRecord {
        MeetingRecord(
            localID: id, kind: kind, cameo: "040", trigger: span("دیدار", at: start, sentence: sentenceIndex),
            sentence: span(sentence, at: start, sentence: sentenceIndex), date: date, placeLocalID: place,
            participants: participants, groups: groups, institutions: institutions,
            rule: "meeting.frame.verb", ruleSource: "meeting-frames.txt:27")
    }

    static func document(_ id: String, date: String?, title: String? = nil) -> DocumentInfo {
        DocumentInfo(
            id: id, url: "https://example.org/\(id)", date: date, title: title,
            contentHash: String(StableID.fnv1a64(id), radix: 16), agency: "fars")
    }

    static let parliament = InstitutionRecord(
        localID: "i1", name: "مجلس شورای اسلامی", key: "مجلس شورای اسلامی", gloss: "Islamic Consultative Assembly")
    static let foreignMinistry = InstitutionRecord(
        localID: "i2", name: "وزارت امور خارجه", key: "وزارت امور خارجه", gloss: "Ministry of Foreign Affairs")

    /// Article 1: the speaker and the foreign minister meet an Iraqi delegation in Tehran.
    static let speakerMeetsMinister = DocumentGraph(
        document: document("doc-a", date: "2021-11-24", title: "دیدار رئیس مجلس با وزیر امور خارجه"),
        people: [
            person("p1", "علی لاریجانی", roles: [role("رئیس مجلس", gloss: "speaker of parliament", institution: "i1")]),
            person(
                "p2", "محمدجواد ظریف",
                roles: [role("وزیر امور خارجه", gloss: "foreign minister", institution: "i2")]),
        ],
        institutions: [parliament, foreignMinistry],
        groups: [GroupRecord(localID: "g1", label: "هیئت عراقی", key: "هیئت عراقی")],
        places: [PlaceRecord(localID: "l1", name: "تهران", key: "تهران")],
        meetings: [
            meeting(
                "m1", ["p1", "p2"], sentence: "علی لاریجانی رئیس مجلس با محمدجواد ظریف دیدار کرد.", at: 10,
                groups: ["g1"], place: "l1")
        ])

    /// Article 2: the same minister (another spelling, same key) meets a spokesman known by surname
    /// and an unnamed governor.
    static let ministerMeetsSpokesman = DocumentGraph(
        document: document("doc-b", date: "2021-11-25"),
        people: [
            person(
                "p1", "محمد جواد ظریف", key: "محمدجواد ظریف",
                roles: [role("وزیر امور خارجه", gloss: "foreign minister", institution: "i2")]),
            person("p2", "حسینی", roles: [role("سخنگوی دولت", gloss: "government spokesman")]),
            unnamed("p3", role: "استاندار گیلان", gloss: "governor of Gilan"),
        ],
        institutions: [foreignMinistry],
        meetings: [meeting("m1", ["p1", "p2", "p3"], sentence: "ظریف با حسینی و استاندار گیلان دیدار کرد.", at: 0)])

    /// Article 3: the full-name spokesman, a different «حسینی» (a Friday prayer leader) and «ظریف».
    static let spokesmanAndImam = DocumentGraph(
        document: document("doc-c", date: "2021-11-26"),
        people: [
            person("p1", "سید حسین حسینی", roles: [role("سخنگوی دولت", gloss: "government spokesman")]),
            person("p2", "حسینی", roles: [role("امام جمعه", gloss: "Friday prayer leader")]),
            person(
                "p3", "ظریف", surname: "ظریف",
                roles: [role("وزیر امور خارجه", gloss: "foreign minister", institution: "i2")]),
        ],
        institutions: [foreignMinistry],
        meetings: [
            meeting("m1", ["p1", "p2", "p3"], sentence: "سید حسین حسینی با امام جمعه و ظریف دیدار کرد.", at: 0),
            meeting("m2", ["p1", "p3"], sentence: "سخنگو و وزیر بار دیگر دیدار کردند.", sentenceIndex: 3, at: 90,
                date: "2021-11-27"),
        ])

    /// Article 4: the governor of Gilan by name, on a date around article 2.
    static func namedGovernor(id: String, date: String) -> DocumentGraph {
        DocumentGraph(
            document: document(id, date: date),
            people: [
                person("p1", "ارسلان زارع", roles: [role("استاندار گیلان", gloss: "governor of Gilan")]),
                person("p2", "علی لاریجانی", roles: [role("رئیس مجلس", gloss: "speaker of parliament")]),
            ],
            meetings: [meeting("m1", ["p1", "p2"], sentence: "استاندار گیلان با رئیس مجلس دیدار کرد.", at: 5)])
    }

    /// An unnamed governor of Gilan on `date`.
    static func unnamedGovernor(id: String, date: String) -> DocumentGraph {
        DocumentGraph(
            document: document(id, date: date),
            people: [
                unnamed("p1", role: "استاندار گیلان", gloss: "governor of Gilan"),
                person("p2", "محمدجواد ظریف"),
            ],
            meetings: [meeting("m1", ["p1", "p2"], sentence: "استاندار گیلان با ظریف دیدار کرد.", at: 0)])
    }

    /// Article 6: the foreign ministry and a delegation take part as such in a meeting of two people
    /// (the ministry is named among the participants, not only as the minister's institution).
    static let ministryTakesPart = DocumentGraph(
        document: document("doc-f", date: "2021-12-02"),
        people: [
            person(
                "p1", "محمدجواد ظریف",
                roles: [role("وزیر امور خارجه", gloss: "foreign minister", institution: "i2")]),
            person("p2", "علی لاریجانی", roles: [role("رئیس مجلس", gloss: "speaker of parliament", institution: "i1")]),
        ],
        institutions: [parliament, foreignMinistry],
        groups: [GroupRecord(localID: "g1", label: "هیئت عراقی", key: "هیئت عراقی")],
        meetings: [
            meeting(
                "m1", ["p1", "p2"], sentence: "وزارت امور خارجه و هیئت عراقی با ظریف و لاریجانی دیدار کردند.", at: 3,
                groups: ["g1"], institutions: ["i2"])
        ])

    /// The small corpus used for golden files: articles 1–3 plus the named governor on both sides
    /// of article 2's date.
    static var small: [DocumentGraph] {
        [
            speakerMeetsMinister, ministerMeetsSpokesman, spokesmanAndImam,
            namedGovernor(id: "doc-d", date: "2021-11-20"), namedGovernor(id: "doc-e", date: "2021-11-30"),
        ]
    }

    /// The graph of `documents`, added in the given order.
    static func build(_ documents: [DocumentGraph]) -> CorpusGraph {
        var builder = CorpusGraphBuilder()
        for document in documents { builder.add(document) }
        return builder.build()
    }

    /// The node labelled `label` (the first in id order), else the first with that alias, if any.
    static func node(_ graph: CorpusGraph, labelled label: String) -> GraphNode? {
        graph.nodes.first { $0.label == label } ?? graph.nodes.first { $0.aliases.contains(label) }
    }
}
