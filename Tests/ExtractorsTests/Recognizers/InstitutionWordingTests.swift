import Testing
@testable import Extractors

/// Institutions the fresh dev part G missed or made up (issue 16 item 3, the seventh round): «بین المللی» written
/// apart, the parliament before a light verb's noun, a light verb or a future body after a head, bodies with no
/// head, and the heads «یگان», «آکادمی» and «فرهنگستان».
@Suite("Institutions: words written apart, light verbs, future bodies, new heads and names")
struct InstitutionWordingTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("«بین المللی» written apart is the one qualifier the ZWNJ spelling is")
    func internationalWrittenApart() {
        let apart = Fixture.extract("حسن كريمي رئيس فدراسيون بين المللي كشتي گفت: مسابقات جهاني در تهران برگزار مي شود.")
        let joined = Fixture.extract("حسن کریمی رئیس فدراسیون بین‌المللی کشتی گفت: مسابقات جهانی در تهران برگزار می‌شود.")
        #expect(apart.institutions.map(\.name) == ["فدراسيون بين المللي كشتي"])
        #expect(apart.institutions.map(\.key) == joined.institutions.map(\.key))
        #expect(Fixture.person(apart, named: "حسن کریمی")?.roles.map(\.text) == ["رئيس فدراسيون بين المللي كشتي"])
        // The office's body runs on to its seat as the joined spelling does.
        let r = Fixture.extract("علی اولیایی نماینده دفتر سازمان بين المللي مهاجرت در ايران گفت: ما آماده‌ایم.")
        #expect(Fixture.person(r, named: "علی اولیایی")?.roles.map(\.text) == ["نماینده دفتر سازمان بين المللي مهاجرت در ايران"])
        // «بین» alone is still the preposition: «سازمان بین دو کشور» reads no «بین».
        #expect(institutions("قرارداد سازمان بین دو کشور امضا شد.").allSatisfy { !$0.contains("بین") })
    }

    @Test("the parliament after a unit ends before the noun of a light verb")
    func parliamentBeforeLightVerb() {
        let text = "در اين باره با علي محمدي رئيس كميسيون آموزش و تحقيقات مجلس گفتگو كرده ايم."
        let r = Fixture.extract(text)
        #expect(r.institutions.map(\.name) == ["كميسيون آموزش و تحقيقات مجلس"])
        #expect(Fixture.person(r, named: "علی محمدی")?.roles.map(\.text) == ["رئيس كميسيون آموزش و تحقيقات مجلس"])
        // A word after «مجلس» that is no light verb's noun names another body («مجلس خبرگان»), not the parliament.
        #expect(institutions("رئیس کمیسیون آموزش مجلس خبرگان در جلسه حضور داشت.") == ["کمیسیون آموزش مجلس خبرگان", "مجلس خبرگان"])
    }

    @Test("a light verb or «آینده»/«آتی» after a head names no body")
    func verbalNounAndFutureBodies() {
        #expect(institutions("وی درباره اداره کردن کشور گفت: باید قانون اجرا شود.").isEmpty)
        #expect(institutions("تشکیل دولت آینده عراق به تعویق افتاد.").isEmpty)
        #expect(institutions("اعضای دولت آتی عراق هنوز معرفی نشده‌اند.").isEmpty)
        #expect(institutions("نمایندگان دولت عراق در این نشست حضور داشتند.") == ["دولت عراق"])
    }

    @Test("bodies the news names with no head are listed")
    func listedBodiesWithoutHead() {
        #expect(Set(institutions("سخنگوی جنبش جهاد اسلامی گفت: تشکیلات خودگردان باید پاسخ دهد."))
            == ["جنبش جهاد اسلامی", "تشکیلات خودگردان"])
        #expect(institutions("مدیرعامل شرکت گازپروم گفت: صادرات گاز به اروپا افزایش یافت.") == ["شرکت گازپروم"])
        // The Post Bank is a body of its own, not a province's «بانک هرمزگان».
        #expect(institutions("کارکنان پست بانک هرمزگان در این مراسم حضور داشتند.") == ["پست بانک هرمزگان"])
        #expect(institutions("معاون پژوهشی فرهنگستان هنر گفت: همایش برگزار شد.") == ["فرهنگستان هنر"])
        // Petrochemical companies named for a place the place lists lack, or for none.
        #expect(institutions("سهام پتروشیمی خارک و پتروشیمی فجر در بورس امروز افزایش یافت.") == ["پتروشیمی خارک", "پتروشیمی فجر"])
    }

    @Test("«یگان» and «آکادمی» with a district or a place; «بیمارستان» and a run of words is no body")
    func newHeads() {
        let r = Fixture.extract("محمد رضایی رئیس یگان حفاظت منطقه 4 گفت: طرح اجرا شد.")
        #expect(r.institutions.map(\.name) == ["یگان حفاظت منطقه 4"])
        #expect(Fixture.person(r, named: "محمد رضایی")?.roles.map(\.text) == ["رئیس یگان حفاظت منطقه 4"])
        #expect(institutions("این کتاب را آکادمی علوم روسیه منتشر کرد.") == ["آکادمی علوم روسیه"])
        // Without a place «آکادمی» is a youth side as often as a body.
        #expect(institutions("او دوران نوجوانی را در آکادمی فوتبال گذراند.").isEmpty)
        // «بیمارستان» is no bare-name head: a bare run after it is as often no name («بیمارستان موضوع»).
        #expect(institutions("مدیر بیمارستان کودکان گفت: بیمارستان کودکان آماده است.").isEmpty)
    }

    @Test("a plural word of the unit's field, in a list inside the name, runs on to the parent body")
    func pluralFieldWordsInsideAName() {
        let r = Fixture.extract("علی رضایی مدیرکل دفتر انجمن‌ها، تشکل‌ها و فعالیت‌های دینی وزارت کشور گفت: این طرح اجرا شد.")
        #expect(r.institutions.map(\.name) == ["دفتر انجمن‌ها، تشکل‌ها و فعالیت‌های دینی وزارت کشور", "وزارت کشور"])
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["مدیرکل دفتر انجمن‌ها، تشکل‌ها و فعالیت‌های دینی وزارت کشور"])
        #expect(institutions("حسن کریمی رئیس مرکز فناوری اطلاعات و سامانه‌های رایانه‌ای وزارت کشور گفت: این طرح اجرا شد.")
            == ["مرکز فناوری اطلاعات و سامانه‌های رایانه‌ای وزارت کشور", "وزارت کشور"])
        // With no parent body, place or eponym after it the run is complete only because the office vouches for it,
        // read whole up to the verb of speech (`institution.office-body`, the eleventh round).
        let vouched = Fixture.extract("علی رضایی مدیرکل دفتر انجمن‌ها و تشکل‌ها گفت: این طرح اجرا شد.")
        #expect(vouched.institutions.map(\.name) == ["دفتر انجمن‌ها و تشکل‌ها"])
        #expect(vouched.institutions.first?.mentions.first?.rule == RuleID.institutionOfficeBody.rawValue)
    }
}
