import Testing
@testable import Extractors

/// Issue 16, round 29: a unit named with the body it belongs to names that body too (`institution.parent-body`,
/// ParentBody.swift, institution-heads.txt `unit=yes`).
@Suite("The parent body in a unit's name")
struct ParentBodyTests {
    @Test("«رئیس کمیسیون انرژی مجلس شورای اسلامی»: the commission and the parliament")
    func commissionOfParliament() {
        let r = Fixture.extract("حمیدرضا کاتوزیان رئیس کمیسیون انرژی مجلس شورای اسلامی گفت: یارانه‌ها باید هدفمند شود.")
        let names = Set(r.institutions.map(\.name))
        #expect(names.isSuperset(of: ["کمیسیون انرژی مجلس شورای اسلامی", "مجلس شورای اسلامی"]))
        #expect(r.institutions.first { $0.name == "مجلس شورای اسلامی" }?.mentions.first?.rule == "institution.parent-body")
    }

    @Test("a ministry read from its head: «گروه خودروی وزارت صنایع و معادن» names «وزارت صنایع و معادن»")
    func ministryByHead() {
        let r = Fixture.extract("رییس گروه خودروی وزارت صنایع و معادن در گفت‌وگو با خبرنگار فارس اظهار کرد: تعرفه‌ها کاهش می‌یابد.")
        #expect(Set(r.institutions.map(\.name)).contains("وزارت صنایع و معادن"))
    }

    @Test("a body of its own that carries another's name is no unit: «سازمان تامین اجتماعی نیروهای مسلح»")
    func bodyOfItsOwn() {
        let r = Fixture.extract("مدیرعامل سازمان تامین اجتماعی نیروهای مسلح گفت: حقوق بازنشستگان افزایش می‌یابد.")
        #expect(!Set(r.institutions.map(\.name)).contains("نیروهای مسلح"))
    }
}
