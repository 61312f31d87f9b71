import Foundation
import PropertyBased
import Testing
@testable import Extractors

/// The rules' shared lexicon index (`RuleLexiconTable`) must answer exactly as each `Lexicon` does on its own:
/// it exists only to answer faster.
@Suite("Rule lexicon table")
struct RuleLexiconTableTests {
    static let lexicons = try! Lexicons.bundled()

    /// Both answers for the tokens at `start`, as (length, entry key) pairs.
    static func answers(_ lexicon: RuleLexicon, _ keys: [String], at start: Int) -> (table: String?, alone: String?) {
        let table = lexicons.rules.longestMatch(lexicon, keys: keys, at: start, limit: keys.count, firstHash: PhraseMatcher.hash(keys[start]))
        let alone = lexicons[lexicon.file].longestMatch(keys: keys, at: start, limit: keys.count)
        return (table.map { "\($0.length) \($0.entry.key)" }, alone.map { "\($0.length) \($0.entry.key)" })
    }

    @Test("every rule lexicon is the bundled file of its name, and every case has a file")
    func casesNameFiles() throws {
        let files = try Lexicons.bundledFiles()
        for lexicon in RuleLexicon.allCases {
            // The trigger lexicon is made from the frames of meeting-frames.txt.
            let file = lexicon == .meetingTriggers ? "meeting-frames" : lexicon.file
            #expect(files["\(file).txt"] != nil, "\(file).txt is not bundled")
            #expect(Self.lexicons.rules[lexicon].count == Self.lexicons[lexicon.file].count)
        }
        #expect(RuleLexicon.allCases.count <= 64, "a token's candidate lexicons are one UInt64 mask")
    }

    @Test("on real sentences, every lexicon at every token: the same longest match")
    func realText() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../seeds").standardizedFileURL
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!files.isEmpty)
        let analyzer = TextAnalyzer(lexicons: TextLexicons(Self.lexicons))
        var matches = 0
        for file in files {
            let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
            let keys = analyzer.analyze(SourceDocument(id: file, text: text)).tokens.map(\.key)
            for start in keys.indices where !keys[start].isEmpty {
                for lexicon in RuleLexicon.allCases {
                    let (table, alone) = Self.answers(lexicon, keys, at: start)
                    #expect(table == alone, "\(lexicon.file) at «\(keys[start])» in \(file)")
                    if table != nil { matches += 1 }
                }
            }
        }
        // The comparison must have compared something: the seeds name roles, places and people.
        #expect(matches > 500)
    }

    @Test("an entry split into tokens anywhere is still found, with what follows it")
    func splitEntries() async {
        let entries = RuleLexicon.allCases.flatMap { lexicon in Self.lexicons.rules[lexicon].entries.map { (lexicon, $0.key, $0.endsWithAnd) } }
        await propertyCheck(count: 400, input: Gen.int(in: 0...(entries.count - 1)), Gen.int(in: 1...3), Gen.int(in: 0...1000)) { pick, pieces, seed in
            let (lexicon, key, endsWithAnd) = entries[pick]
            // Cut the key's scalars into `pieces` runs at positions drawn from `seed`.
            let scalars = Array(key.unicodeScalars)
            var cuts = Set<Int>()
            var s = seed
            // No more pieces than the lexicon lets an entry span (`Lexicon.maxTokens`).
            for _ in 1..<min(pieces, Self.lexicons.rules[lexicon].maxTokens) where scalars.count > 1 {
                cuts.insert(1 + s % (scalars.count - 1))
                s = s / 7 + 13
            }
            var keys: [String] = []
            var current = String.UnicodeScalarView()
            for (n, scalar) in scalars.enumerated() {
                if cuts.contains(n) { keys.append(String(current)); current = String.UnicodeScalarView() }
                current.append(scalar)
            }
            keys.append(String(current))
            // A run that ends in the conjunction alone spells only an entry that writes it alone («پر و» is no «پرو»).
            let loneAnd = keys.count > 1 && keys.last == LexiconEntry.and && !endsWithAnd
            keys.append("گفت")
            let (table, alone) = Self.answers(lexicon, keys, at: 0)
            #expect(table == alone, "\(lexicon.file): \(keys)")
            if loneAnd {
                #expect(table != "\(keys.count - 1) \(key)", "\(lexicon.file): «\(key)» read from \(keys), across a lone «و»")
                return
            }
            #expect(table != nil, "\(lexicon.file): «\(key)» split as \(keys) not found")
        }
    }

    @Test("an entry ending in the letter «و» is not read across the conjunction «و» written alone; one that writes it alone is")
    func loneAnd() {
        let text = "سفیر پرو در تهران گفت: کشورش پر و بال تازه‌ای یافته است."
        let places = Fixture.extract(text).places.map(\.name)
        #expect(places.contains("پرو"))
        #expect(!places.contains("پر و"))
        let frame = Self.lexicons.rules.longestMatch(.meetingTriggers, keys: ["باهم", "دیدار", "و"], at: 0, limit: 3,
                                                     firstHash: PhraseMatcher.hash("باهم"))
        #expect(frame?.length == 3, "«با هم دیدار و», a trigger that writes «و» alone, still matches across it")
    }

    @Test("the ezafe «ی» after a final vowel is read off; other endings are not")
    func ezafe() {
        #expect(DocumentContext.withoutEzafe("سخنگوی") == "سخنگو")
        #expect(DocumentContext.withoutEzafe("شورای") == "شورا")
        #expect(DocumentContext.withoutEzafe("رئیسی") == nil)
        #expect(DocumentContext.withoutEzafe("وی") == nil)
        #expect(DocumentContext.withoutEzafe("دای") == nil, "three letters or fewer keep their «ی»")
        #expect(DocumentContext.withoutEzafe("") == nil)
    }
}
