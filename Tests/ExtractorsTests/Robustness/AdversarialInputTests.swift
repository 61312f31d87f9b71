import Testing
import Extractors

/// Inputs built to trip quadratic rules (issue 8): long runs of titles, a sentence with no punctuation,
/// a list of thousands of names. Each must complete with a sound record; the sizes here are small so the
/// suite stays quick, the full sizes are timed with the release binary (`fuzz/adversarial.py`, see the
/// robustness notes in the report).
@Suite("Adversarial inputs")
struct AdversarialInputTests {
    static func extractSoundly(_ text: String) -> DocumentExtraction {
        let record = robustnessExtractor.extract(SourceDocument(id: "adversarial", text: text))
        let problems = ExtractionInvariants.violations(of: record, text: text)
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        return record
    }

    @Test func thousandsOfRepeatedTitles() {
        // «سید سید سید … علی رضایی»: every title could open a name that never closes.
        _ = Self.extractSoundly(String(repeating: "سید ", count: 5_000) + "علی رضایی با حجت‌الاسلام محمد احمدی دیدار کرد.")
        _ = Self.extractSoundly(String(repeating: "آقای دکتر سید ", count: 1_500) + "رضایی گفت.")
        _ = Self.extractSoundly(String(repeating: "سید", count: 3_000))   // no spaces at all
    }

    @Test func aLongSentenceWithoutPunctuation() {
        // About 100 KB of one sentence: words, names and triggers, never a full stop.
        let words = ["استاندار", "کرمان", "علی", "رضایی", "با", "وزیر", "کشور", "دیدار", "کرد", "و", "در", "جلسه", "شورای", "شهر", "گفت"]
        var text = ""
        var i = 0
        while text.utf8.count < 100_000 { text += words[(i * 7 + i / 15) % words.count] + " "; i += 1 }
        _ = Self.extractSoundly(text)
    }

    @Test func thousandsOfNamesInOneList() {
        let given = ["علی", "محمد", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم"]
        let surnames = ["رضایی", "احمدی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "رحیمی", "صادقی"]
        let names = (0..<2_000).map { "\(given[$0 % given.count]) \(surnames[($0 / given.count) % surnames.count])" }
        let record = Self.extractSoundly("در این دیدار " + names.joined(separator: "، ") + " و استاندار کرمان حضور داشتند.")
        #expect(!record.people.isEmpty)
        _ = Self.extractSoundly("استاندار کرمان با " + names.prefix(500).joined(separator: " و ") + " دیدار کرد.")
    }

    @Test func manyShortSentencesAndBlankLines() {
        _ = Self.extractSoundly(String(repeating: "علی رضایی گفت.\n\n", count: 3_000))
        _ = Self.extractSoundly(String(repeating: ".", count: 50_000))
        _ = Self.extractSoundly(String(repeating: "\u{200C}", count: 20_000) + "رضایی")
        _ = Self.extractSoundly(String(repeating: "«", count: 10_000) + "رضایی" + String(repeating: "»", count: 10_000))
    }
}
