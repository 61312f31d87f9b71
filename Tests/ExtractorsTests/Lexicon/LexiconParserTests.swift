import Foundation
import Testing
import PropertyBased
@testable import Extractors

/// `LexiconParser.parse` reads most files on their UTF-8 bytes; the format is defined on `Character`s
/// (`parseCharacters`). These tests hold the two readings to the same entries and the same errors.
@Suite("LexiconParser")
struct LexiconParserTests {
    /// Lines made of the separators, letters, marks that join a separator into one `Character`, a carriage
    /// return, odd spaces and punctuation, so that both readings' edge cases come up.
    static let pieces: [String] = [
        "شهردار", "ب", "ی", "ك", "1", "۴", "x", "gloss", "=", "==", "|", "||", " ", "  ", "\t", "#", "\n", "\n", "\n",
        "\r", "\r\n", "\u{200C}", "\u{064B}", "\u{0670}", "\u{0301}", "\u{0600}", "\u{00A0}", "«", "»", "،", "…",
        "name=value", "kind=stop", " | ", "= ", " =", "😀", "\u{FE0F}", "\u{200D}", "\u{200C}ها", "→", "≥", "\u{0640}",
    ]
    static let generator = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...60).map { $0.joined() }

    /// The outcome of a reading, comparable: the entries, or the error's text.
    struct Outcome: Equatable {
        var entries: [LexiconEntry] = []
        var error: String?
    }

    private static func outcome(_ read: () throws(LexiconError) -> [LexiconEntry]) -> Outcome {
        do throws(LexiconError) { return Outcome(entries: try read()) } catch { return Outcome(error: error.description) }
    }

    @Test("every bundled file is read on its bytes, to the same entries as on Characters")
    func bundledFilesReadOnBytes() throws {
        let files = try Lexicons.bundledFiles()
        #expect(files.count > 40)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            #expect(ByteLines.separatorsStandAlone(in: text), "\(name) would be read on Characters (slow)")
            let bytes = Self.outcome { () throws(LexiconError) in try LexiconParser.parseBytes(text, file: name) }
            let characters = Self.outcome { () throws(LexiconError) in try LexiconParser.parseCharacters(text, file: name) }
            #expect(bytes == characters, "\(name)")
        }
    }

    @Test("random lines: parse gives the entries or the error of the Character reading")
    func randomLinesAgree() async {
        await propertyCheck(count: 600, input: Self.generator) { text in
            let fast = Self.outcome { () throws(LexiconError) in try LexiconParser.parse(text, file: "t.txt", required: ["gloss"]) }
            let slow = Self.outcome { () throws(LexiconError) in try LexiconParser.parseCharacters(text, file: "t.txt", required: ["gloss"]) }
            #expect(fast == slow)
            let fastAny = Self.outcome { () throws(LexiconError) in try LexiconParser.parse(text, file: "t.txt") }
            let slowAny = Self.outcome { () throws(LexiconError) in try LexiconParser.parseCharacters(text, file: "t.txt") }
            #expect(fastAny == slowAny)
            // Where the bytes may be read, they give the Character reading too.
            if ByteLines.separatorsStandAlone(in: text) {
                #expect(Self.outcome { () throws(LexiconError) in try LexiconParser.parseBytes(text, file: "t.txt") } == slowAny)
            }
        }
    }

    @Test("a separator joined into a Character by the scalar beside it sends the file to the Character reading")
    func joinedSeparatorsFallBack() throws {
        // «| ‌x»: the space and the ZWNJ after it are one Character, so the attribute's name keeps them; a byte
        // reading would have trimmed the space.
        for text in ["الف |\u{200C}x=1", "الف \u{0301}| x=1", "الف\r\n", "الف \u{0600}| x=1", "a =\u{064B}b | c=d"] {
            #expect(!ByteLines.separatorsStandAlone(in: text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Self.outcome { () throws(LexiconError) in try LexiconParser.parse(text, file: "t.txt") }
                    == Self.outcome { () throws(LexiconError) in try LexiconParser.parseCharacters(text, file: "t.txt") })
        }
        let entries = try LexiconParser.parse("شهردار | gloss=mayor # «شهردار»\n\n  # comment\nفرماندار\t|institution=فرمانداری |gloss = governor ", file: "t.txt")
        #expect(entries.map(\.surface) == ["شهردار", "فرماندار"])
        #expect(entries.map(\.source) == ["t.txt:1", "t.txt:4"])
        #expect(entries[1].attributes == ["institution": "فرمانداری", "gloss": "governor"])
    }

    @Test("an entry's word count is that of its Characters split at spaces and lone ZWNJs")
    func wordCountAgrees() async {
        #expect(LexiconEntry.wordCount("حجت\u{200C}الاسلام و المسلمین") == 3)
        await propertyCheck(count: 400, input: TrickyText.generator) { scalars in
            let normalized = PersianNormalizer.normalize(String(String.UnicodeScalarView(scalars)))
            for text in [normalized, " \u{200C}" + normalized, normalized + "\u{1}\u{200C}x"] {
                #expect(LexiconEntry.wordCount(text) == text.split(whereSeparator: { $0 == " " || $0 == "\u{200C}" }).count)
            }
        }
    }
}
