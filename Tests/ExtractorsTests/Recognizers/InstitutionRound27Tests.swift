import Testing
@testable import Extractors

/// Issue 16, round 27: companies of the stock exchange's list (scripts/mine-listed-companies.py), a country's mission
/// to a body of many states (institution-heads.txt «نمایندگی», seat=in), and the plural auxiliaries that end a body's
/// name (stop-words.txt «شدند», «گردید» …).
@Suite("Institutions: the bodies of round 27")
struct InstitutionRound27Tests {
    static func institutions(_ text: String) -> [String] { Fixture.extract(text).institutions.map(\.name).sorted() }

    @Test("a listed company written bare in a stock report: «سیمان فارس و خوزستان», «کالسیمین»")
    func listedCompanies() {
        let names = Self.institutions("بیشترین تقاضا برای سهام کالسیمین، سیمان فارس و خوزستان و پارس خودرو ثبت شد.")
        #expect(names.contains("کالسیمین"))
        #expect(names.contains("سیمان فارس و خوزستان"))
        #expect(names.contains("پارس خودرو"))
    }

    @Test("a mission of a country to the United Nations, and the office of its spokesman")
    func mission() {
        let text = "سخنگوی نمایندگی ایران در سازمان ملل در مصاحبه‌ای گفت که آماده‌ایم. علیرضا میریوسفی افزود: این مهم است."
        #expect(Self.institutions(text).contains("نمایندگی ایران در سازمان ملل"))
        #expect(Fixture.roles(of: text, "علیرضا میریوسفی") == ["سخنگوی نمایندگی ایران در سازمان ملل"])
        // «به نمایندگی از» and «نمایندگی» before no country are no mission.
        #expect(!Self.institutions("او به نمایندگی از ایران در اجلاس شرکت کرد.").contains { $0.hasPrefix("نمایندگی") })
    }

    @Test("«شدند» ends a body's name: «… به عنوان عضو هیئت مدیره کانون انتخاب شدند»")
    func pluralAuxiliary() {
        let r = Fixture.extract("علی احمدی، حسن روحانی و محمد رضایی به عنوان عضو هیئت مدیره کانون انتخاب شدند.")
        #expect(!r.people.flatMap(\.roles).contains { $0.text.contains("انتخاب") })
        #expect(!Self.institutions("مدارك لازم درباره حزب حذف شدند.").contains { $0.contains("حذف") })
    }
}
