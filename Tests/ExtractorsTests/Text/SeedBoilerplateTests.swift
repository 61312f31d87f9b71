import Foundation
import Testing
@testable import Extractors

/// The boilerplate marks the seed gold relies on, checked on the seed articles of the repository
/// (`seeds/`): footers, news-code blocks and repeated leads are not content, one copy of each
/// lead is.
@Suite("Seed boilerplate")
struct SeedBoilerplateTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    func analyze(_ prefix: String) throws -> AnalyzedText {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).first { $0.hasPrefix(prefix) })
        let bytes = try #require(FileManager.default.contents(atPath: Self.seeds.appendingPathComponent(name).path))
        return try TextAnalyzer.bundled().analyze(try DocumentDecoder().decodeText(bytes, name: name))
    }

    /// Content sentences whose key starts like `text`.
    func contentCopies(_ a: AnalyzedText, of text: String) -> Int {
        let key = PersianNormalizer.key(text)
        return a.sentences.filter { $0.isContent && PersianNormalizer.key(a.text($0.range)).hasPrefix(key) }.count
    }

    @Test func footerAfterEndOfMessage() throws {
        let a = try analyze("001_")
        let end = try #require(a.sentences.firstIndex { a.text($0.range).hasPrefix("انتهای پیام") })
        #expect(a.sentences[end...].allSatisfy { !$0.isContent })
        #expect(a.sentences.count - end > 10)
        #expect(a.sentences[..<end].filter(\.isContent).count == end - 1)   // only the repeated title is out
        #expect(a.metadata.agency == "خبرگزاری تسنیم")
    }

    @Test func repeatedAndTruncatedLeadKeepOneCopy() throws {
        let a = try analyze("000_")
        #expect(contentCopies(a, of: "معاون امور عمرانی استاندار کرمان با بیان اینکه") == 1)
        #expect(contentCopies(a, of: "به گزارش فت فتو، سیدمصطفی آیت اللهی موسوی") == 1)
        #expect(contentCopies(a, of: "همافزایی شورای شهر و استانداری در توسعه کرمان ضروری است") == 1)
        #expect(!a.sentences.contains { $0.isContent && a.text($0.range).contains("منبع") })
        #expect(a.metadata.dateline == "کرمان")
        #expect(a.metadata.media.map(\.text) == ["فت فتو", "ایرنـا"])
    }

    @Test func newsCodeBlocksAndRepeatedLead() throws {
        let a = try analyze("002_")
        #expect(!a.sentences.contains { $0.isContent && a.text($0.range).contains("کد خبر") })
        #expect(contentCopies(a, of: "سید امیر حسین علوی شهردار رشت همکاری همه جانبه") == 1)
        #expect(contentCopies(a, of: "همکاری همه جانبه دستگاهها راه برون رفت") == 1)
        #expect(a.metadata.date == "2021-11-24")
        #expect(a.metadata.dates.contains { $0.text == "دوم آذر 1400" && $0.iso == "2021-11-23" })
        #expect(!a.sentences.contains { $0.isContent && a.text($0.range).contains("دیدگاه") })
    }

    @Test func everySeedKeepsItsBodyAsContent() throws {
        for prefix in ["000_", "001_", "002_", "003_", "004_"] {
            let a = try analyze(prefix)
            let content = a.sentences.filter(\.isContent).reduce(0) { $0 + $1.range.count }
            let all = a.sentences.reduce(0) { $0 + $1.range.count }
            #expect(Double(content) > 0.6 * Double(all), "\(prefix): too much marked as boilerplate")
        }
    }
}
