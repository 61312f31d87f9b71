import Testing
@testable import Extractors

/// Issue 16, round 27: the lead's office and the name the report gives next, when a kicker and a title stand above the
/// lead (the Hamshahri layout, Coreferencer.opensAfterKicker), and after the journalist's note «خاطر نشان می‌شود،»
/// (discourse-markers.txt).
@Suite("A lead's office under a kicker, and a note before the subject")
struct KickerLeadSpeakerTests {
    @Test("kicker, title, lead: the office the lead gives is the next sentence's named speaker's, beside his own")
    func kickerTitleLead() {
        let text = "رئيس مركز امور مشاركت زنان:\nنرخ باسوادي زنان عشاير به 40 درصد رسيد\nايسنا: رئيس مركز امور مشاركت زنان گفت: نرخ باسوادي زنان به 40 درصد رسيد.\nزهرا شجاعي مشاور رئيس جمهوري در مراسم افتتاح نمايشگاه اظهار داشت: عدالت جنسيتي مهم است.\n"
        #expect(Set(Fixture.roles(of: text, "زهرا شجاعي")) == ["رئيس مركز امور مشاركت زنان", "مشاور رئيس جمهوري"])
    }

    @Test("a title of two closed sentences above the lead: the office does not open the article and is not given")
    func closedTitle() {
        let text = "چه کسانی مانع خصوصی سازی هستند؟ حرف ناگفته در ماجرای واگذاری\n\nرئیس سازمان خصوصی سازی گفت: برخی بخش‌ها مقاومت می‌کنند.\n\nبه گزارش خبرنگار فارس، این موضوع بررسی شد.\n\nحمیدرضا فولادگر رئیس کمیسیون ویژه مجلس این موضوع را بررسی کرد."
        #expect(!Fixture.roles(of: text, "حمیدرضا فولادگر").contains("رئیس سازمان خصوصی سازی"))
    }

    @Test("«خاطر نشان می‌شود،» before «در این مراسم»: the office that speaks is the holder named next, at the ceremony")
    func journalistsNote() {
        let text = "استاندار زنجان گفت: نبايد كوتاهي كنيم.\n\nبه گزارش خبرگزاري فارس از زنجان، قوام نوذري امروز در مراسم افتتاح كلاس‌هاي طرح ميثاق افزود: اقدامات خوبي صورت گرفته است.\n\nخاطر نشان مي‌شود،در اين مراسم فرمانده سپاه منطقه زنجان نيز طي سخناني گفت: اميدواريم آمار را افزايش دهيم.\n\nسيدمهدي موسوي افزود: ثبت نام آغاز شده است.\n"
        let r = Fixture.extract(text)
        #expect(Fixture.roles(r, "سيدمهدي موسوي") == ["فرمانده سپاه منطقه زنجان"])
        #expect(Fixture.metNames(r).contains(["قوام نوذري", "سيدمهدي موسوي"]))
    }
}
