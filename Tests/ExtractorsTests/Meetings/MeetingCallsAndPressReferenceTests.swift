import Testing
@testable import Extractors

/// A telephone call is no meeting (`annotation.md`; the `kind=sense` cue «تلفنی» of non-meeting-cues.txt), the
/// possessive noun «دیدارش» / «ملاقاتش» opens the noun frame like «دیدار خود», and a back-reference that names a
/// press conference joins that conference, not a meeting its speaker spoke about in between
/// (`PressConferences.latest`).
@Suite("Meeting calls, possessive nouns and press back-references")
struct MeetingCallsAndPressReferenceTests {
    @Test("two presidents who talked on the telephone are not paired")
    func telephoneCallNoPair() {
        let r = Fixture.extract("محمود احمدی نژاد و ولادیمیر پوتین در یک گفتگوی تلفنی درباره مسائل منطقه گفتگو کردند.")
        #expect(r.met.isEmpty)
        #expect(r.meetings.isEmpty)
    }

    @Test("«تلفنی گفت و گو کردند» with a «با» party is no meeting either")
    func telephoneWithPartyNoPair() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه شامگاه یکشنبه با رضا صادقی وزیر خارجه ترکیه تلفنی گفت و گو کردند.")
        #expect(r.met.isEmpty)
    }

    @Test("a call in another sentence leaves the meeting of its own sentence")
    func telephoneOtherSentence() {
        let r = Fixture.extract("علی صالحی وزیر کشور روز گذشته در دیدار با حسن رضایی استاندار فارس بر توسعه همکاری‌ها تاکید کرد.\nوی پیش از این در تماس تلفنی با خبرنگار ما گفته بود که سفر به شیراز در برنامه است.")
        #expect(Fixture.metNames(r) == [["حسن رضایی", "علی صالحی"]])
    }

    @Test("«X در دیدارش با Y گفت»: the possessive noun pairs the subject with its «با» party")
    func possessiveMeetingNoun() {
        let r = Fixture.extract("حسنی مبارک رئیس جمهور مصر در دیدارش با کاندولیزا رایس وزیر امور خارجه آمریکا گفت: باید به حماس فرصت داد.")
        #expect(Fixture.metNames(r) == [["حسنی مبارک", "کاندولیزا رایس"]])
        #expect(r.meetings.map(\.trigger.text) == ["دیدارش"])
    }

    @Test("«پس از ملاقاتش با Y» places the subject in the meeting")
    func possessiveAfterMeeting() {
        let r = Fixture.extract("رضا صادقی نماینده مردم شیراز پس از ملاقاتش با حسن کریمی رئیس مجلس گفت: طرح به زودی بررسی می‌شود.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("«در ادامه این کنفرانس مطبوعاتی» joins the press conference, not the meeting the spokesman spoke about")
    func pressBackReferenceSkipsTopicMeeting() {
        let r = Fixture.extract("""
        حسن قاسمی سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی گفت: روابط دو کشور خوب است.
        قاسمی درباره خبر خبرگزاری الجزایر در مورد دیدار محمد خاتمی و عبدالعزیز بوتفلیقه گفت: این دیدار سازنده بود.
        سخنگوی وزارت امور خارجه در ادامه این کنفرانس مطبوعاتی گفت: ما با آژانس همکاری می‌کنیم.
        """)
        #expect(Fixture.metNames(r) == [["عبدالعزیز بوتفلیقه", "محمد خاتمی"]])
    }

    @Test("with no press conference before it, a press back-reference joins the latest meeting as before")
    func pressBackReferenceWithoutConference() {
        let meetings = [MeetingEvent(kind: .meeting, trigger: 0..<1, sentence: 0, rule: "meeting.frame.noun", cameo: "040", source: "-")]
        #expect(PressConferences.latest(in: meetings, before: 0, where: { _ in true }) == nil)
        #expect(PressConferences.latest(in: meetings, before: nil, where: { _ in true }) == nil)
        var press = meetings[0]
        press.kind = .press
        #expect(PressConferences.latest(in: [press] + meetings, before: 1, where: { _ in true }) == 0)
        #expect(PressConferences.latest(in: [press] + meetings, before: 1, where: { $0 != 0 }) == nil)
    }
}
