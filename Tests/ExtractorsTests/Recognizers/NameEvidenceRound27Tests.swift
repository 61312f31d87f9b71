import Testing
@testable import Extractors

/// Issue 16, round 27: names the lexicons missed or misread, each from an error class counted on the two dev corpora —
/// given names that are also everyday words (scripts/mine-subject-given-names.py), everyday words ending in «ی» that are
/// never a surname (scripts/mine-never-surnames.py), «بعنوان» and an introduction's office after a name, a dateline's
/// place before the subject, and the father's particle inside a quoted Arab name.
@Suite("Names: the evidence of round 27")
struct NameEvidenceRound27Tests {
    @Test("a given name that is also a word, before a surname at the subject's place: «قوام نوذری», «کرم محمدی»")
    func everydayGivenNames() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از زنجان، قوام نوذری امروز در مراسم افتتاح گفت: برنامه‌ها خوب است.")
        #expect(Fixture.names(r) == ["قوام نوذری"])
        let k = Fixture.extract("به گزارش خبرگزاری فارس از کرمانشاه، کرم محمدی فرماندار دالاهو امروز گفت: کارها پیش می‌رود.")
        #expect(Fixture.roles(k, "کرم محمدی") == ["فرماندار دالاهو"])
    }

    @Test("left out as words: «هدایت تحصیلی» and «حجم عظیم بیکاری» name no one; «امیدوار» after a given name is the surname")
    func wordsStayWords() {
        #expect(Fixture.names(Fixture.extract("مشاور هدایت تحصیلی مدرسه گفت: دانش‌آموزان باید آگاه باشند.")).isEmpty)
        #expect(Fixture.names(Fixture.extract("حجم عظیم بیکاری جوانان نگران‌کننده است.")).isEmpty)
        #expect(Fixture.names(Fixture.extract("عیسی امیدوار در گفت‌وگو با خبرنگار ما گفت: سفر ادامه دارد.")) == ["عیسی امیدوار"])
    }

    @Test("an everyday word ending in «ی» is no surname's second half nor a surname alone: «کریم قنبری [پاسخگوی]»")
    func neverSurnames() {
        let r = Fixture.extract("کریم قنبری پاسخگوی سوالات خبرنگاران بود و گفت: طرح اجرا می‌شود.")
        #expect(Fixture.names(r) == ["کریم قنبری"])
        #expect(Fixture.names(Fixture.extract("هادی روستایی ساماندهی این طرح را بر عهده دارد.")) == ["هادی روستایی"])
    }

    @Test("«بعنوان» ends a name, and an office an introduction gives right after it vouches for the name")
    func introductionOffice() {
        let r = Fixture.extract("همایون شاهرخی بعنوان مدیر جدید انتخاب شد.")
        #expect(Fixture.names(r) == ["همایون شاهرخی"])
        let s = Fixture.extract("براساس احکامی مهندس غلام پورنعمتی بعنوان عضو علی البدل هیئت مدیره شرکت منصوب شد.")
        #expect(Fixture.names(s) == ["غلام پورنعمتی"])
        // Not the words before «به عنوان»: «رسماً» is the clause's adverb.
        let t = Fixture.extract("محمدرضا عظیمی‌زاده رسماً به عنوان شهردار رفسنجان معرفی شد.")
        #expect(Fixture.names(t) == ["محمدرضا عظیمی‌زاده"])
    }

    @Test("a dateline's place with no comma after it opens the clause: «به گزارش … از ماکو کوجی هاندا، سفیر ژاپن …»")
    func datelinePlace() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از ماکو کوجی هاندا، سفیر ژاپن در ایران ظهر امروز از منطقه آزاد بازدید کرد.")
        #expect(Fixture.roles(r, "کوجی هاندا") == ["سفیر ژاپن در ایران"])
    }

    @Test("the father's «بن» inside a quoted name before an office: «احمد بن حلی» in quotes, «معاون دبیرکل اتحادیه عرب»")
    func quotedNasabName() {
        let r = Fixture.extract("پیش از آن \"احمد بن حلی\" معاون دبیرکل اتحادیه عرب اعلام کرده بود که نشست برگزار می‌شود.")
        #expect(Fixture.roles(r, "احمد بن حلی") == ["معاون دبیرکل اتحادیه عرب"])
    }
}
