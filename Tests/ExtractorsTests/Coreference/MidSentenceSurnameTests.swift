import Testing
@testable import Extractors

/// A surname alone before an office in mid-sentence (`person.surname-mid-role`): after another office, «با حضور»,
/// «با» or a report of speech it is the office's holder; after any other noun a word ending like a surname is
/// that noun's adjective. Invented sentences of the kind the Fars and Hamshahri corpora write.
@Suite("A bare surname before an office in mid-sentence")
struct MidSentenceSurnameTests {
    /// The roles of the person with that name, as written.
    private func roles(_ r: DocumentExtraction, of name: String) -> [String] {
        Fixture.person(r, named: name)?.roles.map(\.text) ?? []
    }

    @Test("after another office: «… رئیس جمهور بهزادی وزیر آموزش و پرورش گزارشی … ارائه کرد»")
    func afterAnotherOffice() {
        let text = "در این جلسه پیش از سخنان رئیس جمهور بهزادی وزیر آموزش و پرورش گزارشی از اقدامات این وزارتخانه ارائه کرد."
        let r = Fixture.extract(text)
        #expect(roles(r, of: "بهزادی") == ["وزیر آموزش و پرورش"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("after «با حضور»: «… با حضور نوروزی استاندار گیلان برگزار شد»")
    func afterPresence() {
        let r = Fixture.extract("همایش کشاورزان نمونه استان دیروز با حضور نوروزی استاندار گیلان در رشت برگزار شد.")
        #expect(roles(r, of: "نوروزی") == ["استاندار گیلان"])
    }

    @Test("after a report of speech: «… اعلام کرد رستمی‌زاده فرماندار …»")
    func afterSpeech() {
        let r = Fixture.extract("در پایان این نشست اعلام کرد رستمی‌زاده فرماندار شهرستان بم به زودی منصوب می‌شود.")
        #expect(roles(r, of: "رستمی‌زاده") == ["فرماندار شهرستان بم"])
    }

    @Test("an adjective after a noun is no surname: «معاون عمرانی وزیر کشور», «سازمان‌های دولتی مدیرعامل …»")
    func adjectiveAfterNoun() {
        let r = Fixture.extract("معاون عمرانی وزیر کشور از شهرستان بازدید کرد. در نشست نمایندگان شرکت‌های دولتی مدیرعامل بانک ملی سخنرانی کرد.")
        #expect(r.people.filter { !$0.unnamed }.isEmpty)
    }

    @Test("a bare «ی» noun after an office is no surname: «وزیر نفت پیشنهادی رئیس جمهور», «… پیروزی رئیس جمهور …»")
    func everydayNisbaAfterOffice() {
        let r = Fixture.extract("نمایندگان برای رأی اعتماد به وزیر نفت پیشنهادی رئیس جمهور آماده‌اند. "
            + "سخنگوی وزارت امور خارجه پیروزی رئیس جمهور در انتخابات را به مردم تبریک گفت.")
        #expect(r.people.filter { !$0.unnamed }.isEmpty)
    }

    @Test("an everyday word after «با» is no surname: «با همکاری استاندار …»")
    func everydayWordAfterWith() {
        let r = Fixture.extract("این طرح با همکاری استاندار تهران و شهردار منطقه اجرا شد.")
        #expect(r.people.filter { !$0.unnamed }.isEmpty)
    }
}
