import Testing
@testable import Extractors

/// Issue 16, round 23: a meeting noun whose relative clause names its «با» party («در دیداری که با X داشت», «در جلسه‌ای
/// که با وزیر ارشاد داشت») takes that party as the noun's own «با …» does.
@Suite("A meeting noun's party named in its relative clause")
struct MeetingRelativeClauseTests {
    @Test("«X در دیداری که با Y داشت …» is a meeting of X and Y")
    func partyInRelativeClause() {
        let r = Fixture.extract("علی احمدی در دیداری که با محمد رضایی داشت از پیشرفت پروژه ها اظهار خشنودی کرد.")
        #expect(Fixture.metNames(r) == [["علی احمدی", "محمد رضایی"]])
        let office = Fixture.extract("علی احمدی در جلسه ای که با وزیر ارشاد داشت گفت: کار انجام شد.")
        #expect(office.met.count == 1)
    }

    @Test("a clause with no «با» right after «که» names no party: «در جلسه‌ای که هفته گذشته …»")
    func noPartyInClause() {
        let r = Fixture.extract("علی احمدی در جلسه ای که هفته گذشته برگزار شد گفت: کار انجام شد.")
        #expect(r.met.isEmpty)
    }
}
