import Extractors
import Foundation

/// Makes a corpus of any size for throughput measurements by recombining the sentences of a real
/// corpus and varying the names in them, so that the number of distinct people grows with the
/// corpus as it does in real news (a few officials everywhere, a long tail of the rarely named).
///
/// Each article takes 8–24 content sentences drawn at random. Every full name the lexicons know
/// (given name + surname) is replaced by a person from a pool whose size grows like Heaps' law
/// (40·N^0.6), drawn with Zipf frequencies; within an article the same original name always becomes
/// the same person, so a later «روحانی» alone still refers to the «حسن روحانی» the article introduced. The generator is seeded (SplitMix64): the same seed
/// and source corpus give the same corpus, byte for byte.
///
/// ```swift
/// let synthesizer = CorpusSynthesizer(seed: 1, lexicons: lexicons, source: documents)
/// try synthesizer.forEachDocument(count: 10_000) { document in … }
/// ```
struct CorpusSynthesizer {
    var seed: UInt64
    private let bank: SentenceBank
    private let givenNames: [String]
    private let surnames: [String]

    /// A synthesizer drawing sentences from `source` and names from the lexicons' given names and surnames.
    init(seed: UInt64, lexicons: Lexicons, source: [SourceDocument]) {
        self.seed = seed
        bank = SentenceBank(source, givenNames: lexicons["given-names"], surnames: lexicons["surnames"])
        givenNames = lexicons["given-names"].entries.map(\.surface)
        surnames = lexicons["surnames"].entries.map(\.surface)
    }

    /// Number of content sentences available for recombination.
    var sentenceCount: Int { bank.sentences.count }

    /// Number of distinct people the pool holds for a corpus of `count` articles (Heaps' law).
    static func poolSize(forArticles count: Int) -> Int {
        max(50, Int(40 * pow(Double(count), 0.6)))
    }

    /// Calls `body` with each of `count` synthesized articles in order (ids `synth-0000000`, …),
    /// without holding the corpus in memory.
    func forEachDocument(count: Int, _ body: (SourceDocument) throws -> Void) rethrows {
        guard !bank.sentences.isEmpty, count > 0 else { return }
        var rng = SplitMix64(seed: seed)
        let pool = makePool(size: Self.poolSize(forArticles: count), rng: &rng)
        let zipf = ZipfSampler(count: pool.count, exponent: 1.1)
        for n in 0..<count {
            var text = String.UnicodeScalarView()
            var cast: [String: Int] = [:]   // original name key → pool person, for this article
            let sentences = 8 + Int(rng.next() % 17)
            for _ in 0..<sentences {
                let sentence = bank.sentences[Int(rng.next() % UInt64(bank.sentences.count))]
                rewrite(sentence, into: &text, pool: pool, cast: &cast, zipf: zipf, rng: &rng)
                text.append(contentsOf: (rng.next() % 4 == 0 ? "\n\n" : " ").unicodeScalars)
            }
            try body(SourceDocument(id: String(format: "synth-%07d", n), text: String(text)))
        }
    }

    /// The whole corpus in memory (the benchmark times stages on it separately).
    func synthesize(count: Int) -> [SourceDocument] {
        var out: [SourceDocument] = []
        out.reserveCapacity(count)
        forEachDocument(count: count) { out.append($0) }
        return out
    }

    /// Distinct (given name, surname) people; distinct so the pool size is the number of people.
    private func makePool(size: Int, rng: inout SplitMix64) -> [(given: String, surname: String)] {
        let given = givenNames.isEmpty ? ["علی"] : givenNames
        let family = surnames.isEmpty ? ["احمدی"] : surnames
        let size = min(size, given.count * family.count)
        var seen = Set<Int>()
        var pool: [(given: String, surname: String)] = []
        pool.reserveCapacity(size)
        while pool.count < size {
            let g = Int(rng.next() % UInt64(given.count)), s = Int(rng.next() % UInt64(family.count))
            if seen.insert(g * family.count + s).inserted { pool.append((given[g], family[s])) }
        }
        return pool
    }

    /// Appends the sentence with each name slot replaced by its article's pool person.
    private func rewrite(_ sentence: SentenceBank.Sentence, into text: inout String.UnicodeScalarView, pool: [(given: String, surname: String)], cast: inout [String: Int], zipf: ZipfSampler, rng: inout SplitMix64) {
        var cursor = 0
        for slot in sentence.slots {
            let person: Int
            if let known = cast[slot.castKey] {
                person = known
            } else if slot.onlyIfIntroduced {
                continue
            } else {
                person = zipf.sample(&rng)
                cast[slot.castKey] = person
                // «حسن روحانی» introduces «روحانی»: the surname alone later is the same person.
                if let surnameKey = slot.pairedSurnameKey, cast["s:" + surnameKey] == nil { cast["s:" + surnameKey] = person }
            }
            text.append(contentsOf: sentence.scalars[cursor..<slot.range.lowerBound])
            text.append(contentsOf: (slot.isGiven ? pool[person].given : pool[person].surname).unicodeScalars)
            cursor = slot.range.upperBound
        }
        text.append(contentsOf: sentence.scalars[cursor...])
    }

    /// Writes documents as JSON Lines (`{"id":…,"text":…}`), streaming to a temporary file that is
    /// renamed into place at the end, so a large corpus is never held whole as bytes.
    static func writeJSONLines(to url: URL, _ produce: ((SourceDocument) throws -> Void) throws -> Void) throws {
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
            throw UserFacingError(message: "cannot create \(tmp.path)", exitCode: ExitStatus.badInput)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            let handle = try FileHandle(forWritingTo: tmp)
            defer { try? handle.close() }
            var buffer = Data()
            try produce { document in
                buffer.append(try encoder.encode(["id": document.id, "text": document.text]))
                buffer.append(0x0A)
                if buffer.count >= 1 << 20 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: buffer)
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
        if rename(tmp.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: tmp)
            throw UserFacingError(message: "cannot write \(url.path): \(String(cString: strerror(errno)))", exitCode: ExitStatus.badInput)
        }
    }
}

/// The content sentences of a source corpus, each with the places where a known name stands.
struct SentenceBank {
    /// One sentence's text and its name slots (offsets into `scalars`, in order).
    struct Sentence {
        var scalars: [Unicode.Scalar]
        var slots: [NameSlot]
    }

    /// A given name or surname in a sentence, to be replaced.
    struct NameSlot {
        var range: Range<Int>
        var isGiven: Bool
        /// The key the article's cast remembers this name by (`g:`/`s:`/`p:` + the original key).
        var castKey: String
        /// For a given name directly followed by a surname: the surname's key.
        var pairedSurnameKey: String?
        /// A surname alone: replaced only when a full name of the article introduced it, else kept.
        var onlyIfIntroduced = false
    }

    let sentences: [Sentence]

    init(_ documents: [SourceDocument], givenNames: Lexicon, surnames: Lexicon) {
        let analyzer = TextAnalyzer()
        var sentences: [Sentence] = []
        for document in documents {
            let analyzed = analyzer.analyze(document)
            for sentence in analyzed.sentences where sentence.isContent && sentence.tokens.count >= 6 {
                let tokens = Array(analyzed.tokens[sentence.tokens])
                let base = sentence.range.lowerBound
                var slots: [NameSlot] = []
                var i = 0
                while i < tokens.count {
                    let token = tokens[i]
                    defer { i += 1 }
                    guard token.kind == .word else { continue }
                    let range = (token.range.lowerBound - base)..<(token.range.upperBound - base)
                    // Only a full name the lexicons know (given name + surname) becomes a pool person, and
                    // a surname alone only when its article introduced it: swapping half of a name whose
                    // other half stays («محمد» before an unlisted surname) would mint a new person at every
                    // draw, and the people of the corpus would grow linearly instead of like real news.
                    let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                    if givenNames.contains(key: token.key), let next, next.kind == .word, surnames.contains(key: next.key) {
                        let pair = "p:" + token.key + " " + next.key
                        slots.append(NameSlot(range: range, isGiven: true, castKey: pair, pairedSurnameKey: next.key))
                        slots.append(NameSlot(range: (next.range.lowerBound - base)..<(next.range.upperBound - base), isGiven: false, castKey: pair))
                        i += 1
                    } else if surnames.contains(key: token.key), i == 0 || !givenNames.contains(key: tokens[i - 1].key) {
                        slots.append(NameSlot(range: range, isGiven: false, castKey: "s:" + token.key, onlyIfIntroduced: true))
                    }
                }
                sentences.append(Sentence(scalars: Array(analyzed.scalars[sentence.range]), slots: slots))
            }
        }
        self.sentences = sentences
    }
}

/// A small seeded generator (SplitMix64): fast, and the same seed gives the same sequence everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Draws ranks 0..<count with probability proportional to 1 / (rank + 1)^exponent.
struct ZipfSampler {
    private let cumulative: [Double]
    init(count: Int, exponent: Double) {
        var total = 0.0
        cumulative = (0..<count).map { r in
            total += 1 / pow(Double(r + 1), exponent)
            return total
        }
    }
    func sample(_ rng: inout SplitMix64) -> Int {
        let x = Double(rng.next() >> 11) / Double(1 << 53) * cumulative.last!
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
