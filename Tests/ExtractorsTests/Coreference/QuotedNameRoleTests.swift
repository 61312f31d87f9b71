import Testing
@testable import Extractors

/// A role after a name written in quotes (how the news writes foreign names) is that person's role, and an office
/// named by its field alone does not run on into a light verb.
@Suite("Roles after quoted names; offices before an auxiliary")
struct QuotedNameRoleTests {
    @Test("«‹X› ROLE»: the closing quote between a name and its role")
    func guillemets() {
        let r = Fixture.extract("كمال خرازي در صنعا با «علي عبدالله صالح» رئيس جمهوري يمن ديدار كرد.")
        #expect(Fixture.person(r, named: "علی عبدالله صالح")?.roles.map(\.text) == ["رئيس جمهوري يمن"])
        #expect(!r.people.contains { $0.unnamed })
    }

    @Test("«‹X›، ROLE»: a quote and a comma")
    func quoteAndComma() {
        let r = Fixture.extract("وزیر امور خارجه با \"وانگ یی\"، معاون وزیر خارجه چین دیدار کرد.")
        #expect(Fixture.person(r, named: "وانگ یی")?.roles.first?.text.hasPrefix("معاون وزیر خارجه") == true)
        #expect(!r.people.contains { $0.unnamed && $0.name.hasPrefix("معاون") })
    }

    @Test("a quoted title is not a name, so the role after it stays its own holder")
    func quotedTitleNoName() {
        let r = Fixture.extract("کتاب «سفر به شرق» رئیس کتابخانه ملی را به تحسین واداشت.")
        #expect(!r.people.contains { $0.name.contains("سفر") })
    }

    @Test("«با وزیر مسکن مطرح شد»: an office named by its field stops before a light verb, never «وزیر مسکن مطرح»")
    func fieldOfficeBeforeAuxiliary() {
        let r = Fixture.extract("در نشست نمایندگان با وزیر مسکن مطرح شد")
        #expect(!r.people.contains { $0.name.contains("مطرح") })
    }

    @Test("a quoted name after «با» is the meeting's other party: «با «علی عبدالله صالح» رئیس جمهوری یمن دیدار کرد»")
    func quotedComitativeParty() {
        let r = Fixture.extract("كمال خرازي در صنعا با «علي عبدالله صالح» رئيس جمهوري يمن ديدار كرد.")
        #expect(Fixture.metNames(r) == [["كمال خرازي", "علي عبدالله صالح"]])
    }

    @Test("a quoted name opening the sentence is its subject: «‹آهلین› نایب رئیس … در دیدار با رئیس قوه قضائیه»")
    func quotedSubject() {
        let r = Fixture.extract("«آهلین» نایب رئیس کمیسیون سیاست خارجی مجلس سوئد در دیدار با رئیس قوه قضائیه خواستار آزادی آنها شد.")
        #expect(Fixture.metNames(r) == [["آهلین", "رئیس قوه قضائیه"]])
    }

    @Test("a «که» clause about people named after the subject: its meeting does not take the subject in")
    func clauseOfOthers() {
        let r = Fixture.extract("حسن کریمی در این بیانیه اعلام کرد جدیدترین مورد «سارا احمدی» و برادرش «رضا احمدی» هستند که در جریان دیدار با «علی احمدی» بازداشت شدند.")
        #expect(!Fixture.metNames(r).contains { $0.contains("حسن کریمی") })
    }

    @Test("a list of quoted names is read back at most `quoted-name-list` items, so a long one stays linear")
    func longQuotedList() {
        // Forty quoted pairs of words no lexicon holds after one name the lexicons vouch for: each item counts as a
        // name only through the items before it, and the walk back stops at the limit.
        let letters = Array("بپتجدرزسشفکلمنوه")
        let words = (0..<80).map { n in String((0..<5).map { k in letters[(n * 7 + k * 3 + n / 16) % letters.count] }) }
        let items = (0..<40).map { "«\(words[2 * $0]) \(words[2 * $0 + 1])»" }
        let r = Fixture.extract("او با «سرگئی لاوروف» و " + items.joined(separator: " و ") + " دیدار کرد.")
        let limit = PhraseLimits().quotedNameList
        #expect(r.people.count > 2)
        #expect(r.people.count <= limit + 1)
    }
}
