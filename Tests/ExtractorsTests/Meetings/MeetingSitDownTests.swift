import Testing
@testable import Extractors

/// Talks reported as sitting down to them (`meeting.frame.verb.sit-down`: «به گفت‌وگو نشستند», «به تبادل نظر
/// پرداختند»), and a subject list followed by a «که» clause that names no one else (`inClauseOfOthers` reads past
/// the subject's own list).
@Suite("Meeting sit-down verbs: «به گفت‌وگو نشستند», «به تبادل نظر پرداختند»; a subject list before a «که» clause")
struct MeetingSitDownTests {
    @Test("«X و Y … دست یکدیگر را فشردند و به گفت‌وگو نشستند» is a meeting of the two")
    func satDownToTalk() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه و رضا صادقی همتای لیبیایی او در حالی که به سوی خبرنگاران لبخند می‌زدند، دست یکدیگر را فشردند و به گفت‌وگو نشستند.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        #expect(r.meetings.contains { $0.rule == "meeting.frame.verb.sit-down" })
    }

    @Test("«در این کنفرانس، X، Y و Z … به تبادل نظر پرداختند» pairs the three")
    func exchangedViews() {
        let r = Fixture.extract("در این کنفرانس، حسن کریمی رئیس جمهور وقت آمریکا، رضا صادقی صدراعظم آلمان و علی محمدی نخست وزیر انگلستان با هدف حفظ منافع خود به تبادل نظر پرداختند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
    }

    @Test("talks announced for later («به گفت‌وگو خواهند پرداخت») make no meeting")
    func plannedTalks() {
        let r = Fixture.extract("حسن کریمی و رضا صادقی هفته آینده در تهران به گفت‌وگو خواهند پرداخت.")
        #expect(r.met.isEmpty)
    }

    @Test("«X، Y و Z با استفاده از فرصتی که در کابل داشتند با هم دیدار و …»: the «که» clause names no one else")
    func subjectListBeforeRelativeClause() {
        let r = Fixture.extract("حسن کریمی، رضا صادقی و علی محمدی با استفاده از فرصت مناسبی که در کابل داشتند با هم دیدار و مسائل دوجانبه را بررسی کردند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "علی محمدی"]))
    }
}
