import Testing
@testable import Extractors

/// Hamshahri's lead labels: the IRNA dateline «تهران - خبرگزاری جمهوری اسلامی:» (`LeadPrefix`, `PLACE – AGENCY:`)
/// and a desk label with its reporter's byline «گروه حوادث - مهدیه مصطفایی:» (`DocumentContext.endsDeskLabel`).
/// Their colon opens the report, not a quotation: read as one, the lead sentence after it, where the article
/// reports its meeting, went unread.
@Suite("Meeting lead labels: the IRNA dateline and a desk byline are no quotation")
struct MeetingLeadLabelTests {
    func sentences(_ text: String) throws -> [String] {
        let a = try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: text))
        return a.sentences.map { a.text($0.range) }
    }

    @Test("«PLACE - AGENCY:» is split off as a dateline when AGENCY is a known outlet")
    func placeAgencyColonIsADateline() throws {
        #expect(try sentences("تهران - خبرگزاری جمهوری اسلامی: رهبر انقلاب دیروز در دیدار با دانش‌آموزان گفت") ==
                ["تهران - خبرگزاری جمهوری اسلامی:", "رهبر انقلاب دیروز در دیدار با دانش‌آموزان گفت"])
        // A numbered heading before a colon names no outlet: it stays in its sentence.
        #expect(try sentences("3- هلموت شون: 139 دیدار ملی") == ["3- هلموت شون: 139 دیدار ملی"])
    }

    @Test("the lead after an IRNA dateline reports its meeting")
    func meetingAfterDateline() {
        let r = Fixture.extract("دیدار هیات آمریکایی با رئیس جمهوری سوریه\n\nدمشق- خبرگزاری جمهوری اسلامی: حسن کریمی عضو مجلس سنای آمریکا روز یکشنبه در دمشق با رضا صادقی وزیر امور خارجه سوریه دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("the lead after a desk label and its reporter's byline reports its meeting; the reporter meets no one")
    func meetingAfterByline() {
        let r = Fixture.extract("گروه سیاسی- مریم غفاری: دیدار علی محمدی وزیر کشور با رضا صادقی وزیر امور خارجه دیروز در تهران برگزار شد.")
        #expect(Fixture.metNames(r) == [["علی محمدی", "رضا صادقی"]])
        #expect(Fixture.person(r, named: "مریم غفاری") == nil)
        // The subject right after the byline is the lead's subject: the desk label is read before the one-dash
        // dateline it looks like (`ClauseReader.readSubjectStart`).
        let verb = Fixture.extract("گروه سیاسی- مریم غفاری: علی محمدی وزیر کشور دیروز با رضا صادقی وزیر امور خارجه دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(verb) == [["علی محمدی", "رضا صادقی"]])
        #expect(Fixture.person(verb, named: "مریم غفاری") == nil)
    }

    @Test("an office as the lead's subject after a byline is the person named in the next sentence")
    func officeAfterBylineIsNamedLater() {
        let r = Fixture.extract("گروه اجتماعی- زهرا رفیعی: سخنگوی قوه قضاییه از کم شدن فعالیت شرکت‌های هرمی خبر داد. جمال کریمی راد در نشست هفتگی با خبرنگاران گفت: این شرکت‌ها کمتر فعالند.")
        let person = Fixture.person(r, named: "جمال کریمی راد")
        #expect(person?.mentions.contains { $0.text == "سخنگوی قوه قضاییه" } == true)
        // Hamshahri also writes the desk's dash as an underscore («گروه اقتصادي _ علي ابراهيمي:»): the quotation test
        // and the subject reader take the same dashes (`LeadPrefix.dashes`), so the lead's office is still read.
        let underscore = Fixture.extract("گروه اقتصادی _ علی ابراهیمی: معاون طرح و برنامه گمرک جمهوری اسلامی ایران از افزایش تبادل کالا خبر داد. ابوطالب نجفی با اشاره به رشد صادرات گفت: واردات هم بیشتر شد.")
        #expect(Fixture.person(underscore, named: "ابوطالب نجفی")?.mentions.contains { $0.text.hasPrefix("معاون طرح و برنامه") } == true)
    }

    @Test("a speaker and his verb after the desk's dash are no byline: the colon opens his quotation")
    func speakerAfterDeskDashQuotes() {
        let r = Fixture.extract("گروه سیاسی - وزیر امور خارجه گفت: رضا صادقی با حسن کریمی دیدار و گفت‌وگو کرد.")
        #expect(r.met.isEmpty)
    }

    @Test("a speaker's colon still opens a quotation: a meeting inside it is not read")
    func speakersColonStillQuotes() {
        let r = Fixture.extract("علی محمدی وزیر کشور گفت: رضا صادقی با حسن کریمی دیدار و گفت‌وگو کرد.")
        #expect(r.met.isEmpty)
    }
}
