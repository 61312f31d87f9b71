import Testing
@testable import Extractors

/// Meeting shapes: the demonstrative glued to its «در» («دراین دیدار»,
/// `DocumentContext.isGluedLocativeDeictic`), the reciprocal gapped verb («با هم دیدار و …»,
/// `meeting.frame.verb.reciprocal`), the person before the noun when the subject was not read (`localSubject`),
/// topical «نیز در این زمینه» (statement-settings.txt) and the restatement opener «بر اساس این گزارش،».
@Suite("Meeting shapes: glued «دراین», reciprocal «با هم دیدار و», the person before the noun, topical «نیز»")
struct MeetingSubjectAndReciprocalTests {
    @Test("«دراین دیدار که با حضور Y …» joins the meeting just reported, like «در این دیدار»")
    func gluedDeicticJoins() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه روز یکشنبه در دمشق با رضا صادقی رئیس جمهوری سوریه دیدار و گفت‌وگو کرد. دراین دیدار که با حضور علی محمدی سفیر ایران در دمشق انجام گرفت، دو طرف درباره تحولات منطقه رایزنی کردند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "علی محمدی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
    }

    @Test("«X نیز دراین نشست گفت» joins the meeting as «نیز در این نشست» does")
    func gluedDeicticSpeaker() {
        let r = Fixture.extract("حسن کریمی استاندار فارس در دیدار با رضا صادقی فرماندار شیراز گفت: کار ادامه دارد. علی محمدی شهردار شیراز نیز دراین نشست گفت: طرح‌ها خوب پیش می‌رود.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "علی محمدی"]))
    }

    @Test("«X، Y و Z … با هم دیدار و …» is a meeting of the subject's list")
    func reciprocalGapped() {
        let r = Fixture.extract("حسن کریمی، رضا صادقی و علی محمدی روز گذشته در کابل با هم دیدار و مسائل دوجانبه را بررسی کردند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
        #expect(r.meetings.contains { $0.rule == "meeting.frame.verb.reciprocal" })
    }

    @Test("a time word before the subject (discourse-markers.txt `time=yes`): «امروز X و Y … با هم دیدار کردند», «صبح امروز X … با Y دیدار کرد»")
    func timeWordBeforeSubject() {
        let both = Fixture.extract("همچنین امروز خاویر سولانا و علی لاریجانی در مونیخ با هم دیدار کردند.")
        #expect(Fixture.metNames(both).contains(["خاویر سولانا", "علی لاریجانی"]))
        let one = Fixture.extract("روز گذشته علی لاریجانی در مونیخ با خاویر سولانا دیدار کرد.")
        #expect(Fixture.metNames(one).contains(["خاویر سولانا", "علی لاریجانی"]))
        let day = Fixture.extract("صبح امروز علی لاریجانی در مونیخ با خاویر سولانا دیدار کرد.")
        #expect(Fixture.metNames(day).contains(["خاویر سولانا", "علی لاریجانی"]))
    }

    @Test("a reciprocal meeting announced for later is none")
    func reciprocalPlanned() {
        let r = Fixture.extract("حسن کریمی و رضا صادقی قرار است هفته آینده در تهران با یکدیگر دیدار و درباره طرح گفت‌وگو کنند.")
        #expect(r.met.isEmpty)
    }

    @Test("the sentence's subject unread: the name right before «پس از دیدار با Y» met Y")
    func localSubjectAfterCitation() {
        let r = Fixture.extract("به گزارش ایسنا، خبرگزاری فرانسه به نقل از حسن کریمی، وزیر امور خارجه پس از دیدار با رضا صادقی همتای فرانسوی اش در پاریس افزود که آنها توافق کرده اند.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("the subject a time word: «صبح امروز X در نشست …» puts X in the session, and its later speakers with him")
    func localSubjectAfterTime() {
        let r = Fixture.extract("صبح امروز حسن کریمی در نشست هماهنگی ستاد بزرگداشت هفته بسیج گفت: بسیج ریشه در باور ما دارد. رضا صادقی فرمانده سپاه ناحیه نیز در ابتدای این نشست گفت: بسیج لشگر مخلص خداست.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«علی عبدالله صالح در این دیدار … گفت» with the name read short still joins the meeting")
    func localSubjectBeforeBackReference() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه ایران و رضا صادقی رئیس جمهوری یمن روز گذشته در صنعا تحولات را بررسی کردند. رضا صادقی در این دیدار گفت: روابط خوب است. کریمی نیز در این دیدار گفت: همکاری ادامه دارد.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«X نیز در این زمینه گفت» far below the meeting comments on the matter and joins nothing")
    func topicalSpeakerFarBelow() {
        let r = Fixture.extract("حسن کریمی مشاور فرماندهی انتظامی استان تهران در همایش سرایداران مدارس در کرج گفت: سرایداران نقش دارند. کریمی افزود: قفل‌ها باید بازرسی شوند. وی از سرایداران خواست موارد مشکوک را گزارش کنند. در این همایش ۱۶۰ نفر شرکت کردند. بیمارستان‌های قدیمی باید بازسازی شوند. مدیر کل درمان گفت: نوسازی زمان می‌برد. زباله‌های بیمارستانی عفونت‌زا هستند. رضا صادقی نیز در این زمینه گفت: بیشتر عفونت‌ها از این راه است.")
        #expect(!Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«بر اساس این گزارش، Y، … در مراسم افتتاحیه این نمایشگاه گفت» reads Y as the subject and joins the opening")
    func restatementOpener() {
        let r = Fixture.extract("به گزارش خبرگزاری میراث فرهنگی، با حضور «حسن کریمی»، معاون رئیس جمهور نمایشگاه صنایع دستی در کاخ گلستان افتتاح شد. بر اساس این گزارش، «رضا صادقی»، مسئول برگزاری نمایشگاه صنایع دستی در مراسم افتتاحیه این نمایشگاه گفت: نمایشگاه تا خرداد ادامه دارد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("a joint press conference «در یک کنفرانس خبری مشترک با Y» pairs the two; a press conference alone pairs no one")
    func jointPressConference() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه ایتالیا در یک کنفرانس خبری مشترک با رضا صادقی همتای عراقی خود گفت: روند سیاسی ادامه دارد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        let alone = Fixture.extract("حسن کریمی وزیر امور خارجه در کنفرانس خبری گفت: روند سیاسی ادامه دارد. رضا صادقی سخنگوی وزارت نیز در این کنفرانس خبری گفت: کار خوب است.")
        #expect(alone.met.isEmpty)
    }
}
