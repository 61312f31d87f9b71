import Testing
import PropertyBased
@testable import Extractors

/// The tokenizer's one-pass normalization (`NormalizedWriter`) and its bit tables.
@Suite("Token normalization in one pass")
struct TokenNormalizationTests {
    @Test func latin1PunctuationTableAgreesWithTheUnicodeProperties() {
        let tokenizer = Tokenizer(attachedPrefixes: [])
        for v in 0..<0x100 {
            let s = Unicode.Scalar(UInt8(v))
            #expect(tokenizer.isPunctuation(s) == Tokenizer.isPunctuationProperty(s), "U+\(String(v, radix: 16))")
        }
        for s: Unicode.Scalar in ["،", "؛", "؟", "…", "–", "\u{066B}", "€", "٪"] {
            #expect(tokenizer.isPunctuation(s) == Tokenizer.isPunctuationProperty(s))
        }
    }

    /// Every token's normalized form and key are those of its original text, in documents longer than the
    /// property tests' short ones (tokens of NBSP, ZWNJ, Arabic letters, presentation forms, marks).
    @Test func tokensOfALongMixedDocumentAreKeyedFromTheirOriginal() async throws {
        let analyzer = try TextAnalyzer.bundled()
        await propertyCheck(count: 20, input: TrickyText.generator.array(of: 50...200)) { pieces in
            let scalars = (pieces + pieces.reversed() + pieces).joined(separator: [" "])
            let text = String(String.UnicodeScalarView(scalars))
            let a = analyzer.analyze(SourceDocument(id: "p", text: text))
            for t in a.tokens {
                let original = a.text(t.range)
                let freeTatweel = original.unicodeScalars.allSatisfy { $0 == "\u{0640}" }
                #expect(t.key == (freeTatweel ? "-" : PersianNormalizer.key(original)))
                #expect(t.normalized == (freeTatweel ? "-" : PersianNormalizer.normalize(original)))
                #expect(t.keyHash == PhraseMatcher.hash(t.key))
            }
        }
    }

    @Test func aWordLongerThanTheScratchBytesIsWhole() throws {
        // 300 letters with diacritics and joiners: far past the writer's first 256 bytes.
        let word = String(repeating: "مُ\u{200C}ي", count: 100)
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "w", text: "ا \(word) ب"))
        #expect(a.tokens.count == 3)
        #expect(a.tokens[1].normalized == PersianNormalizer.normalize(word))
        #expect(a.tokens[1].key == PersianNormalizer.key(word))
        #expect(a.tokens[1].key == String(repeating: "می", count: 100))
    }
}
