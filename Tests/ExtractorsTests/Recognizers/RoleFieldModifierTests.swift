import Testing
@testable import Extractors

/// A deputy's, a director's or an adviser's field written bare between the head and its complement (role-modifiers.txt,
/// sixteenth round: «پشتیبانی», «ورزشی», «پژوهش», «دانشجویی», «هنری» …): the office is read whole. Sentences after the
/// Fars News and Hamshahri reports that write them.
@Suite("Role fields: «معاون پشتیبانی استانداری», «معاون ورزشی سابق سازمان تربیت بدنی»")
struct RoleFieldModifierTests {
    private func roles(_ text: String, of name: String) throws -> [String] {
        try #require(Fixture.person(Fixture.extract(text), named: name)).roles.map(\.text)
    }

    @Test("«معاون ورزشی سابق سازمان تربیت بدنی»: the field, then a former marker, then the body")
    func fieldBeforeFormerMarker() throws {
        #expect(try roles("سعید فائقی معاون ورزشی سابق سازمان تربیت بدنی گفت: ورزش خوب است.", of: "سعید فائقی")
                == ["معاون ورزشی سابق سازمان تربیت بدنی"])
    }

    @Test("«(معاون پشتیبانی استانداری)» after a name in a list of appointments")
    func fieldInBrackets() throws {
        #expect(try roles("استان آذربایجان غربی: حبیب ارجمند زاده (معاون پشتیبانی استانداری)", of: "حبیب ارجمند زاده")
                == ["معاون پشتیبانی استانداری"])
    }

    @Test("two fields joined by «و»: «معاون پژوهش و بین‌الملل دانشگاه آزاد اسلامی»")
    func twoFields() throws {
        #expect(try roles("کریم زارع معاون پژوهش و بین‌الملل دانشگاه آزاد اسلامی گفت: مقاله ها زیاد شد.", of: "کریم زارع")
                == ["معاون پژوهش و بین‌الملل دانشگاه آزاد اسلامی"])
    }

    @Test("a field that also names a directorate is no modifier: «مدیرکل سلامت و تندرستی وزارت آموزش و پرورش» keeps its body")
    func directorateFieldIsNoModifier() {
        let r = Fixture.extract("علی احمدی مدیرکل سلامت و تندرستی وزارت آموزش و پرورش گفت: دانش آموزان سالم هستند.")
        #expect(!r.institutions.contains { $0.name.hasPrefix("اداره کل و") })
    }
}
