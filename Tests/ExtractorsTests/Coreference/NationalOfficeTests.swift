import Testing
@testable import Extractors

/// An office written with «کشور» after its body is the office written without it: a role-holder named once
/// beside the short form and later by the long one is one person, never a second, unnamed one who meets them
/// (issue 21 item 2, issue 16).
@Suite("Coreference: an office with and without «کشور» is one office")
struct NationalOfficeTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("a listed body with «کشور» in its own listed name («سازمان بهزیستی کشور»)")
    func listedNationalName() {
        let text = "محمد رضایی، رئیس سازمان بهزیستی در دیدار با علی احمدی سفیر ژاپن گفت: همکاری دو کشور گسترش می‌یابد.\nرئیس سازمان بهزیستی کشور هدف از این دیدار را توسعه همکاری‌ها دانست."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "علی احمدی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a listed body followed by «کشور» read as the nation («ستاد مبارزه با مواد مخدر کشور»)")
    func nationAfterBody() {
        let r = Fixture.extract("حسن کریمی دبیر ستاد مبارزه با مواد مخدر دیروز با علی احمدی سفیر ژاپن دیدار کرد.\nدبیر ستاد مبارزه با مواد مخدر کشور نیز در این دیدار گفت: همکاری دو کشور ادامه می‌یابد.")
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی احمدی"]])
    }

    @Test("«وزیر کشور» keeps its «کشور»: another office than the one named")
    func interiorMinisterApart() {
        let r = Fixture.extract("محمد رضایی وزیر نفت دیروز با علی احمدی سفیر ژاپن دیدار کرد.\nوزیر کشور نیز در این دیدار گفت: همکاری دو کشور ادامه می‌یابد.")
        #expect(unnamed(r) == ["وزیر کشور"])
    }
}
