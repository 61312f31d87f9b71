import Testing
@testable import Extractors

/// given-names.txt's round-14 section (scripts/mine-rare-given-names.py): the long tail of the public given-name lists,
/// names the two dev corpora write rarely but before a surname in most of their occurrences. A plain entry reads the
/// surname after it as any listed given name does; an entry that is also an everyday word (`ambiguous=yes`: «رفیق»
/// friend, «داور» referee) still asks for a stronger surname, a role or a report of speech.
///
/// And surnames.txt's round-14 section: surnames of the public list that end in no surname ending, so that after a given
/// name they were read only before a confirming word («مهبد بذرافشان», «محمدحسین ایمانی خوشخو»).
@Suite("Name lexicons: rare given names and surnames of the public lists")
struct RareGivenNameLexiconTests {
    @Test("a rare given name before a surname is a name: «زکیه امیرپور», «شکرخدا گودرزی», «مها غازی برهم»")
    func rareGivenNames() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از بوشهر، زکیه امیرپور ظهر امروز در جمع خبرنگاران گفت: این طرح ادامه دارد.")
        #expect(Fixture.person(r, named: "زکیه امیرپور") != nil)
        let play = Fixture.extract("نمایش قلعه سنگباران کاری از شکرخدا گودرزی در تماشاخانه شهر اجرا می‌شود.")
        #expect(Fixture.person(play, named: "شکرخدا گودرزی") != nil)
        #expect(Fixture.person(play, named: "گودرزی") == nil)
        let arab = Fixture.extract("یکی از کشته‌شدگان کودک خردسال است و دیگری \"مها غازی برهم\"، 19 ساله از قلقیلیه است.")
        #expect(Fixture.person(arab, named: "مها غازی برهم") != nil)
    }

    @Test("the given name joins the surname the article already reads alone: «نصرت‌الله کریمی», «سیدطه هاشمی»")
    func fullerNames() {
        let r = Fixture.extract("در این نمایشگاه کلکسیون صورتک‌ها، اثر نصرت‌الله کریمی هم به نمایش درآمده است.")
        #expect(Fixture.person(r, named: "نصرت‌الله کریمی") != nil)
        #expect(Fixture.person(r, named: "کریمی") == nil)
        let glued = Fixture.extract("دکتر سیدطه هاشمی روز یکشنبه در مراسم معارفه مدیرکل میراث فرهنگی استان مرکزی در اراک افزود: کار ادامه دارد.")
        #expect(Fixture.person(glued, named: "سیدطه هاشمی") != nil)
        #expect(Fixture.person(glued, named: "هاشمی") == nil)
    }

    @Test("a name that is also a word needs more than a word after it: «رفیق حریری نخست وزیر …», not «رفیق راه»")
    func everydayGivenNames() {
        let r = Fixture.extract("ترور رفیق حریری نخست وزیر پیشین لبنان محکوم شد.")
        #expect(Fixture.person(r, named: "رفیق حریری") != nil)
        #expect(Fixture.person(r, named: "ترور رفیق حریری") == nil)
        let friend = Fixture.extract("او سال‌ها رفیق راه ما بود و داور مسابقه نیز بازی را متوقف کرد.")
        #expect(friend.people.isEmpty)
    }

    @Test("names the counts let through but the contexts did not are left out: «بیژن مشفق», «امور خیریه»")
    func leftOut() {
        let r = Fixture.extract("بیژن مشفق مدیر این مجموعه گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "بیژن مشفق") != nil)
        let office = Fixture.extract("ستار علیزاده مدیرکل اوقاف و امور خیریه استان گیلان گفت: کار ادامه دارد.")
        let person = Fixture.person(office, named: "ستار علیزاده")
        #expect(person?.roles.contains { $0.text == "مدیرکل اوقاف و امور خیریه استان گیلان" } == true)
    }

    @Test("a listed surname with no surname ending is read whole: «مهبد بذرافشان», «محمدحسین ایمانی خوشخو»")
    func surnamesWithoutEnding() {
        let r = Fixture.extract("این نمایش را مهبد بذرافشان کارگردانی کرده است.")
        #expect(Fixture.person(r, named: "مهبد بذرافشان") != nil)
        let whole = Fixture.extract("محمدحسین ایمانی خوشخو نماینده شورای جهانی موسیقی در این مراسم حضور داشت.")
        #expect(Fixture.person(whole, named: "محمدحسین ایمانی خوشخو") != nil)
        #expect(Fixture.person(whole, named: "محمدحسین ایمانی") == nil)
    }
}
