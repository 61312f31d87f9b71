import Testing
@testable import Extractors

/// An institution the article writes both in full and by a short or canonical form is named by its longest verbatim
/// phrase (ExtractionBuilder), as the gold names it (annotation.md: the short form beside the full name is optional),
/// not by whichever form came first.
@Suite("Institution named in full")
struct InstitutionFullNameTests {
    @Test("a body first written short is named by its full phrase written later")
    func fullAfterShort() {
        let r = Fixture.extract("ناظر امنیتی فیفا بازی را نظارت می‌کند. به گزارش خبرنگار ما، فدراسیون بین‌المللی فوتبال یک ناظر امنیتی را به این بازی می‌فرستد.")
        #expect(r.institutions.map(\.name) == ["فدراسیون بین‌المللی فوتبال"])
        let agency = Fixture.extract("آژانس انرژی اتمی گزارش خود را منتشر کرد. مدیرکل آژانس بین‌المللی انرژی اتمی گفت: بازرسی ادامه دارد.")
        #expect(agency.institutions.map(\.name) == ["آژانس بین‌المللی انرژی اتمی"])
    }

    @Test("of two phrases of equal length the first names the body")
    func firstOfEqualLength() {
        let r = Fixture.extract("شهرداری تهران طرح را اجرا کرد. شهرداری تهران همچنین اعلام کرد: کار ادامه دارد.")
        #expect(r.institutions.map(\.name) == ["شهرداری تهران"])
    }
}
