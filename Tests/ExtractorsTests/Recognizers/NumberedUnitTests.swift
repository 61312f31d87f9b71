import Testing
@testable import Extractors

/// A unit known by its number (institution-heads.txt `numbered=yes`: «شعبه», «کلانتری») takes the number right after
/// its head into its name, so that a court branch's head or a police station's chief is read with the whole office
/// («رئیس شعبه 113 دادگاه کیفری استان تهران»), as the gold names it (issue 16, twentieth round).
@Suite("Numbered units: court branches and police stations")
struct NumberedUnitTests {
    @Test("the number after «شعبه» belongs to the branch, and the court after it is the branch's parent body")
    func courtBranch() {
        let text = "قاضی محمد سلطان همتیار، رئیس شعبه 113 دادگاه کیفری استان تهران در همین رابطه گفت: جلسه فردا برگزار می‌شود."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "محمد سلطان همتیار")?.roles.map(\.text) == ["رئیس شعبه 113 دادگاه کیفری استان تهران"])
        #expect(r.institutions.map(\.name).contains("شعبه 113 دادگاه کیفری استان تهران"))
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a police station by its number alone is an office's body; a number after another head is not read in")
    func policeStationAndOtherHeads() {
        let station = Fixture.extract("علی رضایی رئیس کلانتری ۱۰۳ گفت: سارق دستگیر شد.")
        #expect(Fixture.person(station, named: "علی رضایی")?.roles.map(\.text) == ["رئیس کلانتری ۱۰۳"])
        // «سازمان» is no numbered unit: «سازمان 20 …» does not take the number.
        let other = Fixture.extract("علی رضایی رئیس سازمان 20 سال پیش این طرح را آغاز کرد.")
        #expect(!other.people.flatMap(\.roles).contains { $0.text.contains("20") })
    }
}
