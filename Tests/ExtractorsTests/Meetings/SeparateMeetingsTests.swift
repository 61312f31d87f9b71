import Testing
@testable import Extractors

/// Meetings held apart (SeparateMeetings) and meeting words in another sense or tense (non-meeting-cues.txt).
@Suite("Separate meetings and non-meeting senses")
struct SeparateMeetingsTests {
    @Test("«X به طور جداگانه با A، B و C دیدار کرد» is a star: X meets each, the guests do not meet")
    func separatelyIsStar() {
        let r = Fixture.extract("حسن کریمی وزیر کشور روز گذشته در مشهد به طور جداگانه با رضا صادقی، علی نوری و مهدی رحیمی دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"], ["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"]])
        #expect(r.meetings.count == 3)
        #expect(r.meetings.allSatisfy { $0.rule == RuleID.meetingSplitSeparately.rawValue })
    }

    @Test("a later «در این دیدارها … به طور جداگانه» makes the earlier joint-looking list a star")
    func separatelyReferredBack() {
        let r = Fixture.extract("حسن کریمی رئیس جمهور صبح امروز با سفر به قم با علی نوری، رضا صادقی و مهدی رحیمی دیدار کرد.\nدر این دیدارها علما به طور جداگانه برای موفقیت دولت دعا کردند.")
        let pairs = Fixture.metNames(r)
        #expect(pairs.contains(["حسن کریمی", "علی نوری"]))
        #expect(pairs.contains(["حسن کریمی", "مهدی رحیمی"]))
        #expect(!pairs.contains(["علی نوری", "رضا صادقی"]))
        #expect(!pairs.contains(["رضا صادقی", "مهدی رحیمی"]))
    }

    @Test("without a cue of separateness the list met together (a clique)")
    func jointStaysClique() {
        let r = Fixture.extract("حسن کریمی وزیر کشور روز گذشته با رضا صادقی و علی نوری دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی نوری"]))
    }

    @Test("two meetings of one host in one article stay two: their guests do not meet")
    func twoMeetingsOfOneHost() {
        let r = Fixture.extract("حسن کریمی وزیر خارجه ترکیه روز گذشته با رضا صادقی دبیر شورای عالی امنیت ملی دیدار کرد.\nکریمی سپس دیداری نیز با علی نوری رئیس مجلس داشت و تهران را ترک کرد.")
        let pairs = Fixture.metNames(r)
        #expect(pairs.contains(["حسن کریمی", "رضا صادقی"]))
        #expect(pairs.contains(["حسن کریمی", "علی نوری"]))
        #expect(!pairs.contains(["رضا صادقی", "علی نوری"]))
    }

    @Test("a second description of the same meeting, naming no one new on both sides, joins it")
    func sameMeetingDescribedTwice() {
        let r = Fixture.extract("حسن کریمی استاندار کرمان در دیدار با رضا صادقی و علی نوری گفت: کار ادامه دارد.\nرضا صادقی در دیدار با حسن کریمی گفت: همکاری لازم است.")
        #expect(r.meetings.count == 1)
        #expect(Fixture.metNames(r).count == 3)
    }

    @Test("a meeting announced in the present tense («دیدار می‌کنند», «حضور دارند») is not held yet")
    func presentTenseIsPlan() {
        #expect(Fixture.extract("حسن کریمی و رضا صادقی اواخر ماه جاری در تهران دیدار می‌کنند.").met.isEmpty)
        #expect(Fixture.extract("مراسم بزرگداشت فردا برگزار خواهد شد.\nدر این مراسم حسن کریمی فرمانده سپاه و رضا صادقی امام جمعه حضور دارند.").met.isEmpty)
    }

    @Test("taking part by video conference is not presence: the others still meet, the remote one stays a person")
    func videoConference() {
        let r = Fixture.extract("طرح تازه پالایشگاه با حضور حسن کریمی رئیس جمهور بصورت ویدئو کنفرانس و رضا صادقی استاندار مرکزی و علی نوری فرماندار اراک آغاز شد.")
        #expect(Fixture.metNames(r) == [["رضا صادقی", "علی نوری"]])
        #expect(r.people.contains { $0.name == "حسن کریمی" })
        let unnamed = Fixture.extract("طرح تازه با حضور رئیس جمهور بصورت ویدئو کنفرانس و رضا صادقی استاندار مرکزی آغاز شد.")
        #expect(unnamed.met.isEmpty)
        // Not present, and known only by the office: no person of the record (annotation.md).
        #expect(!unnamed.people.contains { $0.name == "رئیس جمهور" })
    }

    @Test("a bout, a film's cast, a clip and a roster are no meetings")
    func otherSenses() {
        #expect(Fixture.extract("حسن کریمی امروز در دیدار با رضا صادقی از ازبکستان به مصاف او می‌رود.").met.isEmpty)
        #expect(Fixture.extract("فیلم تازه با حضور مریم کاظمی و رضا صادقی در تهران کلید خورد.").met.isEmpty)
        #expect(Fixture.extract("کلیپ تبلیغاتی با حضور حسن کریمی و رضا صادقی پخش شد.").met.isEmpty)
        #expect(Fixture.extract("حسن کریمی و علی نوری به همراه رضا صادقی به عنوان مربی اعضای تیم کشتی را تشکیل می‌دهند.").met.isEmpty)
    }
}
