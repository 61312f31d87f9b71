import Testing
@testable import Extractors

/// Issue 16, round 27: a guest's frame («مورد استقبال …») whose host is no person or office is a reception, no
/// meeting; it must not become the meeting that a later «از حاضران در این مراسم بودند» joins (MeetingDetector).
@Suite("Meetings: a reception by a crowd is no meeting")
struct ReceptionTests {
    @Test("«… مورد استقبال تماشاگران قرار گرفت» makes no meeting; the attendees listed after it join the ceremony")
    func receptionByCrowd() {
        let text = "مراسم پایانی جشنواره فیلم فجر دیشب در تالار وحدت برگزار شد.\nعلیرضا شجاع نوری مجری مراسم بود و دو گروه موسیقی قطعاتی را اجرا کردند که در این میان نوازندگی پسر بچه افغانی مورد استقبال تماشاگران قرار گرفت.\nچنگیز جلیلوند، مجید مجیدی و کمال تبریزی از حاضران در این مراسم بودند.\n"
        let r = Fixture.extract(text)
        #expect(!r.meetings.contains { $0.trigger.text.hasPrefix("مورد استقبال") })
        #expect(Fixture.metNames(r).isSuperset(of: [["چنگیز جلیلوند", "مجید مجیدی"], ["مجید مجیدی", "کمال تبریزی"]]))
    }

    @Test("welcomed by an office, the guest met its holder: «X در فرودگاه مورد استقبال استاندار کرمان قرار گرفت»")
    func receptionByOffice() {
        let r = Fixture.extract("علی احمدی وزیر نیرو دیروز در فرودگاه کرمان مورد استقبال محمد رضایی استاندار کرمان قرار گرفت.")
        #expect(Fixture.metNames(r).contains(["علی احمدی", "محمد رضایی"]))
    }
}
