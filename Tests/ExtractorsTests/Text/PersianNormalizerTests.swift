import Testing
import PropertyBased
@testable import Extractors

/// Random text built from the scalars real Persian news mixes: every letter variant, three digit
/// scripts, marks, joiners, bidi controls, odd spaces, Latin, punctuation and presentation forms.
enum TrickyText {
    static let scalars: [Unicode.Scalar] = [
        "ا", "ب", "پ", "ت", "س", "ش", "ر", "د", "ه", "م", "ن", "ل", "ی", "ک", "گ", "و",
        "\u{064A}", "\u{0643}", "\u{0629}", "\u{06C0}", "\u{0623}", "\u{0625}", "\u{0622}", "\u{0624}", "\u{0626}", "\u{0649}",
        "۱", "۴", "۰", "٣", "٩", "1", "9",
        "\u{064E}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{0640}",
        "\u{200C}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202B}", "\u{2067}", "\u{FEFF}", "\u{00AD}",
        " ", " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\n", "\r", "\t", "\u{2029}",
        "A", "b", "Z", ".", "،", ":", "«", "»", "(", ")", "/", "-", "…", "؟",
        "\u{FEF3}", "\u{FB8E}", "\u{FE8D}", "\u{FBFC}",
    ]

    static let generator = Gen.int(in: 0...(scalars.count - 1)).map { scalars[$0] }.array(of: 0...40)
}

@Suite("PersianNormalizer")
struct PersianNormalizerTests {
    @Test("String(utf8Encoding:) and key() give what the scalar views gave")
    func directUTF8Strings() {
        let samples = ["", "a", "سیدمصطفی", "Iran 2025 «ﺑﺎﻧﻚ» ۱۴۰۰", "شهرداری\u{200C}ها \u{FEFF}x\u{0301}", "😀 z\u{10FFFF}", "ﻷ ﺀ ك\tي\u{A0}\u{85}"]
        for text in samples {
            let scalars = Array(text.unicodeScalars)
            #expect(String(utf8Encoding: scalars[...]).utf8.elementsEqual(text.utf8))
            if scalars.count > 1 {
                #expect(String(utf8Encoding: scalars[1...]).unicodeScalars.elementsEqual(scalars[1...]))
            }
            var view = String.UnicodeScalarView()
            PersianNormalizer.appendKey(of: text.unicodeScalars, to: &view)
            #expect(PersianNormalizer.key(text).utf8.elementsEqual(String(view).utf8))
        }
    }

    @Test("normalize() writes the bytes appendNormalized writes to a scalar view")
    func normalizeOnBytesAgrees() async {
        await propertyCheck(count: 600, input: TrickyText.generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            var view = String.UnicodeScalarView()
            PersianNormalizer.appendNormalized(of: text.unicodeScalars, to: &view)
            #expect(PersianNormalizer.normalize(text).utf8.elementsEqual(String(view).utf8))
        }
        for text in ["", " ", "\u{200C}", " \u{200C}x \u{200C}", "\u{0}a\u{10FFFF}", "ﻷ ﺀ ك\tي\u{A0}\u{85}\u{2029}"] {
            var view = String.UnicodeScalarView()
            PersianNormalizer.appendNormalized(of: text.unicodeScalars, to: &view)
            #expect(PersianNormalizer.normalize(text).utf8.elementsEqual(String(view).utf8))
        }
    }

    /// `displayNormalize` as it was written on a scalar view: the definition its byte encoding must match.
    static func displayNormalizeOnScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false, pendingJoiner = false
        for s in text.unicodeScalars {
            let v = s.value
            let d: Unicode.Scalar?
            switch v {
            case 0x064A, 0x0649: d = "\u{06CC}"
            case 0x0643: d = "\u{06A9}"
            case 0x0654: d = s
            default:
                guard let m = PersianNormalizer.map(s) else { d = nil; break }
                d = (m == PersianNormalizer.zwnj || PersianNormalizer.isSpace(m) || (0xFB50...0xFEFC).contains(v)) ? m : s
            }
            guard let d else { continue }
            if PersianNormalizer.isSpace(d) { pendingSpace = true; pendingJoiner = false; continue }
            if d == PersianNormalizer.zwnj { if !pendingSpace { pendingJoiner = true }; continue }
            if !out.isEmpty {
                if pendingSpace { out.append(" ") } else if pendingJoiner { out.append(PersianNormalizer.zwnj) }
            }
            pendingSpace = false
            pendingJoiner = false
            out.append(d)
        }
        return String(out)
    }

    @Test("displayNormalize() writes the bytes the scalar-view definition writes")
    func displayNormalizeOnBytesAgrees() async {
        await propertyCheck(count: 600, input: TrickyText.generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            #expect(PersianNormalizer.displayNormalize(text).utf8.elementsEqual(Self.displayNormalizeOnScalars(text).utf8))
        }
        for text in ["", "\u{0654}\u{1680}x", "ﻷ ﺀ ك\tي\u{A0}\u{85}\u{2029}", "\u{200C} a\u{200C}\u{200C}b \u{200C}c"] {
            #expect(PersianNormalizer.displayNormalize(text).utf8.elementsEqual(Self.displayNormalizeOnScalars(text).utf8))
        }
    }

    @Test func normalizationIsIdempotent() async {
        await propertyCheck(count: 400, input: TrickyText.generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            let once = PersianNormalizer.normalize(text)
            #expect(PersianNormalizer.normalize(once) == once)
            #expect(PersianNormalizer.key(once) == PersianNormalizer.key(text))
            #expect(PersianNormalizer.key(PersianNormalizer.key(text)) == PersianNormalizer.key(text))
            for form in [NormalizedText.Form.text, .key] {
                let view = NormalizedText(scalars, form: form)
                #expect(NormalizedText(view.scalars, form: form).scalars == view.scalars)
            }
        }
    }

    @Test func offsetsAreMonotoneAndInBounds() async {
        await propertyCheck(count: 400, input: TrickyText.generator) { scalars in
            for form in [NormalizedText.Form.text, .key] {
                let view = NormalizedText(scalars, form: form)
                #expect(view.origins.count == view.scalars.count + 1)
                #expect(view.origins.last == scalars.count)
                #expect(view.origins.first.map { $0 >= 0 } == true)
                #expect(zip(view.origins, view.origins.dropFirst()).allSatisfy { $0 < $1 })
            }
        }
    }

    @Test func everyMappedRangeRenormalizesToTheSameKey() async {
        await propertyCheck(count: 300, input: TrickyText.generator, Gen.int(in: 0...40), Gen.int(in: 0...40)) { scalars, a, b in
            for form in [NormalizedText.Form.text, .key] {
                let view = NormalizedText(scalars, form: form)
                let lo = min(a, b, view.scalars.count), hi = min(max(a, b), view.scalars.count)
                let original = view.originalRange(lo..<hi)
                #expect(original.lowerBound >= 0 && original.upperBound <= scalars.count)
                let normalizedPart = String(String.UnicodeScalarView(view.scalars[lo..<hi]))
                let originalPart = String(String.UnicodeScalarView(scalars[original]))
                #expect(PersianNormalizer.key(originalPart) == PersianNormalizer.key(normalizedPart))
            }
        }
    }

    @Test func noForbiddenScalarRemains() async {
        await propertyCheck(count: 400, input: TrickyText.generator) { scalars in
            let text = String(String.UnicodeScalarView(scalars))
            let view = NormalizedText(scalars)
            for out in [Array(PersianNormalizer.normalize(text).unicodeScalars), view.scalars] {
                #expect(!out.contains(where: PersianNormalizer.isForbidden))
                // A ZWNJ only ever sits between two visible characters.
                for (i, s) in out.enumerated() where s == PersianNormalizer.zwnj {
                    #expect(i > 0 && i + 1 < out.count && !PersianNormalizer.isSpace(out[i - 1]) && !PersianNormalizer.isSpace(out[i + 1]))
                }
                #expect(out.first.map { !PersianNormalizer.isSpace($0) } ?? true)
                #expect(out.last.map { !PersianNormalizer.isSpace($0) } ?? true)
            }
            #expect(!PersianNormalizer.key(text).unicodeScalars.contains { PersianNormalizer.isForbidden($0) || $0 == PersianNormalizer.zwnj || PersianNormalizer.isSpace($0) })
        }
    }

    @Test(arguments: [
        ("شهرداری‌ها", "شهرداریها"), ("شهرداري ها", "شهرداریها"), ("ادارهکل", "اداره‌کل"), ("حجت الاسلام", "حجت‌الاسلام"),
        ("فتحاللهی", "فتح‌اللهی"), ("كرمان", "کرمان"), ("۱۴۰۰/۰۹/۰۳", "1400/09/03"), ("١٤٠٠", "1400"),
        ("مُحَمَّد", "محمد"), ("ايرنـــا", "ایرنا"), ("مسئول", "مسیول"), ("آیت\u{200F}الله", "ایت الله"), ("ﻳﻚ", "یک"), ("GIS", "gis"),
    ])
    func variantsShareOneKey(_ a: String, _ b: String) {
        #expect(PersianNormalizer.key(a) == PersianNormalizer.key(b))
    }

    @Test func textViewKeepsLineBreaksAndZWNJ() {
        let original = "  شهرداری\u{200C}ها\u{00A0}\u{00A0}رشت\r\n\r\nكد  خبر "
        let view = NormalizedText(Array(original.unicodeScalars))
        #expect(view.string == "شهرداری\u{200C}ها رشت\nکد خبر")
        let keyView = NormalizedText(Array(original.unicodeScalars), form: .key)
        #expect(keyView.string == "شهرداریهارشتکدخبر")
        // «رشت» in the key view maps back to the original «رشت».
        let r = keyView.originalRange(9..<12)
        #expect(String(String.UnicodeScalarView(Array(original.unicodeScalars)[r])) == "رشت")
        #expect(keyView.normalizedOffset(ofOriginal: r.lowerBound) == 9)
    }
}
