import Testing
@testable import Extractors

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: text))
        return a.sentences.map { a.text($0.range) }
    }

    @Test func splitsOnPersianAndLatinPunctuation() throws {
        #expect(sentences("وی گفت: کار تمام شد. آیا درست است؟ بله! OK. پایان") ==
                ["وی گفت: کار تمام شد.", "آیا درست است؟", "بله!", "OK.", "پایان"])
    }

    @Test func doesNotSplitInsideNumbersDatesOrAbbreviations() throws {
        #expect(sentences("رشد 2.5 درصد در ۱۴۰۰/۰۹/۰۳ بود. سپس") == ["رشد 2.5 درصد در ۱۴۰۰/۰۹/۰۳ بود.", "سپس"])
        #expect(sentences("در سال ۱۳۵۷ ه.ش. انقلاب شد. بعد") == ["در سال ۱۳۵۷ ه.ش. انقلاب شد.", "بعد"])
        #expect(sentences("Dr. Smith met J. Doe in the U.S. today. Next") == ["Dr. Smith met J. Doe in the U.S. today.", "Next"])
        #expect(sentences("سایت farsnews.ir خبر داد. بعد") == ["سایت farsnews.ir خبر داد.", "بعد"])
        #expect(sentences("قرارگاه امام رضا(ع) و حضرت زهرا(س) حضور داشتند.") == ["قرارگاه امام رضا(ع) و حضرت زهرا(س) حضور داشتند."])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        #expect(sentences("او گفت: «کار تمام شد.» سپس رفت. (پایان.) بعد") == ["او گفت: «کار تمام شد.»", "سپس رفت.", "(پایان.)", "بعد"])
        #expect(sentences("چرا؟! نه…") == ["چرا؟!", "نه…"])
    }

    @Test func lineBreaksEndSentencesAndParagraphs() throws {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "p", text: "عنوان خبر\n\nمتن اول. متن دوم\r\nخط سوم"))
        #expect(a.sentences.map(\.paragraph) == [0, 1, 1, 2])
        #expect(a.sentences.map(\.index) == [0, 1, 2, 3])
    }

    @Test func datelinesAndSourcePrefixesAreSplitOff() throws {
        #expect(sentences("کرمان – فت فتو – معاون استاندار گفت: سلام.") == ["کرمان – فت فتو –", "معاون استاندار گفت: سلام."])
        #expect(sentences("اعتمادآنلاین| سید امیر علوی گفت") == ["اعتمادآنلاین|", "سید امیر علوی گفت"])
        #expect(sentences("خبرگزاري فارس: رئيس اداره گفت") == ["خبرگزاري فارس:", "رئيس اداره گفت"])
        // Deep in a report, «X – Y –» is text, not a dateline.
        let deep = Array(repeating: "بند خبر.", count: 7).joined(separator: "\n") + "\nایران – عراق – بازی امشب برگزار می شود"
        #expect(sentences(deep).last == "ایران – عراق – بازی امشب برگزار می شود")
        // A headline kicker before a bar is not split off, nor is a long run before a dash.
        #expect(sentences("هفته دهم لیگ برتر| پیروزی پرسپولیس") == ["هفته دهم لیگ برتر| پیروزی پرسپولیس"])
        #expect(sentences("دیدار رئیس مجلس با وزیر امور خارجه – گزارش تصویری") == ["دیدار رئیس مجلس با وزیر امور خارجه – گزارش تصویری"])
    }
}
