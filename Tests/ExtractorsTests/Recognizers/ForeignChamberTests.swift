import Testing
@testable import Extractors

/// A foreign parliament's chamber before its country (institution-heads.txt «مجلس نمایندگان», «مجلس سنا(ی)»,
/// «مجلس عوام», «مجلس اعیان», `place=country`) and the speaker of such a chamber (role-heads.txt «رئیس مجلس
/// نمایندگان» …, `canonical=رئیس مجلس`, `institution=` the chamber): the office no longer stops at «مجلس».
@Suite("Foreign parliamentary chambers")
struct ForeignChamberTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a member of a foreign chamber holds the chamber and its country")
    func member() {
        let r = Fixture.extract("مت گیتس عضو مجلس نمایندگان آمریکا گفت: این تصمیم درست نیست.")
        #expect(roleTexts(r, "مت گیتس") == ["عضو مجلس نمایندگان آمریکا"])
        #expect(r.institutions.map(\.name) == ["مجلس نمایندگان آمریکا"])
    }

    @Test("the speaker of a foreign chamber keeps the chamber, and names it as the body")
    func speaker() {
        let r = Fixture.extract("جان برکاو رئیس مجلس عوام انگلیس گفت: این تصمیم درست نیست.")
        #expect(roleTexts(r, "جان برکاو") == ["رئیس مجلس عوام انگلیس"])
        #expect(r.institutions.map(\.name) == ["مجلس عوام انگلیس"])
        let bosnia = Fixture.extract("نیکلا اشپیریچ رئیس مجلس نمایندگان بوسنی و هرزگوین با محمود احمدی‌نژاد دیدار کرد.")
        #expect(roleTexts(bosnia, "نیکلا اشپیریچ") == ["رئیس مجلس نمایندگان بوسنی و هرزگوین"])
    }

    @Test("a chamber with no country after it names no body")
    func noCountry() {
        let r = Fixture.extract("یکی از اعضای مجلس نمایندگان فلوریدا گفت: این تصمیم درست نیست.")
        #expect(!r.institutions.map(\.name).contains("مجلس نمایندگان"))
    }
}
