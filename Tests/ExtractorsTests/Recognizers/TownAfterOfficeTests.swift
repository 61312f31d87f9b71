import Testing
@testable import Extractors

/// Issue 16, round 22: an office whose next word is most often its town (role-heads.txt `place-after=yes`: «نماینده»,
/// «نماینده مردم», «امام جمعه») takes a county's name that is also an everyday word (`ambiguous=yes` in counties.txt:
/// «آمل», «بم», «میانه», «ایوان») as that town, as a body that governs a town of its level does («شهرداری بم»);
/// elsewhere such a name still needs a place word before it.
@Suite("Towns after a constituency's or a Friday prayer's office")
struct TownAfterOfficeTests {
    @Test("a member of parliament's town that is also a word: «نماینده مردم آمل در مجلس شورای اسلامی»")
    func constituency() {
        #expect(Fixture.roles(of: "عزت‌الله یوسفیان‌ملا نماینده مردم آمل در مجلس شورای اسلامی گفت: جاده هراز افتتاح می شود.", "عزت‌الله یوسفیان‌ملا")
                == ["نماینده مردم آمل در مجلس شورای اسلامی"])
        #expect(Fixture.roles(of: "سید بهلول حسینی نماینده مردم میانه در گفت وگو با خبرنگار فارس گفت: بودجه کم است.", "سید بهلول حسینی")
                == ["نماینده مردم میانه"])
        // Two towns of one constituency, the first of them a word too.
        #expect(Fixture.roles(of: "حاتم نارویی نماینده بم و ریگان در نطق پیش از دستور گفت: بازسازی کند است.", "حاتم نارویی")
                == ["نماینده بم و ریگان"])
    }

    @Test("an unnamed Friday-prayer leader of such a town is a party to the welcome")
    func fridayPrayerLeader() {
        let r = Fixture.extract("رئیس جمهور در فرودگاه بم مورد استقبال استاندار کرمان و امام جمعه بم قرار گرفت.")
        #expect(r.people.contains { $0.unnamed && $0.roles.map(\.text) == ["امام جمعه بم"] })
        // Three parties, three pairs (before the office was read the welcome had two).
        #expect(r.met.count == 3)
    }

    @Test("a body that governs a town takes such a name too: «شهرداری بم», «فرمانداری خاتم», «استانداری فارس»")
    func governingBodyOfTown() {
        let r = Fixture.extract("عنوان\n\nبه گزارش خبرگزاری فارس، شهرداری بم امروز اعلام کرد که ساخت بازار تازه آغاز می شود.")
        #expect(r.institutions.map(\.name) == ["شهرداری بم"])
        let province = Fixture.extract("عنوان\n\nبه گزارش خبرگزاری فارس، استانداری فارس امروز اعلام کرد که مدارس تعطیل است.")
        #expect(province.institutions.map(\.name) == ["استانداری فارس"])
    }
}
