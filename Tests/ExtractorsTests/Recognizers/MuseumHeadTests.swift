import Testing
@testable import Extractors

/// A museum is a body named by its head and the words after it (institution-heads.txt «موزه», `bare=name`), as a
/// publisher is: the office of its director names it, and «موزه‌ها» alone names none.
@Suite("Museums as institutions")
struct MuseumHeadTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("the director of a museum holds an office of the museum")
    func director() {
        let r = Fixture.extract("محمدرضا کارگر رئیس موزه ملی ایران گفت: این نمایشگاه تا پایان ماه ادامه دارد.")
        #expect(roleTexts(r, "محمدرضا کارگر") == ["رئیس موزه ملی ایران"])
        #expect(r.institutions.map(\.name) == ["موزه ملی ایران"])
        let cinema = Fixture.extract("مهدی سلیمی مدیرعامل موزه سینما در این مراسم گفت: فیلم‌های او ماندگار است.")
        #expect(roleTexts(cinema, "مهدی سلیمی") == ["مدیرعامل موزه سینما"])
        #expect(cinema.institutions.map(\.name) == ["موزه سینما"])
    }

    @Test("museums in general name no body")
    func plural() {
        #expect(Fixture.extract("بازدید از موزه‌ها در روزهای تعطیل رایگان است.").institutions.isEmpty)
    }
}
