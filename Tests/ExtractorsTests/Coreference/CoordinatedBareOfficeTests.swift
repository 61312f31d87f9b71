import Testing
@testable import Extractors

/// Issue 16, round 22: an office with no complement coordinated before a complete one, the two the subject of a
/// singular verb («مدیرعامل و عضو هیات مدیره بانک ملت گفت»), are one holder's two offices (the complement is written
/// once, for both): an unnamed person with both, linked to the name the text gives later as a single office is.
@Suite("A bare office coordinated before a complete one in the subject")
struct CoordinatedBareOfficeTests {
    @Test("the unnamed subject of a meeting: «دبیر و نایب رئیس فدراسیون فوتبال … دیدار کرد»")
    func meetingSubject() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس، دبیر و نایب رئیس فدراسیون فوتبال امروز با استاندار کرمان دیدار کرد.")
        let holder = r.people.first { $0.roles.map(\.text).contains("نایب رئیس فدراسیون فوتبال") }
        #expect(holder?.unnamed == true)
        #expect(holder?.roles.map(\.text) == ["نایب رئیس فدراسیون فوتبال", "دبیر"])
        #expect(r.met.count == 1)
    }

    @Test("the lead's two offices go to the name the next sentence gives")
    func leadNamedLater() {
        let r = Fixture.extract("""
            مهاجم و کاپیتان تیم ملی فوتبال انگلیس معتقد است سه شیرها شرایطی بهتر از جام جهانی روسیه دارند.

            به گزارش خبرگزاری فارس، هری کین دوست دارد همراه با تیم کشورش در مسابقات یورو 2020 موفق شود.
            """)
        #expect(Fixture.person(r, named: "هری کین")?.roles.map(\.text) == ["کاپیتان تیم ملی فوتبال انگلیس", "مهاجم"])
    }

    @Test("a plural verb keeps two holders apart: «دبیر و رئیس فدراسیون … دیدار کردند»")
    func pluralVerbIsTwoPeople() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس، دبیر و نایب رئیس فدراسیون فوتبال امروز با استاندار کرمان دیدار کردند.")
        #expect(!r.people.contains { $0.roles.map(\.text).contains("دبیر") && $0.roles.count > 1 })
    }
}
