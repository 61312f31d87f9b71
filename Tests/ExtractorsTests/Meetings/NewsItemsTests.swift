import Testing
@testable import Extractors

/// A meeting's participants stop at the boundary of its news item (NewsItems): bulletins run several items in
/// one record, each opened by a short unpunctuated headline line or set off by «***».
@Suite("News items of a bulletin")
struct NewsItemsTests {
    /// A bulletin of two items: a meeting, then another item whose speaker says «نیز … گفت» or «در این نشست».
    static func bulletin(_ separator: String, _ second: String) -> String {
        "دیدار استاندار با فرماندار\nحسن کریمی استاندار یزد روز گذشته با علی نوری فرماندار میبد دیدار و گفت‌وگو کرد.\n"
            + separator + "\n" + second
    }

    @Test("«X نیز … گفت» after a headline line and a dateline is a new item's speaker, not the meeting's")
    func alsoSpeakerStopsAtHeadline() {
        let r = Fixture.extract(Self.bulletin("افزایش بهای بلیت اتوبوس در تابستان", "تهران - ایرنا - رضا صادقی مدیرعامل شرکت واحد نیز گفت: بهای بلیت بالا می‌رود."))
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"]])
        #expect(r.people.contains { $0.name == "رضا صادقی" })
    }

    @Test("«در این نشست» after «***» does not reach back to the other item's meeting")
    func thisMeetingStopsAtSeparator() {
        let r = Fixture.extract(Self.bulletin("***", "مهدی رحیمی رئیس سازمان بهزیستی نیز در این نشست گفت: طرح تازه اجرا می‌شود."))
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"]])
    }

    @Test("a crosshead followed by the report's own text opens no item: «نیز در این نشست» still joins")
    func crossheadKeepsJoin() {
        let r = Fixture.extract(Self.bulletin("ضرورت همکاری شهرداری‌ها با دولت", "مهدی رحیمی رئیس سازمان بهزیستی نیز در این نشست گفت: طرح تازه اجرا می‌شود."))
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "مهدی رحیمی"]))
    }

    @Test("within one item the joins still hold")
    func joinWithinItem() {
        let r = Fixture.extract("دیدار استاندار با فرماندار\nحسن کریمی استاندار یزد در نشست با علی نوری فرماندار میبد گفت: کار ادامه دارد.\nمهدی رحیمی رئیس سازمان بهزیستی نیز در این نشست گفت: طرح تازه اجرا می‌شود.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی نوری"], ["حسن کریمی", "مهدی رحیمی"], ["علی نوری", "مهدی رحیمی"]])
    }

    @Test("a line that ends in a colon or a period, or a long line, opens no item")
    func notHeadlines() {
        // «وی در این نشست گفت:» on a line of its own introduces a quotation of the same item.
        let colon = Fixture.extract("حسن کریمی استاندار یزد در نشست با علی نوری فرماندار میبد گفت: کار ادامه دارد.\nمهدی رحیمی رئیس سازمان بهزیستی نیز در این نشست گفت:\nطرح تازه اجرا می‌شود.")
        #expect(Fixture.metNames(colon).contains(["حسن کریمی", "مهدی رحیمی"]))
        let lines = "حسن کریمی استاندار یزد در نشست با علی نوری فرماندار میبد گفت: کار ادامه دارد.\nطرح تازه اجرا می‌شود.\nمهدی رحیمی رئیس سازمان بهزیستی نیز در این نشست گفت: طرح خوب است."
        #expect(Fixture.metNames(Fixture.extract(lines)).contains(["علی نوری", "مهدی رحیمی"]))
    }
}
