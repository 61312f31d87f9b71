import Testing
@testable import Extractors

/// Round 25: the Revolutionary Guards' provincial corps are bodies of their own name (named-institutions.txt), the
/// province written after them their place; «سپاه» alone no longer cuts the office short.
@Suite("The Revolutionary Guards' provincial corps")
struct ProvincialCorpsTests {
    @Test("«سپاه فجر استان فارس», «سپاه کربلای استان مازندران», «سپاه قدس گیلان» are read whole in the office")
    func corpsWithProvince() {
        let fars = Fixture.extract("سعید کوشکی معاون هماهنگ کننده سپاه فجر استان فارس گفت: فرهنگ بسیجی در حال تکثیر است.")
        #expect(Fixture.person(fars, named: "سعید کوشکی")?.roles.map(\.text) == ["معاون هماهنگ کننده سپاه فجر استان فارس"])
        let gilan = Fixture.extract("محمد عبدالله پور فرمانده سپاه قدس گیلان گفت: دشمن به دنبال ضربه زدن است.")
        #expect(Fixture.person(gilan, named: "محمد عبدالله پور")?.roles.map(\.text) == ["فرمانده سپاه قدس گیلان"])
        let unit = Fixture.extract("ام‌السادات رخشنده مسؤول بسیج جامعه زنان سپاه کربلای استان مازندران گفت: همایش برگزار می‌شود.")
        #expect(unit.institutions.contains { $0.name == "بسیج جامعه زنان سپاه کربلای استان مازندران" })
    }
}
