import Testing
@testable import Extractors

/// Round 25, role phrases and names: academic ranks, students and the investigating judge as offices with their
/// complement; «مجری» only with the work it runs; a one-word office that is also a surname read as the surname right
/// after a given name; the present's prefix of a light verb written apart or joined.
@Suite("Academic offices, head surnames and light verbs in the present")
struct AcademicAndHeadSurnameTests {
    @Test("«دانشیار», «استادیار», «دانشجوی دکتری/کارشناسی/رشته» and «بازپرس» take their complement after a name")
    func academicOffices() {
        #expect(Fixture.roles(Fixture.extract("حسن خسروی دانشیار دانشگاه پیام نور گفت: این کار مهم است."), "حسن خسروی") == ["دانشیار دانشگاه پیام نور"])
        #expect(Fixture.roles(Fixture.extract("حسن محمدزاده استادیار دانشگاه ارومیه گفت: آب کم است."), "حسن محمدزاده") == ["استادیار دانشگاه ارومیه"])
        let student = Fixture.extract("محمود فلاح دانشجوی دکتری دانشگاه باقرالعلوم در این نشست گفت: پژوهش مهم است.")
        #expect(Fixture.roles(student, "محمود فلاح") == ["دانشجوی دکتری دانشگاه باقرالعلوم"])
        #expect(student.institutions.contains { $0.name == "دانشگاه باقرالعلوم" })
        let judge = Fixture.extract("حسين اصغرزاده بازپرس شعبه دوم دادسراي جنايي پايتخت گفت: متهم دستگير شد.")
        #expect(Fixture.roles(judge, "حسين اصغرزاده") == ["بازپرس شعبه دوم دادسراي جنايي پايتخت"])
    }

    @Test("a bare «دانشجو» is no office: the surname «دانشجو» and the students of a story stay as they were")
    func bareStudentIsNoOffice() {
        let name = Fixture.extract("خسرو دانشجو ظهر امروز در حاشیه جلسه شورای شهر گفت: طرح ادامه دارد.")
        #expect(Fixture.names(name).contains("خسرو دانشجو"))
        let students = Fixture.extract("علی احمدی رئیس دانشگاه تهران گفت: هر دانشجو باید در این طرح شرکت کند.")
        #expect(Fixture.roles(students, "علی احمدی") == ["رئیس دانشگاه تهران"])
    }

    @Test("«مجری» is an office only with «طرح», «پروژه» or «برنامه»; the agency that carries a work out is none")
    func projectExecutive() {
        let r = Fixture.extract("سيدرضا ميرصادقي مجري پروژه تونل رسالت گفت: كار حفاري ادامه دارد.")
        #expect(Fixture.roles(r, "سيدرضا ميرصادقي") == ["مجري پروژه تونل رسالت"])
        let agency = Fixture.extract("علی احمدی معاون شهردار گفت: شرکت مجری دوام روکش پل را تضمین کرده است.")
        #expect(Fixture.roles(agency, "علی احمدی") == ["معاون شهردار"])
    }

    @Test("a one-word office that surnames.txt lists is the surname after a given name when no complement follows")
    func headAsSurname() {
        let chair = Fixture.extract("کمال دانشیار رئیس کمیسیون انرژی مجلس گفت: نفت مهم است.")
        #expect(Fixture.roles(chair, "کمال دانشیار") == ["رئیس کمیسیون انرژی مجلس"])
        let met = Fixture.extract("کمال دانشیار با وزیر نفت دیدار کرد.")
        #expect(Fixture.names(met).contains("کمال دانشیار"))
        let member = Fixture.extract("علیرضا دبیر عضو هیات رئیسه شورای شهر تهران گفت: طرح تصویب شد.")
        #expect(Fixture.roles(member, "علیرضا دبیر") == ["عضو هیات رئیسه شورای شهر تهران"])
        let spoke = Fixture.extract("فرهاد رهبر اظهار داشت: بودجه آماده است.")
        #expect(Fixture.names(spoke).contains("فرهاد رهبر"))
        // The head with its complement stays the office: «رهبر انقلاب» is no one's surname.
        let leader = Fixture.extract("رهبر انقلاب با رئیس جمهور دیدار کرد.")
        #expect(leader.people.contains { $0.unnamed && $0.roles.contains { $0.text == "رهبر انقلاب" } })
        // A head surnames.txt does not list stays the office after a given name.
        #expect(!Fixture.names(Fixture.extract("عادل عبدالمهدی معاون رئیس جمهور عراق گفت: انتخابات برگزار می‌شود.")).contains("عادل عبدالمهدی معاون"))
    }

    @Test("a body's name ends before a light verb in the present, its prefix joined or written apart")
    func lightVerbInThePresent() {
        for text in ["عکس متهم به دستور بازپرس شعبه 12 صادقیه منتشر می‌شود.", "عکس متهم به دستور بازپرس شعبه 12 صادقیه منتشر مي شود."] {
            let r = Fixture.extract(text)
            #expect(!r.institutions.contains { $0.name.contains("منتشر") }, "\(text)")
        }
    }
}
