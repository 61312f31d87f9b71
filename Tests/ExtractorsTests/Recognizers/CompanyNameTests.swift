import Testing
@testable import Extractors

/// «شرکت» and a name (issue 16 item 3, the ninth round): institution-heads.txt gives «شرکت» `bare=office`, so the head
/// and one or two words name a company when an office or a group holds them («مدیرعامل شرکت یادمان سازه», «کارکنان شرکت
/// ایرانسل»), never because the article writes them twice; `not-bare=` lists the words after it that make «شرکت» the
/// verbal noun «participation» or a generic noun («شرکت کنندگان», «شرکت مذکور», «شرکت خارجی»).
@Suite("Company names under «شرکت»")
struct CompanyNameTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("an office or a group vouches for «شرکت» and its name")
    func companyOfAnOffice() {
        let r = Fixture.extract("علی رضایی مدیرعامل شرکت یادمان سازه گفت: نصب آنتن برج تا پایان ماه به پایان می‌رسد.")
        #expect(r.institutions.map(\.name) == ["شرکت یادمان سازه"])
        #expect(r.institutions.first?.mentions.first?.rule == RuleID.institutionHeadName.rawValue)
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["مدیرعامل شرکت یادمان سازه"])
        #expect(institutions("کارکنان شرکت ایرانسل در این مراسم حضور داشتند.") == ["شرکت ایرانسل"])
    }

    @Test("a company written twice with no office is no name: the corpora write generic companies so")
    func writtenTwiceIsNotEnough() {
        #expect(institutions("بزرگترین شرکت بورس از نظر شمار سهامداران امسال سود بیشتری داد و سهام هر شرکت بورس در بازار به فروش رفت.").isEmpty)
    }

    @Test("«شرکت» before a word of `not-bare=` is participation or a generic company, even after an office")
    func verbalNounAndGenericCompany() {
        #expect(institutions("نماینده شرکت کنندگان در این همایش گفت: شرکت کنندگان از برگزاری آن راضی بودند.").isEmpty)
        #expect(institutions("مدیرعامل شرکت مذکور گفت: قرارداد این طرح هفته آینده امضا می‌شود.").isEmpty)
        #expect(institutions("مدیرعامل شرکت خارجی سازنده این نیروگاه گفت: کار ساخت به پایان رسید.").isEmpty)
    }
}
