import Testing
@testable import Extractors

/// Round 25: Hamshahri's one dash of apposition after a name that opens the sentence («علی احمدی - استاندار فارس با
/// …»). Two words and one dash at a sentence's start were read as a dateline («تهران - …»), which left the office as
/// the subject and the name out of the clause.
@Suite("A name set off by a dash opens its clause")
struct DashAppositionSubjectTests {
    @Test("the name before one dash is the meeting's subject; a place before it is still a dateline")
    func nameBeforeDashIsSubject() {
        let r = Fixture.extract("علی احمدی - استاندار فارس با وزیر کشور دیدار کرد.")
        #expect(Fixture.roles(r, "علی احمدی") == ["استاندار فارس"])
        #expect(r.meetings.contains { $0.participants.count == 2 })
        let figure = Fixture.extract("نوري مالكي - نخست وزير جديد عراق با جلال طالباني رئيس جمهور ديدار و گفتگو كرد.")
        #expect(figure.meetings.contains { $0.participants.count == 2 })
        let dateline = Fixture.extract("تهران - استاندار فارس با وزیر کشور دیدار کرد.")
        #expect(dateline.people.contains { $0.unnamed && $0.roles.contains { $0.text == "استاندار فارس" } })
    }

    @Test("an office without its body after the name and its dash is the name's, read up to where the subject ends")
    func officeAfterDashIsTheName() {
        let r = Fixture.extract("دكتر رضوي- استاد دانشگاه و معاون شركت شهرك هاي صنعتي ايران- نيز در اين مورد گفت: دولت بايد متحول شود.")
        #expect(Fixture.roles(r, "رضوي").contains("معاون شركت شهرك هاي صنعتي ايران"))
        let field = Fixture.extract("سيدمهدي ميرغضنفري - متخصص فيزيولوژي و مدير گروه تحقيقات طب سنتي ايران - در اين باره گفت: گياهان دارويي مفيد هستند.")
        #expect(Fixture.roles(field, "سيدمهدي ميرغضنفري").contains("متخصص فيزيولوژي"))
    }
}
