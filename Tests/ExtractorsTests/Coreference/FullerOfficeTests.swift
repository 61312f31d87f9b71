import Testing
@testable import Extractors

/// An office written once beside a name and once more fully without it — with a mission's seat, or with a
/// deputy's portfolio — is one person, who meets no copy of themselves (issue 21); two named holders of such an
/// office, or an office of another country, leave the unnamed holder apart.
@Suite("Coreference: a fuller writing of a named person's office")
struct FullerOfficeTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("an ambassador with the seat «در X» is the named ambassador of that country")
    func seatOfMission() {
        let text = "نمایشگاه هنر ایرانی دیروز در آنکارا با حضور وزیر فرهنگ ترکیه و سفیر جمهوری اسلامی ایران در ترکیه گشایش یافت.\nدر این مراسم حسن کریمی وزیر فرهنگ ترکیه و علی رضایی سفیر جمهوری اسلامی ایران حضور داشتند."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        let rezaei = Fixture.person(r, named: "علی رضایی")
        #expect(rezaei?.mentions.contains { $0.rule == "coref.fuller-office" } == true, "\(rezaei?.mentions.map(\.rule) ?? [])")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی رضایی"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a deputy's portfolio in a ministry is the named deputy of its minister")
    func deputyPortfolio() {
        let text = "در این کارگاه رئیس مرکز ملی فرش ایران به همراه معاون برنامه‌ریزی وزارت بازرگانی حضور داشتند.\nدر این مراسم معاون وزیر بازرگانی گفت: صادرات فرش کاهش یافته است.\nعلی رضایی افزود: این روند باید متوقف شود."
        let r = Fixture.extract(text)
        let rezaei = Fixture.person(r, named: "علی رضایی")
        #expect(rezaei?.mentions.contains { $0.rule == "coref.fuller-office" } == true, "\(rezaei?.mentions.map(\.rule) ?? [])")
        #expect(!unnamed(r).contains { $0.hasPrefix("معاون") }, "unnamed: \(unnamed(r))")
    }

    @Test("an office written shorter than a named person's, its body cut short or its seat left out, is that person")
    func shorterWriting() {
        let text = "علی احمدی مدیرعامل شرکت واحد اتوبوسرانی در جلسه شورای شهر گفت: ناوگان نوسازی می‌شود.\nمدیرعامل شرکت واحد در این جلسه با حسن کریمی رئیس شورای شهر دیدار کرد."
        let r = Fixture.extract(text)
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی احمدی"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
        let seat = Fixture.extract("علی رضایی سفیر جمهوری اسلامی ایران در بغداد دیروز به وزارت خارجه عراق رفت.\nهوشیار زیباری وزیر خارجه عراق در دیدار با سفیر ایران گفت: روابط گسترش می‌یابد.")
        #expect(unnamed(seat).isEmpty, "unnamed: \(unnamed(seat))")
        #expect(Fixture.metNames(seat) == [["هوشیار زیباری", "علی رضایی"]], "\(Fixture.metNames(seat))")
    }

    @Test("the home office written bare is not a foreign minister's office written shorter")
    func shorterNotForeign() {
        let r = Fixture.extract("عبدالله عبدالله وزیر خارجه افغانستان دیروز وارد تهران شد.\nعلی رضایی معاون اول رئیس جمهور در دیدار با وزیر امور خارجه گفت: همکاری ادامه دارد.")
        #expect(unnamed(r) == ["وزیر امور خارجه"], "unnamed: \(unnamed(r))")
    }

    @Test("the same office of another country is no fuller writing: the two presidents meet")
    func otherCountry() {
        let foreign = Fixture.extract("علی رضایی رئیس جمهور در دیدار با رئیس جمهور الجزایر گفت: روابط گسترش می‌یابد.")
        #expect(foreign.people.contains { $0.unnamed && $0.name == "رئیس جمهور الجزایر" }, "\(foreign.people.map(\.name))")
        #expect(Fixture.metNames(foreign) == [["رئیس جمهور الجزایر", "علی رضایی"]], "\(Fixture.metNames(foreign))")
    }

    @Test("two named holders of the shorter office leave the fuller writing an unnamed holder of its own")
    func twoNamedHolders() {
        let r = Fixture.extract("علی رضایی سفیر سابق جمهوری اسلامی ایران و حسن کریمی معاون وزیر بازرگانی و محمد احمدی معاون وزیر بازرگانی با حضور معاون برنامه‌ریزی وزارت بازرگانی دیدار کردند.")
        #expect(!r.people.contains { !$0.unnamed && $0.roles.contains { $0.text == "معاون برنامه‌ریزی وزارت بازرگانی" } }, "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
    }
}
