import Testing
@testable import Extractors

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) throws -> [String] {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: text))
        return a.sentences.map { a.text($0.range) }
    }

    @Test func splitsOnPersianAndLatinPunctuation() throws {
        #expect(try sentences("وی گفت: کار تمام شد. آیا درست است؟ بله! OK. پایان") ==
                ["وی گفت: کار تمام شد.", "آیا درست است؟", "بله!", "OK.", "پایان"])
    }

    @Test func doesNotSplitInsideNumbersDatesOrAbbreviations() throws {
        #expect(try sentences("رشد 2.5 درصد در ۱۴۰۰/۰۹/۰۳ بود. سپس") == ["رشد 2.5 درصد در ۱۴۰۰/۰۹/۰۳ بود.", "سپس"])
        #expect(try sentences("در سال ۱۳۵۷ ه.ش. انقلاب شد. بعد") == ["در سال ۱۳۵۷ ه.ش. انقلاب شد.", "بعد"])
        #expect(try sentences("Dr. Smith met J. Doe in the U.S. today. Next") == ["Dr. Smith met J. Doe in the U.S. today.", "Next"])
        #expect(try sentences("سایت farsnews.ir خبر داد. بعد") == ["سایت farsnews.ir خبر داد.", "بعد"])
        #expect(try sentences("قرارگاه امام رضا(ع) و حضرت زهرا(س) حضور داشتند.") == ["قرارگاه امام رضا(ع) و حضرت زهرا(س) حضور داشتند."])
    }

    @Test("a period glued between two words ends the sentence (Hamshahri); an acronym's or an abbreviation's does not")
    func gluedPeriodEndsASentence() throws {
        #expect(try sentences("وی گفت: تلاش جدی خواهد کرد.در این دیدار آقای رضایی گزارش داد.") ==
                ["وی گفت: تلاش جدی خواهد کرد.", "در این دیدار آقای رضایی گزارش داد."])
        #expect(try sentences("به گزارش بی.بی.سی و به نقل از اچ.آی.وی نیوز خبر داد.") == ["به گزارش بی.بی.سی و به نقل از اچ.آی.وی نیوز خبر داد."])
        #expect(try sentences("در سال ۵۰۰ ق.م شهر ساخته شد.") == ["در سال ۵۰۰ ق.م شهر ساخته شد."])
        // A space before the glued period (Hamshahri's no-break space) still ends the sentence; a spaced acronym does not.
        #expect(try sentences("ما شاهد بهبود روابط هستیم\u{00A0}.معاون اول رئیس جمهوری با نخست وزیر تاجیکستان دیدار کرد.") ==
                ["ما شاهد بهبود روابط هستیم\u{00A0}.", "معاون اول رئیس جمهوری با نخست وزیر تاجیکستان دیدار کرد."])
        #expect(try sentences("در مصاحبه با شبکه سی\u{00A0}.بی\u{00A0}.اس گفت.") == ["در مصاحبه با شبکه سی\u{00A0}.بی\u{00A0}.اس گفت."])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        #expect(try sentences("او گفت: «کار تمام شد.» سپس رفت. (پایان.) بعد") == ["او گفت: «کار تمام شد.»", "سپس رفت.", "(پایان.)", "بعد"])
        #expect(try sentences("چرا؟! نه…") == ["چرا؟!", "نه…"])
    }

    @Test("a straight quote after a space and glued to the next word opens the next sentence (Fars News' quoted names)")
    func straightQuoteOpensNextSentence() throws {
        #expect(try sentences(#"زندان به سر مي‌برند. "نبيل رجب" رئيس مركز حقوق بشر بحرين گفت: مردم ايستاده اند."#) ==
                ["زندان به سر مي‌برند.", #""نبيل رجب" رئيس مركز حقوق بشر بحرين گفت: مردم ايستاده اند."#])
        // Glued to the period, or with a space after it, the quote still closes the sentence.
        #expect(try sentences(#"او گفت: "کار تمام شد." سپس رفت."#) == [#"او گفت: "کار تمام شد.""#, "سپس رفت."])
        #expect(try sentences(#"او گفت: "کار تمام شد. " سپس رفت."#) == [#"او گفت: "کار تمام شد. ""#, "سپس رفت."])
    }

    @Test("the role after a name in straight quotes opening a sentence is read («نبيل رجب» in Fars News' quotes)")
    func roleAfterQuotedNameInSecondSentence() throws {
        let r = Fixture.extract(#"اعضاي حزب الوفاق همچنان در زندان به سر مي‌برند. "نبيل رجب" رئيس مركز حقوق بشر بحرين گفت: مردم ايستاده اند."#)
        let p = try #require(Fixture.person(r, named: "نبيل رجب"))
        #expect(p.roles.map(\.text) == ["رئيس مركز حقوق بشر بحرين"])
    }

    @Test func lineBreaksEndSentencesAndParagraphs() throws {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "p", text: "عنوان خبر\n\nمتن اول. متن دوم\r\nخط سوم"))
        #expect(a.sentences.map(\.paragraph) == [0, 1, 1, 2])
        #expect(a.sentences.map(\.index) == [0, 1, 2, 3])
    }

    @Test("a line ending with a word no sentence ends with («و», «از», «را») runs on; a blank line still ends it")
    func wrappedAfterAFunctionWord() throws {
        #expect(try sentences("این مراسم با حضور محمد رضایی استاندار کرمان و\nعلی احمدی فرماندار کرمان برگزار شد.") ==
                ["این مراسم با حضور محمد رضایی استاندار کرمان و\nعلی احمدی فرماندار کرمان برگزار شد."])
        #expect(try sentences("مدیرکل بهزیستی گزارشی از\r\nعملکرد اداره ارائه کرد.") == ["مدیرکل بهزیستی گزارشی از\r\nعملکرد اداره ارائه کرد."])
        #expect(try sentences("عنوان خبر و\n\nمتن خبر") == ["عنوان خبر و", "متن خبر"])
        // Titles keep their breaks: they end with a noun, and the text is not hard-wrapped.
        #expect(try sentences("دیدار وزیر نیرو با استاندار فارس\nوزیر نیرو امروز به شیراز رفت.") ==
                ["دیدار وزیر نیرو با استاندار فارس", "وزیر نیرو امروز به شیراز رفت."])
    }

    @Test("in a hard-wrapped text, lines that reach the wrap width run on; short lines (titles) and punctuated ones do not")
    func hardWrappedText() throws {
        let text = """
        دیدار استاندار با وزیر
        گروه سیاسی: استاندار کرمان امروز در دیدار با وزیر نیرو درباره طرح های آبرسانی به شهرهای
        استان گفت‌وگو کرد. وی افزود طرح انتقال آب به شهرهای شمالی استان تا پایان سال جاری به
        بهره برداری می رسد و اعتبار آن از محل منابع ملی تامین شده است. استاندار همچنین از
        همکاری وزارت نیرو در اجرای طرح های سدسازی و انتقال آب در سال های گذشته قدردانی کرد.
        """
        let got = try sentences(text)
        #expect(got == [
            "دیدار استاندار با وزیر",
            "گروه سیاسی: استاندار کرمان امروز در دیدار با وزیر نیرو درباره طرح های آبرسانی به شهرهای\nاستان گفت‌وگو کرد.",
            "وی افزود طرح انتقال آب به شهرهای شمالی استان تا پایان سال جاری به\nبهره برداری می رسد و اعتبار آن از محل منابع ملی تامین شده است.",
            "استاندار همچنین از\nهمکاری وزارت نیرو در اجرای طرح های سدسازی و انتقال آب در سال های گذشته قدردانی کرد.",
        ], "\(got)")
        // The same lines one to a paragraph, each ending with a period, are not a wrapped text.
        #expect(LineWrap(scalars: Array("یک خط بلند که با نقطه تمام می شود و هیچ ربطی به خط بعدی ندارد اصلا.\n".unicodeScalars)).isHardWrapped == false)
    }

    @Test func datelinesAndSourcePrefixesAreSplitOff() throws {
        #expect(try sentences("کرمان – فت فتو – معاون استاندار گفت: سلام.") == ["کرمان – فت فتو –", "معاون استاندار گفت: سلام."])
        #expect(try sentences("اعتمادآنلاین| سید امیر علوی گفت") == ["اعتمادآنلاین|", "سید امیر علوی گفت"])
        #expect(try sentences("خبرگزاري فارس: رئيس اداره گفت") == ["خبرگزاري فارس:", "رئيس اداره گفت"])
        // Deep in a report, «X – Y –» is text, not a dateline.
        let deep = Array(repeating: "بند خبر.", count: 7).joined(separator: "\n") + "\nایران – عراق – بازی امشب برگزار می شود"
        #expect(try sentences(deep).last == "ایران – عراق – بازی امشب برگزار می شود")
        // A headline kicker before a bar is not split off, nor is a long run before a dash.
        #expect(try sentences("هفته دهم لیگ برتر| پیروزی پرسپولیس") == ["هفته دهم لیگ برتر| پیروزی پرسپولیس"])
        #expect(try sentences("دیدار رئیس مجلس با وزیر امور خارجه – گزارش تصویری") == ["دیدار رئیس مجلس با وزیر امور خارجه – گزارش تصویری"])
    }
}
