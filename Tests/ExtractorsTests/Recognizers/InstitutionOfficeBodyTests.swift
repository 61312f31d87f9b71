import Testing
@testable import Extractors

/// `institution.office-body` (the eleventh round): a head and its qualifiers right after an office, read to where the
/// phrase ends, is the body the office belongs to, though no place, eponym or listed name completes it
/// («رئیس انجمن بازیگران خانه تئاتر», «مدیرعامل شرکت قطارهای مسافری رجاء»). The office vouches for it, as it does for
/// a bare name of one or two words (`institution.head-name`).
@Suite("Institutions vouched for by an office")
struct InstitutionOfficeBodyTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a head and its qualifiers after an office, read whole, is the office's body")
    func officeBody() {
        let r = Fixture.extract("بهزاد فراهانی رئیس انجمن بازیگران خانه تئاتر گفت: بودجه تئاتر کم است.")
        #expect(r.institutions.map(\.name) == ["انجمن بازیگران خانه تئاتر"])
        #expect(r.institutions.first?.mentions.first?.rule == RuleID.institutionOfficeBody.rawValue)
        #expect(Fixture.person(r, named: "بهزاد فراهانی")?.roles.map(\.text) == ["رئیس انجمن بازیگران خانه تئاتر"])
        #expect(institutions("سیدمحسن پورسیدآقایی مدیرعامل شرکت قطارهای مسافری رجاء در اظهاراتی خواستار افزایش قیمت گازوئیل شد.")
            == ["شرکت قطارهای مسافری رجاء"])
        #expect(institutions("مجتبی زینی‌وند رئیس سازمان مدارس غیردولتی و مشارکت‌های مردمی در گفت‌وگو با خبرنگار ما اظهار کرد: درآمدها کم شد.")
            == ["سازمان مدارس غیردولتی و مشارکت‌های مردمی"])
    }

    @Test("no body where the phrase ends in a bare head, names an event or is the bare parliament")
    func notABody() {
        #expect(institutions("علی رضایی رئیس هیات مدیره مرکز گفت: کار ادامه دارد.").isEmpty)
        #expect(institutions("علی رضایی دبیر جشنواره فیلم کوتاه گفت: کار ادامه دارد.").isEmpty)
        #expect(institutions("یک نماینده مجلس خواستار افزایش بودجه شد.").isEmpty)
    }

    @Test("no body before a colon or the sentence's end, where the last words are a verb's, nor a board every body has")
    func verbOrBoard() {
        #expect(institutions("دکتر نیلی استاد دانشگاه شریف اعتقاد دارد: خودروسازی باید خصوصی شود.").isEmpty)
        #expect(institutions("نصرالله برزنی عضو هیأت مدیره بورس فلزات با اشاره به ادغام بورس‌ها گفت: کار ادامه دارد.").isEmpty)
    }

    @Test("bodies the eleventh round listed: a cabinet and a country, the forensic medicine organization")
    func listedBodies() {
        #expect(institutions("در پی استعفای کابینه ژاپن، نخست وزیر این کشور امروز به پارلمان رفت.") == ["کابینه ژاپن"])
        #expect(institutions("جسد برای بررسی بیشتر به پزشکی قانونی منتقل شد.") == ["پزشکی قانونی"])
    }

    @Test("a word of the head's `not-bare=` keeps a generic company out, after an office too")
    func genericCompany() {
        #expect(institutions("مدیرعامل شرکت خارجی سازنده این نیروگاه گفت: کار ساخت به پایان رسید.").isEmpty)
    }
}
