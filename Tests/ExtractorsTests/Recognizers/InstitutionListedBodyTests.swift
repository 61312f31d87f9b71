import Testing
@testable import Extractors

/// Bodies named-institutions.txt lists in the fourteenth round: ministries and bodies the articles write by themselves.
@Suite("Institutions: ministries and bodies written by themselves")
struct InstitutionListedBodyTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a ministry written alone, with no office or place, is the ministry")
    func ministryWrittenAlone() {
        #expect(institutions("ادغام وزارت تعاون با سیاست‌های کلان اصل 44 مغایر است.") == ["وزارت تعاون"])
        #expect(institutions("این طرح با همکاری وزارت کشاورزی اجرا می‌شود.") == ["وزارت کشاورزی"])
        // A foreign ministry keeps its country.
        #expect(institutions("هیاتی از وزارت کشاورزی ترکیه به تهران آمد.") == ["وزارت کشاورزی ترکیه"])
    }

    @Test("«سازمان بازرسی» is the general inspection; «سازمان بازرسی و نظارت» is the price inspection")
    func inspectionOrganizations() {
        let r = Fixture.extract("رئیس سازمان بازرسی گفت: پرونده بررسی می‌شود.\nسازمان بازرسی کل کشور گزارش را منتشر کرد.")
        #expect(r.institutions.map(\.name) == ["سازمان بازرسی کل کشور"])
        let price = Fixture.extract("ماموران سازمان بازرسی و نظارت بر قیمت و توزیع کالا و خدمات از بازار بازدید کردند.")
        #expect(price.institutions.map(\.name) == ["سازمان بازرسی و نظارت"])
        #expect(!price.institutions.contains { $0.key == r.institutions.first?.key })
    }
}
