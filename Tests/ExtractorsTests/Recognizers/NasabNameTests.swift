import Testing
@testable import Extractors

/// An Arab name with its father's name after «بن»/«بنت» (`person.nasab-name`, surname-particles.txt `kind=nasab`): the
/// person's own given name is taken in, not left out of a name read from the father's («عیسی آل خلیفه» for the king
/// of Bahrain, ham-850807-061). Sentences after the Hamshahri and Fars News reports that write such names.
@Suite("Nasab names: «حمد بن عیسی آل خلیفه», «سبیکه بنت ابراهیم آل خلیفه»")
struct NasabNameTests {
    @Test("«حمد بن عیسی آل خلیفه پادشاه بحرین» is one name, the king's, with his office")
    func sonOfWithFamilyName() throws {
        let r = Fixture.extract("حمد بن عيسي آل خليفه پادشاه بحرين با مادلين آلبرايت ديدار كرد.")
        let king = try #require(Fixture.person(r, named: "حمد بن عيسي آل خليفه"))
        #expect(king.roles.map(\.text) == ["پادشاه بحرين"])
        #expect(Fixture.person(r, named: "عيسي آل خليفه") == nil)
        #expect(Fixture.metNames(r).contains(["حمد بن عيسي آل خليفه", "مادلين آلبرايت"]))
    }

    @Test("«بنت»: «سبیکه بنت ابراهیم آل خلیفه» is the daughter's name, not her father's")
    func daughterOf() {
        let r = Fixture.extract("سبيكه بنت ابراهيم آل خليفه رئيس شوراي عالي زنان در بحرين گفت: زنان پيشرفت كرده اند.")
        #expect(Fixture.person(r, named: "سبيكه بنت ابراهيم آل خليفه") != nil)
        #expect(Fixture.person(r, named: "ابراهيم آل خليفه") == nil)
    }

    @Test("the father's given name alone ends the name: «متعب بن عبدالله وزیر گارد ملی عربستان»")
    func fatherGivenNameOnly() throws {
        let r = Fixture.extract("متعب بن عبدالله وزیر گارد ملی عربستان گفت: امنیت برقرار است.")
        let p = try #require(Fixture.person(r, named: "متعب بن عبدالله"))
        #expect(p.roles.map(\.text).contains("وزیر گارد ملی عربستان"))
    }

    @Test("«بن بست» is no name: a stop word or a place's head before the particle, no given name after it")
    func deadEndIsNoName() {
        let r = Fixture.extract("مذاکرات به بن بست رسید و ساکنان کوچه بن بست شکایت کردند.")
        #expect(r.people.isEmpty)
    }

    @Test("a given name before «بن» and a word that is no given name after it make no nasab name")
    func fatherMustBeGivenName() {
        let r = Fixture.extract("علی بن کتاب را به دانشگاه برد.")
        #expect(!r.people.contains { $0.name.contains("بن") })
    }
}
