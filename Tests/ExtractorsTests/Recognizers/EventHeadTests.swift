import Testing
@testable import Extractors

/// A head `mention=event` (institution-heads.txt: «جشنواره») names an event, not an organization: its phrase completes
/// an office but is never an institution (issue 16 item 3, eighth round).
@Suite("Event heads: a festival completes an office, names no institution")
struct EventHeadTests {
    @Test("a festival with its place completes its secretary's office and is no institution")
    func festivalCompletesOffice() {
        let r = Fixture.extract("محمد احمدی دبیر جشنواره بین المللی فیلم کودک اصفهان گفت: فیلم ها انتخاب شدند.")
        #expect(r.people.first?.roles.map(\.text) == ["دبیر جشنواره بین المللی فیلم کودک اصفهان"])
        #expect(r.institutions.isEmpty)
        #expect(Fixture.extract("فیلم وی در جشنواره برلین به نمایش درآمد و جایزه گرفت.").institutions.isEmpty)
    }

    @Test("a body that runs a festival is still an institution")
    func bodyOfAFestival() {
        let r = Fixture.extract("به گزارش روابط عمومی جشنواره، ستاد برگزاری جشنواره فیلم فجر تهران فهرست فیلم ها را اعلام کرد.")
        #expect(r.institutions.map(\.name) == ["ستاد برگزاری جشنواره فیلم فجر تهران"])
    }
}
