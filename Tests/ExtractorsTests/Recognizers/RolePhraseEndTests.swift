import Testing
@testable import Extractors

/// Issue 16 item 3, role phrases: where a role phrase ends and whose it is — the Leader's office and its one
/// holder, «کشورمان» after an office, a role in brackets after a name, an office posted «در …» and a numbered
/// district's city.
@Suite("Role phrase ends and holders")
struct RolePhraseEndTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("«سخنگوی دولت» is an office; an office with «را» after a name and its role is the verb's object, not a second role")
    func spokespersonAndObjectOffice() {
        #expect(roleTexts(Fixture.extract("علی بهادری جهرمی سخنگوی دولت گفت: کار ادامه دارد."), "علی بهادری جهرمی") == ["سخنگوی دولت"])
        #expect(roleTexts(Fixture.extract("اشتفن زایبرت سخنگوی دولت آلمان گفت: کار ادامه دارد."), "اشتفن زایبرت") == ["سخنگوی دولت آلمان"])
        let r = Fixture.extract("غلامحسین الهام سخنگوی دولت رئیس جمهور را در این سفر همراهی می‌کند.")
        #expect(roleTexts(r, "غلامحسین الهام") == ["سخنگوی دولت"])
        let governor = Fixture.extract("علی احمدی استاندار کرمان رئیس جمهور را بدرقه کرد.")
        #expect(roleTexts(governor, "علی احمدی") == ["استاندار کرمان"])
        // Without a role before it the office is the name's own («X رئیس جمهور را … ملاقات کرد» names the object).
        let object = Fixture.extract("وزیر امور خارجه ژاپن محمود احمدی‌نژاد رئیس جمهور را ملاقات کرد.")
        #expect(roleTexts(object, "محمود احمدی‌نژاد").contains("رئیس جمهور"))
    }

    @Test("the Leader's office is «خامنه‌ای»'s when the article names him, wherever it stands (`holder=`)")
    func leaderOfficeHasItsHolder() {
        let r = Fixture.extract("حضرت آیت‌الله خامنه‌ای در دیدار مبلغان گفت: تبلیغ باید بر دل‌ها اثر کند.\nرهبر معظم انقلاب اسلامی افزودند: جوانان تشنه حقایق دین هستند.")
        #expect(roleTexts(r, "خامنه‌ای").contains("رهبر معظم انقلاب اسلامی"))
        #expect(Fixture.person(r, named: "خامنه‌ای")?.mentions.contains { $0.rule == RuleID.corefListedHolder.rawValue } == true)
        // With the home country it is the same office; with another country it is another one.
        let home = Fixture.extract("رهبر معظم انقلاب اسلامی ایران در دیدار مسئولان گفت: وحدت لازم است.\nحضرت آیت‌الله خامنه‌ای افزودند: کار ادامه دارد.")
        #expect(roleTexts(home, "خامنه‌ای") == ["رهبر معظم انقلاب اسلامی ایران"])
        let foreign = Fixture.extract("حضرت آیت‌الله خامنه‌ای پیامی صادر کرد.\nرهبر انقلاب لیبی در دیدار سفیران گفت: نفت ملی است.")
        #expect(!roleTexts(foreign, "خامنه‌ای").contains("رهبر انقلاب لیبی"))
        // Someone else of that surname is not the holder.
        let other = Fixture.extract("هادی خامنه‌ای نماینده مردم تهران گفت: مجلس آماده است.\nرهبر معظم انقلاب اسلامی افزودند: جوانان تشنه حقایق دین هستند.")
        #expect(!roleTexts(other, "هادی خامنه‌ای").contains("رهبر معظم انقلاب اسلامی"))
    }

    @Test("«دفتر مقام معظم رهبری» is a body's name: no one holds «مقام معظم رهبری» there")
    func leaderOfficeAfterBodyHeadIsNoRole() {
        let r = Fixture.extract("حضرت آیت‌الله خامنه‌ای پیامی صادر کرد.\nعلی محمدی از کارکنان دفتر مقام معظم رهبری گفت: پیام امروز خوانده شد.")
        #expect(!r.people.contains { $0.roles.contains { $0.text == "مقام معظم رهبری" } })
        // Nor is the noun before the office a surname it introduces.
        let noun = Fixture.extract("وزیر کشور بر اجرای خواسته‌های مقام معظم رهبری و دولت تاکید کرد.")
        #expect(!Fixture.names(noun).contains("خواسته‌های"))
    }

    @Test("«کشورمان» after an office stays in the phrase, marks no former office and keeps the office's key")
    func ourCountryAfterOffice() {
        let r = Fixture.extract("محمود احمدی‌نژاد رئیس جمهور کشورمان با علی لاریجانی دیدار کرد.\nمنوچهر متکی وزیر امور خارجه کشورمان در نشست خبری گفت: مذاکرات ادامه دارد.")
        let president = Fixture.person(r, named: "محمود احمدی‌نژاد")?.roles.first
        #expect(president?.text == "رئیس جمهور کشورمان")
        #expect(president?.former == false)
        #expect(president?.key == PersianNormalizer.key("رئیس‌جمهور"))
        #expect(roleTexts(r, "منوچهر متکی") == ["وزیر امور خارجه کشورمان"])
        // «خود» / «اش» written apart: the subject's own counterpart, kept in the phrase.
        let own = Fixture.extract("علی احمدی در دیدار با همتای ایرانی خود گفت: همکاری دو کشور ادامه دارد.")
        #expect(own.people.contains { $0.unnamed && $0.roles.contains { $0.text == "همتای ایرانی خود" } })
    }

    @Test("a role in brackets right after a name is its apposition, and a list of such names reads on")
    func bracketedRole() {
        let r = Fixture.extract("این نشست با حضور خسرو امینی (نایب رئیس فدراسیون شنا)، داود سلطانی (رئیس کمیته فنی واترپلو) و اعضای این کمیته برگزار شد.")
        #expect(roleTexts(r, "خسرو امینی") == ["نایب رئیس فدراسیون شنا"])
        #expect(roleTexts(r, "داود سلطانی") == ["رئیس کمیته فنی واترپلو"])
        #expect(Fixture.metNames(r).contains(["خسرو امینی", "داود سلطانی"]))
        // A bracket that does not close right after the role leaves it alone unless the role is complete.
        let open = Fixture.extract("حسن کریمی (رئیس و مدیر پیشین) گفت: کار ادامه دارد.")
        #expect(roleTexts(open, "حسن کریمی").isEmpty)
    }

    @Test("«نماینده ولی فقیه در …»: where the office is held completes it")
    func postedSeveralWordHead() {
        let r = Fixture.extract("حجت‌الاسلام محمد حسینی نماینده ولی فقیه در استان کردستان گفت: مردم در صحنه هستند.")
        #expect(roleTexts(r, "محمد حسینی") == ["نماینده ولی فقیه در استان کردستان"])
        let body = Fixture.extract("علی رضایی نماینده ولی فقیه در هلال احمر گفت: امدادگران آماده‌اند.")
        #expect(roleTexts(body, "علی رضایی") == ["نماینده ولی فقیه در هلال احمر"])
        #expect(body.institutions.contains { $0.name == "هلال احمر" })
        // «در» before no body or place is the clause's, not the office's.
        let clause = Fixture.extract("علی رضایی نماینده ولی فقیه در سخنانی گفت: مردم در صحنه هستند.")
        #expect(!roleTexts(clause, "علی رضایی").contains { $0.contains("سخنانی") })
    }

    @Test("«نماینده ولی فقیه در استان»: the bare province is the article's, and the office after «و» is read too")
    func postedBareProvince() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از بوشهر، آیت‌الله غلامعلی صفایی نماینده ولی فقیه در استان و امام جمعه بوشهر در جمع مردم گفت: مردم در صحنه هستند.")
        let roles = roleTexts(r, "غلامعلی صفایی")
        #expect(roles.contains("نماینده ولی فقیه در استان"))
        #expect(roles.contains("امام جمعه بوشهر"))
        let this = Fixture.extract("مراسم در استان کرمان برگزار شد.\nحجت‌الاسلام علی رضایی نماینده ولی فقیه در این استان گفت: مردم در صحنه هستند.")
        #expect(roleTexts(this, "علی رضایی") == ["نماینده ولی فقیه در این استان"])
        // With no province named in the article the bare «استان» names none, and no office is read.
        let none = Fixture.extract("حجت‌الاسلام علی رضایی نماینده ولی فقیه در استان گفت: مردم در صحنه هستند.")
        #expect(roleTexts(none, "علی رضایی").isEmpty)
    }

    @Test("a listed body before a bare «استان» keeps it: the article's province")
    func listedBodyBareProvince() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از یزد، سید حسین راسخی رئیس شورای تبیین مواضع بسیج دانشجویی استان گفت: برنامه‌ها ادامه دارد.")
        #expect(roleTexts(r, "سید حسین راسخی") == ["رئیس شورای تبیین مواضع بسیج دانشجویی استان"])
        let body = Fixture.extract("علی احمدی در استان فارس گفت: سازمان جهاد کشاورزی استان طرح را اجرا می‌کند.")
        #expect(body.institutions.contains { $0.name == "سازمان جهاد کشاورزی استان" })
        // «استان های …» is many provinces, not the article's.
        let many = Fixture.extract("علی احمدی در استان فارس گفت: سازمان جهاد کشاورزی استان های جنوبی طرح را اجرا می‌کنند.")
        #expect(!many.institutions.contains { $0.name.hasPrefix("سازمان جهاد کشاورزی استان") })
    }

    @Test("a numbered district keeps its city or city hall, and is the same office without it")
    func districtCity() {
        let r = Fixture.extract("علی فرجی شهردار منطقه 6 تهران در مراسم افتتاح پارک گفت: کار آغاز شد.\nشهردار منطقه 6 افزود: پارک‌های دیگری نیز افتتاح می‌شود.")
        let roles = Fixture.person(r, named: "علی فرجی")?.roles ?? []
        #expect(roles.map(\.text).contains("شهردار منطقه 6 تهران"))
        #expect(!r.people.contains { $0.unnamed && $0.name == "شهردار منطقه 6" })
        let hall = Fixture.extract("مریم ضرابی مدیر ورزش بانوان منطقه 22 شهرداری تهران گفت: مسابقات برگزار می‌شود.")
        #expect(roleTexts(hall, "مریم ضرابی") == ["مدیر ورزش بانوان منطقه 22 شهرداری تهران"])
        #expect(hall.institutions.contains { $0.name == "شهرداری تهران" })
    }

    @Test("a country whose name is also a common word is the country right after an office: «نخست وزیر هند»")
    func ambiguousCountryAfterOffice() {
        let r = Fixture.extract("علی احمدی نخست وزیر هند در دهلی گفت: مذاکرات ادامه دارد.\nوانگ یی وزیر امور خارجه چین با محمد جواد ظریف دیدار کرد.")
        #expect(roleTexts(r, "علی احمدی") == ["نخست وزیر هند"])
        #expect(roleTexts(r, "وانگ یی") == ["وزیر امور خارجه چین"])
        // A modifier that spells a country («مالی», financial) is still the modifier.
        let m = Fixture.extract("رضا کریمی معاون مالی شرکت ملی نفت گفت: بودجه تصویب شد.")
        #expect(!roleTexts(m, "رضا کریمی").contains { $0.hasSuffix("مالی") })
    }

    @Test("heads mined from the corpora: «خطیب جمعه», «استاد» before a university")
    func minedHeads() {
        let r = Fixture.extract("حجت‌الاسلام علی امامی خطیب جمعه تبریز گفت: مردم در راهپیمایی شرکت کنند.")
        #expect(roleTexts(r, "علی امامی") == ["خطیب جمعه تبریز"])
        let p = Fixture.extract("دکتر رضا نوری استاد دانشگاه تهران در این همایش گفت: پژوهش مهم است.")
        #expect(roleTexts(p, "رضا نوری") == ["استاد دانشگاه تهران"])
        // The title before a name is still the name's title.
        let t = Fixture.extract("استاد محمدرضا شجریان در تهران گفت: کنسرت برگزار می‌شود.")
        #expect(Fixture.names(t).contains("محمدرضا شجریان"))
    }
}
