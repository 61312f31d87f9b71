import Testing
@testable import Extractors

/// «صدا و سیما», the state broadcaster, is the organization wherever the text writes it, an outlet only after a citation
/// cue (media.txt `context=required`): the two dev corpora write it 190 times in 113 articles, once after «به نقل از»;
/// the dev gold counts it an institution each time («با همکاری صدا وسیما»، «از طریق صداو سیما و مطبوعات»).
@Suite("The broadcaster as an institution")
struct BroadcasterInstitutionTests {
    @Test("the broadcaster named in a sentence is an institution, in any spacing")
    func broadcasterIsAnInstitution() {
        let r = Fixture.extract("علی رضایی گفت: مسئولان باید موسسه‌های قرآنی را تقویت کنند و صدا و سیما نیز جشنواره‌های قرآنی را اطلاع‌رسانی کند.")
        #expect(r.institutions.map(\.name) == ["صدا و سیما"])
        #expect(r.institutions.first?.mentions.first?.rule == RuleID.institutionNamed.rawValue)
        #expect(r.media.isEmpty)
        let s = Fixture.extract("حسن کریمی افزود: اسامی این صندوق‌ها طی دو روز آینده از طریق صداو سیما و مطبوعات اعلام می‌شود.")
        #expect(s.institutions.map(\.name) == ["صداو سیما"])
    }

    @Test("the news agency of the broadcaster stays an outlet")
    func newsAgencyStaysAnOutlet() {
        let r = Fixture.extract("به گزارش خبرگزاری صدا و سیما، علی رضایی امروز در جلسه شورای شهر گفت: این طرح اجرا می‌شود.")
        #expect(!r.institutions.map(\.name).contains("صدا و سیما"))
        #expect(r.media.count == 1)
    }
}
