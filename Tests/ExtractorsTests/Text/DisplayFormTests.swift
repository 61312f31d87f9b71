import Testing
@testable import Extractors

@Suite("DisplayForm")
struct DisplayFormTests {
    let display = try! DisplayForm(zwnjWords: TextLexicons.bundled().zwnjWords)

    @Test(arguments: [
        ("شهرداريها", "شهرداری‌ها"),
        ("سازمان همیاری شهرداریهای استان قم", "سازمان همیاری شهرداری‌های استان قم"),
        ("ادارهکل اوقاف", "اداره‌کل اوقاف"),
        ("حجت الاسلام", "حجت‌الاسلام"),
        ("حجتالاسلام", "حجت‌الاسلام"),
        ("علی فتحاللهی", "علی فتح‌اللهی"),
        ("دستگاههای اجرایی", "دستگاه‌های اجرایی"),
        ("پرجمعیتترین شهر", "پرجمعیت‌ترین شهر"),
        ("رئيس جمهور", "رئیس‌جمهور"),
        ("مسئول شهرداريها", "مسئول شهرداری‌ها"),
    ])
    func restoresTheZWNJWhereItIsKnown(_ input: String, _ expected: String) {
        #expect(display.display(input) == expected)
    }

    @Test(arguments: ["انتهای پیام", "جلسهای", "تنها", "عبدالله", "نصرالله", "بهترین", "آنها", "کارها", "میدان", "شهرداری‌ها", "GIS"])
    func leavesOtherWordsAlone(_ input: String) {
        #expect(display.display(input) == PersianNormalizer.displayNormalize(input))
    }

    @Test func displayFormsKeepTheKey() {
        for text in ["شهرداريهاي استان", "ادارهکل", "فتحاللهی"] {
            #expect(PersianNormalizer.key(display.display(text)) == PersianNormalizer.key(text))
        }
    }
}
