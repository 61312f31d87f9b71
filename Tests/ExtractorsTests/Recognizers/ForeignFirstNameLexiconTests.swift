import Testing
@testable import Extractors

/// Name lexicon entries: transliterated first names (given-names.txt `origin=foreign`,
/// scripts/count-foreign-first-names.py) with the everyday words they stood before (non-name-words.txt), common given
/// names no longer marked `ambiguous=yes` (scripts/count-ambiguous-given-names.py), and compound surnames the corpora
/// write in two words (surnames.txt, scripts/mine-split-surnames.py).
@Suite("Name lexicons: foreign first names, plain given names, compound surnames written apart")
struct ForeignFirstNameLexiconTests {
    @Test("a transliterated first name vouches for the surname after it, with or without an office")
    func foreignFirstNames() {
        let r = Fixture.extract("نامه ای برای اسپنسر آبراهامز وزیر انرژی آمریکا ارسال شد و جیم کلمنت از شرکت نیز در این باره سخن گفت.")
        #expect(Fixture.person(r, named: "اسپنسر آبراهامز")?.mentions.first?.rule == "person.given-surname")
        #expect(Fixture.person(r, named: "جیم کلمنت") != nil)
    }

    @Test("an everyday word after such a name is no surname: «کاب- داگلاس بیشتر خواهد شد»")
    func everydayWordAfterForeignName() {
        let r = Fixture.extract("معادله کاب- داگلاس بیشتر خواهد شد.")
        #expect(r.people.isEmpty)
    }

    @Test("«رضا», «مجید» before a surname that ends like one are names; «رسول», «امیر» stay marked")
    func plainGivenNames() {
        let r = Fixture.extract("به گزارش ایرنا، رضا رضوانی ظهر امروز در جلسه شورای اداری گفت: طرح اجرا می‌شود.")
        #expect(Fixture.person(r, named: "رضا رضوانی") != nil)
        #expect(Fixture.extract("رسول خدا فرمود که علم بیاموزید.").people.isEmpty)
        #expect(Fixture.extract("در این دیدار امیر فتاح نیز حضور داشت.").people.isEmpty)
    }

    @Test("«رحیم», «نیکی» are plain given names before a surname that ends like one")
    func rahimAndNiki() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از بوشهر، رحیم قاسمیه صبح امروز در جمع خبرنگاران از طرح تازه خبر داد. در این مسابقه «مکس بیاجی» و «نیکی هایدن» به ترتیب سوم و چهارم شدند.")
        #expect(Fixture.person(r, named: "رحیم قاسمیه")?.mentions.first?.rule == "person.given-surname")
        #expect(Fixture.person(r, named: "نیکی هایدن") != nil)
    }

    @Test("a compound surname written in two words is read whole")
    func compoundSurnameApart() {
        let r = Fixture.extract("اين فيلم ساخته رخشان بني اعتماد است و محمد مايلي كهن سرمربي تيم ملي گفت: تيم آماده است.")
        #expect(Fixture.person(r, named: "رخشان بني اعتماد") != nil)
        #expect(Fixture.person(r, named: "محمد مايلي كهن") != nil)
    }
}
