import Testing
@testable import Extractors

/// «انتشارات» and «چاپخانه» and a name (institution-heads.txt `bare=name`): a publisher or a printing house the article
/// writes twice or as an office's body («مدیر انتشارات قدیانی»); the generic «publications» (`not-bare=`: «انتشارات
/// متعددی») names none. The two dev corpora write «انتشارات» 129 times in 73 articles, mostly before a publisher's name.
@Suite("Publishers and printing houses")
struct PublisherNameTests {
    @Test("an office vouches for a publisher's and a printing house's name")
    func publisherOfAnOffice() {
        let r = Fixture.extract("نادر قدیانی، مدیر انتشارات قدیانی و عضو شورای نظارتی این جشنواره گفت: کتاب کودک حمایت می‌شود.")
        #expect(r.institutions.map(\.name).contains("انتشارات قدیانی"))
        #expect(Fixture.person(r, named: "نادر قدیانی")?.roles.map(\.text).contains("مدیر انتشارات قدیانی") == true)
        let s = Fixture.extract("حسن کریمی مدیر چاپخانه گوتنبرگ گفت: کاغذ گران شده است.")
        #expect(s.institutions.map(\.name) == ["چاپخانه گوتنبرگ"])
        #expect(s.institutions.first?.mentions.first?.rule == RuleID.institutionHeadName.rawValue)
    }

    @Test("the generic «publications» is no publisher")
    func genericPublications() {
        #expect(Fixture.extract("مدیر این مرکز گفت: فروش انتشارات متعددی دارد و درآمد انتشارات متعددی کم است.").institutions.isEmpty)
    }
}
