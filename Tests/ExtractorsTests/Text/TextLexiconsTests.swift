import Testing
@testable import Extractors

@Suite("TextLexicons")
struct TextLexiconsTests {
    @Test func bundledFilesParseAndHoldWhatTheLayerNeeds() throws {
        let lexicons = try TextLexicons.bundled()
        #expect(lexicons.boilerplate.count >= 20)
        #expect(lexicons.media.count >= 40)
        #expect(Set(lexicons.jalaliMonths.entries.compactMap { $0["month"] }) == Set((1...12).map(String.init)))
        #expect(Set(lexicons.gregorianMonths.entries.compactMap { $0["month"] }) == Set((1...12).map(String.init)))
        #expect(Set(lexicons.dayOrdinals.entries.compactMap { $0["value"].flatMap(Int.init) }) == Set(1...31))
        #expect(lexicons.abbreviations.contains(key: "ه.ش"))
        #expect(lexicons.zwnjWords.entry(key: "شهرداریها")?.surface == "شهرداری‌ها")
        for entry in lexicons.media.entries { #expect(entry["gloss"] != nil, "\(entry.source) lacks gloss=") }
        for entry in lexicons.boilerplate.entries {
            #expect(["rest", "sentence"].contains(entry["scope"] ?? ""), "\(entry.source) needs scope=rest|sentence")
        }
    }

    @Test func malformedDataNamesItsLine() {
        #expect(throws: LexiconError.self) { try Lexicons(files: ["media.txt": "ایرنا | gloss"]) }
    }
}
