import Testing
@testable import Extractors

/// A county's name after a given name is the surname before a role («علی چگنی، سفیر …»), and the embassy an
/// ambassador's office implies is named with its post («سفارت جمهوری اسلامی ایران در کوبا»).
@Suite("County names as surnames before a role")
struct CountySurnameTests {
    @Test("given name, county, comma, role: «علی چگنی، سفیر جمهوری اسلامی ایران در کوبا»")
    func countyBeforeRole() {
        let r = Fixture.extract("رئیس دانشگاه هاوانا در دیدار با علی چگنی، سفیر جمهوری اسلامی ایران در کوبا گفت: همکاری‌ها گسترش می‌یابد.")
        #expect(Fixture.person(r, named: "علی چگنی") != nil)
        #expect(r.institutions.contains { $0.name == "سفارت جمهوری اسلامی ایران در کوبا" })
    }

    @Test("without the comma too: «محمد قدس مدیر تولید»")
    func countyBeforeRoleNoComma() {
        let r = Fixture.extract("در این نمایش نصیر ملکی‌جو طراح صحنه و محمد قدس مدیر تولید هستند و کار را ادامه می‌دهند.")
        #expect(Fixture.person(r, named: "محمد قدس") != nil)
    }

    @Test("a given name that is also a word before a county and a role is no name: «بیمارستان توحید جم مسئول …»")
    func ambiguousGivenNameStaysPlace() {
        let r = Fixture.extract("مسئول تالاسمی بیمارستان توحید جم مسئول بخش را معرفی کرد و گفت: خدمات ادامه دارد.")
        #expect(!Fixture.names(r).contains("توحید جم"))
    }
}
