import Extractors
import Foundation

/// Makes a corpus of any size for throughput measurements by recombining the sentences of a real
/// corpus and varying the names in them, so that the number of distinct people grows with the
/// corpus as it does in real news (a few officials everywhere, a long tail of the rarely named).
///
/// Each article takes 8–24 content sentences drawn at random. Every person's name the extractor finds
/// in the source (titles kept, pronouns and roles left alone) is replaced by a person from a pool whose
/// size grows like Heaps' law (40·N^0.6), drawn with Zipf frequencies. Within an article the same source
/// person is always the same pool person, and every person is introduced by full name at the first mention
/// («علی احمدی», later «احمدی» where the source had the surname alone): a surname torn from the article
/// that introduced it is no evidence of anyone, and the graph rightly keeps such a bare surname as a node
/// of its own article, so every synthesized article would add new people and counts would grow linearly.
/// The generator is seeded (SplitMix64): the same seed and source corpus give the same corpus, byte for byte.
///
/// ```swift
/// let synthesizer = CorpusSynthesizer(seed: 1, lexicons: lexicons, source: documents)
/// try synthesizer.forEachDocument(count: 10_000) { document in … }
/// ```
struct CorpusSynthesizer {
    var seed: UInt64
    /// The number of distinct people to draw from whatever the corpus size (a fixed entity pool, so that
    /// memory can be measured against articles alone); nil: Heaps' law, `poolSize(forArticles:)`.
    var fixedPool: Int? = nil
    /// The source sentences with their name slots.
    let bank: SentenceBank
    private let givenNames: [String]
    private let surnames: [String]

    /// A synthesizer drawing sentences from `source` (people found by an extractor over `lexicons`) and
    /// names from the lexicons' given names and surnames.
    init(seed: UInt64, lexicons: Lexicons, source: [SourceDocument]) {
        self.seed = seed
        bank = SentenceBank(source, extractor: Extractor(lexicons: lexicons))
        givenNames = lexicons["given-names"].entries.map(\.surface)
        surnames = lexicons["surnames"].entries.map(\.surface)
    }

    /// Number of content sentences available for recombination.
    var sentenceCount: Int { bank.sentences.count }

    /// Number of distinct people the pool holds for a corpus of `count` articles (Heaps' law).
    static func poolSize(forArticles count: Int) -> Int {
        max(50, Int(40 * pow(Double(count), 0.6)))
    }

    /// Number of distinct people this synthesizer draws from for `count` articles: `fixedPool`, or Heaps' law.
    func poolSize(forArticles count: Int) -> Int {
        fixedPool ?? Self.poolSize(forArticles: count)
    }

    /// Calls `body` with each of `count` synthesized articles in order (ids `synth-0000000`, …),
    /// without holding the corpus in memory.
    func forEachDocument(count: Int, _ body: (SourceDocument) throws -> Void) rethrows {
        guard !bank.sentences.isEmpty, count > 0 else { return }
        var rng = SplitMix64(seed: seed)
        let pool = makePool(size: poolSize(forArticles: count), rng: &rng)
        let zipf = ZipfSampler(count: pool.count, exponent: 1.1)
        // Bytes, not scalars: appending UTF-8 slices is a copy, so 100k articles take seconds.
        var text: [UInt8] = []
        for n in 0..<count {
            text.removeAll(keepingCapacity: true)
            var cast: [Int: Int] = [:]   // source person → pool person, for this article
            let sentences = 8 + Int(rng.next() % 17)
            for _ in 0..<sentences {
                let sentence = bank.sentences[Int(rng.next() % UInt64(bank.sentences.count))]
                rewrite(sentence, into: &text, pool: pool, cast: &cast, zipf: zipf, rng: &rng)
                text.append(contentsOf: rng.next() % 4 == 0 ? [0x0A, 0x0A] : [0x20])
            }
            try body(SourceDocument(id: String(format: "synth-%07d", n), text: String(decoding: text, as: UTF8.self)))
        }
    }

    /// The whole corpus in memory (the benchmark times stages on it separately).
    func synthesize(count: Int) -> [SourceDocument] {
        var out: [SourceDocument] = []
        out.reserveCapacity(count)
        forEachDocument(count: count) { out.append($0) }
        return out
    }

    /// Distinct (given name, surname) people, as UTF-8; distinct so the pool size is the number of people.
    private func makePool(size: Int, rng: inout SplitMix64) -> [(given: [UInt8], surname: [UInt8])] {
        let given = givenNames.isEmpty ? ["علی"] : givenNames
        let family = surnames.isEmpty ? ["احمدی"] : surnames
        let size = min(size, given.count * family.count)
        var seen = Set<Int>()
        var pool: [(given: [UInt8], surname: [UInt8])] = []
        pool.reserveCapacity(size)
        while pool.count < size {
            let g = Int(rng.next() % UInt64(given.count)), s = Int(rng.next() % UInt64(family.count))
            if seen.insert(g * family.count + s).inserted { pool.append((Array(given[g].utf8), Array(family[s].utf8))) }
        }
        return pool
    }

    /// Appends the sentence with each name slot replaced by its article's pool person: the full name at the
    /// person's first mention in the article, later as the source wrote it (full name or surname alone).
    private func rewrite(_ sentence: SentenceBank.Sentence, into text: inout [UInt8], pool: [(given: [UInt8], surname: [UInt8])], cast: inout [Int: Int], zipf: ZipfSampler, rng: inout SplitMix64) {
        var cursor = 0
        for slot in sentence.slots {
            let person: Int
            var full = slot.isFull
            if let known = cast[slot.person] {
                person = known
            } else {
                person = zipf.sample(&rng)
                cast[slot.person] = person
                full = true
            }
            text.append(contentsOf: sentence.utf8[cursor..<slot.range.lowerBound])
            if full {
                text.append(contentsOf: pool[person].given)
                text.append(0x20)
            }
            text.append(contentsOf: pool[person].surname)
            cursor = slot.range.upperBound
        }
        text.append(contentsOf: sentence.utf8[cursor...])
    }

    /// Writes documents as JSON Lines (`{"id":…,"text":…}`), streaming to a temporary file that is
    /// renamed into place at the end, so a large corpus is never held whole as bytes.
    static func writeJSONLines(to url: URL, _ produce: ((SourceDocument) throws -> Void) throws -> Void) throws {
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
            throw UserFacingError(message: "cannot create \(tmp.path)", exitCode: ExitStatus.badInput)
        }
        do {
            let handle = try FileHandle(forWritingTo: tmp)
            defer { try? handle.close() }
            var buffer: [UInt8] = []
            try produce { document in
                // What JSONEncoder writes with sorted keys and unescaped slashes, without its per-value cost.
                buffer.append(contentsOf: Array(#"{"id":"#.utf8))
                appendJSONString(document.id, to: &buffer)
                buffer.append(contentsOf: Array(#","text":"#.utf8))
                appendJSONString(document.text, to: &buffer)
                buffer.append(contentsOf: [0x7D, 0x0A])
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

/// Appends `text` as a JSON string: quotes, backslash and control characters escaped, the rest as UTF-8.
func appendJSONString(_ text: String, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(0x22)
    var text = text
    text.withUTF8 { bytes in
        var runStart = 0
        for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
            runStart = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    out.append(0x22)
}

/// The content sentences of a source corpus, each with the places where a person's name stands.
///
/// The names are the ones the extractor itself finds (every rule, and coreference to tell which mentions
/// are one person), not a lexicon look-up: a name half of which is missing from the lexicons («جورج بوش»),
/// or a surname the article introduced earlier, would otherwise stay as written and, torn from the
/// article that introduced it, become a new person in every synthesized article it lands in.
struct SentenceBank {
    /// One sentence's text as UTF-8 and its name slots (byte offsets into `utf8`, in order, disjoint).
    struct Sentence {
        var utf8: [UInt8]
        var slots: [NameSlot]
    }

    /// The written name of a person in a sentence (titles before it are kept), to be replaced.
    struct NameSlot {
        /// Scalar offsets while the bank is built, then byte offsets into the sentence's `utf8`.
        var range: Range<Int>
        /// The person across the bank (source article and its person), the key of an article's cast.
        var person: Int
        /// The source wrote the given name here («حسن روحانی»), not the surname alone («روحانی»).
        var isFull: Bool
    }

    let sentences: [Sentence]

    init(_ documents: [SourceDocument], extractor: Extractor) {
        let analyzer = extractor.analyzer
        let nameParts = Set(extractor.lexicons["given-names"].entries.map(\.key) + extractor.lexicons["lineage-honorifics"].entries.map(\.key))
        // Extraction dominates (a few CPU-seconds for the 1,475 dev articles): every core, results in input order.
        let perDocument = BatchExtractor.parallelMap(documents) { document in
            Self.sentences(of: analyzer.analyze(document), record: extractor.extract(document), nameParts: nameParts)
        }
        var sentences: [Sentence] = []
        var personBase = 0
        for (found, personCount) in perDocument {
            for var sentence in found {
                for i in sentence.slots.indices { sentence.slots[i].person += personBase }
                sentences.append(sentence)
            }
            personBase += personCount
        }
        self.sentences = sentences
    }

    /// The content sentences of one article with the name slots of its people (person ids local to the
    /// article), and the number of its people. `nameParts` are the keys of given names and lineage
    /// honorifics («سید»), which a slot takes in when the rules left them just before it.
    static func sentences(of analyzed: AnalyzedText, record: DocumentExtraction, nameParts: Set<String>) -> ([Sentence], Int) {
        var slotsBySentence: [Int: [(start: Int, slot: NameSlot)]] = [:]
        for (p, person) in record.people.enumerated() where !person.unnamed && !person.surnameKey.isEmpty {
            for mention in person.mentions {
                guard let (range, isFull) = nameRange(of: mention, in: analyzed.scalars, nameKey: person.nameKey, surnameKey: person.surnameKey)
                else { continue }
                slotsBySentence[mention.sentence, default: []].append(
                    (range.lowerBound, NameSlot(range: range, person: p, isFull: isFull)))
            }
        }
        var out: [Sentence] = []
        for (index, sentence) in analyzed.sentences.enumerated() where sentence.isContent && sentence.tokens.count >= 6 {
            let base = sentence.range.lowerBound
            var slots: [NameSlot] = []
            var tokenStarting: [Int: Int] = [:]
            for t in sentence.tokens { tokenStarting[analyzed.tokens[t].range.lowerBound] = t }
            // Mentions of two people may overlap where the rules disagree; the first one wins.
            for (_, slot) in (slotsBySentence[index] ?? []).sorted(by: { ($0.start, $0.slot.range.upperBound) < ($1.start, $1.slot.range.upperBound) }) {
                guard sentence.range.lowerBound <= slot.range.lowerBound, slot.range.upperBound <= sentence.range.upperBound else { continue }
                let floor = slots.last.map { $0.range.upperBound + base } ?? sentence.range.lowerBound
                guard floor <= slot.range.lowerBound else { continue }
                var start = slot.range.lowerBound
                // «حسن [الحسینی]», «گوردون [براون]», «سید [X]»: where the rules took only the surname, a given name or
                // lineage word left before the slot would join the pool name written into it («حسن علی احمدی»),
                // minting a new person for every pool person drawn there. The slot takes them in.
                if let first = tokenStarting[start] {
                    var t = first
                    while t > sentence.tokens.lowerBound, first - t < 2 {
                        let previous = analyzed.tokens[t - 1]
                        guard previous.kind == .word, nameParts.contains(previous.key), previous.range.lowerBound >= floor,
                              analyzed.scalars[previous.range.upperBound..<analyzed.tokens[t].range.lowerBound].allSatisfy(isSeparator) else { break }
                        t -= 1
                    }
                    start = analyzed.tokens[t].range.lowerBound
                }
                var local = slot
                local.range = (start - base)..<(slot.range.upperBound - base)
                slots.append(local)
            }
            // Scalar offsets to byte offsets.
            var utf8: [UInt8] = []
            var byteAt: [Int] = [0]
            byteAt.reserveCapacity(sentence.range.count + 1)
            for scalar in analyzed.scalars[sentence.range] {
                utf8.append(contentsOf: UTF8.encode(scalar)!)
                byteAt.append(utf8.count)
            }
            for i in slots.indices { slots[i].range = byteAt[slots[i].range.lowerBound]..<byteAt[slots[i].range.upperBound] }
            out.append(Sentence(utf8: utf8, slots: slots))
        }
        return (out, record.people.count)
    }

    /// Where the name stands in a mention (document offsets) and whether the given name is written:
    /// the shortest word-aligned tail of the mention whose key ends with the person's full name key, else
    /// with the surname key. Titles before the name («آیت‌الله», «دکتر») are left out; a mention that does
    /// not end with the surname (a pronoun, a role) is no name.
    static func nameRange(of mention: ExtractedMention, in scalars: [Unicode.Scalar], nameKey: String, surnameKey: String) -> (Range<Int>, Bool)? {
        guard mention.start >= 0, mention.start < mention.end, mention.end <= scalars.count else { return nil }
        // Word starts, last first: a tail key grows as the start moves left.
        var starts: [Int] = []
        for i in stride(from: mention.end - 1, through: mention.start, by: -1) where !isSeparator(scalars[i]) {
            if i == mention.start || isSeparator(scalars[i - 1]) { starts.append(i) }
        }
        var surnameStart: Int?
        for start in starts {
            var key = String.UnicodeScalarView()
            key.append(contentsOf: scalars[start..<mention.end])
            let tail = PersianNormalizer.key(String(key))
            if nameKey.count > surnameKey.count, tail.hasSuffix(nameKey) { return (start..<mention.end, true) }
            if surnameStart == nil, tail.hasSuffix(surnameKey) { surnameStart = start }
        }
        return surnameStart.map { ($0..<mention.end, false) }
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == PersianNormalizer.zwnj
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
