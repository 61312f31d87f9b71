import Extractors
import Foundation
import Graph

@testable import CLI

/// A small hand-made corpus for the explorer's tests: two people sharing a surname, a name spelled
/// with Arabic letters in one article, roles at two institutions, dated meetings in three months,
/// and one article whose person's name and URL are hostile.
enum ExplorerFixtures {
    static let governorName = "رضا کاظمی"
    static let mayorName = "محمد فتحی‌زاده"
    static let deputyName = "علی کاظمی"
    static let hostileName = "<script>alert(\"x\")</script> & \u{202E}Co"

    /// The bundled lexicons, whose titles the name keys strip (a broken bundle stops the suite here).
    static let lexicons: Lexicons = {
        do { return try Lexicons.bundled() } catch { fatalError("the bundled lexicons could not be read: \(error)") }
    }()

    /// Keys made the way the pipeline makes them, so the look-up meets them.
    static func person(_ id: String, _ name: String, titles: [String] = [], role: RoleRecord? = nil, in sentence: String) -> PersonRecord {
        let key = NameQuery.keys(for: name, lexicons: lexicons).first ?? name
        let surname = name.split(separator: " ").last.map { NameQuery.keys(for: String($0), lexicons: lexicons).first ?? String($0) }
        let start = sentence.unicodeScalars.count  // a mention outside the sentence is fine for these tests
        return PersonRecord(
            localID: id, name: name, titles: titles, nameKey: key, surnameKey: surname, roles: role.map { [$0] } ?? [],
            mentions: [Span(start: start, end: start + name.unicodeScalars.count, text: name, sentence: 0)])
    }

    static func role(_ text: String, institution: String?, gloss: String? = nil) -> RoleRecord {
        RoleRecord(
            text: text, key: NameQuery.keys(for: text, lexicons: lexicons).first ?? text, gloss: gloss, institutionLocalID: institution,
            span: Span(start: 0, end: text.unicodeScalars.count, text: text, sentence: 0))
    }

    static func meeting(_ participants: [String], sentence: String, date: String, offset: Int = 100) -> MeetingRecord {
        let triggerStart = sentence.unicodeScalars.count - 9
        return MeetingRecord(
            localID: "m1", trigger: Span(start: offset + triggerStart, end: offset + triggerStart + 5, text: "دیدار", sentence: 1),
            sentence: Span(start: offset, end: offset + sentence.unicodeScalars.count, text: sentence, sentence: 1),
            date: date, participants: participants)
    }

    static func info(_ id: String, date: String, url: String? = nil) -> DocumentInfo {
        DocumentInfo(id: id, url: url ?? "https://news.example/\(id)", date: date, title: "خبر \(id)", contentHash: id)
    }

    static let governorSentence = "دکتر رضا کاظمی استاندار گیلان با محمد فتحی‌زاده فرماندار رشت دیدار کرد."
    static let deputySentence = "رضا کاظمی و علی کاظمی در رشت با هم دیدار کردند."
    static let arabicSentence = "رضا كاظمي با محمد فتحي زاده در لاهیجان دیدار کرد."
    static let hostileSentence = "رضا کاظمی با <script>alert(\"x\")</script> & \u{202E}Co دیدار کرد."

    static var documents: [DocumentGraph] {
        let governorship = InstitutionRecord(localID: "i1", name: "استانداری گیلان", key: "استانداریگیلان")
        let county = InstitutionRecord(localID: "i2", name: "فرمانداری رشت", key: "فرمانداریرشت")
        return [
            DocumentGraph(
                document: info("doc-1", date: "2023-03-01"),
                people: [
                    person("p1", governorName, titles: ["دکتر"], role: role("استاندار", institution: "i1", gloss: "governor"), in: governorSentence),
                    person("p2", mayorName, role: role("فرماندار", institution: "i2", gloss: "county governor"), in: governorSentence),
                ],
                institutions: [governorship, county],
                meetings: [meeting(["p1", "p2"], sentence: governorSentence, date: "2023-03-01")]),
            DocumentGraph(
                document: info("doc-2", date: "2023-06-10"),
                people: [
                    person("p1", governorName, in: deputySentence),
                    person("p2", deputyName, role: role("نماینده", institution: nil), in: deputySentence),
                ],
                meetings: [meeting(["p1", "p2"], sentence: deputySentence, date: "2023-06-10")]),
            DocumentGraph(
                document: info("doc-3", date: "2023-07-01"),
                people: [person("p1", "رضا كاظمي", in: arabicSentence), person("p2", "محمد فتحي زاده", in: arabicSentence)],
                meetings: [meeting(["p1", "p2"], sentence: arabicSentence, date: "2023-07-01")]),
            DocumentGraph(
                document: info("doc-4", date: "2023-08-15", url: "javascript:alert(1)"),
                people: [person("p1", governorName, in: hostileSentence), person("p2", hostileName, in: hostileSentence)],
                meetings: [meeting(["p1", "p2"], sentence: hostileSentence, date: "2023-08-15")]),
        ]
    }

    /// The index over the fixture corpus, written to an in-memory store and read back through it,
    /// as `didar serve` reads a store file.
    static let index: ExplorerIndex = {
        do {
            let store = try GraphStore.inMemory()
            _ = try store.add(documents)
            return try StoreSnapshot.load(store)
        } catch {
            fatalError("the fixture store could not be built: \(error)")
        }
    }()

    /// The id of the person called `name` in any spelling (the label is whichever spelling won).
    static func id(of name: String) -> String {
        let key = NameQuery.keys(for: name, lexicons: lexicons).first
        return index.graph.nodes.first { $0.kind == .person && NameQuery.keys(for: $0.label, lexicons: lexicons).first == key }?.id ?? "missing"
    }

    /// Routes over the fixture index.
    static func routes(nodeLimit: Int = NetworkDrawing.defaultNodeLimit) throws -> ExplorerRoutes {
        ExplorerRoutes(index: index, assets: try AssetCatalog(), nodeLimit: nodeLimit)
    }
}
