import Testing
@testable import Extractors

@Suite("Boilerplate")
struct BoilerplateTests {
    /// (sentence text, boilerplate kind) for every sentence.
    func marks(_ text: String) throws -> [(String, BoilerplateKind?)] {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "b", text: text))
        for s in a.sentences { #expect(s.isContent == (s.boilerplate == nil)) }
        return a.sentences.map { (a.text($0.range), $0.boilerplate) }
    }

    func content(_ text: String) throws -> [String] { try marks(text).filter { $0.1 == nil }.map(\.0) }

    let body = "استاندار یزد در دیدار با نمایندگان مجلس گفت: طرح آبرسانی به شهرهای استان تا پایان سال جاری با همکاری دستگاههای اجرایی و شوراهای اسلامی تکمیل می شود."

    @Test func footerAfterEndOfMessageIsNotContent() throws {
        let text = "\(body)\n\nانتهای پیام/456/ ز\n\nپربیننده‌ترین اخبار\nهمراه اول\nرایتل\ntriboon"
        let m = try marks(text)
        #expect(m.first?.1 == nil)
        #expect(m.dropFirst().allSatisfy { $0.1 == .footer })
        #expect(m.count == 6)
    }

    @Test func newsCodeBlocksAndBareDatesAreNotContent() throws {
        let text = "کد خبر: 98765\n|\n۱۴۰۲/۰۱/۱۵ ۱۰:۲۰:۰۰\n| |\n\n\(body)"
        let m = try marks(text)
        #expect(m.map(\.1) == [.marker, .noWords, .noWords, .noWords, nil])
    }

    @Test func sourceLineAndCommentPromptEndTheArticle() throws {
        let text = "\(body)\n\nمنبع: روابط عمومی استانداری یزد\n\nدیدگاه تان را بنویسید\n\nخواندنی ها"
        #expect(try content(text) == [body])
        // «منبع:» followed by a long paragraph is a citation inside the article, not a footer.
        let inside = "منبع: گزارش سالانه سازمان\n\n\(body)"
        #expect(try content(inside) == ["منبع: گزارش سالانه سازمان", body])
    }

    @Test func aRepeatedTitleOrLeadKeepsOneCopy() throws {
        let title = "همکاری دستگاهها برای تکمیل طرح آبرسانی یزد ضروری است"
        let text = "\(title)\n\n\(title)\n\n\(body)\n\nخبرگزاری نمونه| \(body)\n\nوی افزود: کار ادامه دارد."
        let m = try marks(text)
        #expect(m.map(\.1) == [nil, .repeated, nil, .dateline, .repeated, nil])
    }

    @Test func aTruncatedLeadIsNotContentButTheFullOneIs() throws {
        let lead = "یزد – خبرگزاری نمونه – \(body)"
        let next = "به گزارش خبرگزاری نمونه، علی رضایی روز شنبه در این نشست افزود: کار ادامه دارد."
        let text = "عنوان\n\n\(lead) به گزارش خبرگزاری نمونه، علی رضایی روز شنبه […]\n\n\(lead)\n\n\(next)"
        let m = try marks(text)
        #expect(m.map(\.1) == [nil, .dateline, .truncated, .truncated, .dateline, nil, nil])
    }

    @Test func ordinaryEllipsesAndShortRepeatsStayContent() throws {
        let text = "وی گفت: ما آماده‌ایم...\n\nوی گفت: ما آماده‌ایم...\n\n\(body)"
        #expect(try content(text).count == 3)
    }
}
