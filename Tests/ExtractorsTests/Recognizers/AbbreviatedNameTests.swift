import Testing
@testable import Extractors

/// «…الله» given names written short, «ا» and an ellipsis for «الله» («یدا... صمدی», «عزت ا... انتظامی»:
/// given-names.txt `abbreviated=yes`, scripts/mine-abbreviated-given-names.py), and the time of day that follows the
/// name opening a lead («… علیرضا آرامش ظهر امروز در …», name-followers.txt).
@Suite("Abbreviated given names, the time of day after a name")
struct AbbreviatedNameTests {
    @Test("an abbreviated given name takes its dots and the surname after them, glued or written apart")
    func abbreviatedGivenName() {
        let r = Fixture.extract("این فیلم ساخته یدا... صمدی است و عزت ا... انتظامی در آن بازی می‌کند.")
        #expect(Fixture.person(r, named: "یدا... صمدی")?.mentions.first?.rule == "person.given-surname")
        #expect(Fixture.person(r, named: "عزت ا... انتظامی") != nil)
        // The ellipsis ends no sentence: the surname is read with its given name, and a later bare surname is his.
        let later = Fixture.extract("فرج‌ا... سلحشور کارگردان این فیلم است. سلحشور گفت: کار تمام است.")
        #expect(Fixture.person(later, named: "فرج‌ا... سلحشور")?.mentions.count == 2)
    }

    @Test("without its dots the short form is no given name: «یدا صمدی گفت»")
    func withoutDots() {
        let r = Fixture.extract("یدا صمدی گفت که کار تمام است.")
        #expect(Fixture.person(r, named: "یدا صمدی") == nil)
    }

    @Test("the time of day after a name that opens the lead confirms a surname no list knows")
    func timeOfDayFollowsName() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از سنندج، علیرضا آرامش ظهر امروز در جلسه شورای اداری گفت: طرح اجرا می‌شود.")
        #expect(Fixture.person(r, named: "علیرضا آرامش") != nil)
        let weekday = Fixture.extract("محمد هویدا عصر سه‌شنبه با بیان اینکه کار تمام است افزود: طرح اجرا می‌شود.")
        #expect(Fixture.person(weekday, named: "محمد هویدا") != nil)
    }
}
