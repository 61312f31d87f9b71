import Testing
@testable import Extractors

/// Round 25: an office that opens a report of speech, its body in open words, set off from its verb by a comma
/// («رئیس دپارتمان داوری، گفت: …»), is read whole and given to the name the next sentence introduces.
@Suite("An office set off from its verb by a comma")
struct SpeakerOfficeCommaTests {
    @Test("the office before «، گفت» goes to the name of the next sentence")
    func officeBeforeCommaAndVerb() {
        let r = Fixture.extract("رئیس دپارتمان داوری، گفت: سیستم واحد لازم است. داود رفعتی افزود: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "داود رفعتی")?.roles.map(\.text) == ["رئیس دپارتمان داوری"])
    }

    @Test("not when the words after the comma run on: a comma inside the subject is no end of it")
    func commaBeforeMoreWords() {
        let r = Fixture.extract("رئیس دپارتمان داوری، سیستم جدید را معرفی کرد. داود رفعتی افزود: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "داود رفعتی")?.roles.isEmpty ?? true)
    }
}

/// Round 25: a report opener that no comma closes before the speaker's name («به گزارش خبرگزاری فارس از قزوین سید
/// مسعود نبوی‌فر، ظهر امروز …») ends where the name begins, so the lead's office goes to that speaker.
@Suite("A report opener closed by the speaker's name")
struct OpenerClosedByNameTests {
    @Test("the name right after the opener's place or cited source is the subject the lead's office goes to")
    func nameAfterOpener() {
        let dateline = Fixture.extract("مدیر اداره آموزش شهرداری قزوین گفت: طرح در دستور کار است.\n\nبه گزارش خبرگزاری فارس از قزوین سید مسعود نبوی‌فر، ظهر امروز در جمع خبرنگاران اظهار کرد: کار ادامه دارد.")
        #expect(Fixture.person(dateline, named: "سید مسعود نبوی‌فر")?.roles.map(\.text) == ["مدیر اداره آموزش شهرداری قزوین"])
        let cited = Fixture.extract("مدیرعامل شرکت آب و فاضلاب استان زنجان گفت: تصفیه خانه افتتاح شد.\n\nبه گزارش خبرگزاری فارس از زنجان و به نقل از روابط عمومی شرکت آبفای استان زنجان علیرضا جزء‌قاسمی اظهار داشت: اعتبار اختصاص یافت.")
        #expect(Fixture.person(cited, named: "علیرضا جزء‌قاسمی")?.roles.map(\.text) == ["مدیرعامل شرکت آب و فاضلاب استان زنجان"])
    }

    @Test("a name after a word of the clause (a weekday, «در») is inside the clause: no office goes to it")
    func nameInsideClause() {
        let r = Fixture.extract("مدیرکل ورزش و جوانان کردستان گفت: از ورزش حمایت می‌کنیم.\n\nبه گزارش خبرگزاری فارس از سنندج مهران تیشه‌گران دوشنبه شب در مراسم تجلیل از قهرمانان تیم هندبال شهید شاهرخ شکوهی اظهار داشت: قهرمانان افتخار آفریدند.")
        #expect(Fixture.person(r, named: "شاهرخ شکوهی")?.roles.isEmpty ?? true)
    }
}

/// Round 25: an office after a name whose field words end in a complete body («رئيس بخش امور سياسي دفتر رياست جمهوري
/// آذربايجان») is read up to the body's end, and Hamshahri's plural ending written apart stays in the field.
@Suite("An apposition office closed by its parent body")
struct AppositionOfficeBodyTests {
    @Test("the field's words, the plural ending apart and the parent body make one office")
    func officeClosedByBody() {
        let r = Fixture.extract("علي حسن اف، رئيس بخش امور سياسي دفتر رياست جمهوري آذربايجان در تفسير اين مسائل مي گويد: اطلاعات درست نیست.")
        #expect(Fixture.person(r, named: "علي حسن اف")?.roles.map(\.text) == ["رئيس بخش امور سياسي دفتر رياست جمهوري آذربايجان"])
        let plural = Fixture.extract("جيم آدامز معاون بخش سياست هاي عملياتي بانك جهاني روز دوشنبه در پكن گفت: کمک‌ها کافی است.")
        #expect(Fixture.person(plural, named: "جيم آدامز")?.roles.map(\.text) == ["معاون بخش سياست هاي عملياتي بانك جهاني"])
    }

    @Test("a body after which the apposition does not end is read as before: the office ends at «در»")
    func bodyNotClosingApposition() {
        let r = Fixture.extract("فوميو ياواتا، وزير مختار سفارت ژاپن در تهران و نمايندگان سازمان ميراث فرهنگي در اين مراسم حضور داشتند.")
        #expect(Fixture.person(r, named: "فوميو ياواتا")?.roles.map(\.text) == ["وزير مختار سفارت ژاپن"])
    }
}
