import Testing
@testable import Extractors

/// A unit every body has (body-units.txt: «روابط عمومی», «حراست») written right before a complete institution is
/// an institution of its own, beside the body (`institution.body-unit`, issue 16 item 3, eighth round).
@Suite("Units of a body: public relations, security office")
struct BodyUnitTests {
    private func institutions(_ text: String) -> Set<String> {
        Set(Fixture.extract(text).institutions.map(\.name))
    }

    @Test("a report's source «روابط عمومی X» names the unit and keeps the body")
    func publicRelationsOfABody() {
        let r = Fixture.extract("به گزارش روابط عمومی استانداری زنجان، نشست شورای اداری استان دیروز برگزار شد.")
        #expect(Set(r.institutions.map(\.name)).isSuperset(of: ["روابط عمومی استانداری زنجان", "استانداری زنجان"]))
        #expect(r.institutions.first { $0.name == "روابط عمومی استانداری زنجان" }?.mentions.first?.rule == RuleID.institutionBodyUnit.rawValue)
        // Inside an office the unit is named too, and the office still holds the body.
        #expect(institutions("محمد کریمی مدیر روابط عمومی شرکت ملی گاز ایران گفت: مصرف گاز افزایش یافت.")
            .isSuperset(of: ["روابط عمومی شرکت ملی گاز ایران", "شرکت ملی گاز ایران"]))
        #expect(institutions("حراست استانداری کرمان این گزارش را تایید کرد.") == ["حراست استانداری کرمان", "استانداری کرمان"])
    }

    @Test("no unit without a complete body after it: a bare head, a demonstrative, «حراست از»")
    func noUnitWithoutABody() {
        #expect(institutions("روابط عمومی این سازمان اعلام کرد که ثبت نام ادامه دارد.").allSatisfy { !$0.hasPrefix("روابط") })
        #expect(institutions("وی بر حراست از منابع طبیعی کشور تاکید کرد.").isEmpty)
        #expect(institutions("روابط عمومی ها باید اطلاع رسانی را سرعت بخشند.").isEmpty)
    }
}
