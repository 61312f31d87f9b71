import Testing
@testable import Extractors

/// The «با» of a verb trigger's party is looked for at most `with-lookback` (12) words back, where a participant
/// slot (a name, an office, a name's office in apposition) counts as one word: an office is long in words, not in
/// items, and a topic between it and the verb no longer puts the «با» out of reach. Past the reach in words a
/// comma list of slots is not read (a round of separate visits, which one meeting would make a clique of).
@Suite("Unnamed office holders: a long «با» party before the verb")
struct OfficeListParticipantTests {
    @Test("«X … با OFFICE درباره … دیدار و گفت‌وگو کرد»: the office meets X")
    func officeAndTopicBeforeVerb() {
        let r = Fixture.extract("علی لاریجانی در ادامه سفرش به اسپانیا دیروز با نخست وزیر این کشور درباره برنامه صلح آمیز هسته‌ای جمهوری اسلامی ایران دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(r) == [["علی لاریجانی", "نخست وزیر این کشور"]])
        #expect(Fixture.person(r, named: "نخست وزیر این کشور")?.unnamed == true)
    }

    @Test("a name and its office in apposition between dashes count as one participant")
    func nameWithOfficeBetweenDashes() {
        let r = Fixture.extract("حسن کریمی که در جست وجوی راهی برای آمادگی بهتر بیمارستان‌ها بود، 12 سال پیش با علی نوری- رئیس مرکز شبیه سازی‌های پزشکی دانشگاه تهران- ملاقات کرد.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "علی نوری"]))
    }

    @Test("a long comma list of offices past the reach in words (a round of visits) is a star, no clique")
    func roundOfVisitsIsStar() {
        let r = Fixture.extract("بشار اسد در سفر دو روزه خود به تهران با رئیس مجلس شورای اسلامی، رئیس مجمع تشخیص مصلحت نظام، دبیر شورای عالی امنیت ملی و وزیر امور خارجه دیدار و گفت و گو کرد.")
        let met = Fixture.metNames(r)
        #expect(!met.contains(["رئیس مجمع تشخیص مصلحت نظام", "وزیر امور خارجه"]))
        for office in ["رئیس مجلس شورای اسلامی", "رئیس مجمع تشخیص مصلحت نظام", "دبیر شورای عالی امنیت ملی", "وزیر امور خارجه"] {
            #expect(met.contains(["بشار اسد", office]), "\(office)")
        }
        #expect(r.meetings.allSatisfy { $0.participants.count <= 2 })
        #expect(r.meetings.contains { $0.rule == "meeting.split.round" })
    }

    @Test("a round of named hosts: the visitor meets each, the hosts not one another")
    func roundOfNamedHosts() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه در سفر به دمشق با علی نوری رئیس مجلس، رضا صادقی نخست وزیر، مهدی رحیمی وزیر دفاع و احمد کاظمی دبیر حزب دیدار کرد.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["حسن کریمی", "علی نوری"]))
        #expect(met.contains(["احمد کاظمی", "حسن کریمی"]))
        #expect(!met.contains(["علی نوری", "مهدی رحیمی"]))
    }

    @Test("a «با» far before the verb with no participant after it still pairs no one")
    func farWithWithoutParticipant() {
        let r = Fixture.extract("علی نوری با اشاره به مشکلات آب شرب روستاهای شهرستان بم و کمبود اعتبارات عمرانی استان کرمان در سال جاری دیدار کرد.")
        #expect(r.met.isEmpty)
    }

    @Test("the retinue a back-reference adds to a visit met the visitor and his host, not one another")
    func visitRetinueIsStar() {
        let r = Fixture.extract("احمدي نژاد در كاخ مردكا مورد استقبال رسمي سوسيليو بامبانگ يودهويونو رئيس جمهور اندونزي قرار گرفت.\nدر اين سفر منوچهر متكي وزير امور خارجه و غلامحسين الهام سخنگوي دولت رئيس جمهور را همراهي مي‌كنند.")
        let met = Fixture.metNames(r)
        #expect(met.contains(["احمدي نژاد", "سوسيليو بامبانگ يودهويونو"]), "\(met)")
        #expect(met.contains(["احمدي نژاد", "منوچهر متكي"]), "\(met)")
        #expect(met.contains(["سوسيليو بامبانگ يودهويونو", "غلامحسين الهام"]), "\(met)")
        #expect(!met.contains(["غلامحسين الهام", "منوچهر متكي"]), "\(met)")
    }

    @Test("round 30: an office right after an office that stands alone, no comma between, is the next item of the list")
    func officeAfterOfficeWithoutComma() {
        let r = Fixture.extract("آیین کلنگ‌زنی با حضور فرماندار، بخشدار مرکزی رئیس اداره ورزش شهرستان و شهردار برگزار شد.")
        #expect(Fixture.metNames(r).contains(["بخشدار مرکزی", "رئیس اداره ورزش شهرستان"]))
        #expect(Fixture.metNames(r).contains(["رئیس اداره ورزش شهرستان", "شهردار"]))
    }

    @Test("round 30: after an office that does not stand alone, the next office is its complement, no second person")
    func officeAfterIncompleteOffice() {
        let r = Fixture.extract("سرپرست معاونت سیاسی و امنیتی استاندار مرکزی و فرماندار اراک در مراسم افتتاح گفت: کار خوب است.")
        #expect(r.met.isEmpty)
    }
}
