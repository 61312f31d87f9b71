import Testing
@testable import Extractors

@Suite("DocumentDecoder")
struct DocumentDecoderTests {
    let decoder = DocumentDecoder()

    @Test func decodesUTF8AndStripsTheByteOrderMark() throws {
        let text = "شهردار رشت\r\nدر نشست"
        let plain = try decoder.decodeText(Array(text.utf8), name: "a.txt")
        #expect(plain.text == text)
        #expect(plain.id == "a.txt")
        let withBOM = try decoder.decodeText([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "b.txt")
        #expect(withBOM.text == text)
        // CRLF is kept: offsets count both scalars.
        #expect(withBOM.text.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func decodesUTF16WithEitherByteOrderMark() throws {
        let text = "سید مصطفی 𝟙"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoder.decodeText(little, name: "le.txt").text == text)
        #expect(try decoder.decodeText(big, name: "be.txt").text == text)
    }

    @Test func rejectsInvalidUTF8WithItsByteOffset() {
        let bytes = Array("سلام".utf8) + [0xC3, 0x28] + Array(" x".utf8)
        let error = #expect(throws: InputError.self) { try decoder.decodeText(bytes, name: "bad.txt") }
        #expect(error?.kind == .invalidEncoding)
        #expect(error?.byteOffset == 8)
        #expect(error?.description.hasPrefix("bad.txt: invalid UTF-8") == true)
    }

    @Test(arguments: [
        [0xE0, 0x80, 0x80],   // overlong
        [0xED, 0xA0, 0x80],   // surrogate
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0xE2, 0x82],         // truncated at the end
        [0xFF],
    ] as [[UInt8]])
    func rejectsEveryIllFormedSequence(_ tail: [UInt8]) {
        let error = #expect(throws: InputError.self) { try decoder.decodeText(Array("ab".utf8) + tail, name: "x") }
        #expect(error?.kind == .invalidEncoding)
        #expect(error?.byteOffset == 2)
    }

    @Test func rejectsBinaryContent() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let error = #expect(throws: InputError.self) { try decoder.decodeText(png, name: "img.png") }
        #expect(error?.kind == .binaryContent)
        #expect(error?.byteOffset == 8)
        let controls = [UInt8](repeating: 0x01, count: 40) + Array("abc".utf8)
        let error2 = #expect(throws: InputError.self) { try decoder.decodeText(controls, name: "c.bin") }
        #expect(error2?.kind == .binaryContent)
    }

    @Test func utf16WithoutAByteOrderMarkGetsAHint() {
        let bytes = Array("شهردار".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let error = #expect(throws: InputError.self) { try decoder.decodeText(bytes, name: "u16.txt") }
        #expect(error?.kind == .binaryContent)
        #expect(error?.message.contains("UTF-16") == true)
    }

    @Test(arguments: ["", " \n\t\r\n", "\u{200C}\u{00A0}", "\u{FEFF}"])
    func rejectsEmptyDocuments(_ text: String) {
        let error = #expect(throws: InputError.self) { try decoder.decodeText(Array(text.utf8), name: "e.txt") }
        #expect(error?.kind == .empty)
    }

    @Test func rejectsDocumentsOverTheLimit() {
        let small = DocumentDecoder(maxBytes: 10)
        let error = #expect(throws: InputError.self) { try small.decodeText(Array("شهرداری رشت".utf8), name: "big.txt") }
        #expect(error?.kind == .tooLarge)
        #expect(error?.message.contains("10 bytes") == true)
    }

    @Test func summaryCountsEverythingItWasTold() {
        var summary = InputSummary()
        summary.recordRead(SourceDocument(id: "a", text: "سلام"))
        summary.recordSkipped(InputError(kind: .empty, source: "b.txt", message: "empty document"))
        summary.recordSkipped(InputError(kind: .malformedJSON, source: "c.jsonl", line: 3, byteOffset: 7, message: "malformed JSON: expected ':'"))
        #expect(summary.read == 1)
        #expect(summary.bytes == 8)
        #expect(summary.report.hasPrefix("read 1 document, skipped 2 (empty: 1, malformed-json: 1)"))
        #expect(summary.report.contains("c.jsonl:3: malformed JSON: expected ':' (byte 7)"))
    }
}
