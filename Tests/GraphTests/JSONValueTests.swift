import Foundation
import Testing

@testable import Graph

/// `JSONValue.prettyPrinted()` must print exactly what `JSONEncoder` prints for the same value
/// (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`): the node-link export relies on it.
@Suite("JSON values printed directly")
struct JSONValueTests {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private func expectSameAsEncoder(_ value: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = String(decoding: try Self.encoder.encode(value), as: UTF8.self)
        #expect(String(decoding: value.prettyPrinted(), as: UTF8.self) == expected, sourceLocation: sourceLocation)
    }

    @Test("scalars, empty and nested containers, keys that sort by underscore and case")
    func shapes() throws {
        let value: JSONValue = .object([
            "meetings": .array([]), "meeting_id": .object([:]), "Z": .null, "a": .bool(true), "b": .bool(false),
            "nested": .array([.object(["x": .array([.int(-3), .int(0), .array([])])]), .string("")]),
            "doubles": .array([1.0, 2.5, 0.1 + 0.2, 1e-7, 1e21, 123_456_789.125, -0.5, 0].map(JSONValue.double)),
        ])
        try expectSameAsEncoder(value)
        try expectSameAsEncoder(.array([]))
        try expectSameAsEncoder(.object([:]))
    }

    @Test("hostile text: every control character, quotes, backslashes, slashes, non-ASCII")
    func hostileText() throws {
        var hostile = ""
        for value in 0..<0x80 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        hostile += "\u{2028}\u{FEFF}\u{200C}«علی» 😀 </script>"
        try expectSameAsEncoder(.object([hostile: .string(hostile), "list": .array([.string(hostile)])]))
    }

    @Test("the node-link export of random graphs: the bytes JSONEncoder writes")
    func randomGraphs() throws {
        var corpus = RandomCorpus(seed: 11)
        var builder = CorpusGraphBuilder()
        for document in corpus.documents(300) { builder.add(document) }
        let document = NodeLinkJSONWriter().document(builder.build())
        guard case .object(let members) = document, case .array(let edges)? = members["edges"] else {
            Issue.record("the node-link document is an object with an edge list")
            return
        }
        #expect(!edges.isEmpty)
        try expectSameAsEncoder(document)
    }
}
