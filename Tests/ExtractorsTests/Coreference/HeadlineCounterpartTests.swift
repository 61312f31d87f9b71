import Testing
@testable import Extractors

/// A report tells one event twice, in its title and in its lead, once by office and once by name; a kicker
/// names the speaker the lead quotes by office; a report alternates a name and an office for one speaker; and
/// the Supreme Leader is an office of its own (issue 16, unnamed role-holders and the role-only mention named
/// elsewhere; issue 21, a person never meets their own office). Two holders stay apart when the text leaves a
/// doubt, and an unnamed holder who meets no other person is left out of the record.
@Suite("Coreference: the office a title or kicker gives and the name the lead gives")
struct HeadlineCounterpartTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("a title's office and the lead's name, with the other party in both, are one person: no self-pair")
    func headlineOfficeLeadName() {
        let text = "دیدار وزیر امور خارجه با رئیس جمهوری لبنان\nعلی رضایی روز شنبه در بیروت با میشل عون رئیس جمهوری لبنان دیدار کرد.\nوزیر امور خارجه ایران نیز در این دیدار گفت: روابط دو کشور گسترش می‌یابد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let rezaei = Fixture.person(r, named: "علی رضایی")
        #expect(rezaei?.roles.map(\.text).contains("وزیر امور خارجه") == true, "\(rezaei?.roles.map(\.text) ?? [])")
        #expect(rezaei?.mentions.contains { $0.rule == "coref.headline-counterpart" } == true)
        #expect(Fixture.metNames(r) == [["علی رضایی", "میشل عون"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a title's name and the lead's office are one person too")
    func headlineNameLeadOffice() {
        let r = Fixture.extract("دیدار علی رضایی با میشل عون\nوزیر امور خارجه روز شنبه در بیروت با میشل عون رئیس جمهوری لبنان دیدار کرد.")
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["وزیر امور خارجه"])
        #expect(Fixture.metNames(r) == [["علی رضایی", "میشل عون"]])
    }

    @Test("no shared party, a named person with an office of another head, or two new parties leave the office apart")
    func headlineApart() {
        let noShared = Fixture.extract("دیدار وزیر امور خارجه با رئیس جمهوری لبنان\nعلی رضایی روز شنبه در دمشق با بشار اسد دیدار کرد.")
        #expect(Fixture.person(noShared, named: "علی رضایی")?.roles.isEmpty == true)
        let office = Fixture.extract("دیدار وزیر امور خارجه با رئیس جمهوری لبنان\nعلی رضایی استاندار تهران روز شنبه با میشل عون رئیس جمهوری لبنان دیدار کرد.")
        #expect(Fixture.person(office, named: "علی رضایی")?.roles.map(\.text) == ["استاندار تهران"])
        let two = Fixture.extract("دیدار وزیر امور خارجه با رئیس جمهوری لبنان\nعلی رضایی و حسن کریمی روز شنبه با میشل عون رئیس جمهوری لبنان دیدار کردند.")
        #expect(two.people.allSatisfy { $0.unnamed || $0.roles.isEmpty || $0.name == "میشل عون" })
    }

    @Test("a kicker naming a speaker is the office the lead quotes")
    func kickerSpeaker() {
        let text = "علی لاریجانی:\nمذاکرات با اروپا ادامه می‌یابد\nگروه سیاسی: دبیر شورای عالی امنیت ملی گفت: مذاکرات با اروپا ادامه دارد.\nوی افزود: این کار به نفع دو طرف است."
        let r = Fixture.extract(text)
        let larijani = Fixture.person(r, named: "علی لاریجانی")
        #expect(larijani?.roles.map(\.text) == ["دبیر شورای عالی امنیت ملی"])
        #expect(larijani?.mentions.contains { $0.rule == "coref.headline-speaker" } == true)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a kicker «NAME در …:» names the speaker the lead quotes by office, the people after «در» found there apart")
    func kickerAtEvent() {
        let text = "محمد سلامتی در گفت و گو با ایسنا:\nتحمل مخالف لازمه دموکراسی است\nایسنا: دبیرکل سازمان مجاهدین انقلاب اسلامی گفت: تحمل مخالف لازم است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "محمد سلامتی")?.roles.map(\.text) == ["دبیرکل سازمان مجاهدین انقلاب اسلامی"])
        #expect(Fixture.offsetsHold(r, in: text))
        let farewell = Fixture.extract("محمود احمدی نژاد در بدرقه جلال طالبانی:\nدیدگاه‌های دو کشور مشترک است\nایرنا: رئیس جمهوری دیروز پس از آیین بدرقه رسمی جلال طالبانی رئیس جمهوری عراق در جمع خبرنگاران گفت: دیدگاه‌های دو کشور مشترک است.")
        #expect(Fixture.person(farewell, named: "محمود احمدی نژاد")?.roles.map(\.text) == ["رئیس جمهوری"])
        #expect(unnamed(farewell).isEmpty, "unnamed: \(unnamed(farewell))")
    }

    @Test("after «در» an office, or a person the lead does not name apart from its speaker, keeps the kicker no speaker's")
    func kickerAtEventApart() {
        let office = Fixture.extract("علی رضایی در دیدار وزیر امور خارجه آلمان:\nروابط دو کشور گسترش می‌یابد\nایرنا: وزیر امور خارجه آلمان گفت: روابط دو کشور گسترش می‌یابد.")
        #expect(Fixture.person(office, named: "علی رضایی")?.roles.isEmpty == true)
        let other = Fixture.extract("محمود احمدی نژاد در بدرقه جلال طالبانی:\nدیدگاه‌های دو کشور مشترک است\nایرنا: رئیس جمهوری عراق در جمع خبرنگاران گفت: دیدگاه‌های دو کشور مشترک است.")
        #expect(Fixture.person(other, named: "محمود احمدی نژاد")?.roles.isEmpty == true)
    }

    @Test("a kicker that is an office, or a lead whose office speaks «نیز», names no one")
    func kickerApart() {
        let role = Fixture.extract("وزیر نیرو:\nبرق گران نمی‌شود\nگروه اقتصادی: معاون وزیر نیرو گفت: قیمت برق ثابت می‌ماند.")
        #expect(role.people.filter { !$0.unnamed }.isEmpty)
        let also = Fixture.extract("علی لاریجانی:\nمذاکرات با اروپا ادامه می‌یابد\nگروه سیاسی: دبیر شورای عالی امنیت ملی نیز گفت: مذاکرات با اروپا ادامه دارد.")
        #expect(Fixture.person(also, named: "علی لاریجانی")?.roles.isEmpty == true)
    }

    @Test("a report that alternates a name and an office for one speaker gives every mention of the office to the name")
    func alternatingEpithet() {
        let text = "آیت‌الله علی خامنه‌ای در دیدار حسن کریمی استاندار کرمان گفت: مشکلات مردم باید حل شود.\nرهبر معظم انقلاب اسلامی در این دیدار افزودند: کار باید با دقت انجام شود.\nآیت‌الله خامنه‌ای خاطرنشان کردند: مدیران باید با مردم باشند.\nرهبر انقلاب اسلامی همچنین گفتند: دولت از استان حمایت می‌کند."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let leader = Fixture.person(r, named: "علی خامنه‌ای")
        #expect(Set(leader?.roles.map(\.text) ?? []) == ["رهبر معظم انقلاب اسلامی", "رهبر انقلاب اسلامی"], "\(leader?.roles.map(\.text) ?? [])")
        #expect(Fixture.metNames(r) == [["علی خامنه‌ای", "حسن کریمی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the Supreme Leader named by office alone is a participant; «رهبر کبیر انقلاب» is no such office")
    func leaderOffice() {
        let r = Fixture.extract("علی احمدی وزیر نیرو با مقام معظم رهبری دیدار کرد.")
        #expect(unnamed(r) == ["مقام معظم رهبری"])
        #expect(r.people.first { $0.unnamed }?.roles.first?.key == "رهبرانقلاب")
        #expect(Fixture.metNames(r).count == 1)
        let founder = Fixture.extract("علی احمدی وزیر نیرو با رهبر کبیر انقلاب دیدار کرد.")
        #expect(unnamed(founder).isEmpty, "unnamed: \(unnamed(founder))")
    }

    @Test("an unnamed holder whose meeting holds no other person is left out of the record")
    func holderWithGroupOnly() {
        let r = Fixture.extract("رهبر معظم انقلاب اسلامی در دیدار با مسئولان استان کرمان گفت: مشکلات باید حل شود.")
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(!r.meetings.isEmpty)
    }

    @Test("the office in the «با» list of a meeting whose subject holds an office of the same key is another holder")
    func ownMeetingParty() {
        let text = "«خوان پرز» وزیر خارجه سالخورده اسپانیا این هفته در تهران با علی رضایی و وزیر امور خارجه دیدار کرد."
        let r = Fixture.extract(text)
        #expect(unnamed(r) == ["وزیر امور خارجه"], "unnamed: \(unnamed(r))")
        #expect(Fixture.metNames(r).contains(["خوان پرز", "وزیر امور خارجه"]))
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a title's office and the lead's office of the same head, no named holder, are one unnamed person")
    func headlineOfficeLeadOfficeSameHead() {
        let text = "دیدار علی رضایی با سفیر جمهوری چک\nعلی رضایی وزیر امور خارجه دیروز با سفیر جمهوری چک در تهران دیدار کرد."
        let r = Fixture.extract(text)
        #expect(unnamed(r) == ["سفیر جمهوری چک"], "unnamed: \(unnamed(r))")
        #expect(Set(r.people.first(where: \.unnamed)?.roles.map(\.text) ?? []) == ["سفیر جمهوری چک", "سفیر جمهوری چک در تهران"])
        #expect(Fixture.metNames(r) == [["علی رضایی", "سفیر جمهوری چک"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the lead's office is the person the agency's restatement after it names")
    func leadOfficeRestatementName() {
        let text = "رئیس دانشگاه تهران در دیدار با سفیر ژاپن در ایران بر گسترش همکاری‌های علمی تاکید کرد.\nبه گزارش خبرگزاری فارس، علی رضایی رئیس دانشگاه تهران در دیدار با حسن کریمی اظهار داشت: همکاری‌ها گسترش می‌یابد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let karimi = Fixture.person(r, named: "حسن کریمی")
        #expect(karimi?.roles.map(\.text) == ["سفیر ژاپن در ایران"], "\(karimi?.roles.map(\.text) ?? [])")
        #expect(karimi?.mentions.contains { $0.rule == "coref.lead-counterpart" } == true)
        #expect(Fixture.metNames(r) == [["علی رضایی", "حسن کریمی"]])
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a second sentence that is no restatement, or a name with an office of another head, leaves the office apart")
    func leadRestatementApart() {
        let noOpener = Fixture.extract("رئیس دانشگاه تهران در دیدار با سفیر ژاپن در ایران بر گسترش همکاری‌های علمی تاکید کرد.\nعلی رضایی رئیس دانشگاه تهران هفته گذشته در دیدار با حسن کریمی اظهار داشت: همکاری‌ها گسترش می‌یابد.")
        #expect(Fixture.person(noOpener, named: "حسن کریمی")?.roles.isEmpty == true)
        let office = Fixture.extract("رئیس دانشگاه تهران در دیدار با سفیر ژاپن در ایران بر گسترش همکاری‌های علمی تاکید کرد.\nبه گزارش خبرگزاری فارس، علی رضایی رئیس دانشگاه تهران در دیدار با حسن کریمی معاون سفیر ژاپن در ایران اظهار داشت: همکاری‌ها گسترش می‌یابد.")
        #expect(Fixture.person(office, named: "حسن کریمی")?.roles.contains { $0.text.hasPrefix("سفیر") } != true)
    }

    @Test("a kicker closed by its colon over a title is a headline: its name is the office the report after it gives")
    func kickerMeetingOffice() {
        let text = "علی رضایی در دیدار سفیر ژاپن:\nهمکاری‌های دو کشور گسترش می‌یابد\nگروه سیاسی: وزیر امور خارجه دیروز در دیدار سفیر ژاپن گفت: همکاری‌های دو کشور گسترش می‌یابد."
        let r = Fixture.extract(text)
        #expect(unnamed(r) == ["سفیر ژاپن"], "unnamed: \(unnamed(r))")
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["وزیر امور خارجه"])
        #expect(Fixture.metNames(r) == [["علی رضایی", "سفیر ژاپن"]])
        #expect(Fixture.offsetsHold(r, in: text))
        // A lead that quotes («… گفت:») and runs on in its paragraph is no kicker.
        let quoting = Fixture.extract("علی رضایی در دیدار سفیر ژاپن گفت: همکاری‌ها گسترش می‌یابد. این دیدار در تهران برگزار شد.\nگروه سیاسی: وزیر امور خارجه دیروز در دیدار سفیر ژاپن گفت: همکاری‌های دو کشور گسترش می‌یابد.")
        #expect(Fixture.person(quoting, named: "علی رضایی")?.roles.isEmpty == true)
    }
}
