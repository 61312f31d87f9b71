import Testing
@testable import Extractors

@Suite("Coreference")
struct CoreferenceTests {
    @Test("a surname alone refers to the full name; «وی» to the last subject")
    func surnameAndPronoun() {
        let text = "سید احمد صفوی شهردار منطقه 20 گفت: برنامه‌ها تنظیم شد.\nصفوی افزود: کانکس‌ها نصب می‌شود.\nوی ادامه داد: کار ادامه دارد."
        let r = Fixture.extract(text)
        #expect(r.people.count == 1)
        let rules = Set(r.people[0].mentions.map(\.rule))
        #expect(rules.contains("coref.surname"))
        #expect(rules.contains("coref.pronoun"))
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("two people sharing a surname stay apart; the surname goes to the nearest")
    func sharedSurname() {
        let text = "علی لاریجانی رئیس مجلس شورای اسلامی گفت: قانون اجرا می‌شود.\nصادق لاریجانی رئیس قوه قضاییه نیز گفت: دادگاه‌ها فعال‌اند.\nلاریجانی افزود: پرونده‌ها بررسی می‌شود."
        let r = Fixture.extract(text)
        #expect(r.people.count == 2)
        let sadegh = Fixture.person(r, named: "صادق لاریجانی")
        #expect(sadegh?.mentions.contains { $0.rule == "coref.surname" } == true)
        let ali = Fixture.person(r, named: "علی لاریجانی")
        #expect(ali?.mentions.contains { $0.rule == "coref.surname" } == false)
    }

    @Test("a role-only re-mention refers to the person holding the role")
    func roleRemention() {
        let r = Fixture.extract("سید امیر حسین علوی شهردار رشت گفت: کار سنگین است.\nشهردار رشت ادامه داد: شهر به کمک نیاز دارد.")
        #expect(r.people.count == 1)
        #expect(r.people[0].mentions.contains { $0.rule == "coref.role" })
    }

    @Test("a speaking role-holder named in the next sentence is that person")
    func speakerChain() {
        let r = Fixture.extract("فرماندار کرمان در جمع خبرنگاران گفت: شهر رشد کرده است.\nعلی بابایی با اشاره به حاشیه‌نشینی افزود: باید کار کرد.")
        #expect(r.people.count == 1)
        #expect(r.people[0].name == "علی بابایی")
        #expect(r.people[0].roles.map(\.text) == ["فرماندار کرمان"])
    }

    @Test("a role-holder opening the lead and named by the next sentence's subject is that person, headline or not")
    func leadRoleNamedNext() {
        let text = "سفر علی احمدی به شیراز\nوزیر نیرو روز گذشته از سد ملاصدرا بازدید کرد. علی احمدی که پیشتر در سفر به بوشهر از نیروگاه بازدید کرده بود، کار را سنگین خواند."
        let r = Fixture.extract(text)
        #expect(r.people.count == 1)
        #expect(r.people[0].name == "علی احمدی")
        #expect(!r.people[0].unnamed)
        #expect(r.people[0].roles.map(\.text) == ["وزیر نیرو"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the speaker chain looks past the role-holder's own sentences (its office again, «وی») for the name")
    func speakerChainPastOwnSentences() {
        let text = "مدیر ورزش بانوان منطقه 12 از ساخت دو سالن خبر داد.\nمدیر ورزش بانوان منطقه 12 اظهار داشت: زمین‌ها شناسایی شد.\nوی افزود: کار ادامه دارد.\nمریم کاظمی اظهار داشت: بودجه تأمین شده است."
        let r = Fixture.extract(text)
        #expect(r.people.count == 1)
        #expect(r.people.first?.name == "مریم کاظمی")
        #expect(r.people.first?.unnamed == false)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a report opener without a comma: the speaker named after it is the lead's role-holder")
    func speakerChainAfterOpener() {
        let r = Fixture.extract("فرمانده نیروی دریایی ارتش گفت: ناوگروه به بندر بازگشت.\nبه گزارش ایرنا از بندرعباس دریادار علی حسینی به خبرنگاران گفت: مأموریت موفق بود.")
        #expect(r.people.count == 1)
        #expect(r.people.first?.name == "علی حسینی")
    }

    @Test("a name announced with «نیز», or far past the holder's sentences, is another person")
    func speakerChainStops() {
        let also = Fixture.extract("وزیر نیرو در جمع خبرنگاران گفت: ذخایر آب کم است.\nوی افزود: باید صرفه‌جویی کرد.\nعلی احمدی نیز گفت: مردم همراهی می‌کنند.")
        // The name stays apart: it takes no office (and the holder, who only speaks, is no person of the record).
        #expect(also.people.map(\.name) == ["علی احمدی"])
        #expect(also.people.first?.roles.isEmpty == true)
        let far = Fixture.extract("سخنگوی وزارت خارجه گفت: مذاکرات ادامه دارد.\nسخنگوی وزارت خارجه تصریح کرد: طرح رد شد.\nدر مذاکرات ماه گذشته طرحی ارائه شد.\nاین طرح غیرواقع‌بینانه توصیف شد.\nعلی احمدی در حاشیه سفر به پکن گفت: طرح تغییر نمی‌کند.")
        #expect(far.people.map(\.name) == ["علی احمدی"])
        #expect(far.people.first?.roles.isEmpty == true)
    }

    @Test("a one-sentence body line closed by a quote is not a headline: the speaker chain still reads it")
    func quotedLineIsBody() {
        let r = Fixture.extract("وزیر نیرو در جمع خبرنگاران گفت: ذخایر آب سدها کم است.\nعلی احمدی در ادامه افزود: «مردم باید در مصرف آب صرفه‌جویی کنند»")
        #expect(r.people.count == 1)
        #expect(r.people.first?.name == "علی احمدی")
        #expect(r.people.first?.roles.map(\.text) == ["وزیر نیرو"])
    }

    @Test("a lead role-holder is not the next subject when that subject has a role of its own or was named before")
    func leadRoleNotChained() {
        let own = Fixture.extract("وزیر نیرو روز گذشته از سد ملاصدرا بازدید کرد. محمد رضایی استاندار کرمان نیز از این سد بازدید کرد.")
        #expect(own.people.map(\.name) == ["محمد رضایی"])
        #expect(own.people[0].roles.map(\.text) == ["استاندار کرمان"])
        let before = Fixture.extract("علی احمدی دیروز به شیراز رفت. وزیر نیرو روز گذشته از سد ملاصدرا بازدید کرد. علی احمدی که خسته بود، کار را سنگین خواند.")
        #expect(before.people.map(\.name) == ["علی احمدی"])
        #expect(before.people[0].roles.isEmpty)
    }

    @Test("a role-holder the text never names is an unnamed person when they take part in a meeting, not when they only speak")
    func unnamedSpeaker() {
        let r = Fixture.extract("استاندار کرمان با علی احمدی سفیر ژاپن دیدار کرد و گفت: بودجه استان افزایش می‌یابد.")
        let unnamed = r.people.filter(\.unnamed)
        #expect(unnamed.map(\.name) == ["استاندار کرمان"])
        #expect(Fixture.metNames(r) == [["استاندار کرمان", "علی احمدی"]])
        // Only speaking, the holder tells who speaks for the province, not who someone is (annotation.md).
        let speaks = Fixture.extract("استاندار کرمان در جمع خبرنگاران گفت: بودجه استان افزایش می‌یابد.")
        #expect(speaks.people.isEmpty)
        // The office still names the institution the holder speaks for.
        #expect(speaks.institutions.map(\.name) == ["استانداری کرمان"])
    }

    @Test("a cited role-holder is not a person")
    func citedIsNotPerson() {
        let r = Fixture.extract("وی گفت: با تأکید استاندار قم کار تعامل بین دستگاهی ادامه می‌یابد.")
        #expect(r.people.isEmpty)
    }

    @Test("an Arabic surname written again without its article «ال» is the same person (round 24)")
    func arabicSurnameWithoutArticle() {
        // ham-840408-108: «جعفری» was a second person.
        let r = Fixture.extract("ابراهیم الجعفری نخست وزیر عراق دیروز به تهران آمد. جعفری در فرودگاه گفت: روابط دو کشور خوب است.")
        #expect(Fixture.names(r) == ["ابراهیم الجعفری"])
        #expect(Fixture.person(r, named: "ابراهیم الجعفری")?.mentions.count == 2)
        // Inside a name the stem is left to the name reader; a stem that is a given name or a word is never looked for
        // («محمد الجواد» … «جواد ظریف»).
        let r2 = Fixture.extract("محمود الزهار وزیر خارجه حماس دیروز به تهران آمد. در این سفر جواد ظریف گفت: زهار مهمان ماست.")
        #expect(Fixture.person(r2, named: "محمود الزهار")?.mentions.count == 2)
        #expect(Fixture.names(r2).contains("جواد ظریف"))
    }
}
