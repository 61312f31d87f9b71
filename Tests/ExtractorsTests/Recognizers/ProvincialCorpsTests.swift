import Testing
@testable import Extractors

/// Round 25: the Revolutionary Guards' provincial corps are bodies of their own name (named-institutions.txt), the
/// province written after them their place; «سپاه» alone no longer cuts the office short.
@Suite("The Revolutionary Guards' provincial corps")
struct ProvincialCorpsTests {
    @Test("«سپاه فجر استان فارس», «سپاه کربلای استان مازندران», «سپاه قدس گیلان» are read whole in the office")
    func corpsWithProvince() {
        let fars = Fixture.extract("سعید کوشکی معاون هماهنگ کننده سپاه فجر استان فارس گفت: فرهنگ بسیجی در حال تکثیر است.")
        #expect(Fixture.person(fars, named: "سعید کوشکی")?.roles.map(\.text) == ["معاون هماهنگ کننده سپاه فجر استان فارس"])
        let gilan = Fixture.extract("محمد عبدالله پور فرمانده سپاه قدس گیلان گفت: دشمن به دنبال ضربه زدن است.")
        #expect(Fixture.person(gilan, named: "محمد عبدالله پور")?.roles.map(\.text) == ["فرمانده سپاه قدس گیلان"])
        let unit = Fixture.extract("ام‌السادات رخشنده مسؤول بسیج جامعه زنان سپاه کربلای استان مازندران گفت: همایش برگزار می‌شود.")
        #expect(unit.institutions.contains { $0.name == "بسیج جامعه زنان سپاه کربلای استان مازندران" })
    }
}

/// Round 25: words the lexicons lacked in leads whose office the next sentence's speaker did not get: the Kurdish
/// clerics' title «ماموستا», the given name «رمضان» (also the month), a province's caucus «مجمع نمایندگان».
@Suite("Lead speakers' titles, given names and caucuses")
struct LeadSpeakerLexiconTests {
    @Test("«ماموستا» is a title: the lead's office goes to the cleric it introduces")
    func mamostaIsTitle() {
        let r = Fixture.extract("امام جمعه موقت سقز گفت: شورای نگهبان حافظ انقلاب است.\n\nبه گزارش خبرگزاری فارس از سقز، ماموستا سیدحسین حسینی اظهار داشت: ناظران حاضر بودند.")
        #expect(Fixture.person(r, named: "سیدحسین حسینی")?.roles.map(\.text) == ["امام جمعه موقت سقز"])
        #expect(Fixture.person(r, named: "سیدحسین حسینی")?.titles == ["ماموستا"])
    }

    @Test("«رمضان» before a surname is a given name; the month stays a month")
    func ramazanGivenName() {
        let r = Fixture.extract("مدیر کل صدا و سیمای مرکز مازندران اعلام کرد: روستاها زیر پوشش قرار می‌گیرند.\n\nبه گزارش خبرگزاری فارس از ساری، رمضان شجاعی، امروز در نشست مطبوعاتی گفت: برنامه‌ها پوشش دارند.")
        #expect(Fixture.person(r, named: "رمضان شجاعی")?.roles.map(\.text) == ["مدیر کل صدا و سیمای مرکز مازندران"])
        #expect(Fixture.extract("در ماه رمضان امسال مراسم برگزار شد.").people.isEmpty)
    }

    @Test("«مجمع نمایندگان» and its province are a body the office takes whole")
    func caucusOfMembers() {
        let r = Fixture.extract("محمدرضا محسنی‌ثانی رئیس مجمع نمایندگان خراسان رضوی گفت: رسانه‌ها سهم دارند.")
        #expect(Fixture.person(r, named: "محمدرضا محسنی‌ثانی")?.roles.map(\.text) == ["رئیس مجمع نمایندگان خراسان رضوی"])
    }
}
