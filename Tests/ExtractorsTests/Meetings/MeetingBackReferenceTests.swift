import Testing
@testable import Extractors

/// Who is at a meeting: a later sentence that points back to it and names someone at it («در مراسم افتتاح این
/// کتابخانه X گفت», a deictic after an occasion's trigger, `deictic=joins-after`; «در ادامه این مراسم X گفت», the
/// speaker after a back-reference that opens the sentence); the dead a ceremony commemorates (`Commemoration`);
/// guests met separately by a host the rules do not read as a person (`SeparateMeetings`).
@Suite("Back-references, commemorations and separate guests")
struct MeetingBackReferenceTests {
    private let opening = "کتابخانه مرکزی شهر یزد صبح دیروز با حضور حسین امیری استاندار یزد افتتاح شد."

    @Test("«X در مراسم افتتاح این کتابخانه گفت» joins the opening reported before")
    func occasionWithDeicticJoins() {
        let r = Fixture.extract(opening + "\nعلی کریمی شهردار یزد در مراسم افتتاح این کتابخانه گفت: کتاب‌خوانی باید گسترش یابد.")
        #expect(Fixture.metNames(r) == [["حسین امیری", "علی کریمی"]])
        #expect(r.meetings.count == 1)
    }

    @Test("«در مراسم افتتاحیه این کتابخانه X، شهردار … گفت»: the speaker after the back-reference joins")
    func speakerAfterOccasionPhrase() {
        let r = Fixture.extract(opening + "\nدر مراسم افتتاحیه این کتابخانه علی کریمی، شهردار یزد گفت: کتاب‌خوانی باید گسترش یابد.")
        #expect(Fixture.metNames(r) == [["حسین امیری", "علی کریمی"]])
    }

    @Test("«در ادامه این مراسم X گفت»: a discourse marker before the back-reference does not hide the speaker")
    func speakerAfterSequenceAndDeictic() {
        let r = Fixture.extract(opening + "\nدر ادامه این مراسم مهدی رحیمی مدیرکل کتابخانه‌های استان یزد گفت: این کتابخانه ده هزار جلد کتاب دارد.")
        #expect(Fixture.metNames(r) == [["حسین امیری", "مهدی رحیمی"]])
    }

    @Test("an opening named without «این» is another event: it does not join the earlier one")
    func occasionWithoutDeicticStaysApart() {
        let r = Fixture.extract(opening + "\nعلی کریمی شهردار یزد هفته گذشته در مراسم افتتاح نمایشگاه کتاب تهران گفت: کتاب‌خوانی باید گسترش یابد.")
        #expect(Fixture.metNames(r).isEmpty)
        #expect(r.meetings.allSatisfy { $0.rule != RuleID.meetingJoinThisMeeting.rawValue })
    }

    @Test("the back-reference followed by a group or a clause names no one: the meeting keeps its people")
    func noPersonAfterBackReference() {
        let group = Fixture.extract(opening + "\nدر ادامه این مراسم دانش‌آموزان سرود خواندند.")
        #expect(Fixture.metNames(group).isEmpty)
        let clause = Fixture.extract(opening + "\nدر مراسم افتتاح این کتابخانه گفته شد که علی کریمی شهردار یزد هم کمک کرده است.")
        #expect(Fixture.metNames(clause).isEmpty)
    }

    @Test("«مراسم یادبود X»: the one commemorated is not present; the speaker and the «با حضور» list are")
    func commemoratedIsNotPresent() {
        let speaker = Fixture.extract("مهدی رحیمی رئیس دانشگاه یزد در مراسم یادبود محمد جعفر پوینده گفت: آثار او ماندگار است.")
        #expect(Fixture.metNames(speaker).isEmpty)
        let listed = Fixture.extract("همایش گرامیداشت ابوالقاسم فردوسی با حضور علی کریمی شهردار توس و حسن رضایی استاندار خراسان رضوی برگزار شد.")
        #expect(Fixture.metNames(listed) == [["حسن رضایی", "علی کریمی"]])
    }

    @Test("«مراسم نکوداشت X» honours the living, who attend: no commemoration cue, the pair stays")
    func livingHonoureeStays() {
        let r = Fixture.extract("مهدی رحیمی رئیس دانشگاه یزد در مراسم نکوداشت علی نصیری گفت: آثار او ماندگار است.")
        #expect(Fixture.metNames(r) == [["علی نصیری", "مهدی رحیمی"]])
    }

    @Test("held «به طور جداگانه» by a host who is a group: the guests do not meet one another")
    func separatelyWithoutHostPerson() {
        let r = Fixture.extract("هیئت پارلمانی انگلیس دیروز به طور جداگانه با جلال طالبانی رئیس جمهور و ابراهیم جعفری نخست وزیر عراق دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(r).isEmpty)
        #expect(r.meetings.count == 2)
        // Without the cue the list met together.
        let joint = Fixture.extract("هیئت پارلمانی انگلیس دیروز با جلال طالبانی رئیس جمهور و ابراهیم جعفری نخست وزیر عراق دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(joint) == [["ابراهیم جعفری", "جلال طالبانی"]])
    }

    @Test("a named speaker after a back-reference does not join a meeting that holds an unnamed role-holder")
    func backReferenceKeepsOffUnnamedHolder() {
        let r = Fixture.extract("کتابخانه مرکزی شهر یزد صبح دیروز با حضور شهردار و مدیران شهرداری منطقه افتتاح شد.\nدر ادامه این مراسم، مهندس علی کریمی شهردار منطقه ۳ یزد گفت: کتابخانه هر روز باز است.")
        #expect(Fixture.metNames(r).isEmpty)
    }

    @Test("a named speaker whose office has another head than the unnamed holder's joins: he is someone else")
    func backReferenceOtherHeadJoins() {
        let r = Fixture.extract("کتابخانه مرکزی شهر یزد صبح دیروز با حضور شهردار و مدیران شهرداری منطقه افتتاح شد.\nدر ادامه این مراسم، مهندس علی کریمی معاون فنی شهرداری منطقه ۳ یزد گفت: کتابخانه هر روز باز است.")
        #expect(Fixture.metNames(r) == [["شهردار", "علی کریمی"]])
    }

    @Test("«در این مراسم که با حضور X برگزار شد، Y … گفت»: past the relative clause, the main clause's subject was there")
    func subjectAfterRelativeClause() {
        let r = Fixture.extract("جشنواره موسیقی فجر دوشنبه شب در تالار وحدت به کار خود پایان داد.\nدر این مراسم که با حضور محمد حسین صفار هرندی، وزیر فرهنگ و ارشاد اسلامی و محمدحسین ایمانی، معاون امور هنری ارشاد برگزار شد، کامبیز روشن روان، دبیر جشنواره به قرائت بیانیه جشنواره پرداخت و گفت: جشنواره به پایان رسید.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["کامبیز روشن روان", "محمد حسین صفار هرندی"]), "\(met)")
        #expect(met.contains(["کامبیز روشن روان", "محمدحسین ایمانی"]), "\(met)")
    }

    @Test("a sentence's subject written «TITLE NAME» inside quotes is read: the visitor welcomed at the airport")
    func quotedTitledSubject() {
        let r = Fixture.extract("گروه سياسي: «شيخ صالح بن حميد» رئيس مجلس شوراي عربستان سعودي روز گذشته وارد تهران شد و در فرودگاه مهرآباد مورد استقبال مهدي كروبي رئيس مجلس قرار گرفت.")
        #expect(Fixture.metNames(r) == [["صالح بن حميد", "مهدي كروبي"]], "\(Fixture.metNames(r))")
        // «وی» after a titled subject is that person, not the one named before.
        let vey = Fixture.extract("دكتر علی مرندي گفت: نوزاد باید نزد مادر بماند.\nدكتر «قدسيه علوي» نيز موارد كاربرد سزارين را محدود مي داند. وي مي گويد: زنان باید آگاه شوند.")
        #expect(Fixture.person(vey, named: "قدسيه علوي")?.mentions.contains { $0.text == "وي" } == true)
    }

    @Test("«در ادامه مراسم، X گفت»: the event under way, without «این», takes the next speaker")
    func continuationOfCeremony() {
        let r = Fixture.extract(opening + "\nدر ادامه مراسم، مهدی رحیمی مدیرکل کتابخانه‌های استان یزد گفت: این کتابخانه ده هزار جلد کتاب دارد.")
        #expect(Fixture.metNames(r) == [["حسین امیری", "مهدی رحیمی"]])
    }

    @Test("«در ادامه سفر خود … با Y دیدار کرد» is a further meeting of the trip: its guest does not meet the first")
    func continuationOfTripIsAnotherMeeting() {
        let r = Fixture.extract("حسن کریمی وزیر کشور صبح دیروز در یزد با حسین امیری استاندار یزد دیدار کرد.\nکریمی در ادامه سفر خود به میبد با علی نوری فرماندار میبد دیدار و گفت‌وگو کرد.")
        let pairs = Fixture.metNames(r)
        #expect(pairs.contains(["حسن کریمی", "حسین امیری"]))
        #expect(pairs.contains(["حسن کریمی", "علی نوری"]))
        #expect(!pairs.contains(["حسین امیری", "علی نوری"]))
    }

    @Test("round 31: a demonstrative after the noun points back («طی مراسم فوق که …، X و Y به سخنرانی پرداختند»), not «فوق العاده»")
    func demonstrativeAfterNoun() {
        let r = Fixture.extract("گردهمایی سالانه گروه‌های خودیاری برگزار شد. طی مراسم فوق که در فرهنگسرای بهمن اجرا شد، دکتر علی خطیبیان مدیر دفتر و دکتر رضا میرزمانی معاون سازمان به سخنرانی پرداختند.")
        #expect(Fixture.metNames(r) == [["رضا میرزمانی", "علی خطیبیان"]])
        // «فوق العاده» is an extraordinary session, no back-reference: its subject is no participant of the meeting before.
        let extra = Fixture.extract("علی احمدی و رضا کریمی دیروز دیدار کردند. در جلسه فوق العاده مجلس حسن رضایی گفت: بودجه کم است.")
        #expect(!Fixture.metNames(extra).contains(["حسن رضایی", "علی احمدی"]))
    }
}
