import Extractors
import Foundation
import Testing

@testable import CLI

/// The adversarial articles of `didar bench --stage adversarial`: their sizes and shapes as issue 17
/// asks (50,000 titles, a 1 MB sentence with no punctuation, 5,000 names), and the same bytes every time.
@Suite("Adversarial corpus")
struct AdversarialCorpusTests {
    static let lexicons = try! Extractor.bundled().lexicons

    @Test("three cases of the asked sizes, made the same way twice")
    func shapes() throws {
        let cases = AdversarialCorpus(lexicons: Self.lexicons).cases()
        #expect(cases.map(\.name) == ["titles", "unpunctuated", "names"])
        let titles = Set(Self.lexicons["titles"].entries.map(\.surface))
        let text = Dictionary(uniqueKeysWithValues: cases.map { ($0.name, $0.document.text) })

        // 50,000 titles before the name: count the title words (multi-word titles make more words).
        let titleText = try #require(text["titles"])
        #expect(titleText.split(separator: " ").count > 50_000)
        #expect(titles.contains(String(titleText.split(separator: " ")[0])))

        // One sentence of at least 1 MB: no sentence-final mark, no comma, no line break.
        let sentence = try #require(text["unpunctuated"])
        #expect(sentence.utf8.count >= 1_000_000 && sentence.utf8.count < 1_000_200)
        #expect(!sentence.unicodeScalars.contains { ".!?؟…،,:;\n".unicodeScalars.contains($0) })

        // 5,000 names: 4,999 separated by the Persian comma, the last after «و».
        let names = try #require(text["names"])
        #expect(names.components(separatedBy: "، ").count == 4_999)
        #expect(names.hasSuffix(" دیدار کردند."))

        let again = AdversarialCorpus(lexicons: Self.lexicons).cases()
        #expect(again.map(\.document.text) == cases.map(\.document.text))
    }

    @Test("the extractor reads the list of 5,000 names as thousands of people")
    func namesAreRead() throws {
        let names = try #require(AdversarialCorpus(lexicons: Self.lexicons).cases(titleCount: 10, sentenceBytes: 100, nameCount: 500).last)
        let record = try Extractor.bundled().extract(names.document)
        // Not every generated pair is read as a name (some surnames double as common words), but most are.
        #expect(record.people.count > 400)
    }
}
