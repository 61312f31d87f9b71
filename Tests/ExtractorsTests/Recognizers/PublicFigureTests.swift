import Testing
@testable import Extractors

/// People named by one word (public-figures.txt), by a courtesy title and a surname, by a foreign first name, and
/// compound surnames written apart. Invented sentences of the kind the news corpora hold.
@Suite("Public figures and surnames alone")
struct PublicFigureTests {
    @Test("a public figure named by surname alone is a person, with the rule that found it")
    func surnameAlone() {
        let text = "پوتین در دیدار با نخست‌وزیر هند درباره همکاری‌های انرژی گفت‌وگو کرد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "پوتین")
        #expect(p?.mentions.first?.rule == "person.public-figure")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a public figure after a place or institution head names the place, not a person")
    func eponymIsNoPerson() {
        let r = Fixture.extract("دانشجویان دانشگاه فردوسی و ساکنان خیابان خاتمی در این مراسم شرکت کردند.")
        #expect(!Fixture.names(r).contains("فردوسی"))
        #expect(!Fixture.names(r).contains("خاتمی"))
    }

    @Test("an entry that is also an everyday word needs a role or a report of speech after it")
    func everydayWordEntry() {
        let r = Fixture.extract("این تیم با يك گل از حریف خود شکست خورد و در شاخه نظامی هم تغییری نبود.")
        #expect(r.people.isEmpty)
    }

    @Test("the surname alone joins the person written in full in the same article, before or after it")
    func joinsFullName() {
        let text = "خاتمی در این نشست گفت: گفت‌وگو ادامه دارد. سید محمد خاتمی رئیس‌جمهوری سپس به مشهد رفت."
        let r = Fixture.extract(text)
        let khatami = r.people.filter { $0.name.contains("خاتمی") }
        #expect(khatami.count == 1)
        #expect(khatami.first?.mentions.count ?? 0 >= 2)
    }

    @Test("a first name and a public figure's surname are one name («بیل کلینتون»)")
    func givenNameAndFigure() {
        let r = Fixture.extract("بیل کلینتون و اسحاق رابین در کاخ سفید با هم دیدار کردند.")
        #expect(Fixture.person(r, named: "بیل کلینتون") != nil)
        #expect(Fixture.person(r, named: "اسحاق رابین") != nil)
    }

    @Test("a second surname written apart stays with the public figure («هاشمی رفسنجانی»)")
    func figureWithSecondSurname() {
        let r = Fixture.extract("هاشمی رفسنجانی در خطبه‌های نماز جمعه گفت: مردم پای صندوق‌ها می‌آیند.")
        #expect(Fixture.person(r, named: "هاشمی رفسنجانی") != nil)
    }

    @Test("«آقای» before a word that ends like a surname is a person; before an everyday word it is not")
    func courtesyTitle() {
        let text = "در این همایش آقای حسینی فرماندار بیجار درباره معضل اعتیاد سخن گفت."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "حسینی")
        #expect(p?.titles == ["آقای"])
        let plain = Fixture.extract("خانم جان، این کتاب را برای آقای اسلامی نگه دارید.")
        #expect(!Fixture.names(plain).contains("جان"))
        #expect(!Fixture.names(plain).contains("اسلامی"))
    }

    @Test("a religious title before praise is no name («این شهید گرانقدر»)")
    func praiseIsNoName() {
        let r = Fixture.extract("رحمت خداوند بر همه شهدا به ویژه این شهید گرانقدر که از پیش از انقلاب مبارزه کرد.")
        #expect(r.people.isEmpty)
    }

    @Test("compound surnames written with a space are joined: Hamshahri's «احمدي نژاد», «… مقدم», «… فر»")
    func compoundSurnamesApart() {
        let r = Fixture.extract("محمود احمدي نژاد و حسین احمدی مقدم و علی ستاري فر در این جلسه حضور داشتند.")
        let keys = Set(r.people.map { PersianNormalizer.key($0.name) })
        #expect(keys.contains(PersianNormalizer.key("محمود احمدی‌نژاد")))
        #expect(keys.contains(PersianNormalizer.key("حسین احمدی‌مقدم")))
        #expect(keys.contains(PersianNormalizer.key("علی ستاری‌فر")))
        #expect(!keys.contains(PersianNormalizer.key("محمود احمدی")))
        // «مقدم» alone after a given name is a surname of its own.
        #expect(Fixture.person(Fixture.extract("ناصر مقدم در این جلسه گفت: کار ادامه دارد."), named: "ناصر مقدم") != nil)
    }

    @Test("a foreign first name vouches for a transliterated surname («دنیس رأس»)")
    func foreignFirstName() {
        let r = Fixture.extract("در همین حال آنتونی کوئین در این فیلم بازی می‌کند و دنیس رأس به منطقه سفر کرد.")
        #expect(Fixture.person(r, named: "آنتونی کوئین") != nil)
        #expect(Fixture.person(r, named: "دنیس رأس") != nil)
    }

    @Test("ordinary words never become people: «زلزله», «کشورمان», «طرفین»")
    func ordinaryWords() {
        let r = Fixture.extract("طرفین گفتند زلزله خسارت زیادی به کشورمان وارد کرد. مدیترانه گفت‌وگوها را ادامه داد.")
        #expect(r.people.isEmpty)
    }

    @Test("a plural courtesy title opens a list of surnames («آقایان رضایی، حسینیان و کریمی»)")
    func pluralCourtesyList() {
        let r = Fixture.extract("در این جلسه آقایان رضایی، حسینیان و کریمی درباره بودجه سخن گفتند.")
        #expect(Set(Fixture.names(r)).isSuperset(of: ["رضایی", "حسینیان", "کریمی"]))
        let prose = Fixture.extract("نظر آقایان کدیور و سروش پیرامون حکومت دینی چیست؟")
        #expect(!Fixture.names(prose).contains("دینی"))
    }

    @Test("«مرحوم» before a surname is a person; «شهید» before one in a hall's name is not")
    func religiousTitles() {
        let r = Fixture.extract("این کتاب به یاد مرحوم فروزانفر منتشر شد.")
        #expect(Fixture.person(r, named: "فروزانفر") != nil)
        let hall = Fixture.extract("شهردار تهران از مجموعه ورزشی شهید هرندی بازدید کرد.")
        #expect(!Fixture.names(hall).contains("هرندی"))
    }

    @Test("a listed surname opening a speech report is the speaker whatever word follows it")
    func listedSurnameSpeaker() {
        let r = Fixture.extract("یونسی در پاسخ به پرسش خبرنگاران درباره این پرونده گفت: بررسی ادامه دارد.")
        #expect(Fixture.person(r, named: "یونسی")?.mentions.first?.rule == "person.surname-speaker")
        // An everyday word that surnames.txt marks ambiguous stays out («اسلامی»).
        let plain = Fixture.extract("اسلامی بودن این طرح را همه تایید کردند و وزیر گفت: کار ادامه دارد.")
        #expect(!Fixture.names(plain).contains("اسلامی"))
    }

    @Test("a name after a street's or a library's head is the place's name unless a role follows it")
    func namesInsidePlaceNames() {
        let street = Fixture.extract("دفتر این انجمن در خیابان علی شریعتی قرار دارد.")
        #expect(street.people.isEmpty)
        let r = Fixture.extract("در مراسم افتتاح این کتابخانه علیرضا رهایی، رئیس دانشگاه صنعتی امیرکبیر گفت: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "علیرضا رهایی") != nil)
    }

    @Test("a foreign first name takes one transliterated word, not the Persian word after it")
    func foreignSurnameIsOneWord() {
        let r = Fixture.extract("او در فیلمی برگرفته از رمان چارلز دیکنز بازی کرده است.")
        #expect(Fixture.person(r, named: "چارلز دیکنز") != nil)
    }
}
