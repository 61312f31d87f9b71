import Testing
@testable import Extractors

/// A name written whole once and without its first given name elsewhere («اسفندیار رحیم مشایی», «رحیم مشایی»)
/// is one person, who meets no copy of themselves; a longer writing whose extra word is a common word as much as a
/// name («آرمان», a newspaper) or two people who both fit leave the names apart.
@Suite("Coreference: a name written without its first given name")
struct NameSuffixTests {
    @Test("the shorter writing after the whole name is the same person, and no self-meeting is drawn")
    func shorterAfterWhole() {
        let text = "محمد علی صالح آبادی در مراسم گشایش نمایشگاه بورس گفت: سرمایه‌گذاری رشد می‌کند.\nدر این مراسم، علی صالح آبادی و حسن کریمی از نمایشگاه دیدن کردند."
        let r = Fixture.extract(text)
        let named = r.people.filter { !$0.unnamed }.map(\.name)
        #expect(named.filter { $0.hasSuffix("آبادی") } == ["محمد علی صالح آبادی"], "\(named)")
        let person = Fixture.person(r, named: "محمد علی صالح آبادی")
        #expect(person?.mentions.contains { $0.rule == "coref.name-suffix" } == true, "\(person?.mentions.map(\.rule) ?? [])")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "محمد علی صالح آبادی"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the whole name after the shorter writing takes it over")
    func wholeAfterShorter() {
        let r = Fixture.extract("علی صالح آبادی در نشست خبری گفت: بورس رشد می‌کند.\nمحمد علی صالح آبادی رئیس سازمان بورس افزود: شاخص بالا رفت.")
        let named = r.people.filter { !$0.unnamed }.map(\.name)
        #expect(named.filter { $0.hasSuffix("آبادی") } == ["محمد علی صالح آبادی"], "\(named)")
    }

    @Test("a first word that is a common word as much as a given name does not lengthen a name")
    func ambiguousFirstWord() {
        let r = Fixture.extract("به گزارش روزنامه آرمان سید محمد خاتمی در این دیدار گفت: گفت‌وگو ادامه می‌یابد.\nسید محمد خاتمی با علی رضایی دیدار کرد.")
        let named = r.people.filter { !$0.unnamed }.map(\.name)
        #expect(!named.contains { $0.hasPrefix("آرمان") }, "\(named)")
        #expect(!r.people.contains { $0.mentions.contains { $0.rule == "coref.name-suffix" } }, "\(r.people.map { ($0.name, $0.mentions.map(\.rule)) })")
    }

    @Test("the rule itself: one fitting person, two words at least, plain given names only")
    func suffixMatch() {
        let plain: (String) -> Bool = { ["اسفندیار", "محمد"].contains($0) }
        let named = [0: ["اسفندیار", "رحیم", "مشایی"], 1: ["جک", "استراو"]]
        #expect(Coreferencer.nameSuffixPerson(["رحیم", "مشایی"], among: named, plainGivenName: plain) == 0)
        #expect(Coreferencer.nameSuffixPerson(["مشایی"], among: named, plainGivenName: plain) == nil)
        #expect(Coreferencer.nameSuffixPerson(["پیام", "جک", "استراو"], among: named, plainGivenName: plain) == nil)
        let two = [0: ["محمد", "رحیم", "مشایی"], 1: ["اسفندیار", "رحیم", "مشایی"]]
        #expect(Coreferencer.nameSuffixPerson(["رحیم", "مشایی"], among: two, plainGivenName: plain) == nil)
    }
}
