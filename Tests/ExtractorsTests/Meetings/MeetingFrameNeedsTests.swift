import Testing
@testable import Extractors

/// Frames that read their trigger only in a fitting sentence (`needs=` in meeting-frames.txt): the gapped verb
/// «با X دیدار و …» needs its «با» party, and «به همراه» / «به اتفاق» need an event the sentence names.
@Suite("Meeting frames with needs=: gapped verbs and «به همراه» beside an event")
struct MeetingFrameNeedsTests {
    @Test("«با X دیدار و …» is a meeting whose light verb the next predicate shares")
    func gappedVerb() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه روز گذشته با رضا صادقی سفیر ژاپن در تهران دیدار و دو طرف بر گسترش روابط تأکید کردند.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        #expect(r.meetings.map(\.rule) == ["meeting.frame.verb.gapped"])
    }

    @Test("a gapped verb with a list after «با» meets every person of it")
    func gappedVerbList() {
        let r = Fixture.extract("رضا صادقی استاندار فارس با حسن کریمی فرماندار شیراز و علی محمدی شهردار شیراز دیدار و از طرح‌های عمرانی استان گزارش گرفت.")
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "حسن کریمی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
    }

    @Test("with no «با» party before it, «دیدار و» is the noun: «پس از دیدار و گفت‌وگو با Y» still pairs")
    func gappedFallsBackToNoun() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه پس از دیدار با رضا صادقی سفیر ژاپن در تهران و گفت‌وگو درباره روابط دو کشور گفت: روابط خوب است.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
        let n = Fixture.extract("در دیدار و گفت‌وگوی صمیمانه‌ای که دیروز برگزار شد، کار ادامه یافت.")
        #expect(n.meetings.allSatisfy { $0.rule != "meeting.frame.verb.gapped" })
    }

    @Test("«با حضور» before «دیدار و» is no «با» party")
    func gappedNotAfterPresence() {
        let r = Fixture.extract("نشست هم‌اندیشی با حضور مدیران استان برگزار شد و پس از دیدار و گفت‌وگو با کارگران پایان یافت.")
        #expect(r.meetings.allSatisfy { $0.rule != "meeting.frame.verb.gapped" })
    }

    @Test("«به همراه» beside a visit the sentence names pairs the two")
    func accompanyWithEvent() {
        let r = Fixture.extract("رضا صادقی مدیرکل بنیاد شهید استان گیلان به همراه حسن کریمی مدیر روابط عمومی این بنیاد از دفتر خبرگزاری در رشت بازدید کرد.")
        #expect(Fixture.metNames(r) == [["رضا صادقی", "حسن کریمی"]])
    }

    @Test("a film's cast with «به همراه» is no meeting")
    func accompanyCast() {
        let r = Fixture.extract("حسن کریمی و رضا صادقی بازیگران اصلی این فیلم هستند و به همراه آنها، جمعی از بازیگران لبنانی نیز در فیلم ایفای نقش می‌کنند.")
        #expect(r.met.isEmpty)
    }

    @Test("players listed «به همراه» their team are a roster, not a meeting")
    func accompanyTeam() {
        let r = Fixture.extract("حسن کریمی، رضا صادقی و علی محمدی به همراه تیم ملی امید در دوحه بودند و در تمرینات باشگاه شرکت نداشتند.")
        #expect(r.met.isEmpty)
    }
}
