import Testing
@testable import Extractors

/// Issue 16, round 21: offices held in a body's unit, a project or a numbered edition of an event. A unit every body
/// has («روابط عمومی», body-units.txt) is read through to the body; «پروژه» names a project as «جشنواره» names a
/// festival (institution-heads.txt `mention=event`); an ordinal before the event is the office's modifier
/// (role-modifiers.txt `ordinal=yes`); studies and stands complete an office after «این» (role-events.txt).
@Suite("Offices of units, projects and numbered events")
struct EventAndUnitOfficeTests {
    @Test("a body unit between the office and its body is read through: «مدیر روابط عمومی شرکت پخش و پالایش»")
    func bodyUnitReadThrough() {
        let r = Fixture.extract("علی رضایی مدیر روابط عمومی شرکت پخش و پالایش گفت: کارت ها معتبر است.")
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["مدیر روابط عمومی شرکت پخش و پالایش"])
        #expect(Set(r.institutions.map(\.name)).isSuperset(of: ["شرکت پخش و پالایش", "روابط عمومی شرکت پخش و پالایش"]))
        // An event's name after the unit: the office is complete, the festival no institution.
        #expect(Fixture.roles(of: "حبيب ايل بيگي، مدير روابط عمومي جشنواره فيلم فجر گفت: سينما صحرا برگزار مي شود.", "حبيب ايل بيگي")
                == ["مدير روابط عمومي جشنواره فيلم فجر"])
    }

    @Test("a study, a stand or a style after «این» completes the office: «سرپرست این تحقیق», «مسوول این غرفه»")
    func studyAndStand() {
        #expect(Fixture.roles(of: "دکتر گرگ سیمون سرپرست این تحقیق در پاسخ به این سؤال گفت: چاقی افسردگی می آورد.", "گرگ سیمون")
                == ["سرپرست این تحقیق"])
        #expect(Fixture.roles(of: "سید جواد هستی، مسوول این غرفه در گفت وگو با خبرگزاری فارس اظهار داشت: عکس ها قدیمی است.", "سید جواد هستی")
                == ["مسوول این غرفه"])
    }

    @Test("«پروژه» completes an office as a festival does, and is no institution")
    func projectOffice() {
        let r = Fixture.extract("محمدحسن طالبیان مدیر پروژه بازسازی ارگ بم می گوید: کار مستندنگاری تمام شد.")
        #expect(Fixture.person(r, named: "محمدحسن طالبیان")?.roles.map(\.text) == ["مدیر پروژه بازسازی ارگ بم"])
        #expect(!r.institutions.contains { $0.name.hasPrefix("پروژه") })
    }

    @Test("an ordinal before the event is the office's modifier: «دبیر بیست و چهارمین جشنواره بین المللی فیلم فجر»")
    func ordinalEdition() {
        #expect(Fixture.roles(of: "علیرضا رضاداد دبیر بیست و چهارمین جشنواره بین المللی فیلم فجر گفت: فیلم ها رسید.", "علیرضا رضاداد")
                == ["دبیر بیست و چهارمین جشنواره بین المللی فیلم فجر"])
        // After a comma an ordinal continues no list of modifiers: «رئیس جمهوری، اولین همایش …» is two phrases.
        #expect(Fixture.roles(of: "احمد محمدی رئیس جمهوری، اولین همایش ملی را افتتاح کرد.", "احمد محمدی") == ["رئیس جمهوری"])
    }

    @Test("a bare event noun before a word written in two is cut short of nothing: «رییس یازدهمین نمایشگاه بین المللی …»")
    func eventBeforeSplitWord() {
        let r = Fixture.extract("رییس یازدهمین نمایشگاه بین المللی قرآن کریم با اعلام این مطلب گفت: نمایشگاه در بیست شهر برگزار می شود.")
        #expect(!r.people.flatMap(\.roles).contains { $0.text == "رییس یازدهمین نمایشگاه" })
    }

    @Test("a group of people after «و» is a second party, not a word of the first body's name")
    func peopleAfterAndAreNoField() {
        let r = Fixture.extract("نامه ای از سوی وزارت فرهنگ و ارشاد و نمایندگان مجلس شورای اسلامی ارسال شد.")
        #expect(!r.institutions.contains { $0.name.contains("نمایندگان") })
    }
}
