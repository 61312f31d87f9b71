import Testing
@testable import Extractors

/// An office of «این کشور» is the same office of the one foreign country the article writes it with: one person,
/// not a second holder who meets the first, nor the home country's office.
@Suite("Deictic office")
struct DeicticOfficeTests {
    private func extract(_ text: String) -> DocumentExtraction {
        Fixture.extractor.extract(SourceDocument(id: "test.txt", text: text, date: "2004-01-01"))
    }

    private func holders(_ r: DocumentExtraction, of office: String) -> [ExtractedPerson] {
        r.people.filter { $0.roles.contains { PersianNormalizer.key($0.text) == PersianNormalizer.key(office) } }
    }

    @Test("an unnamed minister of «این کشور» and the same minister of the country named after are one person")
    func oneUnnamedHolder() {
        let r = extract("رئیس سازمان حج ایران دیروز با وزیر حج این کشور دیدار و گفت وگو کرد.\nوزیر حج عربستان سعودی نیز بر همکاری دو کشور تاکید کرد.")
        let ministers = r.people.filter { $0.unnamed && $0.roles.contains { $0.text.hasPrefix("وزیر حج") } }
        #expect(ministers.count == 1)
        #expect(ministers.first?.roles.count == 2)
        #expect(r.met.count == 1)
    }

    @Test("the office of «این کشور» goes to the named holder of that country's office")
    func namedHolder() {
        let r = extract("کمال خرازی دیروز وارد ریاض شد.\nوی با وزیر امور خارجه این کشور دیدار کرد.\nسعود الفیصل وزیر امور خارجه عربستان گفت: روابط دو کشور خوب است.")
        #expect(holders(r, of: "وزیر امور خارجه این کشور").map(\.name) == ["سعود الفیصل"])
        #expect(!r.people.contains { $0.unnamed })
    }

    @Test("a president of «این کشور» is not the home country's bare office")
    func presidentOfThisCountry() {
        let r = extract("محمد ستاری فر دیروز وارد پکن شد.\nوی در دیدار با رییس جمهور این کشور گفت: روابط گسترش می یابد.\nرییس جمهور چین نیز در این دیدار گفت: همکاری ادامه دارد.")
        #expect(r.people.filter { $0.unnamed }.count == 1)
        #expect(r.met.count == 1)
    }

    @Test("a former holder of «این کشور» keeps apart from the office's holder")
    func formerHolder() {
        let r = extract("رفیق حریری نخست وزیر پیشین این کشور در بیروت ترور شد.\nفؤاد سنیوره نخست وزیر لبنان در این مراسم گفت: کار ادامه دارد.")
        #expect(!holders(r, of: "نخست وزیر پیشین این کشور").contains { $0.name == "فؤاد سنیوره" })
    }
}
