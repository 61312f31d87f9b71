import Testing
@testable import Extractors

/// The president's bare office goes to the one president the article names (role-heads.txt `holder=`,
/// `coref.listed-holder`), and only when nothing else in the article can hold it.
@Suite("President holder")
struct PresidentHolderTests {
    @Test("the bare office in another sentence is the one president the article names")
    func barePresident() {
        let text = "محمود احمدی‌نژاد امروز از پالایشگاه اراک بازدید کرد.\nرئیس جمهور همچنین با کارگران این پالایشگاه گفت‌وگو کرد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "محمود احمدی‌نژاد")
        #expect(p?.roles.map(\.text) == ["رئیس جمهور"])
        #expect(p?.mentions.contains { $0.rule == "coref.listed-holder" } == true)
    }

    @Test("a listed name that holds another office in the article does not take the bare office")
    func holderWithOtherOffice() {
        let text = "محمود احمدی‌نژاد شهردار تهران امروز از پروژه مترو بازدید کرد.\nرئیس جمهور نیز در پیامی این طرح را ستود."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "محمود احمدی‌نژاد")
        #expect(p?.roles.map(\.text) == ["شهردار تهران"])
    }

    @Test("another country's president in the article keeps the bare office from the listed name")
    func foreignPresident() {
        let text = "محمود احمدی‌نژاد در کاراکاس با هوگو چاوز رئیس جمهور ونزوئلا دیدار کرد.\nرئیس جمهور در این دیدار گفت: روابط دو کشور گسترش می‌یابد."
        let r = Fixture.extract(text)
        let p = Fixture.person(r, named: "محمود احمدی‌نژاد")
        #expect(p?.roles.contains { $0.text == "رئیس جمهور" } == false)
    }

    @Test("two listed presidents named: the bare office goes to neither")
    func twoPresidents() {
        let text = "سید محمد خاتمی و محمود احمدی‌نژاد در این مراسم حضور داشتند.\nرئیس جمهور در این مراسم گفت: کار ادامه دارد."
        let r = Fixture.extract(text)
        for name in ["محمد خاتمی", "محمود احمدی‌نژاد"] {
            #expect(Fixture.person(r, named: name)?.roles.contains { $0.text == "رئیس جمهور" } != true)
        }
    }
}
