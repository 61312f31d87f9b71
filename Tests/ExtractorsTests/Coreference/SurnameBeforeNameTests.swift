import Testing
@testable import Extractors

/// A surname written alone before the article first writes the person's name («… بر گفته‌های کریمی تاکید کرد»
/// ahead of «ابراهیم کریمی با بیان …») does not introduce the person: the speaker chain still reads the name as the
/// holder of the office that spoke right before it (round 11, the unnamed role-holder the article names later).
@Suite("Coreference: a surname written before the name")
struct SurnameBeforeNameTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("the meeting's office that speaks, then the name first written in full, is one person though its surname came earlier")
    func surnameBeforeName() {
        let text = "حسن طاهری نماینده مردم گرگان در مجلس شورای اسلامی در دیدار مدیرکل میراث فرهنگی استان گلستان گفت: گردشگری اولویت استان است.\nنماینده مردم گرگان در مجلس شورای اسلامی بر گفته‌های کریمی درباره همایش سرمایه‌گذاری تاکید کرد.\nمدیرکل میراث فرهنگی استان گلستان در این دیدار گزارشی از برنامه‌های اداره‌کل ارائه کرد و گفت: این برنامه‌ها ادامه دارد.\nابراهیم کریمی با بیان برنامه‌های سال آینده درخواست همکاری کرد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let karimi = Fixture.person(r, named: "ابراهیم کریمی")
        #expect(karimi?.roles.map(\.text).contains("مدیرکل میراث فرهنگی استان گلستان") == true, "\(karimi?.roles.map(\.text) ?? [])")
        #expect(Fixture.metNames(r) == [["حسن طاهری", "ابراهیم کریمی"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a name written in full before the office keeps them apart, as before")
    func nameBeforeOffice() {
        let text = "حسن طاهری نماینده مردم گرگان در مجلس شورای اسلامی در دیدار مدیرکل میراث فرهنگی استان گلستان گفت: گردشگری اولویت استان است.\nوی بر گفته‌های ابراهیم کریمی درباره همایش سرمایه‌گذاری تاکید کرد.\nمدیرکل میراث فرهنگی استان گلستان در این دیدار گزارشی از برنامه‌های اداره‌کل ارائه کرد و گفت: این برنامه‌ها ادامه دارد.\nکریمی با بیان برنامه‌های سال آینده درخواست همکاری کرد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "ابراهیم کریمی")?.roles.isEmpty == true)
    }
}
