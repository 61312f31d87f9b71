import Testing
@testable import Extractors

@Suite("Person names")
struct NameRecognizerTests {
    @Test("titles are kept apart from the name; «سید» stays in the name")
    func titlesApart() {
        let text = "سرگرد سید محمد حسینی فرمانده انتظامی شهرستان ری در جمع خبرنگاران گفت: طرح امنیت محله محور اجرا می‌شود."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "سید محمد حسینی")
        #expect(p != nil)
        #expect(p?.titles == ["سرگرد"])
        #expect(p?.mentions.first?.rule == "person.title-given-surname")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("«آیت اللهی موسوی» is a compound surname, not the title آیت‌الله")
    func compoundSurname() {
        let text = "سیدمصطفی آیت اللهی موسوی روز یکشنبه در جمع خبرنگاران اظهار داشت: کارها پیش می‌رود."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "سیدمصطفی آیت اللهی موسوی")
        #expect(p != nil)
        #expect(p?.titles.isEmpty == true)
        #expect(p?.surnameKey == "ایتاللهیموسوی")
    }

    @Test("a clerical title written in two words is one title")
    func clericalTitle() {
        let text = "حجت الاسلام والمسلمین محمدحسن ابوترابی‌فرد نایب رئیس مجلس شورای اسلامی گفت: مجلس پیگیر است."
        let r = Fixture.extract(text)
        let p = r.people.first
        #expect(p?.titles.count == 1)
        #expect(p.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("محمدحسن ابوترابی‌فرد"))
    }

    @Test("function words never make a given name: «به نام» is not «بهنام»")
    func functionWordsAreNotNames() {
        let r = Fixture.extract("این طرح به نام شهدای گمنام نامگذاری شد و روز به روز گسترش یافت.")
        #expect(r.people.isEmpty)
    }

    @Test("a common word after a given name is not a surname without evidence")
    func commonWordAfterGivenName() {
        let r = Fixture.extract("آرامگاه صفورا متعلق به دوره صفویه است.")
        #expect(r.people.isEmpty)
    }

    @Test("a surname that does not end like one is taken when something confirms it")
    func confirmedSurname() {
        let r = Fixture.extract("محمدباقر قالیباف با اشاره به بودجه سال آینده گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "محمدباقر قالیباف") != nil)
    }

    @Test("a list «X، Y و Z» gives three people")
    func list() {
        let r = Fixture.extract("در این مراسم علی حسینی، رضا کریمی و مهدی رحمانی حضور داشتند.")
        #expect(Set(Fixture.names(r)) == ["علی حسینی", "رضا کریمی", "مهدی رحمانی"])
    }

    @Test("a surname introduced by a role apposition is a person")
    func surnameRoleApposition() {
        let r = Fixture.extract("همچنین رحیمی معاون اقتصادی اداره‌کل اوقاف و امور خیریه استان قم نیز خاطرنشان کرد: فرصت‌ها زیاد است.")
        let p = Fixture.person(r, named: "رحیمی")
        #expect(p?.roles.map(\.text) == ["معاون اقتصادی اداره‌کل اوقاف و امور خیریه استان قم"])
    }
}

@Suite("Person names with titles only")
struct TitledSurnameTests {
    @Test("a degree or rank with a surname is a person; a courtesy word is not enough")
    func titledSurname() {
        let r = Fixture.extract("دکتر ولایتی در این همایش گفت: همکاری منطقه‌ای لازم است.")
        #expect(r.people.first?.name == "ولایتی")
        #expect(r.people.first?.titles == ["دکتر"])
        #expect(r.people.first?.mentions.first?.rule == "person.title-surname")
        let courtesy = Fixture.extract("خانم جان هستند و همه را دوست دارند.")
        #expect(courtesy.people.isEmpty)
    }
}

@Suite("Where a surname ends")
struct SurnameEndTests {
    @Test("a function word in «ی» ends the surname: «حسین عسگری مبنی بر اینکه» (fars4-134)")
    func functionWordEndsSurname() {
        let r = Fixture.extract("هوشنگ نصیرزاده در مورد صحبت‌های حسین عسگری مبنی بر اینکه بازی تکرار شود گفت: در عرف بین‌المللی فوتبال چنین نیست.")
        #expect(Fixture.person(r, named: "حسین عسگری") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("مبنی") })
    }

    @Test("a noun with the indefinite «ی» ends the surname: «محمدباقر مجلسی روایتی از …» (fars2-064)")
    func indefiniteObjectEndsSurname() {
        let r = Fixture.extract("براساس برخی از روایات، این زندگی سخت است. محمدباقر مجلسی روایتی از امام سجاد(ع) نقل می‌کند.")
        #expect(Fixture.person(r, named: "محمدباقر مجلسی") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("روایتی") })
    }

    @Test("a compound surname still runs over a second surname-like word: «هاشمی رفسنجانی»")
    func compoundSurnameStillWhole() {
        let r = Fixture.extract("اکبر هاشمی رفسنجانی در این دیدار گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "اکبر هاشمی رفسنجانی") != nil)
    }

    @Test("the Arabic article keeps the given name: «حسن الحسینی ظهر امروز» (fars1-104)")
    func arabicArticleSurname() {
        let text = "به گزارش خبرگزاری فارس از اراک، حسن الحسینی ظهر امروز در نشست بررسی فعالیت شبکه شاد اظهار داشت: کلاس‌ها برگزار می‌شود. الحسینی بیان داشت: کار ادامه دارد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "حسن الحسینی")
        #expect(p != nil)
        #expect(p?.mentions.map(\.text).contains("الحسینی") == true)
        #expect(Fixture.person(r, named: "الحسینی") == nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }
}
