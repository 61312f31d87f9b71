import Testing
@testable import Extractors

@Suite("Meetings")
struct MeetingDetectorTests {
    @Test("«X در نشست با Y» makes a meeting and a met pair")
    func nounFrame() {
        let text = "سید امیر حسین علوی شهردار رشت در نشست با علی فتح‌اللهی فرماندار شهرستان رشت اظهار داشت: همکاری لازم است."
        let r = Fixture.extract(text)
        #expect(r.meetings.count == 1)
        #expect(r.meetings.first?.kind == .meeting)
        #expect(r.meetings.first?.cameo == "040")
        #expect(Fixture.metNames(r) == [["سید امیر حسین علوی", "علی فتح‌اللهی"]])
        let m = r.meetings[0]
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.trigger.start..<m.trigger.end])) == m.trigger.text)
    }

    @Test("«X پس از / پیش از دیدار با Y» places the subject in the meeting as «در» does")
    func timePrepositionFrame() {
        let after = Fixture.extract("حسن کریمی رئیس دانشگاه شیراز پس از دیدار با مهدی صادقی شهردار شیراز به خبرنگاران گفت: قرارداد امضا شد.")
        #expect(Fixture.metNames(after) == [["حسن کریمی", "مهدی صادقی"]])
        let before = Fixture.extract("حسن کریمی رئیس دانشگاه شیراز قبل از ملاقات با مهدی صادقی شهردار شیراز گفت: قرارداد آماده است.")
        #expect(Fixture.metNames(before) == [["حسن کریمی", "مهدی صادقی"]])
        // «پس از» far from the noun does not place the subject in it.
        let far = Fixture.extract("حسن کریمی پس از سال‌ها تلاش در شیراز گفت که دیدار با مهدی صادقی مفید بود.")
        #expect(Fixture.metNames(far).isEmpty)
    }

    @Test("a speaker placed «در این نشست» joins the article's meeting")
    func thisMeeting() {
        let r = Fixture.extract("سید احمد صفوی شهردار منطقه 20 در نشست با شورایاران گفت: امنیت مهم است.\nسرگرد سید محمد حسینی سرکلانتر نهم فرماندهی انتظامی تهران بزرگ نیز در این نشست گفت: طرح اجرا می‌شود.")
        #expect(Fixture.metNames(r) == [["سید احمد صفوی", "سید محمد حسینی"]])
        #expect(r.meetings.first?.groups.isEmpty == false)
    }

    @Test("a plan «قرار است … دیدار کند» is not a meeting")
    func plan() {
        let r = Fixture.extract("قرار است محمد جواد ظریف وزیر امور خارجه هفته آینده در دیدار با عباس عراقچی درباره مذاکرات گفت‌وگو کند.")
        #expect(r.meetings.isEmpty)
        #expect(r.met.isEmpty)
    }

    @Test("someone who «حضور نداشت» did not meet")
    func absent() {
        let r = Fixture.extract("علی حسینی در جلسه با رضا کریمی حضور نداشت.")
        #expect(r.met.isEmpty)
    }

    @Test("unnamed groups take part as groups, never as people")
    func groups() {
        let r = Fixture.extract("حسن رحمانی شهردار قم در نشست با شهرداران و اعضای شورای اسلامی شهر گفت: تعامل لازم است.")
        #expect(r.people.count == 1)
        #expect(r.met.isEmpty)
        #expect((r.meetings.first?.groups.count ?? 0) >= 1)
    }

    @Test("«دیدار و گفت‌وگو کردند» and «به اتفاق» are meeting frames")
    func verbAndAccompany() {
        let a = Fixture.extract("علی ربیعی و محمد شریعتمداری روز دوشنبه با یکدیگر دیدار و گفت‌وگو کردند.")
        #expect(a.meetings.count == 1)
        let b = Fixture.extract("مهدی صفری به اتفاق رضا نجفی از نمایشگاه کتاب بازدید کرد.")
        #expect(Fixture.metNames(b) == [["مهدی صفری", "رضا نجفی"]])
    }

    @Test("a visit records its guest")
    func visit() {
        let r = Fixture.extract("حسین امیری استاندار یزد در سفر به اردکان با علی کریمی فرماندار اردکان دیدار کرد.")
        #expect(r.meetings.contains { $0.kind == .visit && $0.rule == "meeting.frame.noun.visit" })
        #expect(Fixture.metNames(r).count == 1)
    }

    @Test("a sentence opening with a colon, its subject inside the quote, after a meeting: no trap, the meeting kept")
    func subjectPastTheQuoteStart() {
        // The subject «محمد رضایی» ends past the sentence's limit (the colon opens quoted speech at once);
        // looking for «نیز» after it once made an inverted range and stopped the program.
        let r = Fixture.extract("علی احمدی وزیر کشور با حسن روحانی رئیس جمهور دیدار کرد. :محمد رضایی نیز گفت این دیدار مهم بود.")
        #expect(r.meetings.count == 1)
        #expect(Fixture.metNames(r) == [["حسن روحانی", "علی احمدی"]] || Fixture.metNames(r) == [["علی احمدی", "حسن روحانی"]])
    }

    @Test("after a meeting, a speaker opened by «در ادامه» or «سپس» joins it; «همچنین» and no meeting do not")
    func nextSpeaker() {
        let r = Fixture.extract("همایش سراسری مدیران آموزش و پرورش با حضور حسن کریمی معاون وزیر آموزش و پرورش در اصفهان برگزار شد.\nدر ادامه، مهدی صادقی مدیرکل آموزش و پرورش استان اصفهان گفت: مدارس جدید ساخته می‌شود.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "مهدی صادقی"]])
        let then = Fixture.extract("مراسم تودیع فرماندار شهرضا با حضور علی رحیمی استاندار اصفهان برگزار شد.\nسپس رضا نجفی فرماندار جدید شهرضا اظهار داشت: کار ادامه دارد.")
        #expect(Fixture.metNames(then) == [["علی رحیمی", "رضا نجفی"]])
        // «همچنین» opens the next item of a roundup as often as the next speaker.
        let also = Fixture.extract("همایش سراسری مدیران آموزش و پرورش با حضور حسن کریمی معاون وزیر آموزش و پرورش در اصفهان برگزار شد.\nهمچنین مهدی صادقی مدیرکل آموزش و پرورش استان اصفهان گفت: مدارس جدید ساخته می‌شود.")
        #expect(Fixture.metNames(also).isEmpty)
        // Without a meeting before it, «در ادامه» joins nothing.
        let alone = Fixture.extract("در ادامه، مهدی صادقی مدیرکل آموزش و پرورش استان اصفهان گفت: مدارس جدید ساخته می‌شود.")
        #expect(alone.meetings.isEmpty)
        // A person who does not speak after «در ادامه» is not a speaker of the session.
        let moved = Fixture.extract("همایش سراسری مدیران آموزش و پرورش با حضور حسن کریمی معاون وزیر آموزش و پرورش در اصفهان برگزار شد.\nدر ادامه، مهدی صادقی به کاشان رفت.")
        #expect(Fixture.metNames(moved).isEmpty)
    }

    @Test("«در دیدار دیروز خود با Y»: the reflexive after the noun does not hide its «با» party")
    func reflexiveBeforeWithParty() {
        let r = Fixture.extract("حسن کریمی رهبر حزب ملی عراق در دیدار دیروز خود با رضا صادقی سفیر ژاپن در بغداد بر گسترش روابط تأکید کرد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        let plain = Fixture.extract("حسن کریمی رهبر حزب ملی عراق در دیدار خود با رضا صادقی سفیر ژاپن گفت: روابط خوب است.")
        #expect(Fixture.metNames(plain) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("the indefinite noun opens its frame: «X در جلسه‌ای با حضور Y گفت», «در مراسمی با حضور …», Hamshahri's «جلسه اي»")
    func indefiniteMeetingNoun() {
        let r = Fixture.extract("حسن کریمی استاندار فارس در جلسه‌ای با حضور رضا صادقی وزیر کشور گفت: کار ادامه دارد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        let ham = Fixture.extract("حسن كريمي استاندار فارس در جلسه اي با حضور رضا صادقي وزير كشور گفت: كار ادامه دارد.")
        #expect(Fixture.metNames(ham).count == 1)
        let ceremony = Fixture.extract("حسن کریمی استاندار فارس دیروز در مراسمی با حضور رضا صادقی وزیر کشور از خانواده‌های شهدا تجلیل کرد.")
        #expect(Fixture.metNames(ceremony) == [["حسن کریمی", "رضا صادقی"]])
    }
}
