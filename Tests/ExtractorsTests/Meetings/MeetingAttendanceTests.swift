import Testing
@testable import Extractors

/// Attendance lists (`meeting.frame.attend`: «… حضور داشتند» read from the verb back, joining the meeting just
/// reported) and back-references to events the noun frames do not name (`meeting.frame.noun.event`: «در این
/// کارگاه», «در این سمینار», only as a back-reference).
@Suite("Attendance lists and event back-references")
struct MeetingAttendanceTests {
    @Test("«در این نشست که X و Y حضور داشتند» joins the meeting of the sentence before")
    func relativeClauseList() {
        let r = Fixture.extract("حسن کریمی استاندار یزد امروز در نشست شورای اداری استان گفت: کار ادامه دارد.\nدر این نشست که علی نوری فرماندار میبد و مهدی رحیمی رئیس سازمان بهزیستی حضور داشتند، طرح تازه بررسی شد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"], ["علی نوری", "مهدی رحیمی"]])
    }

    @Test("a long list after «مسئولان دیگری همچون», with roles the grammar reads only in part, joins the opening")
    func longListAfterOpening() {
        let r = Fixture.extract("نمایشگاه کتاب با حضور حسن کریمی استاندار یزد آغاز شد.\nعلاوه بر استاندار مسئولان دیگری همچون علی نوری فرماندار میبد، حجت‌الاسلام رضا صادقی نماینده ولی فقیه در این سازمان، آیت‌الله محمد حسینی رئیس بنیاد بین المللی غدیر و همچنین مهدی رحیمی رئیس سازمان بهزیستی حضور داشتند.")
        let met = Fixture.metNames(r)
        for name in ["علی نوری", "رضا صادقی", "محمد حسینی", "مهدی رحیمی"] {
            #expect(met.contains(Set([name, "حسن کریمی"])), "\(name) attended the opening")
        }
        #expect(met.count == 10)
    }

    @Test("a list of «surname office» items keeps each item apart (ham-821009-115)")
    func surnameOfficeItems() {
        let r = Fixture.extract("رهبر معظم انقلاب در جلسه‌ای با حضور جمعی از مسئولان در بم خاطرنشان کردند: باید تلاش کرد.\nدر این جلسه آقایان، عارف معاون اول رئیس جمهور، موسوی لاری وزیر کشور، سرلشگر رحیم صفوی فرمانده کل سپاه پاسداران، بشارتی رئیس دفتر امور مناطق محروم و کریمی استاندار کرمان حضور داشتند.")
        // A given name before an office, between two such items, is the holder's surname («عارف»).
        #expect(Fixture.person(r, named: "عارف")?.roles.map(\.text) == ["معاون اول رئیس جمهور"])
        // The spelling «سرلشگر» is the rank, and a body's name stops before the next item's «کریمی استاندار …».
        #expect(Fixture.person(r, named: "بشارتی")?.roles.map(\.text) == ["رئیس دفتر امور مناطق محروم"])
        #expect(Fixture.person(r, named: "کریمی")?.roles.map(\.text) == ["استاندار کرمان"])
        let met = Fixture.metNames(r)
        for name in ["موسوی لاری", "رحیم صفوی", "بشارتی", "کریمی"] { #expect(met.contains(Set(["عارف", name])), "\(name)") }
    }

    @Test("the present «حضور دارند» joins only a meeting reported as held just before")
    func presentTenseOnlyAfterHeldMeeting() {
        let live = Fixture.extract("مسابقات قرآن با حضور حسن کریمی استاندار یزد آغاز شد.\nمسئولان دیگری همچون علی نوری فرماندار میبد و مهدی رحیمی رئیس سازمان بهزیستی حضور دارند.")
        #expect(Fixture.metNames(live).contains(["حسن کریمی", "علی نوری"]))
        #expect(Fixture.metNames(live).contains(["علی نوری", "مهدی رحیمی"]))
        // An announced ceremony: its own sentence is a plan, so the list has nothing to join.
        let announced = Fixture.extract("مراسم رونمایی کتاب با حضور حسن کریمی استاندار یزد فردا برگزار می‌شود.\nدر این مراسم علی نوری فرماندار میبد و مهدی رحیمی رئیس سازمان بهزیستی حضور دارند.")
        #expect(Fixture.metNames(announced).isEmpty)
    }

    @Test("an attendance verb with no meeting before it starts none: a team, a festival, a crowd")
    func noMeetingOfItsOwn() {
        let r = Fixture.extract("تیم ملی فوتبال دیروز به تهران بازگشت.\nدر این تیم علی کریمی و مهدی مهدوی‌کیا حضور داشتند.")
        #expect(r.meetings.isEmpty)
        #expect(Fixture.metNames(r).isEmpty)
    }

    @Test("a list cut off by a clause before the verb is not the verb's")
    func listMustRunToVerb() {
        let r = Fixture.extract("حسن کریمی استاندار یزد امروز در نشست شورای اداری استان گفت: کار ادامه دارد.\nعلی نوری فرماندار میبد که با خبرنگاران گفت‌وگو کرد در جلسه دیگری حضور داشت.")
        #expect(!Fixture.metNames(r).contains(["حسن کریمی", "علی نوری"]))
    }

    @Test("a first item joined by «و» to a plain word is that word's fellow, not an attendee: «مراسم معنوی و حسینی، X، Y»")
    func adjectiveBeforeList() {
        let r = Fixture.extract("مراسم عزاداری با حضور حسن کریمی استاندار یزد برگزار شد.\nدر این مراسم معنوی و حسینی، علی نوری فرماندار میبد، رضا صادقی رئیس سازمان بهزیستی و مهدی رحیمی حضور داشتند.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["حسن کریمی", "مهدی رحیمی"]))
        #expect(!met.contains { $0.contains("حسینی") })
    }

    @Test("«در این کارگاه نخست X … سپس Y … گفت»: speakers in sequence at a workshop")
    func workshopSpeakers() {
        let r = Fixture.extract("کارگاه آموزشی مدیریت پسماند با حضور جمعی از مسئولان برگزار شد.\nدر این کارگاه نخست علی نوری معاون سازمان حفاظت محیط زیست بر ضرورت همکاری تاکید کرد. سپس مهدی رحیمی مدیر ملی این پروژه گفت: طرح اجرا می‌شود.")
        #expect(Fixture.metNames(r) == [["علی نوری", "مهدی رحیمی"]])
    }

    @Test("«کارگاه», «کنفرانس» without a back-reference make no meeting")
    func eventNounsOnlyAsBackReference() {
        let r = Fixture.extract("علی نوری فرماندار میبد در کنفرانس امنیتی مونیخ با مهدی رحیمی گفت: کار ادامه دارد.")
        #expect(!r.meetings.contains { $0.rule == "meeting.frame.noun.event" })
        let seminar = Fixture.extract("سمینار آب دیروز در یزد برگزار شد.\nعلی نوری فرماندار میبد در این سمینار گفت: کار ادامه دارد.\nمهدی رحیمی رئیس سازمان آب نیز در این سمینار گفت: طرح اجرا می‌شود.")
        #expect(Fixture.metNames(seminar) == [["علی نوری", "مهدی رحیمی"]])
    }

    @Test("«X نیز در این دیدار شرکت داشت» joins the meeting just reported, like «حضور داشت»")
    func participationVerbJoins() {
        let r = Fixture.extract("حسن کریمی استاندار یزد دیروز با علی نوری فرماندار میبد دیدار کرد.\nمهدی رحیمی رئیس سازمان بهزیستی نیز در این دیدار شرکت داشت.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["حسن کریمی", "مهدی رحیمی"]))
        #expect(met.contains(["علی نوری", "مهدی رحیمی"]))
    }

    @Test("the gapped perfect «X، Y و Z حضور داشته و …» lists attendees like «حضور داشتند»; a career with no meeting before joins nothing")
    func gappedPerfectParticiple() {
        let r = Fixture.extract("شب شعر عاشورایی دیروز در تهران برگزار شد.\nدر این مراسم که به همت گروه ادب خبرگزاری ایسنا برپا شد، حسن کریمی، علی نوری و مهدی رحیمی و جمعی از شاعران حضور داشته و به شعرخوانی پرداختند.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"], ["علی نوری", "مهدی رحیمی"]])
        let career = Fixture.extract("تیم فوتبال سپاهان دیروز به اصفهان بازگشت.\nمهدی رحیمی و علی نوری در شش بازی این فصل حضور داشته و تنها ۴۵ دقیقه بازی کرده‌اند.")
        #expect(Fixture.metNames(career).isEmpty)
    }

    @Test("«در مراسم …، X، Y و Z شرکت کردند»: an opening that names the event starts a meeting of the list")
    func eventOpeningStartsMeeting() {
        let r = Fixture.extract("مراسم تشییع پیکر استاد دانشگاه دیروز در یزد انجام شد.\nدر مراسم خاکسپاری این استاد فقید، حسن کریمی استاندار یزد، علی نوری فرماندار میبد و مهدی رحیمی رئیس سازمان بهزیستی شرکت کردند.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"], ["علی نوری", "مهدی رحیمی"]])
    }

    @Test("no event opening, no meeting: a list before «شرکت کردند» alone, a contest, an announced ceremony")
    func participationWithoutEvent() {
        let bare = Fixture.extract("تیم ملی کشتی دیروز به تهران بازگشت.\nحسن کریمی و علی نوری در مسابقات جهانی شرکت کردند.")
        #expect(Fixture.metNames(bare).isEmpty)
        let contest = Fixture.extract("در مسابقات جهانی کشتی، حسن کریمی و علی نوری شرکت کردند.")
        #expect(Fixture.metNames(contest).isEmpty)
        let future = Fixture.extract("در مراسم افتتاح بیمارستان، حسن کریمی استاندار یزد و علی نوری فرماندار میبد شرکت خواهند کرد.")
        #expect(Fixture.metNames(future).isEmpty)
    }

    @Test("a name the lexicons do not know between two commas does not end a «با حضور» list")
    func listGoesOnPastUnreadName() {
        let r = Fixture.extract("همایش سینما و ادبیات دیروز با حضور حسن کریمی، پرویز دستور آرا، علی نوری و مهدی رحیمی در تهران برگزار شد.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["حسن کریمی", "علی نوری"]))
        #expect(met.contains(["حسن کریمی", "مهدی رحیمی"]))
        #expect(met.count == 3)
        // A clause after the list («…، در تهران برگزار شد، X گفت») is no item of it.
        let clause = Fixture.extract("همایش سینما با حضور حسن کریمی، در تهران برگزار شد، علی نوری گفت: کار ادامه دارد.")
        #expect(!Fixture.metNames(clause).contains(["حسن کریمی", "علی نوری"]))
    }
    @Test("an unread office or group coordinated by «و» between two commas does not end a «با حضور» list")
    func unreadCoordinatedItem() {
        let office = Fixture.extract("در جلسه‌ای که با حضور آقای دکتر حسن کریمی، معاونت محیط طبیعی و تنوع زیستی، آقای مهندس علی نوری، مدیر پروژه در دبیرخانه تشکیل شد، برنامه تکثیر یوز بررسی شد.")
        #expect(Fixture.metNames(office).contains(["حسن کریمی", "علی نوری"]))
        let group = Fixture.extract("نشست مشترکی با حضور دکتر حسن کریمی شهردار یزد، معاون و مدیران حوزه حمل و نقل و ترافیک، مهندس علی نوری مدیرعامل سازمان حمل و نقل و ترافیک برگزار شد.")
        #expect(Fixture.metNames(group).contains(["حسن کریمی", "علی نوری"]))
        // A clause with a verb between the commas is no item: «…، در تهران برگزار و افتتاح شد، X گفت».
        let clause = Fixture.extract("همایش سینما با حضور حسن کریمی، در تهران برگزار و افتتاح شد، علی نوری گفت: کار ادامه دارد.")
        #expect(!Fixture.metNames(clause).contains(["حسن کریمی", "علی نوری"]))
    }

    @Test("the side a run of attendees came for («به نمایندگی از تیم …», «از …») ends no attendance list")
    func affiliationTailInAttendanceList() {
        let r = Fixture.extract("نشست هماهنگی دو تیم دیروز برگزار شد. در این نشست که علی نوری و مهدی رحیمی به نمایندگی از تیم پرسپولیس و حسن کریمی به نمایندگی از استقلال حضور داشتند، موارد بررسی شد.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["علی نوری", "حسن کریمی"]))
        #expect(met.contains(["مهدی رحیمی", "حسن کریمی"]))
        // A partitive «از» still closes the list as the group it names.
        let group = Fixture.extract("نشست دیروز برگزار شد. در این نشست که علی نوری و برخی دیگر از مسئولان حضور داشتند، موارد بررسی شد.")
        #expect(Fixture.person(group, named: "علی نوری") != nil)
    }
}
