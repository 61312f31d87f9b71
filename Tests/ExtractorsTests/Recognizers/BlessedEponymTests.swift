import Testing
@testable import Extractors

/// Round 25: a holy name written without an eponym's prefix, closed by a blessing in brackets, names the body it
/// follows («بنیاد فرهنگی مهدی موعود(عج)», «دانشگاه ولیعصر(عج) رفسنجان», «سازمان بهشت زهرا(س)»); an acronym in
/// brackets is no blessing.
@Suite("Bodies named for a holy name with its blessing")
struct BlessedEponymTests {
    @Test("the blessed name and the town after it stay in the body's name and the office's")
    func blessedNameInBody() {
        let r = Fixture.extract("مسعود دریس معاون طرح و برنامه بنیاد فرهنگی مهدی موعود(عج) در گفت‌وگو با خبرنگار فارس گفت: طرح آغاز شد.")
        #expect(Fixture.person(r, named: "مسعود دریس")?.roles.map(\.text) == ["معاون طرح و برنامه بنیاد فرهنگی مهدی موعود(عج)"])
        #expect(r.institutions.contains { $0.name == "بنیاد فرهنگی مهدی موعود(عج)" })
        #expect(!Fixture.names(r).contains("مهدی موعود"))
        let town = Fixture.extract("سیدحسین میردهقان معاون پژوهشی دانشگاه ولیعصر(عج) رفسنجان گفت: نمایشگاه برپا شد.")
        #expect(Fixture.person(town, named: "سیدحسین میردهقان")?.roles.map(\.text) == ["معاون پژوهشی دانشگاه ولیعصر(عج) رفسنجان"])
        let fund = Fixture.extract("سيدحسين شبيري مديرعامل صندوق مهر رضا(ع) گفت: وام‌ها پرداخت شد.")
        #expect(Fixture.person(fund, named: "سيدحسين شبيري")?.roles.map(\.text) == ["مديرعامل صندوق مهر رضا(ع)"])
    }

    @Test("an acronym in brackets is no blessing: the body ends before it as it did")
    func acronymIsNoBlessing() {
        let r = Fixture.extract("سهراب شهابي معاون دبيركل سازمان همكاري اقتصادي (اكو) گفت: نشست برگزار شد.")
        #expect(!r.institutions.contains { $0.name.contains("(اكو)") })
    }
}
