import Testing
@testable import Extractors

/// Name lexicon entries mined with their counts: surnames of the public list the dev corpora write after a given name
/// (surnames.txt, scripts/mine-surnames.py).
@Suite("Name lexicons: mined surnames")
struct MinedNameLexiconTests {
    @Test("a mined surname that no ending marks is read after a given name: «اکبر ترکان»")
    func minedSurname() {
        let r = Fixture.extract("این درست زمانی است که اکبر ترکان سکان هدایت بزرگترین هلدینگ صنعتی و دولتی ایران را در دست گرفت.")
        #expect(Fixture.person(r, named: "اکبر ترکان")?.mentions.first?.rule == "person.given-surname")
    }

    @Test("a mined surname vouches for a given name that is also a word, in a roster: «ایمان زندی، حامد آفاق»")
    func minedSurnameInRoster() {
        let r = Fixture.extract("اسامی دعوت شدگان: ایمان زندی، حامد آفاق، جواد داوری، سامان ویسی و مهدی کامرانی.")
        #expect(Fixture.person(r, named: "ایمان زندی") != nil)
        #expect(Fixture.person(r, named: "حامد آفاق") != nil)
    }

    @Test("«فتاح» is not listed: «امیر فتاح» stays unread")
    func fattahLeftOut() {
        #expect(Fixture.extract("در این دیدار امیر فتاح نیز حضور داشت.").people.isEmpty)
    }
}
