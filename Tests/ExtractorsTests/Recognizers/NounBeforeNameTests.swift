import Testing
@testable import Extractors

/// Issue 16, round 34: a given name that news also writes as a noun right before someone's name (given-names.txt
/// `before-name=word`: «پیام» message, «پروانه» the butterfly stroke) is that noun before another given name, and
/// the name starts after it.
@Suite("Names: a noun before a name that is also a given name")
struct NounBeforeNameTests {
    @Test("«پیام کوفی عنان», «پیام سیدمحمد خاتمی»: the message's author is the name after «پیام»")
    func messageOfSomeone() {
        let text = "پیام سیدمحمد خاتمی رئیس جمهور سابق به همایش قرائت شد."
        let r = Fixture.extract(text)
        #expect(r.people.map(\.name) == ["سیدمحمد خاتمی"], "\(r.people.map(\.name))")
        #expect(Fixture.person(r, named: "سیدمحمد خاتمی")?.roles.map(\.text) == ["رئیس جمهور سابق"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("«در 100 متر پروانه فرهاد فیاض از خراسان رضوی»: the stroke, then the swimmer")
    func butterflyStroke() {
        let r = Fixture.extract("در 50 متر کرال پشت جمال چاووشی فر از اصفهان، در 100 متر پروانه فرهاد فیاض از خراسان رضوی، در 800 متر آزاد سامان سالاری از تهران به مقام قهرمانی رسیدند.")
        let names = Set(r.people.map(\.name))
        #expect(names.contains("فرهاد فیاض"), "\(names)")
        #expect(!names.contains { $0.hasPrefix("پروانه") }, "\(names)")
    }

    @Test("the noun alone before a surname is still a given name: «پروانه معصومی گفت»")
    func givenNameBeforeSurname() {
        let r = Fixture.extract("پروانه معصومی بازیگر سینما گفت: فیلم آماده است.")
        #expect(Fixture.person(r, named: "پروانه معصومی") != nil, "\(r.people.map(\.name))")
    }
}
