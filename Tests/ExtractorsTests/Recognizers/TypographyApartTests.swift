import Testing
@testable import Extractors

/// Issue 16, round 28: words the Fars News text joins with a ZWNJ and text without ZWNJ (Hamshahri) writes apart —
/// a compound given name over a stop word («ولی الله»), a name's longer writing with such a given name, an adjective
/// or plural ending inside a body's name («منطقه ای», «استان های»), a compound surname's second part before an office
/// («طلایی نیک») — and an office's field that a body's head opens («نیروی انسانی»).
@Suite("Recognizers: words written apart that the Fars text joins")
struct TypographyApartTests {
    @Test("«ولی الله» written apart is the given name, though «ولی» alone is a stop word")
    func givenNameOverStopWord() {
        let text = "ولی الله حیاتی فرماندار خرمشهر گفت: کار ادامه دارد."
        let r = Fixture.extract(text)
        #expect(Fixture.roles(r, "ولی الله حیاتی") == ["فرماندار خرمشهر"], "\(r.people.map(\.name))")
        #expect(Fixture.offsetsHold(r, in: text))
        // «ولی» («but») opening a clause before a given name and a surname is no part of the name.
        let but = Fixture.extract("مدیران آمدند ولی علی رضایی فرماندار خرمشهر گفت: کار ادامه دارد.")
        #expect(Fixture.names(but).contains("علی رضایی"), "\(Fixture.names(but))")
    }

    @Test("the shorter writing after a name whose given name is two words written apart is that person")
    func nameSuffixOverTwoWordGivenName() {
        let text = "ولی الله شجاع پوریان نماینده مردم بهبهان در مجلس گفت: لایحه تقدیم می‌شود.\nشجاع پوریان افزود: جلسه روز سه شنبه برگزار شد."
        let r = Fixture.extract(text)
        #expect(r.people.filter { !$0.unnamed }.map(\.name) == ["ولی الله شجاع پوریان"], "\(r.people.map(\.name))")
        #expect(Coreferencer.givenNamesOnly(["ولی", "الله"]) { ["ولیالله", "علی"].contains($0) })
        #expect(!Coreferencer.givenNamesOnly(["آرمان"]) { $0 == "علی" })
    }

    @Test("«منطقه ای» and «استان های» written apart stay inside a body's name")
    func endingsApartInsideBody() {
        let r = Fixture.extract("علی نظری مدیرعامل شرکت آب منطقه ای گیلان گفت: سدها پر است.")
        #expect(Fixture.roles(r, "علی نظری") == ["مدیرعامل شرکت آب منطقه ای گیلان"], "\(Fixture.roles(r, "علی نظری"))")
        #expect(r.institutions.map(\.name).contains("شرکت آب منطقه ای گیلان"), "\(r.institutions.map(\.name))")
        let plural = Fixture.extract("حسن کریمی رئیس سازمان آموزش و پرورش شهرستان های استان تهران گفت: مدارس باز است.")
        #expect(Fixture.roles(plural, "حسن کریمی") == ["رئیس سازمان آموزش و پرورش شهرستان های استان تهران"], "\(Fixture.roles(plural, "حسن کریمی"))")
        // «ای» after a word that does not end in «ه» is no ending written apart: «… گیلان ای …» stays as it was.
        let context = Fixture.extract("علی نظری مدیرعامل شرکت آب گیلان گفت: سدها پر است.")
        #expect(Fixture.roles(context, "علی نظری") == ["مدیرعامل شرکت آب گیلان"], "\(Fixture.roles(context, "علی نظری"))")
    }

    @Test("a compound surname's second part written apart before an office joins the name (person.surname-part)")
    func surnamePartBeforeOffice() {
        let text = "رضا طلایی نیک سخنگوی فراکسیون وفاق مجلس گفت: طرح تصویب می‌شود."
        let r = Fixture.extract(text)
        let person = Fixture.person(r, named: "رضا طلایی نیک")
        #expect(person?.roles.map(\.text) == ["سخنگوی فراکسیون وفاق مجلس"], "\(r.people.map(\.name))")
        #expect(person?.mentions.contains { $0.rule == "person.surname-part" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
        // An adverb between a name and an office is no surname: «دیروز» is a stop word, «سابقا» an everyday word.
        let adverb = Fixture.extract("علی رضایی دیروز رئیس سازمان حفاظت محیط زیست شد.")
        #expect(!Fixture.names(adverb).contains { $0.hasSuffix("دیروز") }, "\(Fixture.names(adverb))")
    }

    @Test("«نیروی انسانی» is a field of an office, not a body that ends it")
    func headAsField() {
        let r = Fixture.extract("خبرگزاری فارس: معاون پژوهش و نیروی انسانی اداره کل آموزش و پرورش استان اصفهان گفت: نیروی انسانی مهم است.\n\nبه گزارش خبرگزاری فارس از سمیرم، حمید رضا مؤتمر امروز اظهار داشت: مدارس خوب است.")
        #expect(Fixture.roles(r, "حمید رضا مؤتمر") == ["معاون پژوهش و نیروی انسانی اداره کل آموزش و پرورش استان اصفهان"],
                "\(Fixture.roles(r, "حمید رضا مؤتمر"))")
    }
}
