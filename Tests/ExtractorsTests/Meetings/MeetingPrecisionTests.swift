import Testing
@testable import Extractors

/// Issue 21's classes of wrong edges: a press conference pairs no one (PressConferences), a participant is never
/// paired with their own alias (SameParticipants), a departure together and a rumoured meeting are no
/// meetings (`unless-cue=departure`, non-meeting-cues.txt).
@Suite("Meeting precision: press conferences, aliases, departures, rumours")
struct MeetingPrecisionTests {
    @Test("two speakers of one press conference are not paired; each keeps the conference")
    func pressConferenceNoPair() {
        let r = Fixture.extract("رضا صادقی مدیرکل بهزیستی استان فارس روز گذشته در نشست خبری با حسن کریمی معاون توانبخشی سازمان بهزیستی گفت: طرح ادامه دارد.")
        #expect(r.met.isEmpty)
        #expect(r.meetings.count == 2)
        #expect(r.meetings.allSatisfy { $0.rule == RuleID.meetingSplitPress.rawValue && $0.participants.count == 1 })
    }

    @Test("a speaker joined to a press conference by «نیز در این نشست» is not paired with the first")
    func pressConferenceJoinNoPair() {
        let r = Fixture.extract("رضا صادقی مدیرکل بهزیستی استان فارس امروز در نشست خبری گفت: طرح ادامه دارد.\nحسن کریمی معاون سازمان بهزیستی نیز در این نشست گفت: بودجه کافی است.")
        #expect(r.met.isEmpty)
    }

    @Test("a press conference of one speaker keeps the frame's rule")
    func pressConferenceOneSpeaker() {
        let r = Fixture.extract("رضا صادقی مدیرکل بهزیستی استان فارس امروز در کنفرانس خبری گفت: طرح ادامه دارد.")
        #expect(r.meetings.map(\.rule) == ["meeting.frame.noun.press"])
    }

    @Test("a name written with and without the Arabic article «ال» is one participant, not a pair")
    func arabicArticleAlias() {
        let r = Fixture.extract("محمود المشهدانی رئیس پارلمان عراق روز گذشته در تهران با علی لاریجانی دبیر شورای عالی امنیت ملی دیدار کرد.\nمحمود مشهدانی نیز در این دیدار گفت: روابط دو کشور خوب است.")
        #expect(!Fixture.metNames(r).contains(["محمود المشهدانی", "محمود مشهدانی"]))
        #expect(Fixture.metNames(r).count == 1)
        #expect(r.people.flatMap(\.mentions).contains { $0.rule == RuleID.corefMeetingAlias.rawValue })
    }

    @Test("a name's words are keyed apart at spaces (NBSP too), and «ال» comes off a word only with three letters left")
    func aliasKeys() {
        #expect(SameParticipants.wordKeys("برانکو\u{00A0} ایوانکوویچ") == [PersianNormalizer.key("برانکو"), PersianNormalizer.key("ایوانکوویچ")])
        #expect(SameParticipants.wordKeys("احمدی‌نژاد").count == 1)
        #expect(SameParticipants.withoutArticle(PersianNormalizer.key("المشهدانی")) == PersianNormalizer.key("مشهدانی"))
        #expect(SameParticipants.withoutArticle(PersianNormalizer.key("الله")) == PersianNormalizer.key("الله"))
    }

    @Test("ordinary names of two people in one meeting are not read as aliases")
    func distinctNamesStayApart() {
        let r = Fixture.extract("علی محمدی استاندار کرمان با محمدرضا محمدی فرماندار بم و علی رضایی دیدار کرد.")
        #expect(Fixture.metNames(r).count == 3)
    }

    @Test("leaving together for a meeting to come is no meeting")
    func departureTogether() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه به همراه رضا صادقی رئیس دفتر رئیس جمهوری به منظور شرکت در نشست جهانی اقتصاد، تهران را به مقصد ژنو ترک کردند.")
        #expect(r.met.isEmpty)
    }

    @Test("a departure cancels only the «به همراه» frame: a meeting before leaving stays")
    func departureAfterMeeting() {
        let r = Fixture.extract("حسن کریمی وزیر خارجه ترکیه روز گذشته پس از دیدار با رضا صادقی دبیر شورای عالی امنیت ملی، تهران را ترک کرد.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("a rumoured meeting the speaker denies is no meeting")
    func rumouredMeeting() {
        let r = Fixture.extract("علی احمدی دبیر شورای عالی امنیت ملی در پاسخ به سوالی درباره شایعه دیدار با حسن کریمی رئیس جمهور فرانسه در قاهره گفت: نه چنین اتفاقی نیفتاده است.")
        #expect(r.met.isEmpty)
    }

    @Test("a back-reference after an event announced for later makes no meeting")
    func backReferenceToPlannedEvent() {
        let r = Fixture.extract("نهمین همایش ملی ژنتیک هفته آینده در تهران برگزار می‌شود.\nعلی رضایی رئیس انجمن ژنتیک ایران با اشاره به اهداف این همایش گفت: دویست مقاله ارائه خواهد شد.\nحسن کریمی عضو هیئت علمی دانشگاه تهران نیز گفت: کارگاه‌های عملی هم هست.")
        #expect(r.meetings.isEmpty)
    }

    @Test("someone's absence from a session does not cancel it: the next speaker still joins")
    func absenceKeepsSession() {
        let r = Fixture.extract("مهدی رحیمی رئیس شورای شهر امروز در جلسه شورای شهر گفت: بودجه تصویب شد.\nعلی نوری عضو شورای شهر با انتقاد از عدم حضور استاندار در جلسه گفت: این کار درست نیست.\nرضا صادقی سخنگوی شورای شهر نیز در ادامه جلسه گفت: پیگیری می‌کنیم.")
        #expect(Fixture.metNames(r).contains(["مهدی رحیمی", "رضا صادقی"]))
    }
}
