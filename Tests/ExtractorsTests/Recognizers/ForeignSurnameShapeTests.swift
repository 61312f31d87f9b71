import Testing
@testable import Extractors

/// A word ending in a surname ending of another language («…ویچ», «…فسکی», «…نسکی»; surname-suffixes.txt
/// `origin=foreign`) is a surname wherever it stands, with the open word before it as the first name when that word
/// is no everyday word (everyday-words.txt) and no noun's complement (`person.foreign-surname`, issue 16, twentieth
/// round).
@Suite("Surnames of another language's ending")
struct ForeignSurnameShapeTests {
    @Test("a first name no list knows before the surname, with no role or report of speech after them")
    func firstNameBeforeSurname() {
        let text = "تیم زیر 23 سال با مربیگری ولاتکو مارکوویچ به مقام سوم رسید و به گفته میروسلاو بلاژوویچ آماده است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "مارکوویچ")?.mentions.first?.rule == RuleID.personForeignSurname.rawValue)
        #expect(Fixture.person(r, named: "میروسلاو بلاژوویچ") != nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("an everyday word before the surname is no first name: the surname is read alone")
    func everydayWordBeforeSurname() {
        let r = Fixture.extract("عملکرد بلاژوویچ در جام جهانی موفق نبود.")
        #expect(r.people.map(\.name) == ["بلاژوویچ"])
        let sandwich = Fixture.extract("در این مراسم یک ساندویچ به هر نفر داده شد.")
        #expect(sandwich.people.isEmpty)
    }
}
