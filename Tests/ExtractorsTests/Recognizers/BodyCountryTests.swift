import Testing
@testable import Extractors

/// Issue 16, round 33: a country whose name is also a common word (countries.txt `ambiguous=yes`) after a body's name
/// is that body's country when the entry says so (`after-body=yes`: «چین», «مصر», «هند», «قطر», «کره», «غنا», «گینه»);
/// «مالی» (financial) and «چک» (cheque) are not.
@Suite("Ambiguous countries after a body's name")
struct BodyCountryTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name).sorted()
    }

    @Test("after a listed body: «ارتش مصر», «بانک مرکزی چین»")
    func afterListedBody() {
        #expect(institutions("ارتش مصر اعلام کرد که کار ادامه دارد.") == ["ارتش مصر"])
        #expect(institutions("بانک مرکزی چین اعلام کرد که کار ادامه دارد.") == ["بانک مرکزی چین"])
    }

    @Test("after a head and the words of its name: «فدراسیون فوتبال مصر», «حزب کمونیست چین»")
    func afterHeadAndName() {
        #expect(institutions("رئیس فدراسیون فوتبال مصر گفت: کار ادامه دارد.") == ["فدراسیون فوتبال مصر"])
        #expect(institutions("حزب کمونیست چین اعلام کرد که کار ادامه دارد.") == ["حزب کمونیست چین"])
    }

    @Test("«مالی» after a body's words is the word (financial), no country")
    func maliIsNoCountry() {
        #expect(!institutions("مدیر موسسه مالی گفت: کار ادامه دارد.").contains { $0.contains("مالی") && $0 != "موسسه مالی" })
        #expect(Fixture.extract("مدیر موسسه مالی گفت: کار ادامه دارد.").places.isEmpty)
    }

    @Test("right after a body's head (round 34): «پلیس چین», «سفارت هند در تهران», «دانشگاه قطر»")
    func rightAfterTheHead() {
        #expect(institutions("پلیس چین ادامه داد این افراد چهار افسر را مجروح کردند.") == ["پلیس چین"])
        #expect(institutions("سفارت هند در تهران اعلام کرد که کار ادامه دارد.") == ["سفارت هند در تهران"])
        let r = Fixture.extract("استاد دانشگاه قطر گفت: کار ادامه دارد.")
        #expect(r.institutions.first?.key == "دانشگاه@country:قطر", "\(r.institutions.map(\.key))")
    }

    @Test("right after the head, a country that is an adjective or the object is none: «شرکت کره ای», «سازمان کره را»")
    func adjectiveOrObject() {
        #expect(!institutions("یک شرکت کره ای موفق به طراحی ریزتراشه شد.").contains { $0.contains("کره") })
        #expect(!institutions("همین سازمان کره را از کشور عقب مانده به کشور صنعتی تبدیل کرد.").contains { $0.contains("کره") })
    }
}
