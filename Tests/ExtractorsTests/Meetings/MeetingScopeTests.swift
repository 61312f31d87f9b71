import Testing
@testable import Extractors

/// Who a meeting takes in: a meeting the subject only refers to, a roundup of separately quoted speakers, and a
/// meeting's participants named in the relative clause of «در این جلسه که با حضور …».
@Suite("Meeting scope")
struct MeetingScopeTests {
    @Test("«X با اشاره به اظهارات مطرح شده در همایش …» refers to the conference: X is not at it")
    func referredConference() {
        let r = Fixture.extract("مجید رحمانی نماینده مردم یزد در مجلس شورای اسلامی، با اشاره به سخنان مطرح شده در همایش اخیر حسن کریمی با علی نوری، گفت: این سخنان درست نیست.")
        #expect(r.people.contains { $0.name == "مجید رحمانی" })
        #expect(!Fixture.metNames(r).contains { $0.contains("مجید رحمانی") })
        // A comma closes the complement of «با اشاره به»: the «در نشست با …» after it places the subject in it.
        let closed = Fixture.extract("مجید رحمانی استاندار یزد با اشاره به کم‌آبی استان، در نشست با علی نوری فرماندار میبد گفت: کار ادامه دارد.")
        #expect(Fixture.metNames(closed) == [["مجید رحمانی", "علی نوری"]])
    }

    @Test("a roundup of MPs quoted under crossheads «کریمی: …» is no meeting of theirs")
    func speakerCrossheads() {
        let text = """
        همایش سراسری حزب
        همایش سراسری حزب با حضور علی نوری و مهدی رحیمی در تهران برگزار شد.
        کریمی: این همایش فایده‌ای نداشت
        حسن کریمی نماینده مردم یزد در مجلس شورای اسلامی نیز گفت: همایش فایده‌ای نداشت.
        صادقی: حزب راه را گم کرده است
        رضا صادقی نماینده مردم کرمان در مجلس شورای اسلامی نیز گفت: حزب راه را گم کرده است.
        """
        let r = Fixture.extract(text)
        #expect(Fixture.metNames(r) == [["علی نوری", "مهدی رحیمی"]])
        // The name and its colon alone on a line, a long quote on the next: the same crosshead.
        let split = Fixture.extract("همایش سراسری حزب با حضور علی نوری و مهدی رحیمی در تهران برگزار شد.\n\nکریمی:\nاعضای این حزب هنوز نمی‌دانند که مردم از آنان چه می‌خواهند و چرا به آنان رأی نمی‌دهند/ راه حزب روشن نیست\n\nحسن کریمی نماینده مردم یزد در مجلس شورای اسلامی نیز گفت: همایش فایده‌ای نداشت.")
        #expect(Fixture.metNames(split) == [["علی نوری", "مهدی رحیمی"]])
        // A line that reports speech («وی افزود: …») is a quotation of the same item, not a crosshead.
        let quote = Fixture.extract("همایش سراسری حزب با حضور علی نوری در تهران برگزار شد.\nوی افزود: کار ادامه دارد\nحسن کریمی استاندار یزد نیز در این همایش گفت: همایش مفید بود.")
        #expect(Fixture.metNames(quote) == [["علی نوری", "حسن کریمی"]])
    }

    @Test("«در این دیدار که با حضور X برگزار شد» adds X to the meeting it refers back to")
    func relativePresence() {
        let r = Fixture.extract("حسن کریمی استاندار یزد روز گذشته با علی نوری فرماندار میبد دیدار و گفت‌وگو کرد.\nدر این دیدار که با حضور مهدی رحیمی رئیس سازمان بهزیستی برگزار شد، طرح آبرسانی بررسی شد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"], ["علی نوری", "مهدی رحیمی"]])
        #expect(r.meetings.count == 1)
        // Without a meeting before it, the session of the relative clause is a meeting of its own.
        let alone = Fixture.extract("در این جلسه که با حضور مهدی رحیمی رئیس سازمان بهزیستی و علی نوری فرماندار میبد برگزار شد، طرح آبرسانی بررسی شد.")
        #expect(Fixture.metNames(alone) == [["مهدی رحیمی", "علی نوری"]])
    }

    @Test("«X در جلسه شورای … (که) با حضور Y … گفت»: the «با حضور» list attended the session of the noun before it")
    func presenceAfterSessionNoun() {
        // A body longer than the words a noun's object skips: the list was read as a meeting of its own.
        let r = Fixture.extract("حسن کریمی امروز در جلسه شورای حفظ حقوق بیت‌المال استان یزد با حضور وزیر جهاد کشاورزی گفت: اراضی ملی باید حفظ شود.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "وزیر جهاد کشاورزی"]])
        #expect(r.meetings.count == 1)
        let relative = Fixture.extract("حجت‌الاسلام علی نوری شب گذشته در جلسه شورای اداری این شهرستان که با حضور مهدی رحیمی رئیس سازمان بهزیستی برگزار شد اظهار کرد: کار ادامه دارد.")
        #expect(Fixture.metNames(relative) == [["علی نوری", "مهدی رحیمی"]])
        #expect(relative.meetings.count == 1)
        // A clause closed by an auxiliary and a comma stands between: the list is another event's.
        let apart = Fixture.extract("حسن کریمی در جلسه شورای اداری استان شرکت کرده بود، و نمایشگاه کتاب با حضور مهدی رحیمی رئیس سازمان بهزیستی و علی نوری فرماندار میبد افتتاح شد.")
        #expect(!Fixture.metNames(apart).contains { $0.contains("حسن کریمی") })
    }

    @Test("«در دیدار X رئیس … در شورای این شهر با Y» reaches the «با» party past a complement the role left off")
    func withPastComplement() {
        let r = Fixture.extract("در دیدار حسن کریمی رئیس کمیسیون عمران در شورای این شهر با علی نوری فرماندار میبد بر همکاری تأکید شد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"]])
        // A verb between them closes the first party's phrase: the «با» after it is another clause's.
        let verb = Fixture.extract("در دیدار حسن کریمی رئیس کمیسیون عمران، وی گفت که با علی نوری فرماندار میبد کار می‌کند.")
        #expect(Fixture.metNames(verb).isEmpty)
    }

    @Test("an imminent meeting «دیدار قریب‌الوقوع X با Y» has not taken place")
    func imminent() {
        let r = Fixture.extract("دیدار قریب‌الوقوع حسن کریمی استاندار یزد با علی نوری فرماندار میبد خبرساز شد.")
        #expect(r.met.isEmpty)
    }
}
