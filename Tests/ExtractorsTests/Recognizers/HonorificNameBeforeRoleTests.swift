import Testing
@testable import Extractors

/// «سید» and two words no lexicon reads as a name, before a role or a report of speech (round 18).
@Suite("Names after the honorific «سید» before a role")
struct HonorificNameBeforeRoleTests {
    @Test("«سید رمضان جعفری مدیر …»: a given name that is a month, after «سید», before an office")
    func monthGivenName() {
        let text = "سید رمضان جعفری مدیر شعب پست بانک هرمزگان گفت: این طرح خوب است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "سید رمضان جعفری")?.roles.map(\.text) == ["مدیر شعب پست بانک هرمزگان"])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("without a role or a report of speech after them, the words after «سید» are no name")
    func noRoleNoName() {
        let r = Fixture.extract("مردم در حرم سید راضی نوری روشن کردند.")
        #expect(Fixture.person(r, named: "سید راضی نوری") == nil)
    }
}
