import Testing
@testable import Extractors

/// Issue 16's role classes on unseen articles: an office of the event, project or body the article is about
/// («دبیر این کنفرانس», «رییس این کمیته», «دبیر علمی همایش»; role.event-body), and a field coordinated with «و»
/// right after a head's modifiers («معاون فرهنگی و گردشگری سازمان …»).
@Suite("Roles of an event or a project, fields after modifiers")
struct RoleEventBodyTests {
    @Test("«این» and an event or project noun of role-events.txt complete the office: «دبیر اجرایی این همایش»")
    func demonstrativeEvent() {
        #expect(Fixture.roles(of: "همایش ملی آب در دانشگاه کرمان آغاز شد. رضا حسینی دبیر اجرایی این همایش گفت: صد مقاله رسید.", "رضا حسینی")
                == ["دبیر اجرایی این همایش"])
        #expect(Fixture.roles(of: "سپس دکتر مهدی نادری مدیر این پروژه گفت: کار ساخت تا پایان سال تمام می‌شود.", "مهدی نادری")
                == ["مدیر این پروژه"])
    }

    @Test("«این» and an institution head with no antecedent written out: «رییس این کمیته» is still an office")
    func demonstrativeHeadWithoutAntecedent() {
        #expect(Fixture.roles(of: "جلسه دیروز تشکیل شد و به ریاست حسن کاظمی رییس این کمیته ادامه یافت.", "حسن کاظمی") == ["رییس این کمیته"])
        // With the body written out before, the demonstrative still resolves to it (institution.demonstrative).
        let r = Fixture.extract("سازمان بهزیستی استان فارس طرح تازه‌ای آغاز کرد. علی رضایی رئیس این سازمان گفت: طرح ادامه دارد.")
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.first?.rule == RuleID.roleHeadComplement.rawValue)
    }

    @Test("a bare event noun completes the office only where the phrase ends: «دبیر علمی همایش با …», not «دبیر همایش بین‌المللی …»")
    func bareEventAtPhraseEnd() {
        #expect(Fixture.roles(of: "محمود کریمی، دبیر علمی همایش با اشاره به اهمیت پژوهش گفت: مقاله‌ها داوری شد.", "محمود کریمی")
                == ["دبیر علمی همایش"])
        // Not completed by the event noun; the apposition before the report of speech is read whole as the office
        // (`role.speaker-office`), its body no institution.
        let physics = Fixture.person(Fixture.extract("محمود کریمی دبیر همایش بین‌المللی فیزیک گفت: مقاله‌ها داوری شد."), named: "محمود کریمی")?.roles
        #expect(physics?.map(\.text) == ["دبیر همایش بین‌المللی فیزیک"])
        #expect(physics?.first?.rule == RuleID.roleSpeakerOffice.rawValue && physics?.first?.institution == nil)
        // An institution head that names an event too (role-events.txt): «دبیر جشنواره» at the phrase's end.
        #expect(Fixture.roles(of: "جشنواره فیلم کوتاه دیروز آغاز شد. حسن نادری دبیر جشنواره گفت: صد فیلم رسید.", "حسن نادری")
                == ["دبیر جشنواره"])
        // «و» after the noun goes on with another word: «مسئول طرح و برنامه» is no project's office, but the office
        // written whole before the report of speech (`role.speaker-office`), with no institution.
        let planning = Fixture.person(Fixture.extract("محمود کریمی مسئول طرح و برنامه گفت: بودجه کم است."), named: "محمود کریمی")?.roles
        #expect(planning?.map(\.text) == ["مسئول طرح و برنامه"])
        #expect(planning?.first?.rule == RuleID.roleSpeakerOffice.rawValue && planning?.first?.institution == nil)
    }

    @Test("«و» right after a head's modifiers goes on with the field: «معاون فرهنگی و گردشگری سازمان میراث فرهنگی»")
    func fieldAfterModifiers() {
        #expect(Fixture.roles(of: "علی رضایی معاون فرهنگی و گردشگری سازمان میراث فرهنگی گفت: موزه باز می‌شود.", "علی رضایی")
                == ["معاون فرهنگی و گردشگری سازمان میراث فرهنگی"])
        #expect(Fixture.roles(of: "حسین صالحی مدیرکل درمان و بازتوانی ستاد مبارزه با مواد مخدر گفت: مراکز تازه باز می‌شود.", "حسین صالحی")
                == ["مدیرکل درمان و بازتوانی ستاد مبارزه با مواد مخدر"])
        // No body closes a field no lexicon holds: no office is read. («گردشگری» is a modifier since the sixteenth
        // round, so «معاون فرهنگی و گردشگری» alone is read like «معاون سیاسی و امنیتی», `role.bare-apposition`.)
        #expect(Fixture.roles(of: "علی رضایی معاون فرهنگی و تبلیغاتی گفت: موزه باز می‌شود.", "علی رضایی").isEmpty)
    }

    @Test("mined heads: «مخبر کمیسیون …», «کمک مربی تیم …»")
    func minedHeads() {
        #expect(Fixture.roles(of: "جعفر نوری مخبر کمیسیون امنیت ملی مجلس گفت: طرح اصلاح شد.", "جعفر نوری") == ["مخبر کمیسیون امنیت ملی مجلس"])
    }
}
