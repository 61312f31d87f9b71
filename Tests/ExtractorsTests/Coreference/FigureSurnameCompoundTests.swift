import Testing
@testable import Extractors

/// Round 25: a surname public-figures.txt lists, read alone, is the person the article wrote in full with it: the first
/// half of a compound surname («محمود احمدي لاشكي … احمدي با اشاره …»), an Arabic surname without its article («عباس
/// البياتي … بياتي …»). It stays a figure of its own when another person of the article has that surname alone.
@Suite("A figure's surname read alone joins the article's person")
struct FigureSurnameCompoundTests {
    @Test("the first half of a compound surname and the surname without «ال» are the person written in full")
    func joinsFullName() {
        let compound = Fixture.extract("محمود احمدي لاشكي امروز در گفت‌وگو با خبرنگار فارس افزود: خدمات ارائه می‌شود. احمدي با اشاره به طرح گفت: طرح اجرا شد.")
        #expect(Fixture.names(compound) == ["محمود احمدي لاشكي"])
        let article = Fixture.extract("\"عباس البياتي\" در گفتگو با شبكه خبري العالم تاكيد كرد: دولت باید تشکیل شود. بياتي در پايان تاكيد كرد: انتخابات مهم است.")
        #expect(Fixture.names(article) == ["عباس البياتي"])
    }

    @Test("not when another person of the article has the figure's surname alone")
    func staysApartBesideNamesake() {
        let r = Fixture.extract("محمود احمدي لاشكي امروز گفت: خدمات ارائه می‌شود. علی احمدی مدیرکل تعاون استان نیز گفت: کار ادامه دارد. احمدي با اشاره به طرح گفت: طرح اجرا شد.")
        #expect(!(Fixture.person(r, named: "محمود احمدي لاشكي")?.mentions.contains { $0.text == "احمدي" } ?? false))
    }
}

/// Round 25: «شهید» right after a hall's or a stadium's head opens the place's name; the figure after it is no person.
@Suite("A martyr's name after a hall's head")
struct MartyrEponymTests {
    @Test("«سالن شهید حیدریان قم» names a hall; «خانواده شهید کاظمی» still names the martyr")
    func hallNamedForMartyr() {
        #expect(Fixture.extract("این بازی امروز در سالن شهید حیدریان قم انجام خواهد شد.").people.isEmpty)
        #expect(Fixture.names(Fixture.extract("خانواده شهید کاظمی با استاندار دیدار کردند.")).contains("کاظمی"))
    }
}
