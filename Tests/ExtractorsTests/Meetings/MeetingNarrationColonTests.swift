import Testing
@testable import Extractors

/// A colon after a passive report phrase (narration-colons.txt: «این گزارش حاکی است:», «تصریح شد:», «گفتنی است:»)
/// opens the report's narration, not a quotation: the meeting after it is read, its subject the first participant
/// after the colon (`DocumentContext.narrationColons`, `ClauseReader`). A speaker's colon still opens quoted speech.
@Suite("Meeting narration colons: «حاکی است:», «تصریح شد:» open narration, not a quotation")
struct MeetingNarrationColonTests {
    @Test("«در این گزارش‌ها تصریح شد: X، Y و Z … با هم دیدار و …» is a meeting of the three")
    func passiveReportReciprocal() {
        let r = Fixture.extract("در این گزارش‌های تلویزیونی تصریح شد: حسن کریمی، رضا صادقی و علی محمدی با استفاده از فرصتی که در کابل داشتند با هم دیدار و مسائل دوجانبه را بررسی کردند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
    }

    @Test("«این گزارش حاکی است: X … نیز در این مراسم گفت» joins the ceremony just reported")
    func reportNarrationJoins() {
        let r = Fixture.extract("مراسم افتتاح نمایشگاه صنایع دستی با حضور حسن کریمی استاندار فارس برگزار شد. این گزارش حاکی است: رضا صادقی معاون سازمان میراث فرهنگی نیز در این مراسم گفت: صنایع دستی رونق دارد.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«بیانیه … حاکیست: دراین دیدار که با حضور Z انجام گرفت» joins Z to the meeting")
    func reportNarrationRelativeClause() {
        let r = Fixture.extract("حسن کریمی سناتور آمریکایی روز یکشنبه در دمشق با رضا صادقی رئیس جمهوری سوریه دیدار کرد. بیانیه کاخ ریاست جمهوری سوریه حاکیست: دراین دیدار که با حضور علی محمدی وزیر خارجه سوریه انجام گرفت، دو طرف درباره تحولات منطقه گفت‌وگو کردند.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "علی محمدی"]))
        #expect(Fixture.metNames(r).contains(["رضا صادقی", "علی محمدی"]))
    }

    @Test("a speaker's colon still opens a quotation: «وی گفت: X و Y با هم دیدار و …» makes no meeting")
    func speakerColonStaysQuoted() {
        let r = Fixture.extract("حسن کریمی گفت: رضا صادقی و علی محمدی با هم دیدار و مسائل دوجانبه را بررسی کردند.")
        #expect(r.met.isEmpty)
    }

    @Test("a narration colon before a plan keeps the plan: «گفتنی است: X و Y قرار است … دیدار کنند» makes no meeting")
    func narrationPlanned() {
        let r = Fixture.extract("گفتنی است: حسن کریمی و رضا صادقی قرار است هفته آینده در تهران با یکدیگر دیدار و درباره طرح گفت‌وگو کنند.")
        #expect(r.met.isEmpty)
    }
}
