import Testing
@testable import Extractors

@Suite("JSONLinesDecoder")
struct JSONLinesDecoderTests {
    let decoder = JSONLinesDecoder()

    func decode(_ line: String, _ d: JSONLinesDecoder? = nil) throws(InputError) -> SourceDocument? {
        try (d ?? decoder).decodeLine(Array(line.utf8), lineNumber: 7, source: "dev.jsonl")
    }

    @Test func readsTheFieldsOfARecord() throws {
        let line = #"{"id": "fars1-000", "url": "https://x/1", "category": "", "n": [1, {"a": null}], "title": "عنوان", "text": "خبرگزاري فارس: رئيس \"اداره\"\nوی\u200cگفت \ud83d\ude00"}"#
        let doc = try #require(try decode(line))
        #expect(doc.id == "fars1-000")
        #expect(doc.url == "https://x/1")
        #expect(doc.title == "عنوان")
        #expect(doc.date == nil)
        #expect(doc.text == "خبرگزاري فارس: رئيس \"اداره\"\nوی\u{200C}گفت 😀")
    }

    @Test func numericAndMissingIds() throws {
        #expect(try decode(#"{"id": 42, "text": "سلام"}"#)?.id == "42")
        #expect(try decode(#"{"text": "سلام"}"#)?.id == "dev.jsonl:7")
    }

    @Test func customFieldNames() throws {
        let d = JSONLinesDecoder(textField: "body", idField: "key")
        let doc = try decode(#"{"key": "k1", "body": "متن", "text": 3}"#, d)
        #expect(doc?.id == "k1")
        #expect(doc?.text == "متن")
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsSkipped() throws {
        let doc = try decoder.decodeLine([0xEF, 0xBB, 0xBF] + Array(#"{"text": "سلام"}"#.utf8), lineNumber: 1, source: "c.jsonl")
        #expect(doc?.text == "سلام")
    }

    @Test func blankLinesAreNotDocuments() throws {
        #expect(try decode("   ") == nil)
    }

    @Test(arguments: [
        (#"{"id": "a", "text": "x""#, 23),
        (#"{"id": "a" "text": "x"}"#, 11),
        (#"["text"]"#, 0),
        (#"{"text": "a\qb"}"#, 11),
        (#"{"text": "x"} trailing"#, 14),
        (#"{"text": tru}"#, 9),
    ])
    func malformedLinesNameTheLineAndByte(_ line: String, _ offset: Int) {
        let error = #expect(throws: InputError.self) { try decode(line) }
        #expect(error?.kind == .malformedJSON)
        #expect(error?.line == 7)
        #expect(error?.byteOffset == offset)
        #expect(error?.description.hasPrefix("dev.jsonl:7: malformed JSON") == true)
    }

    @Test func missingOrWrongTextField() {
        let missing = #expect(throws: InputError.self) { try decode(#"{"id": "a", "body": "x"}"#) }
        #expect(missing?.kind == .missingField)
        #expect(missing?.message.contains("body, id") == true)
        let number = #expect(throws: InputError.self) { try decode(#"{"id": "a", "text": 12}"#) }
        #expect(number?.kind == .wrongFieldType)
        let empty = #expect(throws: InputError.self) { try decode(#"{"id": "a", "text": " \n "}"#) }
        #expect(empty?.kind == .empty)
    }

    @Test func invalidUTF8InALine() {
        let bytes = Array(#"{"text": ""#.utf8) + [0xFE] + Array(#""}"#.utf8)
        let error = #expect(throws: InputError.self) { try decoder.decodeLine(bytes, lineNumber: 2, source: "c.jsonl") }
        #expect(error?.kind == .invalidEncoding)
        #expect(error?.byteOffset == 10)
        #expect(error?.line == 2)
    }

    @Test func splitsACorpusIntoNumberedLines() {
        let corpus = Array("\u{FEFF}{\"text\": \"a\"}\r\n\n{\"text\": 1}\n{\"text\": \"b\"}".utf8)
        let results = decoder.decodeAll(corpus, source: "c.jsonl")
        #expect(results.count == 3)
        #expect((try? results[0].get())?.text == "a")
        if case .failure(let e) = results[1] { #expect(e.line == 3) } else { Issue.record("line 3 should fail") }
        #expect((try? results[2].get())?.id == "c.jsonl:4")
    }
}
