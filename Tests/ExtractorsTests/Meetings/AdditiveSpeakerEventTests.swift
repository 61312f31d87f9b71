import Testing
@testable import Extractors

/// Issue 16, round 28: «X نیز در مراسم افتتاح …» names the event already told again; the subject's «نیز» says he too
/// took part in it (MeetingDetector.speaksAlsoAt). The lead's «نخست وزیر …» speaks as any office does, though its
/// first word is also a discourse marker (DocumentContext.clauseMarkerLength).
@Suite("Meetings: a further speaker at an event named again")
struct AdditiveSpeakerEventTests {
    @Test("«… نیز در مراسم افتتاح مجتمع …» joins the opening ceremony told before")
    func additiveSpeakerJoins() {
        let text = "به گزارش خبرگزاری فارس از بشرویه، سید احمد علوی صبح امروز در آیین افتتاح مجتمع فرهنگی آستان قدس رضوی در بشرویه اظهار داشت: این مجموعه‌ها مهم است.\n\nحجت‌الاسلام محمد شمس‌الدین امام جمعه بشرویه نیز در مراسم افتتاح مجتمع رفاهی آستان قدس رضوی در بشرویه گفت: این مجتمع گامی اساسی است."
        let r = Fixture.extract(text)
        #expect(Fixture.metNames(r).contains(["سید احمد علوی", "محمد شمس‌الدین"]), "\(Fixture.metNames(r))")
    }

    @Test("with a partner of its own after «با» the further speaker's meeting stays apart")
    func ownPartnerStaysApart() {
        let text = "جرج بوش رئیس جمهور امریکا در دیدار از بیمارستان نظامی گفت: سوریه باید همکاری کند.\n\nتئودور کاتوف سفیر امریکا در سوریه نیز در ملاقات با فاروق الشرع گفت: مرز باید بسته شود."
        let r = Fixture.extract(text)
        #expect(!Fixture.metNames(r).contains(["جرج بوش", "تئودور کاتوف"]), "\(Fixture.metNames(r))")
    }

    @Test("without «نیز» a later ceremony is a meeting of its own")
    func noParticleNoJoin() {
        let text = "علی احمدی استاندار کرمان در آیین افتتاح بیمارستان بم گفت: درمان بهتر می‌شود.\n\nمحمد رضایی فرماندار بم در مراسم افتتاح مدرسه شهید بهشتی گفت: آموزش مهم است."
        let r = Fixture.extract(text)
        #expect(!Fixture.metNames(r).contains(["علی احمدی", "محمد رضایی"]), "\(Fixture.metNames(r))")
    }

    @Test("the lead's «نخست وزیر انگلیس … گفت» gives its office to the name the next sentence gives")
    func primeMinisterLeadSpeaks() {
        let text = "خبرگزاری فارس: نخست وزیر انگلیس با پیش بینی دشواری سال آینده گفت تهدیدات جدیدی مطرح شده است.\n\nبه گزارش خبرگزاری فرانسه از لندن، تونی بلر دیروز در پیام سال نو خود گفت: تصمیمات بزرگی در پیش است."
        let r = Fixture.extract(text)
        #expect(Fixture.roles(r, "تونی بلر") == ["نخست وزیر انگلیس"], "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
    }

    @Test("round 30: a bare future of the speaker's subordinate clause does not keep «X نیز … عنوان کرد» from the ceremony")
    func futureInSubordinateClause() {
        let r = Fixture.extract("مراسم آغاز آموزش قرآن با حضور محمدمهدی راشدی نوری امام جمعه چالوس برگزار شد. محمدمهدی راشدی نوری در این مراسم گفت: قرآن کتاب هدایت است. مدیر آموزش و پرورش شهرستان چالوس نیز با اشاره به اینکه دو مدرسه ابتدایی به عنوان مدارس قرآنی فعالیت خواهند کرد، اجرای این طرح را از برنامه‌های آموزش و پرورش عنوان کرد. محمدصادق فرزیب ادامه داد: مدارس قرآنی خوب است.")
        #expect(Fixture.metNames(r) == [["محمدمهدی راشدی نوری", "محمدصادق فرزیب"]])
    }

    @Test("round 30: a speaker whose own sentence tells of a meeting joins no earlier one («شیراک نیز در دیدار با کوفی عنان …»)")
    func ownMeetingWithFuture() {
        let r = Fixture.extract("لی جیائوشینگ وزیر امور خارجه چین در دیدار با عمر البشیر رئیس جمهوری سودان خواستار نرمش بیشتر شد. ژاک شیراک رئیس جمهور فرانسه نیز در دیدار با کوفی عنان خاطرنشان کرد که در سخنرانی خود ضرورت استقرار نیروها را مورد تأکید قرار خواهد داد.")
        #expect(!Fixture.metNames(r).contains(["لی جیائوشینگ", "ژاک شیراک"]))
    }

    @Test("round 31: a plan only in the clause the speaker reports («… خاطرنشان کرد که … قرار خواهد داد») leaves the meeting before the verb")
    func planInReportedClause() {
        let r = Fixture.extract("ژاک شیراک رئیس جمهور فرانسه در دیدار با کوفی عنان خاطرنشان کرد که در سخنرانی خود ضرورت استقرار نیروها را مورد تأکید قرار خواهد داد.")
        #expect(Fixture.metNames(r) == [["ژاک شیراک", "کوفی عنان"]])
        // A plan before the speech verb still cancels the meeting.
        let planned = Fixture.extract("ژاک شیراک رئیس جمهور فرانسه قرار است در دیدار با کوفی عنان درباره دارفور گفت‌وگو کند و گفت، نیروها باید مستقر شوند.")
        #expect(Fixture.metNames(planned).isEmpty)
    }

    @Test("round 31: «X که در این دیدار شرکت داشت گفت، … برگزار خواهد شد» joins the meeting told before")
    func presenceBeforeReportedPlan() {
        let r = Fixture.extract("محمود عباس و اسماعیل هنیه دیشب در غزه با یکدیگر دیدار کردند. همچنین علی احمدی عضو کمیته اجرایی سازمان آزادیبخش فلسطین که در این دیدار شرکت داشت گفت، دیدار امروز با حضور محمود عباس برگزار خواهد شد.")
        #expect(Fixture.metNames(r).contains(["علی احمدی", "محمود عباس"]))
        #expect(Fixture.metNames(r).contains(["اسماعیل هنیه", "علی احمدی"]))
    }
}
