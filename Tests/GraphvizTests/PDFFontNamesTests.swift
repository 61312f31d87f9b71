import Testing
@testable import Graphviz

@Suite("GraphvizTests: reading font names from a PDF")
struct PDFFontNamesTests {
    @Test func subsetTagsAreRemovedAndNamesDeduplicated() {
        let pdf = Array("<< /Type /FontDescriptor /FontName /KQFDKT+NotoSansArabic-Regular /Flags 4 >>\n<< /BaseFont /SMVEKJ+NotoSansArabic-Regular>> << /FontName /ZINPGE+DejaVuSans\n>>".utf8)
        #expect(PDFFontNames.embeddedFontNames(in: pdf) == ["DejaVuSans", "NotoSansArabic-Regular"])
    }

    @Test func aPDFWithoutFontDictionariesYieldsNoNames() {
        #expect(PDFFontNames.embeddedFontNames(in: Array("%PDF-1.5\n%%EOF".utf8)).isEmpty)
    }

    @Test func familiesMatchPostScriptNamesIgnoringSpacesCaseAndStyle() {
        #expect(PDFFontNames.name("NotoSansArabic-Regular", belongsTo: "Noto Sans Arabic"))
        #expect(PDFFontNames.name("NotoNaskhArabic-Bold", belongsTo: "noto naskh arabic"))
        #expect(PDFFontNames.name("DejaVuSans", belongsTo: "DejaVu Sans"))
        #expect(!PDFFontNames.name("NotoSansArabic-Regular", belongsTo: "Noto Sans"))
        #expect(!PDFFontNames.name("DejaVuSans", belongsTo: "Vazirmatn"))
    }
}
