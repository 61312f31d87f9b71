import Testing
@testable import Extractors

/// A negotiation with its «با» party is a meeting of the two (`meeting.frame.noun.negotiation`, CAMEO 046):
/// «X پس از مذاکره با Y …», «X در مذاکره با Y …». The bare noun («پس از مذاکره‌ای دوساعته، Z را … معرفی کرد»)
/// and talks with a country or a group pair no one.
@Suite("Negotiation: «پس از مذاکره با Y» is a meeting")
struct MeetingNegotiationTests {
    @Test("«X … پس از مذاکره با Y، رئیس جمهوری مصر … گفت»: X met Y")
    func afterNegotiationWith() {
        let r = Fixture.extract("به گزارش فارس، علی نوری روز گذشته پس از مذاکره با حسن کریمی، رئیس جمهوری مصر و دیگر مقامات در جمع خبرنگاران گفت: پیشنهادها روشن نیست.")
        #expect(Fixture.metNames(r) == [["علی نوری", "حسن کریمی"]])
        #expect(r.meetings.contains { $0.rule == "meeting.frame.noun.negotiation" && $0.cameo == "046" })
    }

    @Test("the bare noun, and talks with a country or officials, pair no one")
    func bareNounOrCountry() {
        let bare = Fixture.extract("حسن کریمی رئیس فدراسیون فوتبال پس از مذاکره‌ای دوساعته، علی نوری را به عنوان سرمربی تیم ملی معرفی کرد.")
        #expect(bare.met.isEmpty)
        let country = Fixture.extract("علی نوری نماینده تبریز گفت: اروپایی‌ها در مذاکره با ایران وقت کشی می‌کنند. حسن کریمی نیز در مذاکرات با مقامات اروپایی شرکت داشت.")
        #expect(country.met.isEmpty)
    }
}
