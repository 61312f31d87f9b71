import Testing
@testable import Extractors

@Suite("ArticleMetadata")
struct MetadataTests {
    func meta(_ text: String, date: String? = nil) throws -> ArticleMetadata {
        try TextAnalyzer.bundled().analyze(SourceDocument(id: "m", text: text, date: date)).metadata
    }

    @Test(arguments: [
        (1400, 9, 3, "2021-11-24"), (1400, 9, 2, "2021-11-23"), (1399, 12, 30, "2021-03-20"), (1403, 1, 1, "2024-03-20"),
        (1404, 8, 8, "2025-10-30"), (1357, 11, 22, "1979-02-11"), (1403, 12, 30, "2025-03-20"),
    ])
    func jalaliToGregorian(_ y: Int, _ m: Int, _ d: Int, _ iso: String) throws {
        #expect(JalaliCalendar.gregorian(year: y, month: m, day: d).map(JalaliCalendar.iso) == iso)
    }

    @Test func impossibleDatesAreRejected() throws {
        #expect(JalaliCalendar.gregorian(year: 1400, month: 12, day: 30) == nil)   // 1400 is not leap
        #expect(JalaliCalendar.gregorian(year: 1400, month: 7, day: 31) == nil)
        #expect(try DateReader(lexicons: TextLexicons.bundled()).parse("۳۱ مهر ۱۴۰۰") == nil)
        #expect(try DateReader(lexicons: TextLexicons.bundled()).parse("2023-02-30") == nil)
    }

    @Test(arguments: [
        ("۱۴۰۰/۰۹/۰۳", "2021-11-24"), ("1400/9/3", "2021-11-24"), ("03/09/1400", "2021-11-24"), ("2025-10-30", "2025-10-30"),
        ("دوم آذر 1400", "2021-11-23"), ("۲ آذرماه ۱۴۰۰", "2021-11-23"), ("بیست و دوم بهمن ۱۳۵۷", "1979-02-11"),
        ("سی ام شهریور ۱۴۰۲", "2023-09-21"), ("۳۰ اکتبر ۲۰۲۵", "2025-10-30"), ("یکشنبه ۸ آبان ماه سال ۱۴۰۴", "2025-10-30"),
    ])
    func readsNumericAndWrittenDates(_ text: String, _ iso: String) throws {
        #expect(try DateReader(lexicons: TextLexicons.bundled()).parse(text)?.iso == iso)
    }

    @Test func aDateWithoutYearHasNoISOForm() throws {
        let d = try DateReader(lexicons: TextLexicons.bundled()).parse("در دوم آذر")
        #expect(d?.month == 9 && d?.day == 2 && d?.year == nil && d?.iso == nil)
    }

    @Test func publicationDatePrefersTheHeaderOverTheBody() throws {
        let text = "کد خبر: 5\n|\n۱۴۰۰/۰۹/۰۳ ۱۹:۱۱:۳۷\n\nشهردار دوم آذر 1400 در نشست با فرماندار گفت: کار ادامه دارد."
        let m = try meta(text)
        #expect(m.date == "2021-11-24")
        #expect(m.dateRange.map { Array(text.unicodeScalars)[$0] }.map { String(String.UnicodeScalarView($0)) } == "۱۴۰۰/۰۹/۰۳")
        #expect(m.dates.map(\.iso) == ["2021-11-24", "2021-11-23"])
        #expect(try meta(" date 2025-10-30 عنوان خبر\n\nمتن خبر در ۱۴۰۰/۰۹/۰۳.").date == "2025-10-30")
        #expect(try meta("متن خبر در دوم آذر 1400 است.").date == "2021-11-23")
        #expect(try meta("متن خبر در دوم آذر 1400 است.", date: "1402/01/01").date == "2023-03-21")
        #expect(try meta("متن خبر.", date: "2021-11-24T10:00:00Z").date == "2021-11-24")
        #expect(try meta("متن خبر بدون تاریخ.").date == nil)
        // A date deep in the body may be history, not the day of the article.
        #expect(try meta("عنوان\n\nلید خبر.\n\nبند دوم.\n\nبند سوم.\n\nانقلاب در ۲۲ بهمن ۱۳۵۷ پیروز شد.").date == nil)
    }

    @Test func agencyAndDateline() throws {
        let text = "کرمان – فت فتو – معاون استاندار گفت: سلام.\n\nبه گزارش خبرگزاری تسنیم از قم، نشست برگزار شد.\n\nمنبع:ایرنـا"
        let m = try meta(text)
        #expect(m.dateline == "کرمان")
        #expect(m.agency == "فت فتو")
        #expect(m.media.map(\.text) == ["فت فتو", "خبرگزاری تسنیم", "ایرنـا"])
        #expect(m.media.map(\.cue) == [.dateline, .reportedBy, .source])
        #expect(m.media[1].gloss == "Tasnim News Agency")
        #expect(m.media[2].gloss?.contains("IRNA") == true)
        let scalars = Array(text.unicodeScalars)
        for mention in m.media { #expect(String(String.UnicodeScalarView(scalars[mention.range])) == mention.text) }
        #expect(m.datelineRange == 0..<5)
    }

    @Test("a given name and a surname before two dashes are a person and an apposition, no dateline: «ناصر ابراهیمی- مدیرکل …-»")
    func personBetweenDashesIsNoDateline() throws {
        #expect(try meta("ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- در گفت‌وگو با خبرنگار ما گفت: صادرات افزایش یافت.").dateline == nil)
        // A place and an agency between dashes stay a dateline.
        #expect(try meta("کرمان – فت فتو – معاون استاندار گفت: سلام.").dateline == "کرمان")
    }

    @Test func reportedByTakesTheWholeOutletName() throws {
        #expect(try meta("به گزارش خبرگزاری صدا و سیمای خراسان جنوبی، استاندار گفت").agency == "خبرگزاری صدا و سیمای خراسان جنوبی")
        #expect(try meta("به گزارش خبرنگار ما، استاندار گفت").agency == nil)
        #expect(try meta("به گزارش گروه بین‌الملل خبرگزاری فارس به نقل از رویترز، وزیر گفت").agency == "خبرگزاری فارس")
        #expect(try meta("به گزارش خبرنگار اقتصادی فارس، وزیر گفت").agency == "فارس")
        #expect(try meta("به گزارش گروه «بین‌الملل»، وزیر گفت").agency == nil)
        #expect(try meta("خبرگزاري فارس: رئيس اداره گفت").agency == "خبرگزاري فارس")
        #expect(try meta("منبع: واحد خبر شهرداری رشت").agency == "واحد خبر شهرداری رشت")
    }
}
