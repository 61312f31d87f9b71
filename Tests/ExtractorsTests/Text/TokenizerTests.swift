import Testing
import PropertyBased
@testable import Extractors

@Suite("Tokenizer")
struct TokenizerTests {
    func tokens(_ text: String, prefixes: [String] = ["سید", "سیده"]) throws -> (AnalyzedText, [String]) {
        let a = try TextAnalyzer.bundled(attachedPrefixes: prefixes).analyze(SourceDocument(id: "t", text: text))
        return (a, a.tokens.map { a.text($0.range) })
    }

    @Test func wordsNumbersLatinAndPunctuation() throws {
        let (a, surfaces) = try tokens("شهردار رشت، ۱۴۰۰/۰۹/۰۳ ساعت 19:11:37 و 2.5 درصد GIS (ع).")
        #expect(surfaces == ["شهردار", "رشت", "،", "۱۴۰۰/۰۹/۰۳", "ساعت", "19:11:37", "و", "2.5", "درصد", "GIS", "(", "ع", ")", "."])
        #expect(a.tokens.map(\.kind) == [.word, .word, .punctuation, .number, .word, .number, .word, .number, .word, .latin, .punctuation, .word, .punctuation, .punctuation])
        #expect(a.tokens[3].normalized == "1400/09/03")
        #expect(a.tokens[9].key == "gis")
    }

    @Test func zwnjJoinsOneWordAndKeysIgnoreIt() throws {
        let (a, surfaces) = try tokens("شهرداری‌ها و شهرداريها و شهرداری ها")
        #expect(surfaces == ["شهرداری‌ها", "و", "شهرداريها", "و", "شهرداری", "ها"])
        #expect(a.tokens[0].normalized == "شهرداری\u{200C}ها")
        #expect(a.tokens[0].key == a.tokens[2].key)
        #expect(a.tokens[4].key + a.tokens[5].key == a.tokens[0].key)
    }

    @Test func diacriticsTatweelAndBidiMarksStayInsideTheWord() throws {
        let (a, surfaces) = try tokens("مُحَمَّد ايرنـــا \u{200F}رشت\u{200E}")
        #expect(surfaces == ["مُحَمَّد", "ايرنـــا", "رشت\u{200E}"])
        #expect(a.tokens.map(\.key) == ["محمد", "ایرنا", "رشت"])
    }

    @Test func freeTatweelIsADashAndPeriodRunsAreOneToken() throws {
        let (a, surfaces) = try tokens("تهران ـ ایرنا ـ وزیر گفت... ایرنـا")
        #expect(surfaces == ["تهران", "ـ", "ایرنا", "ـ", "وزیر", "گفت", "...", "ایرنـا"])
        #expect(a.tokens[1].normalized == "-" && a.tokens[1].kind == .punctuation)
        #expect(a.tokens[7].key == "ایرنا")
        #expect(a.metadata.dateline == "تهران")
        #expect(a.metadata.agency == "ایرنا")
    }

    @Test func attachedTitlesAreSplit() throws {
        let (a, surfaces) = try tokens("سیدمصطفی و سیده‌زهرا و سید احمد و سیدی")
        #expect(surfaces == ["سید", "مصطفی", "و", "سیده", "زهرا", "و", "سید", "احمد", "و", "سیدی"])
        #expect(a.tokens[0].isSplit && a.tokens[1].isSplit && !a.tokens[6].isSplit)
        #expect(a.tokens[0].spaceAfter == false)
        // When both titles fit, the given name decides («هاشم» is a name, «اشم» is not).
        #expect(try tokens("سیدهاشم و سیدهزهرا").1 == ["سید", "هاشم", "و", "سیده", "زهرا"])
        // Without prefixes nothing is split.
        #expect(try tokens("سیدمصطفی", prefixes: []).1 == ["سیدمصطفی"])
    }

    @Test("the byte pre-test of a title reads the letters appendSplit reads (ZWNJs, marks and Arabic letters too)")
    func titlePretestReadsTheLetters() async throws {
        // A ZWNJ or a mark inside the title still lets it split, as before the pre-test; «سال» never tries.
        #expect(try tokens("سی\u{200C}دمصطفی سیَدمصطفی سيدمصطفی سالن").1 == ["سی\u{200C}د", "مصطفی", "سیَد", "مصطفی", "سيد", "مصطفی", "سالن"])
        let letters: [Unicode.Scalar] = ["س", "ی", "\u{064A}", "د", "ه", "م", "ر", "ا", "\u{200C}", "\u{064E}", "\u{0640}"]
        let words = Gen.int(in: 0...(letters.count - 1)).map { letters[$0] }.array(of: 1...8)
        let prefixes = ["سید", "سیده", "میر"].map { Array($0.utf8) }
        await propertyCheck(count: 500, input: words) { scalars in
            let word = String(String.UnicodeScalarView(scalars))
            let normalized = Array(PersianNormalizer.normalize(word).utf8)
            let key = Array(PersianNormalizer.key(word).utf8)
            for prefix in prefixes {
                let fits = normalized.withUnsafeBufferPointer { Tokenizer.letters(of: $0, startWith: prefix) }
                #expect(fits == key.starts(with: prefix))
            }
        }
    }

    @Test func crlfAndBOMFreeOffsetsPointIntoTheOriginal() throws {
        let text = "کد خبر: 523995\r\n|\r\nسید امیر"
        let (a, surfaces) = try tokens(text)
        #expect(surfaces == ["کد", "خبر", ":", "523995", "|", "سید", "امیر"])
        let scalars = Array(text.unicodeScalars)
        #expect(a.tokens[5].range == 19..<22)
        #expect(String(String.UnicodeScalarView(scalars[a.tokens[5].range])) == "سید")
    }

    @Test func tokensAreOrderedInBoundsAndKeyedFromTheirOriginal() async throws {
        await propertyCheck(count: 300, input: TrickyText.generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "p", text: text))
            #expect(a.scalars == Array(text.unicodeScalars))
            var last = 0
            for t in a.tokens {
                #expect(t.range.lowerBound >= last && t.range.upperBound <= a.scalars.count && !t.range.isEmpty)
                last = t.range.upperBound
                // A free-standing tatweel is the one token normalized to something else: a dash.
                let original = a.text(t.range)
                let freeTatweel = original.unicodeScalars.allSatisfy { $0 == "\u{0640}" }
                #expect(t.key == (freeTatweel ? "-" : PersianNormalizer.key(original)))
                #expect(t.normalized == (freeTatweel ? "-" : PersianNormalizer.normalize(original)))
            }
            // Sentences cover their tokens, in order.
            var next = 0
            for s in a.sentences {
                #expect(s.tokens.lowerBound == next && !s.tokens.isEmpty)
                next = s.tokens.upperBound
                #expect(s.range == a.tokens[s.tokens.lowerBound].range.lowerBound..<a.tokens[s.tokens.upperBound - 1].range.upperBound)
            }
            #expect(next == a.tokens.count)
        }
    }
}
