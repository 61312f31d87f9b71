import Testing
@testable import Extractors

/// Listed bodies the corpora write longer than their entry (named-institutions.txt, `scripts/mine-institutions.py
/// --continued`): the longer body is read whole, not cut at the shorter entry, and a listed body's branch word (`branch=`)
/// and a place name its branch (issue 16 item 3, eighth round).
@Suite("Listed bodies written longer")
struct InstitutionLongerNameTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a sector of the Basij and a company of a group are bodies of their own")
    func longerListedBodies() {
        #expect(institutions("مدیرعامل ایران خودرو دیزل از افزایش تولید کامیون خبر داد.") == ["ایران خودرو دیزل"])
        #expect(institutions("اعضای بسیج دانشجویی در این اردو شرکت کردند.") == ["بسیج دانشجویی"])
        let r = Fixture.extract("سردار محمد رضایی رئیس سازمان بسیج مستضعفین گفت: اردوهای جهادی ادامه دارد.")
        #expect(r.institutions.map(\.name) == ["سازمان بسیج مستضعفین"])
        #expect(r.people.first?.roles.map(\.text) == ["رئیس سازمان بسیج مستضعفین"])
    }

    @Test("a short entry the text goes on with the body's longer name is read whole: «شورای حکام آژانس», «ارتش جمهوری اسلامی»")
    func shortEntryWrittenLonger() {
        #expect(institutions("ایران پیش نویس گزارش را برای نشست آتی شورای حکام آژانس در ماه ژوئن آماده می‌کند.") == ["شورای حکام آژانس"])
        #expect(institutions("در این مراسم فرماندهان ارتش جمهوری اسلامی، نیروی انتظامی و بسیج حضور داشتند.")
                == ["ارتش جمهوری اسلامی", "نیروی انتظامی", "بسیج"])
        // One body with the short entry and the written-out name: the key stays the short entry's.
        let r = Fixture.extract("اعضای شورای حکام آژانس بین‌المللی انرژی اتمی نگرانی خود را اعلام کردند. نشست شورای حکام در وین برگزار شد.")
        #expect(r.institutions.map(\.name) == ["شورای حکام آژانس بین‌المللی انرژی اتمی"])
        #expect(institutions("فرمانده ارتش جمهوری اسلامی ایران گفت: رزمایش برگزار شد.") == ["ارتش جمهوری اسلامی ایران"])
    }

    @Test("the relief committee written bare is a body; its longer forms are still read whole")
    func reliefCommitteeBare() {
        #expect(institutions("روستاهایی هست که ۹۰ درصدشان تحت پوشش کمیته امداد هستند.") == ["کمیته امداد"])
        let r = Fixture.extract("مدیرکل کمیته امداد امام (ره) استان مازندران گفت: خیران در شش ماه کمک کردند.")
        #expect(r.institutions.map(\.name) == ["کمیته امداد امام (ره) استان مازندران"])
    }

    @Test("the short entry still names the body when nothing of a longer name follows it")
    func shortEntryAlone() {
        #expect(Set(institutions("نیروهای بسیج در این مراسم حضور داشتند و سایپا نیز خودروها را تحویل داد.")) == ["بسیج", "سایپا"])
    }

    @Test("a branch word of the entry (`branch=`) and a place name the body's branch there")
    func branchOfABody() {
        let r = Fixture.extract("رئیس دانشگاه آزاد اسلامی واحد بروجرد گفت: کلاس ها از شنبه برگزار می شود.")
        #expect(r.institutions.map(\.name) == ["دانشگاه آزاد اسلامی واحد بروجرد"])
        #expect(r.institutions.first?.key == Fixture.extract("دانشگاه آزاد اسلامی بروجرد کلاس ها را تعطیل کرد.").institutions.first?.key)
        #expect(institutions("فرمانده سپاه ناحیه گچساران گفت: رزمایش برگزار شد.") == ["سپاه ناحیه گچساران"])
        // Without a place after it the branch word is left out («واحد» is also a unit of any body).
        #expect(institutions("دانشگاه آزاد اسلامی واحد های جدیدی تاسیس کرد.") == ["دانشگاه آزاد اسلامی"])
    }
}
