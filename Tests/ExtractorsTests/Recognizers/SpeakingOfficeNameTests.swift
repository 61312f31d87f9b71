import Testing
@testable import Extractors

/// Issue 16, round 29: two or three words no lexicon knows that open a sentence's subject right before an office, in a
/// sentence that reports one person's speech, are a name without the comma of apposition (`person.apposition-role`,
/// NameRecognizer.speaksAsOffice).
@Suite("A speaking subject's name before its office")
struct SpeakingOfficeNameTests {
    @Test("three words before «رئیس کمیته …» and «گفت»: a transliterated name with its office")
    func threeWordsBeforeOffice() {
        let text = "فرانس بکن باوئر رئیس کمیته برگزاری مسابقات جام جهانی گفت: همه چیز آماده است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "فرانس بکن باوئر")?.mentions.first?.rule == "person.apposition-role")
        #expect(Fixture.roles(r, "فرانس بکن باوئر") == ["رئیس کمیته برگزاری مسابقات جام جهانی"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("after a report opener: «به گزارش …، جاش ارنست سخنگوی کاخ سفید … گفت»")
    func afterReportOpener() {
        let text = "به گزارش خبرگزاری فارس، جاش ارنست سخنگوی کاخ سفید در نشست خبری گفت: تحریم‌ها ادامه دارد."
        #expect(Fixture.roles(of: text, "جاش ارنست") == ["سخنگوی کاخ سفید"])
    }

    @Test("a compound surname written apart, its first part an everyday word, before a surname-like word")
    func compoundSurnameApart() {
        let text = "دانش آشتیانی عضو هیئت رئیسه شورای شهر تهران گفت: اگر قرار باشد این طرح اجرا شود باید بررسی شود."
        #expect(Fixture.roles(of: text, "دانش آشتیانی") == ["عضو هیئت رئیسه شورای شهر تهران"])
    }

    @Test("everyday words before an office are no name: «هنگام نصب کارشناس مربوطه گفت», «فرض کنیم رئیس اداره …»")
    func everydayWords() {
        let r = Fixture.extract("یک قطعه کامپیوتری خریداری کردم. هنگام نصب کارشناس مربوطه گفت: قطعه مورد نظر خراب است.")
        #expect(Fixture.person(r, named: "هنگام نصب") == nil)
    }

    @Test("no report of speech: two open words before an office stay a noun phrase")
    func noSpeech() {
        let r = Fixture.extract("طرح استیضاح وزیر کشور امروز در مجلس بررسی شد.")
        #expect(Fixture.person(r, named: "طرح استیضاح") == nil)
    }
}
