import Testing
@testable import Extractors

/// Meetings whose noun follows a marker of an event's next step, and sentences opened by «در حالی که» (round 18) or
/// «این در حالی است که» (round 24).
@Suite("Meeting nouns after «در پایان», clauses after «در حالی که»")
struct MeetingNextStepMarkerTests {
    @Test("«در پایان دیدار با X» is a meeting with X")
    func endOfMeetingWithPartner() {
        let r = Fixture.extract("علی لاریجانی در پایان دیدار با وزیر امور خارجه روسیه گفت: مسکو می‌تواند کمک کند.")
        #expect(Fixture.metNames(r).contains(["علی لاریجانی", "وزیر امور خارجه روسیه"]))
    }

    @Test("«در ادامه جلسه با اشاره به …» joins the meeting under way and names no partner")
    func continuationWithoutPartner() {
        let r = Fixture.extract("مهدی چمران در جلسه شورای شهر تهران سخن گفت. خسرو دانشجو نیز در ادامه جلسه با اشاره به روز خبرنگار گفت: خبرنگاران تلاش کرده‌اند.")
        #expect(Fixture.metNames(r).contains(["مهدی چمران", "خسرو دانشجو"]))
    }

    @Test("after «در حالی که» the clause's subject is read as the meeting's party")
    func subordinateClauseSubject() {
        let r = Fixture.extract("در حالي كه محمد البرادعي روز چهارشنبه در پايان ديدارش با وزير امور خارجه روسيه گفت، مسكو مي تواند به ميانجي اصلي تبديل شود.")
        #expect(Fixture.metNames(r).contains(["محمد البرادعي", "وزير امور خارجه روسيه"]))
    }

    @Test("after «این در حالی است که» too (fars4-071: a joint press conference)")
    func contrastOpenerSubject() {
        let r = Fixture.extract("این در حالی است که شیمون پرز رئیس رژیم صهیونیستی چندی پیش در دیدار با دیمیتری مدودف رئیس جمهور روسیه گفت که کار ادامه دارد.")
        #expect(Fixture.metNames(r).contains(["شیمون پرز", "دیمیتری مدودف"]))
    }
}
