import Testing
@testable import Extractors

/// Issue 16, round 26: a lead that names its speaker by office only — after the indefinite article («یک کارشناس …
/// گفت»), over a bare body («یک استاد دانشگاه گفت») or with a field's modifiers and no complement («کارشناس اقتصادی») —
/// and the name the next sentence gives: one person, who holds that office as written.
@Suite("A lead's office taken by the name the report gives next")
struct LeadSpeakerOfficeTests {
    @Test("after the indefinite article the office is read over its field's open words, as without it")
    func indefiniteSpeakerOffice() {
        let text = "خبرگزاری فارس: یک کارشناس مسائل بازار گفت: قیمت‌ها بالا رفته است.\n\nمحمدرضا تاجیک در گفت‌وگو با خبرنگار فارس افزود: عرضه کم است."
        #expect(Fixture.roles(of: text, "محمدرضا تاجیک") == ["کارشناس مسائل بازار"])
    }

    @Test("an anonymous source («یک مسئول آگاه») is no office the name after it takes")
    func anonymousSource() {
        let text = "عنوان\n\nیک مسئول آگاه در گفت‌وگو با ایرنا اظهار داشت: در این حادثه یک کارگر کشته شد.\n\nعلی احمدی پزشک قانونی گناوه افزود: علت مرگ خونریزی بود."
        #expect(!Fixture.roles(of: text, "علی احمدی").contains { $0.hasPrefix("مسئول") })
    }

    @Test("an office over a bare body that opens the lead: «یک استاد دانشگاه گفت», «رئیس فدراسیون گفت»")
    func bareBodyOffice() {
        let text = "حسینی‌پور: ضعف اطلاع‌رسانی از دلایل فرار سرمایه‌ها است\n\nخبرگزاری فارس: یک استاد دانشگاه گفت: ضعف اطلاع‌رسانی یکی از دلایل است.\n\nمحمدنبی حسینی‌پور در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس افزود: دولت باید تبیین کند."
        #expect(Fixture.roles(of: text, "محمدنبی حسینی‌پور") == ["استاد دانشگاه"])
        let federation = "خبرگزاری فارس: رئیس فدراسیون گفت: اردوی تیم ملی آغاز شد.\n\nعلی کفاشیان در گفت‌وگو با خبرنگار ورزشی فارس افزود: بازیکنان آماده‌اند."
        #expect(Fixture.roles(of: federation, "علی کفاشیان") == ["رئیس فدراسیون"])
    }

    @Test("a head with its field's modifiers and no complement: «یک کارشناس اقتصادی گفت»")
    func modifiedHead() {
        let text = "عنوان\n\nیک کارشناس اقتصادی گفت: انتشار اوراق نرخ بهره را بالا می‌برد.\n\nسیدمحمد سبحانیان در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس اظهار داشت: دولت باید اصلاح کند."
        #expect(Fixture.roles(of: text, "سیدمحمد سبحانیان") == ["کارشناس اقتصادی"])
    }

    @Test("an office the role grammar read short is not given: the subject runs on past it")
    func shortOfficeNotGiven() {
        let text = "عنوان\n\nخبرگزاری فارس: معاون پژوهش و نیروی انسانی اداره کل آموزش و پرورش استان اصفهان گفت: نیروی انسانی سرمایه است.\n\nبه گزارش خبرگزاری فارس از سمیرم، حمید رضا مؤتمر امروز در بازدید از مدارس اظهار داشت: نشاط خوبی دیده می‌شود."
        #expect(!Fixture.roles(of: text, "حمید رضا مؤتمر").contains("معاون پژوهش"))
    }
}
