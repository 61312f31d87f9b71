import Extractors
import Foundation
import Testing

@testable import CLI

/// The corpus synthesizer called directly (no process): the Heaps-like pool, the name slots it takes
/// from the extractor, determinism, and that no person of a synthesized article is a stranger torn from
/// the source article that introduced it (the cause of person counts growing with the articles).
@Suite("Corpus synthesizer")
struct CorpusSynthesizerTests {
    static let extractor = try! Extractor.bundled()

    /// The seed articles shipped with the package: small, always present.
    static let source: [SourceDocument] = {
        let folder = BinaryRunner.packageRoot.appendingPathComponent("seeds")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { SourceDocument(id: name, text: $0) }
        }
    }()

    static let synthesizer = CorpusSynthesizer(seed: 7, lexicons: extractor.lexicons, source: source)

    static func keys(_ lexicon: String) -> Set<String> { Set(extractor.lexicons[lexicon].entries.map(\.key)) }

    @Test("the pool grows like Heaps' law: more people for more articles, far fewer than the articles")
    func poolIsSublinear() {
        let sizes = [1_000, 10_000, 100_000].map(CorpusSynthesizer.poolSize(forArticles:))
        #expect(sizes[0] < sizes[1] && sizes[1] < sizes[2])
        // ×10 articles gives 10^0.6 ≈ ×4 people.
        #expect(sizes[1] < 5 * sizes[0] && sizes[2] < 5 * sizes[1])
        #expect(abs(sizes[2] - 40_000) <= 1)
    }

    @Test("a fixed pool holds as many people for any number of articles, and changes the corpus")
    func fixedPool() {
        var fixed = Self.synthesizer
        fixed.fixedPool = 3
        #expect([1_000, 1_000_000].map(fixed.poolSize(forArticles:)) == [3, 3])
        #expect(Self.synthesizer.poolSize(forArticles: 1_000) == CorpusSynthesizer.poolSize(forArticles: 1_000))
        // Three people cannot give the names the default pool of 50 gives to 40 articles.
        let names = { (s: CorpusSynthesizer) in s.synthesize(count: 40).map(\.text) }
        #expect(names(fixed) != names(Self.synthesizer))
        #expect(names(fixed) == names(fixed), "deterministic")
    }

    @Test("a name's slot leaves the titles out and keeps pronouns and roles out")
    func nameRanges() {
        func range(_ text: String, _ mention: String, nameKey: String, surnameKey: String) -> (String, Bool)? {
            let scalars = Array(text.unicodeScalars)
            let start = text.unicodeScalars.count - mention.unicodeScalars.count
            let m = ExtractedMention(text: mention, start: start, end: scalars.count, rule: "test", sentence: 0)
            // The extractor gives keys («آ» → «ا», no spaces or ZWNJ).
            return SentenceBank.nameRange(of: m, in: scalars, nameKey: PersianNormalizer.key(nameKey), surnameKey: PersianNormalizer.key(surnameKey)).map { found in
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[found.0])
                return (String(view), found.1)
            }
        }
        let lead = "امروز "
        let full = range(lead + "حجت‌الاسلام علی‌محمد لروند", "حجت‌الاسلام علی‌محمد لروند", nameKey: "علیمحمدلروند", surnameKey: "لروند")
        #expect(full?.0 == "علی‌محمد لروند" && full?.1 == true)
        let surname = range(lead + "آیت‌الله جوادی آملی", "آیت‌الله جوادی آملی", nameKey: "جوادیآملی", surnameKey: "جوادیآملی")
        #expect(surname?.0 == "جوادی آملی" && surname?.1 == false)
        let later = range(lead + "لروند", "لروند", nameKey: "علیمحمدلروند", surnameKey: "لروند")
        #expect(later?.0 == "لروند" && later?.1 == false)
        #expect(range(lead + "وی", "وی", nameKey: "حسینموسوی", surnameKey: "موسوی") == nil)
        #expect(range(lead + "امام جمعه قم", "امام جمعه قم", nameKey: "علیحسینی", surnameKey: "حسینی") == nil)
    }

    @Test("the source's people have name slots, and the slots are disjoint and inside their sentences")
    func slots() throws {
        let sentences = Self.synthesizer.bank.sentences
        let slots = sentences.flatMap(\.slots)
        #expect(slots.count >= 10, "only \(slots.count) name slots in the seed articles")
        #expect(slots.contains { $0.isFull } && slots.contains { !$0.isFull })
        for sentence in sentences {
            for (a, b) in zip(sentence.slots, sentence.slots.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
            for slot in sentence.slots {
                #expect(slot.range.lowerBound >= 0 && slot.range.upperBound <= sentence.utf8.count)
                // Byte offsets on character boundaries: the name decodes whole.
                let name = String(decoding: sentence.utf8[slot.range], as: UTF8.self)
                #expect(!name.contains("\u{FFFD}") && !name.isEmpty)
            }
        }
    }

    @Test("JSON strings are escaped as JSONEncoder would and read back the same")
    func jsonStrings() throws {
        let text = "سلام \"نقل\" \\ خط\nدوم\tجدول\u{1} پایان /"
        var out: [UInt8] = []
        appendJSONString(text, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""سلام \"نقل\" \\ خط\nدوم\tجدول\u0001 پایان /""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
    }

    @Test("the same seed gives the same articles; another seed other ones")
    func deterministic() {
        let a = Self.synthesizer.synthesize(count: 30)
        let b = CorpusSynthesizer(seed: 7, lexicons: Self.extractor.lexicons, source: Self.source).synthesize(count: 30)
        let c = CorpusSynthesizer(seed: 8, lexicons: Self.extractor.lexicons, source: Self.source).synthesize(count: 30)
        #expect(a.map(\.id) == b.map(\.id) && a.map(\.text) == b.map(\.text))
        #expect(a.map(\.text) != c.map(\.text))
    }

    /// The people the extractor finds in a synthesized article that the synthesizer did not write: a
    /// surname or name from the source left in place. Before names came from the extractor, a lone
    /// surname whose full name stayed in its source article became one such stranger per article.
    @Test("the people found in synthesized articles are pool people, introduced by their full names")
    func noStrangers() {
        let given = Self.keys("given-names"), surnames = Self.keys("surnames")
        var people = 0, strangers: [String] = [], surnameOnly = 0
        for document in Self.synthesizer.synthesize(count: 40) {
            for person in Self.extractor.extract(document).people where !person.unnamed {
                people += 1
                if person.nameKey == person.surnameKey { surnameOnly += 1 }
                let poolSurname = surnames.contains(person.surnameKey)
                let poolGiven = person.nameKey == person.surnameKey
                    || given.contains { person.nameKey == $0 + person.surnameKey || person.nameKey.hasSuffix($0 + person.surnameKey) }
                if !(poolSurname && poolGiven) { strangers.append(person.name) }
            }
        }
        #expect(people >= 40)
        // The rules may still read a word after a pool name as part of the surname («… کاری»): a few, not a tail.
        #expect(strangers.count * 10 <= people, "\(strangers.count) of \(people) people are not pool people: \(strangers.prefix(20))")
        // A person the source introduced by full name is introduced again: surname-only people stay the exception.
        #expect(surnameOnly * 4 <= people, "\(surnameOnly) of \(people) people are known by a surname alone")
    }
}
