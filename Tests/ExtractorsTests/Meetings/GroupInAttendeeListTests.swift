import Testing
@testable import Extractors

/// Issue 16, round 29: a group with its modifiers in the middle of a «با حضور» list does not end the list
/// (MeetingDetector.list: a group's slot is its noun alone, its modifiers a tail).
@Suite("A group inside a list of attendees")
struct GroupInAttendeeListTests {
    @Test("«با حضور X، مسئولان کشوری و Y»: both named people attend")
    func groupBetweenNames() {
        let r = Fixture.extract("جشنواره ملی پسته با حضور علی احمدی، مسئولان کشوری و محمد رضایی در سیرجان برگزار شد.")
        #expect(Fixture.metNames(r).contains(["علی احمدی", "محمد رضایی"]))
    }

    @Test("«با حضور وزیر …، مسئولان کشوری و استانی و Y»: the unnamed minister and the named person attend")
    func officeGroupName() {
        let r = Fixture.extract("جشنواره ملی پسته با حضور وزیر اقتصاد و دارایی، مسئولان کشوری و استانی و علی احمدی در سیرجان برگزار شد.")
        #expect(Fixture.metNames(r).contains(["وزیر اقتصاد و دارایی", "علی احمدی"]))
    }

    @Test("a clause after the group ends the list: «… با حضور مسئولان استان برگزار شد و X گفت»")
    func clauseAfterGroup() {
        let r = Fixture.extract("جشنواره با حضور علی احمدی و مسئولان استان برگزار شد و محمد رضایی گفت: این جشنواره مفید است.")
        #expect(!Fixture.metNames(r).contains(["علی احمدی", "محمد رضایی"]))
    }
}
