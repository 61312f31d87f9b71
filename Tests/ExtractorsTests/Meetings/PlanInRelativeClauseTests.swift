import Testing
@testable import Extractors

/// Issue 16, round 29: a plan cue inside a relative clause plans what the clause is about, not the meeting the main
/// clause reports as held (`ClauseReader.planInRelativeClause`).
@Suite("A plan inside a relative clause")
struct PlanInRelativeClauseTests {
    @Test("«… که قرار است … تاسیس شوند، دیروز در همایشی با حضور X و Y معرفی شدند»: the conference was held")
    func relativeClausePlan() {
        let text = "۷ نهاد پولی و مالی جدید که قرار است به منظور اجرای سیاست‌های اصل ۴۴ تاسیس شوند، دیروز در همایشی با حضور داوود دانش جعفری وزیر امور اقتصادی و دارایی و ابراهیم شیبانی رئیس کل بانک مرکزی معرفی شدند."
        #expect(Fixture.metNames(Fixture.extract(text)).contains(["داوود دانش جعفری", "ابراهیم شیبانی"]))
    }

    @Test("the main clause plans too: «… که قرار است … سفر کند، احتمالا در دیدار با پوتین … بگذارد» stays cancelled")
    func mainClausePlans() {
        let text = "آنجلا مرکل، صدراعظم آلمان که قرار است روز دوشنبه به مسکو سفر کند، احتمالا در دیدار با ولادیمیر پوتین، رئیس جمهور روسیه، وی را تحت فشار بگذارد."
        #expect(Fixture.metNames(Fixture.extract(text)).isEmpty)
    }

    @Test("the meeting inside the relative clause: «مراسمی که قرار است با حضور X … برگزار شود، …» stays cancelled")
    func meetingInsideClause() {
        let text = "علی رضایی اعلام کرد مراسمی که قرار است با حضور محمد کریمی استاندار فارس برگزار شود، به هفته آینده موکول شد."
        #expect(Fixture.metNames(Fixture.extract(text)).isEmpty)
    }
}
