import Testing
@testable import Extractors

/// Issue 16, round 26: offices read whole — a ministry's or directorate's name written with its comma, a unit of two
/// fields joined by «و» before its parent body, a provincial corps of the Revolutionary Guards — and holders found
/// after connectives of stance and after citation cues.
@Suite("Offices read whole, and their holders after connectives and cues")
struct OfficeNameShapeTests {
    @Test("a name written with its comma: «مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری», «وزیر صنعت، معدن و تجارت»")
    func commaInName() {
        #expect(Fixture.roles(of: "کریم حاجی‌زاده مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری گفت: موزه بازگشایی شد.", "کریم حاجی‌زاده")
                == ["مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری"])
        #expect(Fixture.roles(of: "رضا رحمانی وزیر صنعت، معدن و تجارت گفت: تولید افزایش یافت.", "رضا رحمانی") == ["وزیر صنعت، معدن و تجارت"])
        // A province after the name is still the unit's.
        #expect(Fixture.roles(of: "ابراهیم کریمی مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان گفت: موزه بازگشایی شد.", "ابراهیم کریمی")
                == ["مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری استان گلستان"])
    }

    @Test("a unit of two fields and its parent: «مدیرکل دفتر امور اجتماعی و شوراهای استانداری …»")
    func coordinatedUnitFields() {
        #expect(Fixture.roles(of: "عبدالرحمان توفیقیان مدیرکل دفتر امور اجتماعی و شوراهای استانداری کهگیلویه و بویراحمد گفت: انتخابات سالم بود.", "عبدالرحمان توفیقیان")
                == ["مدیرکل دفتر امور اجتماعی و شوراهای استانداری کهگیلویه و بویراحمد"])
        // A second office after «و» is not read into the first.
        #expect(!Fixture.roles(of: "علی احمدی مدیر دفتر امور اجتماعی و معاون استانداری کرمان گفت: کار ادامه دارد.", "علی احمدی")
                .contains { $0.contains("معاون استانداری") && $0.hasPrefix("مدیر") })
    }

    @Test("a unit's second field that is also a group noun, right before the parent: «دفتر بانوان و خانواده استانداری قزوین»")
    func groupNounAsSecondField() {
        let text = "معصومه معصومی‌فر مدیر کل دفتر بانوان و خانواده استانداری قزوین گفت: زنان جایگاه رفیعی دارند."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "معصومه معصومی‌فر")?.roles.map(\.text) == ["مدیر کل دفتر بانوان و خانواده استانداری قزوین"],
                "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(r.institutions.map(\.name).contains("دفتر بانوان و خانواده استانداری قزوین"))
        #expect(Fixture.offsetsHold(r, in: text))
        // A group noun with no body after it is a second party of the sentence: the office ends before «و».
        let group = Fixture.extract("علی احمدی مدیرکل دفتر امور ایثارگران و خانواده‌های شهدا را تجلیل کرد.")
        #expect(Fixture.person(group, named: "علی احمدی")?.roles.map(\.text) == ["مدیرکل دفتر امور ایثارگران"],
                "\(group.people.map { ($0.name, $0.roles.map(\.text)) })")
    }

    @Test("a hyphen between two adjectives of an office's field: «کارشناس انجمن‌های علمی - دانشجویی وزارت علوم»")
    func hyphenInOfficeField() {
        #expect(Fixture.roles(of: "علی احمدی کارشناس انجمن‌های علمی - دانشجویی وزارت علوم گفت: پارک‌ها جریان‌ساز هستند.", "علی احمدی")
                == ["کارشناس انجمن‌های علمی - دانشجویی وزارت علوم"])
        #expect(Fixture.roles(of: "جلیل حبیب‌اللهیان معاون شهرسازی- معماری شهرداری تهران گفت: طرح تصویب شد.", "جلیل حبیب‌اللهیان")
                == ["معاون شهرسازی- معماری شهرداری تهران"])
        // A dash before a plural of things is a credit line's end, not an adjective: the office stays as it was read.
        #expect(Fixture.roles(of: "علی احمدی مدیر گروه شهری - واحدهای صنعتی را بازدید کرد.", "علی احمدی") != ["مدیر گروه شهری - واحدهای صنعتی"])
    }

    @Test("a provincial corps of the Revolutionary Guards with its blessing: «سپاه صاحب‌الامر (عج) قزوین»")
    func provincialCorps() {
        #expect(Fixture.roles(of: "عباس برزگر ابراهیمی معاون اجرایی سپاه صاحب‌الامر (عج) قزوین گفت: اردو آغاز شد.", "عباس برزگر ابراهیمی")
                == ["معاون اجرایی سپاه صاحب‌الامر (عج) قزوین"])
    }

    @Test("after «در همین راستا» the quoted name is the subject and takes its office")
    func connectiveBeforeSubject() {
        #expect(Fixture.roles(of: "در همین راستا \"گرت فیلدز\" رئیس حزب آزادی هلند گفت: این کار درست نیست.", "گرت فیلدز")
                == ["رئیس حزب آزادی هلند"])
    }

    @Test("a listed surname after a citation or agent's cue holds the office after it")
    func surnameAfterCue() {
        #expect(Fixture.roles(of: "مصوبه دولت از سوی نوبخت سخنگوی هیات دولت اعلام شد.", "نوبخت") == ["سخنگوی هیات دولت"])
        // A plural is no surname there.
        #expect(Fixture.person(Fixture.extract("به گفته متولیان مسئول جشنواره تابستانی شهرداری تهران هر پنجشنبه برنامه است."), named: "متولیان") == nil)
    }
}
