import Testing
@testable import Extractors

/// A national office of office-holders.txt written alone goes to the one listed holder in term the article names
/// (`coref.listed-holder`): a headline or a kicker names the official, the lead gives only the office.
@Suite("Office holder")
struct OfficeHolderTests {
    private func extract(_ text: String, date: String?) -> DocumentExtraction {
        Fixture.extractor.extract(SourceDocument(id: "test.txt", text: text, date: date))
    }

    private func holds(_ r: DocumentExtraction, _ name: String, _ office: String) -> Bool {
        Fixture.person(r, named: name)?.roles.contains { PersianNormalizer.key($0.text) == PersianNormalizer.key(office) } == true
    }

    private let kicker = "با حضور آیت‌الله هاشمی رفسنجانی:\nنمایشگاه کتاب قرآن گشایش یافت\nگروه فرهنگی: نمایشگاه کتاب قرآن عصر دیروز با حضور رئیس مجمع تشخیص مصلحت نظام و وزیر فرهنگ و ارشاد اسلامی در مصلی تهران گشایش یافت."

    @Test("the office in the lead is the holder the kicker names, who meets the other guest")
    func kickerNamesHolder() {
        let r = extract(kicker, date: "2004-10-01")
        #expect(holds(r, "هاشمی رفسنجانی", "رئیس مجمع تشخیص مصلحت نظام"))
        #expect(!r.people.contains { $0.unnamed && PersianNormalizer.key($0.name) == PersianNormalizer.key("رئیس مجمع تشخیص مصلحت نظام") })
        let hashemi = Fixture.person(r, named: "هاشمی رفسنجانی")
        #expect(r.met.contains { pair in [pair.a, pair.b].contains(hashemi?.id ?? "") })
    }

    @Test("outside the listed term, or with no date, the name does not take the office")
    func outsideTerm() {
        #expect(!holds(extract(kicker, date: "2018-10-01"), "هاشمی رفسنجانی", "رئیس مجمع تشخیص مصلحت نظام"))
        #expect(!holds(extract(kicker, date: nil), "هاشمی رفسنجانی", "رئیس مجمع تشخیص مصلحت نظام"))
    }

    @Test("the office written with the home country is the same office")
    func homeCountry() {
        let text = "کمال خرازی دیروز وارد دمشق شد.\nبشار اسد رئیس جمهور سوریه امروز با وزیر امور خارجه جمهوری اسلامی ایران دیدار کرد."
        let r = extract(text, date: "2003-06-01")
        #expect(holds(r, "کمال خرازی", "وزیر امور خارجه جمهوری اسلامی ایران"))
    }

    @Test("someone holding the same office of another country keeps the bare office from the listed name")
    func foreignOffice() {
        let text = "منوچهر متکی دیروز وارد نیویورک شد.\nکاندولیزا رایس وزیر امور خارجه آمریکا امروز گفت: وزیر امور خارجه در این نشست سخنرانی خواهد کرد."
        let r = extract(text, date: "2006-09-01")
        #expect(!holds(r, "منوچهر متکی", "وزیر امور خارجه"))
    }

    @Test("a former holder named in the article does not take the office of his successor's term")
    func formerHolder() {
        let text = "کمال خرازی در این مراسم حضور داشت.\nمراسم با حضور وزیر امور خارجه و سفیر ژاپن برگزار شد."
        let r = extract(text, date: "2007-03-01")
        #expect(!holds(r, "کمال خرازی", "وزیر امور خارجه"))
    }

    @Test("an office given to its listed holder is no model of another office of its head written short")
    func noShorterWriting() {
        let text = "با حضور غلامعلی حداد عادل:\nکنگره جودو آسیا در تهران گشایش یافت\nکنگره جودو آسیا دیروز با حضور رئیس مجلس شورای اسلامی در تهران گشایش یافت.\nدر این کنگره که رئیس کمیته آموزش آسیا شرکت خواهد داشت، دبیر و خزانه دار اتحادیه انتخاب می شوند."
        let r = extract(text, date: "2005-01-01")
        #expect(holds(r, "غلامعلی حداد عادل", "رئیس مجلس شورای اسلامی"))
        #expect(!holds(r, "غلامعلی حداد عادل", "رئیس کمیته آموزش آسیا"))
        // A holder named beside the office still is: the shorter writing of his own office is his.
        let same = "علی رضایی عضو شورای شهر تهران امروز از منطقه 12 بازدید کرد.\nعضو شورای شهر در این بازدید گفت: کار ادامه دارد."
        #expect(holds(extract(same, date: nil), "علی رضایی", "عضو شورای شهر"))
    }

    @Test("a minister's short office in the lead is the minister the article names further down, who meets the governor")
    func ministerShortOffice() {
        let text = "گروه اقتصادی: وزیر مسکن دیروز در دیدار با استاندار فارس بر تسریع ساخت مسکن مهر در این استان تاکید کرد.\nبه گزارش ایرنا، سفر دو روزه محمد سعیدی‌کیا به استان فارس از روز گذشته آغاز شده است."
        let r = extract(text, date: "2006-11-20")
        #expect(holds(r, "محمد سعیدی‌کیا", "وزیر مسکن"))
        let minister = Fixture.person(r, named: "محمد سعیدی‌کیا")
        #expect(r.met.contains { pair in [pair.a, pair.b].contains(minister?.id ?? "") })
        #expect(!r.people.contains { $0.unnamed && PersianNormalizer.key($0.name) == PersianNormalizer.key("وزیر مسکن") })
        // Before the cabinet of August 2005 the same words name another minister's office.
        #expect(!holds(extract(text, date: "2004-11-20"), "محمد سعیدی‌کیا", "وزیر مسکن"))
    }
}
