import Testing
@testable import Extractors

/// Issue 16, round 29: «X در این دیدار با Y …»: the person after «با» right after a back-referring meeting noun is the
/// meeting's other party (MeetingDetector, `meeting.join.this-meeting`).
@Suite("The partner after «در این دیدار با»")
struct ThisMeetingPartnerTests {
    @Test("«گل در این دیدار با سیدمحمد خاتمی رئیس جمهور مذاکره کرد»: both take part")
    func partnerAfterThisMeeting() {
        let text = "مهمترین سفر این هفته، دیدار چند ساعته عبدالله گل نخست وزیر ترکیه از تهران بود. گل در این دیدار با سیدمحمد خاتمی رئیس جمهور مذاکره کرد."
        #expect(Fixture.metNames(Fixture.extract(text)).contains(["عبدالله گل", "سیدمحمد خاتمی"]))
    }

    @Test("«در این دیدار با بیان …» names no one: the speaker alone joins")
    func mannerAfterThisMeeting() {
        let text = "علی احمدی استاندار فارس با سفیر ژاپن دیدار کرد. محمد رضایی در این دیدار با بیان اینکه روابط خوب است، گفت: همکاری ادامه دارد."
        let met = Fixture.metNames(Fixture.extract(text))
        #expect(!met.contains { $0.contains("بیان") })
    }
}
