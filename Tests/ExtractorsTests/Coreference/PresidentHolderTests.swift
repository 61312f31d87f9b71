import Testing
@testable import Extractors

/// The president's bare office goes to the one president the article names within his term (role-heads.txt
/// `holder=NAME@FROM/UNTIL`, `coref.listed-holder`), and only when nothing else in the article can hold it.
@Suite("President holder")
struct PresidentHolderTests {
    private func extract(_ text: String, date: String?) -> DocumentExtraction {
        Fixture.extractor.extract(SourceDocument(id: "test.txt", text: text, date: date))
    }

    private func holdsBareOffice(_ r: DocumentExtraction, _ name: String) -> Bool {
        Fixture.person(r, named: name)?.roles.contains { PersianNormalizer.key($0.text) == PersianNormalizer.key("رئیس جمهور") } == true
    }

    @Test("the bare office in another sentence is the one president the article names, in his term")
    func barePresident() {
        let text = "محمود احمدی‌نژاد امروز از پالایشگاه اراک بازدید کرد.\nرئیس جمهور همچنین با کارگران این پالایشگاه گفت‌وگو کرد."
        let r = extract(text, date: "2008-05-01")
        #expect(holdsBareOffice(r, "محمود احمدی‌نژاد"))
        #expect(Fixture.person(r, named: "محمود احمدی‌نژاد")?.mentions.contains { $0.rule == "coref.listed-holder" } == true)
    }

    @Test("outside the listed term, or with no date, the name does not take the bare office")
    func outsideTerm() {
        let text = "محمود احمدی‌نژاد امروز از پروژه مترو بازدید کرد.\nرئیس جمهور نیز در پیامی این طرح را ستود."
        #expect(!holdsBareOffice(extract(text, date: "2004-03-01"), "محمود احمدی‌نژاد"))
        #expect(!holdsBareOffice(extract(text, date: nil), "محمود احمدی‌نژاد"))
        let khatami = "سید محمد خاتمی امروز از پروژه مترو بازدید کرد.\nرئیس جمهور نیز در پیامی این طرح را ستود."
        #expect(holdsBareOffice(extract(khatami, date: "2004-03-01"), "سید محمد خاتمی"))
    }

    @Test("a listed name that holds another office in the article does not take the bare office")
    func holderWithOtherOffice() {
        let text = "محمود احمدی‌نژاد استاندار اردبیل امروز از پروژه مترو بازدید کرد.\nرئیس جمهور نیز در پیامی این طرح را ستود."
        let r = extract(text, date: "2008-05-01")
        #expect(!holdsBareOffice(r, "محمود احمدی‌نژاد"))
    }

    @Test("another country's president in the article keeps the bare office from the listed name")
    func foreignPresident() {
        let text = "محمود احمدی‌نژاد در کاراکاس با هوگو چاوز رئیس جمهور ونزوئلا دیدار کرد.\nرئیس جمهور در این دیدار گفت: روابط دو کشور گسترش می‌یابد."
        let r = extract(text, date: "2008-05-01")
        #expect(!holdsBareOffice(r, "محمود احمدی‌نژاد"))
    }

    @Test("a former president named beside the sitting one: the bare office goes to the one in office")
    func formerAndSitting() {
        let text = "سید محمد خاتمی و محمود احمدی‌نژاد در این مراسم حضور داشتند.\nرئیس جمهور در این مراسم گفت: کار ادامه دارد."
        let r = extract(text, date: "2008-05-01")
        #expect(holdsBareOffice(r, "محمود احمدی‌نژاد"))
        #expect(!holdsBareOffice(r, "سید محمد خاتمی"))
    }

    @Test("a bare office opening a list of offices takes the list's country, not the article's president")
    func officeList() {
        let text = "محمود احمدی‌نژاد امروز وارد آنکارا شد.\nوی در این سفر با رئیس جمهور، نخست وزیر و وزیر امور خارجه ترکیه دیدار کرد."
        let r = extract(text, date: "2008-05-01")
        #expect(!holdsBareOffice(r, "محمود احمدی‌نژاد"))
    }
}
