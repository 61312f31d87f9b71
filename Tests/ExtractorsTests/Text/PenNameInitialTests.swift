import Testing
@testable import Extractors

/// SentenceSplitter.isLoneLetterInitial: a Persian letter written alone after a bracket, a quote or another initial,
/// a word after its period, is the initial of a pen name («(م. آزاد)», «(ه. ا. سایه)»); after a word the lone letter
/// is a blessing's or a list's and its period ends the sentence as before.
@Suite("Sentences: a pen name's initials")
struct PenNameInitialTests {
    static func sentences(_ text: String) throws -> Int {
        try TextAnalyzer.bundled().analyze(SourceDocument(id: "s", text: text)).sentences.count
    }

    @Test("«(م. آزاد)» and «(ه. ا. سایه)» split no sentence")
    func initials() throws {
        #expect(try Self.sentences("مراسم يادبود محمود مشرف تهراني(م. آزاد)در گروه شعر معاصر برگزار شد.") == 1)
        #expect(try Self.sentences("چند عنوان از شعرهاي هوشنگ ابتهاج(ه. ا. سايه) تجديد چاپ مي شوند.") == 1)
    }

    @Test("after a word the lone letter's period still ends the sentence: «… امام حسين ع. محصولات …»")
    func afterAWord() throws {
        #expect(try Self.sentences("به اندازه كرايه تاكسي آزادي - ميدان امام حسين ع. محصولات چيني وارد مي شود.") == 2)
    }
}
