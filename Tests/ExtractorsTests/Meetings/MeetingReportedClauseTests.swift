import Testing
@testable import Extractors

/// A meeting told in the complement clause of a report of speech (`ReportedClause`): «X گفت (که) Y با Z دیدار کرد»
/// pairs Y with Z, never the reporter X; a clause without a subject of its own («X گفت که با Z دیدار کرده است»)
/// keeps the speaker as the one who met.
@Suite("Meeting in a reported clause: the reporter is no party")
struct MeetingReportedClauseTests {
    @Test("«X گفت که Y با Z دیدار کرد»: Y met Z, the spokesman did not")
    func verbFrameAfterThat() {
        let r = Fixture.extract("علی احمدی سخنگوی وزارت امور خارجه روز گذشته گفت که محمد رضایی وزیر نفت با حسن روحانی رئیس جمهور دیدار کرد.")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "حسن روحانی"]])
    }

    @Test("«X اعلام کرد Y … با Z دیدار کرد» without «که» and with a time word: Y met Z")
    func verbFrameWithoutThat() {
        let r = Fixture.extract("علی احمدی سخنگوی وزارت امور خارجه اعلام کرد محمد رضایی وزیر نفت روز گذشته با نوری مالکی نخست وزیر عراق دیدار کرد.")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "نوری مالکی"]])
    }

    @Test("«X گفت Y در دیدار با Z …»: the noun frame's subject is the clause's, not the reporter")
    func nounFrameInReport() {
        let r = Fixture.extract("علی احمدی سخنگوی وزارت امور خارجه گفت محمد رضایی وزیر نفت در دیدار با نوری مالکی نخست وزیر عراق بر گسترش همکاری‌ها تاکید کرد.")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "نوری مالکی"]])
    }

    @Test("«X گفت که Y و Z با یکدیگر دیدار و …»: the reciprocal meeting is the clause's two")
    func reciprocalInReport() {
        let r = Fixture.extract("علی احمدی سخنگوی وزارت امور خارجه روز گذشته گفت که محمد رضایی وزیر نفت و نوری مالکی نخست وزیر عراق با یکدیگر دیدار و گفت‌وگو کردند.")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "نوری مالکی"]])
    }

    @Test("«X گفت وزیر نفت با Z دیدار کرد»: an office no name holds reports no meeting of the spokesman")
    func unreadClauseSubject() {
        let r = Fixture.extract("علی احمدی سخنگوی وزارت امور خارجه روز گذشته در جمع خبرنگاران گفت هیات پارلمانی کشورمان با نوری مالکی نخست وزیر عراق دیدار کرد.")
        #expect(!Fixture.metNames(r).contains(["علی احمدی", "نوری مالکی"]))
    }

    @Test("«X گفت که با Z دیدار کرده است», «X گفت که پس از دیدارش با Z …»: no subject of its own, the speaker met")
    func subjectlessClauseKeepsSpeaker() {
        let r = Fixture.extract("علی احمدی نماینده مردم تبریز در مجلس گفت که دیروز با محمد رضایی وزیر نفت دیدار کرده است.")
        #expect(Fixture.metNames(r) == [["علی احمدی", "محمد رضایی"]])
        // A time phrase of words that are no stop words («هفته گذشته») opens no clause subject: the speaker met.
        let w = Fixture.extract("علی احمدی نماینده مردم تبریز در مجلس گفت که هفته گذشته با محمد رضایی وزیر نفت دیدار کرده است.")
        #expect(Fixture.metNames(w) == [["علی احمدی", "محمد رضایی"]])
        let s = Fixture.extract("فاطمه حقیقت جو نماینده مجلس گفت که پس از دیدارش با غلامعلی حداد عادل رئیس فراکسیون اقلیت به این نتیجه رسیده است.")
        #expect(Fixture.metNames(s) == [["فاطمه حقیقت جو", "غلامعلی حداد عادل"]])
    }

    @Test("«X با Y گفت وگو کرد», the talks noun written in two words, is no report of speech")
    func talksNounIsNoReport() {
        let r = Fixture.extract("محمد رضایی وزیر نفت پس از گفت وگو با خبرنگاران در دیدار با نوری مالکی نخست وزیر عراق بر همکاری تاکید کرد.")
        #expect(Fixture.metNames(r).contains(["محمد رضایی", "نوری مالکی"]))
    }
}
