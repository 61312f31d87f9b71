import Testing
@testable import Extractors

/// A bulletin or roundup runs several news items in one record (`NewsItems`: a separator line, a headline over a
/// dateline): a bare office head («وزیر») or a pronoun («وی») refers to someone of its own item, never to a holder
/// or subject of another item (issue 21, participants gathered across the items of a roundup). A complete office
/// («وزیر صنایع و معادن») still names its one holder across items, and a text of one item links as before.
@Suite("Coreference: links stay inside a news item")
struct NewsItemCorefTests {
    private let first = "علی رضایی وزیر صنایع و معادن در نشست خبری گفت: تولید افزایش یافت."
    private let meeting = "در دیدار با حسن کریمی استاندار کرمان گفت: کار ادامه دارد."

    @Test("a bare «وزیر» after a separator is not the minister of the item before it")
    func bareHeadStaysInItem() {
        let r = Fixture.extract("\(first)\n\n***\n\nوزیر \(meeting)")
        #expect(Fixture.metNames(r).isEmpty, "\(Fixture.metNames(r))")
        #expect(Fixture.person(r, named: "علی رضایی")?.mentions.allSatisfy { $0.rule != RuleID.corefRoleHead.rawValue } == true)
    }

    @Test("«وی» opening an item has no subject before it in the item and is nobody")
    func pronounStaysInItem() {
        let r = Fixture.extract("\(first)\n\n***\n\nوی \(meeting)")
        #expect(Fixture.metNames(r).isEmpty, "\(Fixture.metNames(r))")
    }

    @Test("in a text of one item the bare head and the pronoun still refer to the minister")
    func oneItemUnchanged() {
        for opener in ["وزیر", "وی"] {
            let r = Fixture.extract("\(first)\n\n\(opener) \(meeting)")
            #expect(Fixture.metNames(r) == [["علی رضایی", "حسن کریمی"]], "\(opener): \(Fixture.metNames(r))")
        }
    }

    @Test("each line of a bulleted list of titles is an item: a bare «وزیر» of one title is not the minister of another")
    func listedTitles() {
        let text = "مهمترین عناوین خبری روزنامه‌های صبح امروز\n\n- علی رضایی وزیر صنایع و معادن: تولید افزایش یافت\n\n- دیدار وزیر و معاونان وزارت اطلاعات با رهبر انقلاب\n\n- حسن کریمی: بودجه سال آینده تغییر می‌کند"
        let r = Fixture.extract(text)
        #expect(!Fixture.metNames(r).contains { $0.contains("علی رضایی") }, "\(Fixture.metNames(r))")
    }

    @Test("a bulleted crosshead between paragraphs of one report opens no item")
    func bulletedCrosshead() {
        let r = Fixture.extract("\(first)\n\n* افزایش تولید در صنعت\n\nوزیر \(meeting)")
        #expect(Fixture.metNames(r) == [["علی رضایی", "حسن کریمی"]], "\(Fixture.metNames(r))")
    }

    @Test("a complete office names its one holder across items")
    func completeOfficeAcrossItems() {
        let r = Fixture.extract("\(first)\n\n***\n\nوزیر صنایع و معادن \(meeting)")
        #expect(Fixture.metNames(r) == [["علی رضایی", "حسن کریمی"]], "\(Fixture.metNames(r))")
    }
}
