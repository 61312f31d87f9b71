import Testing
@testable import Extractors

/// A surname that is also an everyday word, right after a noun of its phrase, is that noun's adjective
/// (`DocumentContext.followsNounByEzafe`, `isCommonWordSurname`). Sentences from the Fars dev corpus.
@Suite("Surnames read as adjectives after an ezafe")
struct EzafeAdjectiveTests {
    /// The mentions of the person with that name, as written.
    private func mentionTexts(_ r: DocumentExtraction, of name: String) -> [String] {
        Fixture.person(r, named: name)?.mentions.map(\.text) ?? []
    }

    @Test("«زیرساخت‌های روستایی» is not a mention of «علی روستایی»; the surname opening a speech report is")
    func ruralIsAnAdjective() {
        // fars3-128, with a speaker named «علی روستایی» put before it.
        let text = "علی روستایی نماینده مردم دشتستان در مجلس شورای اسلامی گفت: توسعه زیرساخت‌های روستایی یکی از ضرورت‌های شهرستان دشتستان است. "
            + "روستایی با بیان اینکه توسعه مناطق روستایی از اهداف ماست، افزود: از همه ظرفیت‌ها استفاده می‌کنیم."
        let r = Fixture.extract(text)
        #expect(mentionTexts(r, of: "علی روستایی").filter { $0 == "روستایی" }.count == 1)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("«ایران اسلامی» is not a mention of «محمد قلی اسلامی» (fars1-189)")
    func islamicIsAnAdjective() {
        let text = "در این مراسم از محمد قلی اسلامی، محمد علی رضوانی و گل محمد جمشیدی تجلیل شد. "
            + "وی یادآور شد: ولایت فقیه سنگر محکم و ستون این انقلاب است که ایران اسلامی در سایه ولایت فقیه به جایگاه قدرتمند تبدیل شده است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "محمد قلی اسلامی") != nil)
        #expect(!mentionTexts(r, of: "محمد قلی اسلامی").contains("اسلامی"))
    }

    @Test("«طرح هادی روستایی» (the rural guidance plan) is not a person (fars3-128, fars4-097)")
    func guidancePlanIsNotAName() {
        let r = Fixture.extract("ضرورت اجرای طرح هادی روستایی در چاهدول. وی از افتتاح پنج طرح هادی روستایی در دهه فجر خبر داد.")
        #expect(!Fixture.names(r).contains { PersianNormalizer.key($0) == PersianNormalizer.key("هادی روستایی") })
    }

    @Test("two everyday words in an ezafe chain are no name: «علامت ایمان حقیقی», «نهضت پیروز اسلامی» (fars2-270, fars5-148)")
    func everydayGivenNameAndSurname() {
        let r = Fixture.extract("صبر آن حضرت در منازعات، علامت ایمان حقیقی شمرده می‌شود. قیام 15 خرداد طلیعه نهضت پیروز اسلامی ملت ایران است.")
        #expect(r.people.filter { !$0.unnamed }.isEmpty)
        // A given name that is no common word keeps the name: «با تصمیم علی دایی» (fars3-260).
        let daei = Fixture.extract("به گزارش خبرگزاری فارس، با تصمیم علی دایی سرمربی تیم فوتبال پرسپولیس، تمرینات لغو شد.")
        #expect(Fixture.person(daei, named: "علی دایی") != nil)
    }

    @Test("the same words stay a name when no noun holds them: «هادی روستایی» opening a speech report")
    func nameWithoutNounBefore() {
        let r = Fixture.extract("هادی روستایی امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: طرح‌ها اجرا می‌شود.")
        #expect(Fixture.person(r, named: "هادی روستایی") != nil)
    }

    @Test("a surname after a noun that is not an everyday word still refers: «اظهارات زاهدی»")
    func genitiveOfAPlainSurname() {
        let r = Fixture.extract("اردشیر زاهدی در این نامه از دولت انتقاد کرد. کارشناسان گفتند اظهارات زاهدی کاملاً از یک موضع کهنه است.")
        #expect(mentionTexts(r, of: "اردشیر زاهدی").contains("زاهدی"))
    }

    @Test("«معاون عمران روستایی» and «توسعه و عمران روستایی» hold no given name «عمران» (fars5-091, fars4-097)")
    func developmentIsNotAName() {
        let r = Fixture.extract("معاون عمران روستایی بنیاد مسکن کشور گفت: ایجاد زمینه توسعه و عمران روستایی با توجه به شرایط فرهنگی دنبال می‌شود.")
        #expect(!r.people.contains { !$0.unnamed && $0.name.contains("عمران") })
    }

    @Test("a nisba is everyday only when its stem is a common word, not a given name")
    func nisbaStems() {
        #expect(DocumentContext.nisbaStem("روستایی") == "روستا")
        #expect(DocumentContext.nisbaStem("برزیلی") == "برزیل")
        #expect(DocumentContext.nisbaStem("منطقهای") == "منطقه")
        #expect(DocumentContext.nisbaStem("ملی") == nil)
        let r = Fixture.extract("بازیکن برزیلی و علی حسینی به تیم پیوستند.")
        #expect(Fixture.person(r, named: "علی حسینی") != nil)
    }
}
