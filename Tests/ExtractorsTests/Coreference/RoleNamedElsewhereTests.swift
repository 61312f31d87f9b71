import Testing
@testable import Extractors

/// A participant the report calls by office in one place and by name in another is one person (issue 16, the
/// unnamed role-holder the article names): the office of an institution given by a demonstrative («رئیس این
/// سازمان»), a role-holder who «adds» to what a named speaker just said, a role-holder who speaks right after the
/// one sentence naming someone with no office, a meeting's party first named «نیز در این دیدار», and a role after a
/// comma behind a surname. Two people stay apart
/// whenever the text leaves a doubt (the named person then holds no such role; an unnamed holder who meets no one
/// is left out of the record).
@Suite("Coreference: an office-holder named elsewhere in the article")
struct RoleNamedElsewhereTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("«رئیس این سازمان» is the office of the last «سازمان …» named, and a later full form is the same holder")
    func demonstrativeComplement() {
        let text = "رئیس سازمان بهزیستی استان فارس از افزایش مستمری مددجویان خبر داد.\nبه گزارش روابط عمومی سازمان بهزیستی استان فارس، علی رضایی رئیس این سازمان در دیدار با حسن کریمی فرماندار شیراز گفت: مستمری‌ها ده درصد افزایش می‌یابد.\nرئیس سازمان بهزیستی استان فارس افزود: این کار از مهر آغاز می‌شود."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let rezaei = Fixture.person(r, named: "علی رضایی")
        #expect(rezaei?.roles.contains { $0.key == "رییس/سازمانبهزیستی@province:فارس" } == true, "\(rezaei?.roles.map(\.key) ?? [])")
        #expect(Fixture.metNames(r) == [["علی رضایی", "حسن کریمی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the demonstrative stands for the nearest institution of its head; with none before it the office is kept as written")
    func demonstrativeNearestOrNone() {
        let two = Fixture.extract("سازمان بهزیستی استان فارس و سازمان تبلیغات اسلامی استان فارس این برنامه را برگزار کردند.\nعلی رضایی رئیس این سازمان گفت: برنامه ادامه دارد.")
        let keys = Fixture.person(two, named: "علی رضایی")?.roles.map(\.key) ?? []
        #expect(keys.contains { $0.contains("تبلیغات") } && !keys.contains { $0.contains("بهزیستی") }, "\(keys)")
        // No antecedent written out: the office of the body the article is about, as written (role.event-body), resolved
        // to no institution (annotation.md writes «رییس این کمیته» as the role).
        let none = Fixture.extract("علی رضایی رئیس این سازمان گفت: برنامه ادامه دارد.")
        let roles = Fixture.person(none, named: "علی رضایی")?.roles ?? []
        #expect(roles.map(\.text) == ["رئیس این سازمان"] && roles.allSatisfy { $0.institution == nil && $0.rule == RuleID.roleEventBody.rawValue })
    }

    @Test("a role-holder who «adds» right after a named speaker with no office is that speaker")
    func continuedSpeaker() {
        let text = "حسین کریمی دیروز در گفت‌وگو با خبرنگار فارس از افتتاح مرکز توانبخشی خبر داد و اظهار داشت: ساخت این مرکز دو سال طول کشید.\nمدیرکل بهزیستی استان فارس افزود: این مرکز صد تخت دارد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let karimi = Fixture.person(r, named: "حسین کریمی")
        #expect(karimi?.roles.map(\.text) == ["مدیرکل بهزیستی استان فارس"])
        #expect(karimi?.mentions.contains { $0.rule == "coref.continued-speaker" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
        let also = Fixture.extract("حسین کریمی در این نشست اظهار داشت: ساخت این مرکز دو سال طول کشید.\nمدیرکل بهزیستی استان فارس همچنین از افزایش مستمری‌ها خبر داد.")
        #expect(Fixture.person(also, named: "حسین کریمی")?.roles.map(\.text) == ["مدیرکل بهزیستی استان فارس"])
    }

    @Test("«نیز», a named speaker who holds an office, or a second named speaker keep the role-holder apart")
    func continuedSpeakerApart() {
        let also = Fixture.extract("حسین کریمی در این نشست اظهار داشت: ساخت این مرکز دو سال طول کشید.\nمدیرکل بهزیستی استان فارس نیز افزود: این مرکز صد تخت دارد.")
        #expect(Fixture.person(also, named: "حسین کریمی")?.roles.isEmpty == true)
        let office = Fixture.extract("حسین کریمی فرماندار شیراز در این نشست اظهار داشت: ساخت این مرکز دو سال طول کشید.\nمدیرکل بهزیستی استان فارس افزود: این مرکز صد تخت دارد.")
        #expect(Fixture.person(office, named: "حسین کریمی")?.roles.map(\.text) == ["فرماندار شیراز"])
    }

    @Test("an office opening an interview right after a lead that quotes a named speaker is that speaker; not after the lead")
    func interviewAfterLead() {
        let text = "کاهش تعرفه‌ها ضروری است\n\nخبرگزاری فارس- عزیزالله گودرزی گفت: کاهش تعرفه‌ها در درازمدت ضروری است.\n\nرییس گروه خودروی وزارت صنایع و معادن در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس اظهار کرد: این کاهش به کامیون‌سازان آسیبی نمی‌زند."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let goudarzi = Fixture.person(r, named: "عزیزالله گودرزی")
        #expect(goudarzi?.roles.map(\.text) == ["رییس گروه خودروی وزارت صنایع و معادن"])
        #expect(goudarzi?.mentions.contains { $0.rule == "coref.continued-speaker" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
        // Further down the article, a second interview is someone else's: the named speaker keeps no office.
        let later = Fixture.extract("کاهش تعرفه‌ها ضروری است\n\nخبرگزاری فارس: واردات کامیون امسال کاهش یافت.\n\nعزیزالله گودرزی گفت: کاهش تعرفه‌ها در درازمدت ضروری است.\n\nرییس گروه خودروی وزارت صنایع و معادن در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس اظهار کرد: این کاهش به کامیون‌سازان آسیبی نمی‌زند.")
        #expect(Fixture.person(later, named: "عزیزالله گودرزی")?.roles.isEmpty == true)
    }

    @Test("an office speaking with any verb of speech right after a named speaker given no office is that speaker")
    func speaksOnAsOffice() {
        let text = "علی کریمی در گفت‌وگو با ایسنا گفت: این آکادمی گام مثبتی برای فوتبال است.\nسرمربی تیم ملی فوتبال ایران درباره زمان ثمردهی این آکادمی تصریح کرد: فوتبال ورزشی سخت است."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let karimi = Fixture.person(r, named: "علی کریمی")
        #expect(karimi?.roles.map(\.text) == ["سرمربی تیم ملی فوتبال ایران"])
        #expect(karimi?.mentions.contains { $0.rule == "coref.continued-speaker" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a national office that stands alone, or an office set off before a given name, is a new speaker")
    func speaksOnAsOfficeApart() {
        let president = Fixture.extract("علی کریمی در گفت‌وگو با ایسنا گفت: این آکادمی گام مثبتی برای فوتبال است.\nرئیس جمهور کشورمان امروز در جمع مردم گفت: ورزش مایه نشاط است.")
        #expect(Fixture.person(president, named: "علی کریمی")?.roles.isEmpty == true)
        let named = Fixture.extract("علی کریمی در گفت‌وگو با ایسنا گفت: این آکادمی گام مثبتی برای فوتبال است.\nسرمربی تیم ملی فوتبال لبنان، محمد قویض پیروزی تیم ایران را تبریک گفت.")
        #expect(Fixture.person(named, named: "علی کریمی")?.roles.isEmpty == true)
    }

    @Test("a role-holder speaking right after the one sentence that reports an event «با حضور» someone given no office is that person")
    func namedBefore() {
        let text = "نخستین شعبه دادگاه ویژه دیروز با حضور آیت‌الله محمد یزدانی در تهران افتتاح شد.\nبه گزارش ایسنا رئیس قوه قضاییه در جمع قضات گفت: این شعبه پرونده‌ها را زودتر می‌بندد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "محمد یزدانی")?.roles.map(\.text) == ["رئیس قوه قضاییه"])
        #expect(Fixture.person(r, named: "محمد یزدانی")?.mentions.contains { $0.rule == "coref.named-before" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("two people named before, a named person with an office, «نیز», or a name not «با حضور» leave the role-holder apart")
    func namedBeforeApart() {
        let two = Fixture.extract("نخستین شعبه دادگاه ویژه دیروز با حضور محمد یزدانی و علی رضایی در تهران افتتاح شد.\nبه گزارش ایسنا رئیس قوه قضاییه در جمع قضات گفت: این شعبه پرونده‌ها را زودتر می‌بندد.")
        #expect(two.people.allSatisfy { $0.unnamed || $0.roles.isEmpty })
        let office = Fixture.extract("نخستین شعبه دادگاه ویژه دیروز با حضور محمد یزدانی استاندار تهران افتتاح شد.\nبه گزارش ایسنا رئیس قوه قضاییه در جمع قضات گفت: این شعبه پرونده‌ها را زودتر می‌بندد.")
        #expect(Fixture.person(office, named: "محمد یزدانی")?.roles.map(\.text) == ["استاندار تهران"])
        let also = Fixture.extract("نخستین شعبه دادگاه ویژه دیروز با حضور محمد یزدانی در تهران افتتاح شد.\nبه گزارش ایسنا رئیس قوه قضاییه نیز در جمع قضات گفت: این شعبه پرونده‌ها را زودتر می‌بندد.")
        #expect(Fixture.person(also, named: "محمد یزدانی")?.roles.isEmpty == true)
        let credit = Fixture.extract("در روز پایانی جشنواره نمایش باران به کارگردانی محمد یزدانی اجرا می‌شود.\nمدیرکل فرهنگ و ارشاد اسلامی استان فارس در گفت‌وگو با خبرنگار فارس گفت: این جشنواره موفق بود.")
        #expect(Fixture.person(credit, named: "محمد یزدانی")?.roles.isEmpty == true)
    }

    @Test("a person first named speaking «نیز در این دیدار» is the meeting's party given by office alone")
    func meetingCounterpart() {
        let text = "علی اکبری در دیدار مدیرکل یونسکو از همکاری دو طرف استقبال کرد و گفت: این همکاری ادامه دارد.\nحسن کریمی نیز در این دیدار گفت: بم باید زودتر بازسازی شود."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "حسن کریمی")?.roles.map(\.text) == ["مدیرکل یونسکو"])
        #expect(Fixture.metNames(r) == [["علی اکبری", "حسن کریمی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("two offices in the meeting, or a speaker not placed in it, leave the office unnamed")
    func meetingCounterpartApart() {
        let two = Fixture.extract("علی اکبری در دیدار با مدیرکل یونسکو و سفیر ژاپن گفت: این همکاری ادامه دارد.\nحسن کریمی نیز در این دیدار گفت: بم باید زودتر بازسازی شود.")
        #expect(Fixture.person(two, named: "حسن کریمی")?.roles.isEmpty == true)
        let elsewhere = Fixture.extract("علی اکبری در دیدار مدیرکل یونسکو گفت: این همکاری ادامه دارد.\nحسن کریمی نیز گفت: بم باید زودتر بازسازی شود.")
        #expect(Fixture.person(elsewhere, named: "حسن کریمی")?.roles.isEmpty == true)
    }

    @Test("«در این دیدار PARTY و NAME …»: the one person added beside the meeting's named party is its office")
    func meetingCounterpartBesideParty() {
        let text = "علی اکبری روز شنبه در ریاض با وزیر امور خارجه عربستان دیدار کرد.\nدر این دیدار اکبری و محمد سعیدی درباره مسایل منطقه بحث و تبادل نظر کردند."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "محمد سعیدی")?.roles.map(\.text) == ["وزیر امور خارجه عربستان"])
        #expect(Fixture.metNames(r) == [["علی اکبری", "محمد سعیدی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a name not joined to the party, or two new names, leave the office unnamed")
    func meetingCounterpartBesidePartyApart() {
        let about = Fixture.extract("علی اکبری روز شنبه در ریاض با وزیر امور خارجه عربستان دیدار کرد.\nاکبری در این دیدار به سخنان جرج بوش اشاره کرد.")
        #expect(Fixture.person(about, named: "جرج بوش")?.roles.isEmpty != false)
        let two = Fixture.extract("علی اکبری روز شنبه در ریاض با وزیر امور خارجه عربستان دیدار کرد.\nدر این دیدار محمد سعیدی و حسن کریمی درباره مسایل منطقه بحث کردند.")
        #expect(two.people.allSatisfy { $0.unnamed || $0.roles.isEmpty })
    }

    @Test("«SURNAME، ROLE»: a role after the comma behind a surname already named is that person's")
    func surnameCommaRole() {
        let text = "یوهان کلاین دیروز به تهران آمد.\nخبرگزاری فرانسه به نقل از کلاین، وزیر امور خارجه اتریش نوشت که گفت‌وگوها ادامه دارد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "یوهان کلاین")?.roles.map(\.text) == ["وزیر امور خارجه اتریش"])
    }

    /// The article's opening: a ceremony with two offices present, each speaking in turn.
    private let ceremony = "مراسم افتتاح مدرسه شهید رجایی با حضور فرماندار بم و مدیر آموزش و پرورش شهرستان بم برگزار شد.\nمدیر آموزش و پرورش شهرستان بم در این مراسم گفت: دانش‌آموزان از مهر در کلاس‌های جدید درس می‌خوانند.\nفرماندار بم نیز در این مراسم گفت: مدرسه‌های استان نوسازی می‌شوند.\nمدیر آموزش و پرورش شهرستان بم همچنین گفت: کمبود معلم جبران می‌شود.\n"

    @Test("an office that speaks again further down, after another speaker, is the name opening the next sentence")
    func laterSpeakerChain() {
        let text = ceremony + "رحمان سجادی با اشاره به کمبود معلم افزود: معلمان جدید استخدام می‌شوند."
        let r = Fixture.extract(text)
        #expect(unnamed(r) == ["فرماندار بم"], "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "رحمان سجادی")?.roles.map(\.text).contains("مدیر آموزش و پرورش شهرستان بم") == true)
        #expect(Fixture.person(r, named: "رحمان سجادی")?.mentions.contains { $0.rule == "coref.speaker-chain" } == true)
        #expect(Fixture.metNames(r) == [["رحمان سجادی", "فرماندار بم"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a later speaker announced with «نیز», named with an office of their own, or named past the subject is someone else")
    func laterSpeakerChainApart() {
        let also = Fixture.extract(ceremony + "رحمان سجادی نیز گفت: معلمان جدید استخدام می‌شوند.")
        #expect(Fixture.person(also, named: "رحمان سجادی")?.roles.isEmpty != false)
        let office = Fixture.extract(ceremony + "رحمان سجادی رئیس شورای شهر بم با اشاره به کمبود معلم افزود: معلمان جدید استخدام می‌شوند.")
        #expect(Fixture.person(office, named: "رحمان سجادی")?.roles.map(\.text) == ["رئیس شورای شهر بم"])
        let spokenOf = Fixture.extract(ceremony + "وی همانند رحمان سجادی کمبود معلم را تکذیب کرد و گفت: معلمان کافی هستند.")
        #expect(Fixture.person(spokenOf, named: "رحمان سجادی")?.roles.isEmpty != false)
    }
}
