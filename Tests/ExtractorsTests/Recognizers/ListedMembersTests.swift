import Testing
@testable import Extractors

/// Issue 16, round 28: a stock page's list of companies after «شرکت های», vouched for by a listed company among its
/// items (ListedMembers.swift, `institution.list-member`).
@Suite("Recognizers: the members of a list of companies")
struct ListedMembersTests {
    @Test("the items a comma closes become bodies when a listed company stands among them")
    func stockPageList() {
        let text = "سهام شرکت های پارس خودرو، بوعلی، سیمان تهران، صدرا و گروه بهمن بیشترین خریدار را داشتند."
        let r = Fixture.extract(text)
        let bodies = Set(r.institutions.map(\.name))
        #expect(bodies.isSuperset(of: ["پارس خودرو", "بوعلی", "سیمان تهران"]), "\(bodies)")
        // The item after the last comma is left out: «صدرا و گروه بهمن» may be one name or two.
        #expect(!bodies.contains("صدرا و گروه بهمن"), "\(bodies)")
        #expect(r.institutions.contains { $0.mentions.contains { $0.rule == "institution.list-member" } })
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a list of kinds of companies with no listed company among them names no body")
    func categoryList() {
        let r = Fixture.extract("شرکت های دولتی، خصوصی، تعاونی و خارجی در این نمایشگاه حضور داشتند.")
        #expect(!r.institutions.contains { $0.mentions.contains { $0.rule == "institution.list-member" } }, "\(r.institutions.map(\.name))")
    }

    @Test("round 31: with no head, the items between two commas of a list holding two listed companies are bodies")
    func headlessStockList() {
        let text = "دیروز سنگین ترین فشار عرضه بر پارس خودرو، سرمایه گذاری غدیر، داروپخش، مخابرات ایران و زامیاد وارد آمد."
        let r = Fixture.extract(text)
        let bodies = Set(r.institutions.map(\.name))
        #expect(bodies.isSuperset(of: ["سرمایه گذاری غدیر", "داروپخش"]), "\(bodies)")
        #expect(Fixture.offsetsHold(r, in: text))
        // An everyday word, a given name or a body's head alone is no company even there.
        let words = Fixture.extract("دیروز پارس خودرو، آزمایش، پیام، شهرداری، مخابرات ایران و زامیاد معامله شدند.")
        #expect(Set(words.institutions.map(\.name)).isDisjoint(with: ["آزمایش", "پیام", "شهرداری"]), "\(words.institutions.map(\.name))")
        // One listed body is not enough.
        let one = Fixture.extract("در این جلسه پارس خودرو، کارگران، مدیران و دولت حضور داشتند.")
        #expect(!one.institutions.contains { $0.name == "کارگران" })
    }
}
