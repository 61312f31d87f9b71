import Testing
@testable import Extractors

/// Issue 16, round 29: one word no lexicon knows as the sentence's subject, before the comma of apposition and an office.
@Suite("A one-word surname before the comma of apposition")
struct OneWordAppositionTests {
    @Test("after the outlet's colon: «خبرگزاری فارس: روموهیون، رییس‌جمهور کره‌جنوبی …»")
    func afterColon() {
        let text = "خبرگزاری فارس: روموهیون، رییس‌جمهور کره‌جنوبی روز گذشته از ملت کره‌جنوبی عذرخواهی کرد."
        #expect(Fixture.roles(of: text, "روموهیون") == ["رییس‌جمهور کره‌جنوبی"])
    }

    @Test("at the sentence's start: «خرم، وزیر راه و ترابری نیز در این مراسم گفت …»")
    func sentenceStart() {
        let text = "این طرح با حضور محمدباقر قالیباف افتتاح شد. خرم، وزیر راه و ترابری نیز در این مراسم گفت: پنج سال کار شد."
        #expect(Fixture.roles(of: text, "خرم") == ["وزیر راه و ترابری"])
    }

    @Test("an item of a list of occupations is no name: «… مربی بدنسازی، مدیر شرکت، پرستار، استاد دانشگاه …»")
    func occupationList() {
        let r = Fixture.extract("آنان در مشاغلی مانند مربی بدنسازی، مدیر شرکت، پرستار، استاد دانشگاه و پزشک کار می‌کنند.")
        #expect(Fixture.person(r, named: "پرستار") == nil)
    }
}
