import Testing
@testable import Extractors

/// Offices a participant list writes without their place («با حضور استاندار، مدیرکل اطلاعات، فرمانده انتظامی و
/// رئیس دادگستری …»: `Coreferencer.isListedOffice`), and the members a group of the list names after «از جمله»
/// (member-cues.txt, `MeetingDetector.groupMember`): each is an unnamed participant of the meeting.
@Suite("Offices listed without their place")
struct ListedOfficeTests {
    @Test("offices written by their field in a list of offices are unnamed participants")
    func fieldOfficesInAList() {
        let r = Fixture.extract("مراسم افتتاح پل با حضور علی احمدی استاندار کرمان، مدیرکل اطلاعات، فرمانده انتظامی و رئیس دادگستری امروز برگزار شد.")
        let met = Fixture.metNames(r)
        for office in ["مدیرکل اطلاعات", "فرمانده انتظامی", "رئیس دادگستری"] {
            #expect(met.contains(Set(["علی احمدی", office])), "\(office) attended")
        }
    }

    @Test("the members a group of the list names after «از جمله» take part")
    func membersOfAGroup() {
        let r = Fixture.extract("جلسه شورای تامین با حضور علی احمدی استاندار کرمان و مسئولان دستگاه‌های مختلف این استان از جمله مدیرکل اطلاعات، فرمانده انتظامی و رئیس دادگستری امروز برگزار شد.")
        let met = Fixture.metNames(r)
        #expect(met.contains(Set(["علی احمدی", "مدیرکل اطلاعات"])))
        #expect(met.contains(Set(["مدیرکل اطلاعات", "رئیس دادگستری"])))
    }

    @Test("an office outside a list, or two offices joined by «و» alone, stays no participant of its own")
    func notAList() {
        // One person's two offices: «معاون وزیر و مدیرعامل …» with no comma in the list.
        let two = Fixture.extract("مراسم افتتاح پل با حضور علی احمدی و مدیرکل اطلاعات امروز برگزار شد.")
        #expect(!Fixture.metNames(two).contains(Set(["علی احمدی", "مدیرکل اطلاعات"])))
        let alone = Fixture.extract("رئیس دادگستری گفت: پرونده در حال بررسی است.")
        #expect(alone.people.isEmpty)
    }
}
