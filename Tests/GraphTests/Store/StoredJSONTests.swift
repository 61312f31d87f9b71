import Foundation
import Testing

@testable import Graph

/// The store's hand-written JSON (`StoredJSON`) must be exactly what `JSONEncoder` writes for the
/// records' `Codable` form, and read back by `JSONDecoder` to the same graph.
@Suite("Stored JSON")
struct StoredJSONTests {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private func expectSameAsEncoder(_ graph: DocumentGraph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = String(decoding: try Self.encoder.encode(graph), as: UTF8.self)
        let written = StoredJSON.encode(graph)
        #expect(written == expected, sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(DocumentGraph.self, from: Data(written.utf8)) == graph, sourceLocation: sourceLocation)
    }

    @Test("the sample articles: the bytes JSONEncoder writes")
    func sampleArticles() throws {
        for graph in SampleCorpus.small { try expectSameAsEncoder(graph) }
    }

    @Test("400 random articles (every optional present or absent, empty lists): the bytes JSONEncoder writes")
    func randomArticles() throws {
        var corpus = RandomCorpus(seed: 7)
        for graph in corpus.documents(400) { try expectSameAsEncoder(graph) }
    }

    @Test("every control character, quotes, backslashes, slashes and non-ASCII are escaped as JSONEncoder does")
    func hostileText() throws {
        var hostile = ""
        for value in 0..<0x80 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        hostile += "\u{2028}\u{2029}\u{FEFF}\u{200C}علی «قاسمی» 😀 \"quoted\" \\ / </script>"
        let span = Span(start: 0, end: 3, text: hostile, sentence: 0)
        let graph = DocumentGraph(
            document: DocumentInfo(id: hostile, url: "https://x.ir/a?b=1&c=\"2\"", date: nil, title: "", contentHash: "00", agency: nil),
            people: [
                PersonRecord(
                    localID: "p1", name: hostile, unnamed: false, titles: [hostile, ""], nameKey: "k\n", surnameKey: nil,
                    roles: [RoleRecord(text: hostile, key: "\t", head: nil, gloss: "", institutionLocalID: nil, placeKey: nil, former: true, span: span)],
                    mentions: [span, span])
            ],
            institutions: [InstitutionRecord(localID: "i1", name: "\u{0}", key: "\u{1F}", gloss: nil, mentions: [])],
            groups: [GroupRecord(localID: "g1", label: "\r\n", key: "", mentions: [span])],
            places: [PlaceRecord(localID: "l1", name: "/", key: "\\", mentions: [])],
            meetings: [
                MeetingRecord(
                    localID: "m1", kind: .pressConference, cameo: "040", trigger: span, sentence: span, date: "2024-01-01",
                    placeLocalID: "l1", participants: ["p1"], groups: [], institutions: ["i1"], host: nil, guest: "p1",
                    hosts: [], guests: ["p1", "\u{2028}"], rule: "meeting.frame.x\"", ruleSource: "a\\b.txt:1")
            ])
        try expectSameAsEncoder(graph)
    }

    @Test("lists of strings for the derived tables: the bytes JSONEncoder writes")
    func stringLists() throws {
        for list in [[], [""], ["a", "b/c"], ["«علی»", "\"", "\u{7}\u{8}"]] as [[String]] {
            #expect(JSONColumn.encode(list) == String(decoding: try Self.encoder.encode(list), as: UTF8.self))
        }
    }
}
