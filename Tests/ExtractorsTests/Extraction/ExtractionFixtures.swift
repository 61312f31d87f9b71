import Foundation
@testable import Extractors

/// One extractor over the bundled lexicons for every rule test, and small helpers to read a record.
enum Fixture {
    static let extractor: Extractor = {
        do { return try Extractor.bundled() } catch { fatalError("bundled lexicons do not load: \(error)") }
    }()

    static func extract(_ text: String, id: String = "test.txt") -> DocumentExtraction {
        extractor.extract(SourceDocument(id: id, text: text))
    }

    /// Names of the people found (display names).
    static func names(_ record: DocumentExtraction) -> [String] { record.people.map(\.name) }

    /// The role phrases the person named `name` holds in the extraction of `text` (none when no such person is found).
    static func roles(of text: String, _ name: String) -> [String] {
        person(extract(text), named: name)?.roles.map(\.text) ?? []
    }

    /// The role phrases the person named `name` holds in `record` (none when no such person is found).
    static func roles(_ record: DocumentExtraction, _ name: String) -> [String] {
        person(record, named: name)?.roles.map(\.text) ?? []
    }

    static func person(_ record: DocumentExtraction, named name: String) -> ExtractedPerson? {
        record.people.first { PersianNormalizer.key($0.name) == PersianNormalizer.key(name) }
    }

    /// Every mention's offsets cut exactly its text out of the original.
    static func offsetsHold(_ record: DocumentExtraction, in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        func cut(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
        let mentions = record.people.flatMap(\.mentions) + record.institutions.flatMap(\.mentions)
            + record.groups.flatMap(\.mentions) + record.media.flatMap(\.mentions) + record.places.flatMap(\.mentions)
        return mentions.allSatisfy { $0.end <= scalars.count && cut($0.start, $0.end) == $0.text }
            && record.people.flatMap(\.roles).allSatisfy { cut($0.start, $0.end) == $0.text }
    }

    /// Unordered met pairs as sets of names.
    static func metNames(_ record: DocumentExtraction) -> Set<Set<String>> {
        let name = Dictionary(uniqueKeysWithValues: record.people.map { ($0.id, $0.name) })
        return Set(record.met.map { Set([name[$0.a] ?? "?", name[$0.b] ?? "?"]) })
    }
}
