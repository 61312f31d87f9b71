import Testing
@testable import Extractors

/// Round 25: an office that opens a report of speech, its body in open words, set off from its verb by a comma
/// («رئیس دپارتمان داوری، گفت: …»), is read whole and given to the name the next sentence introduces.
@Suite("An office set off from its verb by a comma")
struct SpeakerOfficeCommaTests {
    @Test("the office before «، گفت» goes to the name of the next sentence")
    func officeBeforeCommaAndVerb() {
        let r = Fixture.extract("رئیس دپارتمان داوری، گفت: سیستم واحد لازم است. داود رفعتی افزود: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "داود رفعتی")?.roles.map(\.text) == ["رئیس دپارتمان داوری"])
    }

    @Test("not when the words after the comma run on: a comma inside the subject is no end of it")
    func commaBeforeMoreWords() {
        let r = Fixture.extract("رئیس دپارتمان داوری، سیستم جدید را معرفی کرد. داود رفعتی افزود: کار ادامه دارد.")
        #expect(Fixture.person(r, named: "داود رفعتی")?.roles.isEmpty ?? true)
    }
}
