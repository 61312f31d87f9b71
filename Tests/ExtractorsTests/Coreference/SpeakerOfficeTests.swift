import Testing
@testable import Extractors

/// An office that opens a report of speech, its body written in open words the lexicons do not know, read on to
/// where the subject ends (`role.speaker-office`), so the speaker chain gives it to the name the next sentence
/// introduces.
@Suite("Offices read on to the end of a speaking subject")
struct SpeakerOfficeTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("an office whose body no lexicon knows, before «از … خبر داد» or «گفت», is the name introduced next")
    func leadOfficeThenName() {
        let news = Fixture.extract("معاون بهره برداری مترو از راه اندازی 21 آسانسور در پنج ایستگاه مترو خبر داد. جعفر ربیعی با اشاره به نصب این آسانسورها تصریح کرد: کار تا پایان سال تمام می‌شود.")
        #expect(roleTexts(news, "جعفر ربیعی") == ["معاون بهره برداری مترو"])
        #expect(news.people.flatMap(\.roles).first { $0.text == "معاون بهره برداری مترو" }?.rule == RuleID.roleSpeakerOffice.rawValue)
        let said = Fixture.extract("مدیر بخش بین‌الملل نمایشگاه کتاب گفت: درهای سالن‌ها زود بسته شد. محمدرضا وصفی در گفت‌وگو با خبرنگار ما ادامه داد: این کار درست نبود.")
        #expect(roleTexts(said, "محمدرضا وصفی") == ["مدیر بخش بین‌الملل نمایشگاه کتاب"])
    }

    @Test("the subject ends at an adverb of time or a preposition, and «و» inside the body is read over")
    func subjectEnds() {
        let today = Fixture.extract("مسئول بنیاد احسان و نیکوکاری کمیته امداد سنندج امروز در جلسه شورای اداری گفت: جشن نیکوکاری برگزار می‌شود. علیرضا آرامش افزود: همه باید کمک کنند.")
        #expect(roleTexts(today, "علیرضا آرامش") == ["مسئول بنیاد احسان و نیکوکاری کمیته امداد سنندج"])
    }

    @Test("an object, a predicate or a plural verb after the words reads nothing")
    func notASubject() {
        // «را» marks the words an object: «… هزینه خرید آسانسورها را … عنوان کرد».
        let object = Fixture.extract("معاون بهره برداری هزینه خرید آسانسورها را یک میلیارد تومان عنوان کرد. جعفر ربیعی افزود: کار ادامه دارد.")
        #expect(!object.people.flatMap(\.roles).contains { $0.text.hasPrefix("معاون بهره برداری هزینه") })
        // A predicate noun before «شد» is no body: «… خواستار نابودی سلاح‌ها شد».
        let predicate = Fixture.extract("مدیر خواستار نابودی سلاح‌های کشتار جمعی شد. علی بهرامی افزود: این کار لازم است.")
        #expect(!predicate.people.flatMap(\.roles).contains { $0.text.hasPrefix("مدیر خواستار") })
        let plural = Fixture.extract("مدیران بخش بین‌الملل نمایشگاه کتاب گفتند: درها زود بسته شد.")
        #expect(plural.people.flatMap(\.roles).isEmpty)
    }

    @Test("an incomplete office right after a name reads on over a club or body no lexicon knows to the apposition's end")
    func appositionAfterName() {
        let coaches = Fixture.extract("او در این فصل ۳۹ برد و ۸۴ باخت را با شیکاگو تجربه کرد. اونسلد جونیور، مربی دنور ناگتس، آدریان گریفین مربی تورنتو و داروین هام مربی میلواکی گزینه‌های سرمربیگری شیکاگو هستند.")
        #expect(roleTexts(coaches, "اونسلد جونیور") == ["مربی دنور ناگتس"])
        #expect(roleTexts(coaches, "آدریان گریفین") == ["مربی تورنتو"])
        let says = Fixture.extract("تونی ویدمار، مربی آدلاید می‌گوید: او روز دوشنبه تمرین سبکی داشت.")
        #expect(roleTexts(says, "تونی ویدمار") == ["مربی آدلاید"])
    }

    @Test("after a name the words must end where an apposition ends: not a predicate, not past the limit")
    func appositionThatIsNot() {
        // «… مربی میلواکی هستند»: the words run on into the sentence's predicate.
        let predicate = Fixture.extract("داروین هام مربی میلواکی گزینه اصلی باشگاه شیکاگو برای این فصل است.")
        #expect(!predicate.people.flatMap(\.roles).contains { $0.text.hasPrefix("مربی میلواکی") })
        let verb = Fixture.extract("علی کریمی مدیر خوبی بود و کارش را بلد بود.")
        #expect(roleTexts(verb, "علی کریمی").isEmpty)
    }

    @Test("a comma no comma before the office matches ends it before the next person of a list, not inside the subject")
    func commaAfterOffice() {
        // The next item of a list of people: the office ends at the comma.
        let crew = Fixture.extract("در این نمایش نصیر ملکی طراح صحنه است و محمد قدس مدیر تولید، هادی عرب طراح مجسمه‌ها و ناصر کریمی آهنگساز کار هستند.")
        #expect(roleTexts(crew, "محمد قدس") == ["مدیر تولید"])
        // Open words after the comma run on to the report of speech: a list of the office's own fields, read whole
        // by the role reader or not at all, never cut at the comma.
        let fields = Fixture.extract("مهندس فرهاد انصاری مدیر امور زمین شناسی، مهندسی و زیست محیطی سازمان زمین شناسی در پاسخ به این سئوال چنین می‌گوید: چشمه‌ها پایش می‌شود.")
        #expect(!roleTexts(fields, "فرهاد انصاری").contains("مدیر امور زمین شناسی"))
    }
}
