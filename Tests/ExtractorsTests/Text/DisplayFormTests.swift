import Testing
import PropertyBased
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

    @Test("words() cuts a text where its Character split at spaces does")
    func wordsAreTheCharacterSplit() async {
        let extra: [Unicode.Scalar] = ["\u{0654}", "\u{0301}", "\u{200D}", "\u{0600}", " "]
        let generator = Gen.int(in: 0...(TrickyText.scalars.count + extra.count - 1))
            .map { $0 < TrickyText.scalars.count ? TrickyText.scalars[$0] : extra[$0 - TrickyText.scalars.count] }.array(of: 0...40)
        await propertyCheck(count: 600, input: generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            for form in [text, PersianNormalizer.displayNormalize(text)] {
                #expect(DisplayForm.words(form).map { Array($0.utf8) } == form.split(separator: " ").map { Array($0.utf8) })
            }
        }
        #expect(DisplayForm.words(" \u{0654}ا ب  ") == [" \u{0654}ا", "ب"])
    }

    @Test func displayFormsKeepTheKey() {
        for text in ["شهرداريهاي استان", "ادارهکل", "فتحاللهی"] {
            #expect(PersianNormalizer.key(display.display(text)) == PersianNormalizer.key(text))
        }
    }
}
