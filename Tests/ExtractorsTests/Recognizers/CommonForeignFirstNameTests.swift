import Testing
@testable import Extractors

/// Issue 16, round 21: common transliterated first names the lexicon lacked (given-names.txt, checked by
/// scripts/mine-common-foreign-first-names.py), those that are also surnames of the West marked `after-given=surname`,
/// and a foreign nationality that ends a transliterated name.
@Suite("Common foreign first names")
struct CommonForeignFirstNameTests {
    @Test("a transliterated first name and an unknown word are a name: «کنث مک کنزی», «اندرو مار»")
    func newFirstNames() {
        let r = Fixture.extract("«کنث مک کنزی» رئیس ستاد مشترک ارتش آمریکا گفت: نیروها می مانند.")
        #expect(Fixture.person(r, named: "کنث مک کنزی")?.roles.map(\.text) == ["رئیس ستاد مشترک ارتش آمریکا"])
        #expect(Fixture.names(Fixture.extract("وزیر کشور روز یکشنبه در مصاحبه با اندرو مار مجری شبکه بی بی سی گفت: قانون تغییر نمی کند."))
                .contains("اندرو مار"))
    }

    @Test("`after-given=surname`: after another given name the word is the surname, «ریچارد کنت», «نبیه بری»")
    func surnameAfterGiven() {
        #expect(Fixture.names(Fixture.extract("ریچارد کنت در این مراسم گفت: فیلم خوبی است.")) == ["ریچارد کنت"])
        #expect(Fixture.names(Fixture.extract("نماینده ایران با نبیه بری رئیس مجلس لبنان دیدار کرد.")).contains("نبیه بری"))
    }

    @Test("a foreign nationality ends a transliterated name: «سزار مارکوس برزیلی» is «سزار مارکوس»")
    func nationalityEndsName() {
        let names = Fixture.names(Fixture.extract("در این مسابقه بهنام محمودی و سزار مارکوس برزیلی بهترین های تیم بودند."))
        #expect(names.contains("سزار مارکوس"))
        #expect(!names.contains { $0.hasSuffix("برزیلی") })
    }

    @Test("words a reader left out stay words: «تام الاختیار», «فرانس پرس», «پل صدر»")
    func leftOut() {
        #expect(Fixture.extract("نماینده تام الاختیار ایران در این جلسه حضور داشت.").people.allSatisfy { !$0.name.hasPrefix("تام") })
        #expect(Fixture.extract("به گزارش خبرگزاری فرانس پرس، ترافیک روی پل صدر سنگین بود.").people.isEmpty)
    }
}
