import Testing
@testable import Extractors

/// Issue 16, round 30: a verbal noun's own preposition is a word of a body's name (stop-words.txt `in-name-after=` on
/// «با», «از», «بر»), and a name cut right after one drops it (`object=yes`).
@Suite("A verbal noun's preposition inside a body's name")
struct VerbalNounPrepositionTests {
    @Test("«عضو کمیته کشوری تغذیه با شیر مادر»: the office and its body read past «با»")
    func feedingWith() {
        let r = Fixture.extract("احمدرضا فرسار عضو کمیته کشوری تغذیه با شیر مادر گفت: شیر مادر بهترین غذاست.")
        #expect(Fixture.roles(r, "احمدرضا فرسار") == ["عضو کمیته کشوری تغذیه با شیر مادر"])
        #expect(r.institutions.map(\.name).contains("کمیته کشوری تغذیه با شیر مادر"))
    }

    @Test("«موسسه مراقبت از پوست آمریکا»: a body named for care of something, its country after the object")
    func careOf() {
        let r = Fixture.extract("به گفته کارشناسان موسسه مراقبت از پوست آمریکا، آفتاب خطرناک است.")
        #expect(r.institutions.map(\.name) == ["موسسه مراقبت از پوست آمریکا"])
    }

    @Test("a preposition after any other noun still ends the name: «اداره برق امکان نظارت بر این پست را نداشت»")
    func otherNounEndsName() {
        let r = Fixture.extract("اداره برق امکان نظارت بر این پست را نداشته است.")
        #expect(!r.institutions.contains { $0.name.hasSuffix("بر") })
    }
}
