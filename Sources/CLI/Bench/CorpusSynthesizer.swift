import Extractors
import Foundation

/// Makes a corpus of any size for throughput measurements by recombining the sentences of a real
/// corpus and varying the names in them, so that the number of distinct people grows with the
/// corpus as it does in real news (a few officials everywhere, a long tail of the rarely named).
///
/// Each article takes 8–24 content sentences drawn at random; every given name and surname the
/// lexicons know is replaced by one drawn from a Zipf distribution over a name pool whose size grows
/// with N. The generator is seeded (SplitMix64), so the same seed gives the same corpus.
struct CorpusSynthesizer {
    var seed: UInt64
    var lexicons: Lexicons

    func synthesize(count: Int, from documents: [SourceDocument]) -> [SourceDocument] {
        let analyzer = TextAnalyzer()
        var sentences: [[Token]] = []
        var texts: [[Unicode.Scalar]] = []
        for document in documents {
            let analyzed = analyzer.analyze(document)
            for sentence in analyzed.sentences where sentence.isContent && sentence.tokens.count >= 6 {
                sentences.append(Array(analyzed.tokens[sentence.tokens]))
                texts.append(Array(analyzed.scalars[sentence.range]))
            }
        }
        guard !sentences.isEmpty else { return [] }
        let givenNames = lexicons["given-names"].entries.map(\.surface)
        let surnames = lexicons["surnames"].entries.map(\.surface)
        // Distinct names grow sub-linearly with the corpus (Heaps' law), like real news.
        let poolSize = max(50, Int(40 * pow(Double(count), 0.6)))
        var rng = SplitMix64(seed: seed)
        let pool: [(String, String)] = (0..<poolSize).map { _ in
            (givenNames.isEmpty ? "علی" : givenNames[Int(rng.next() % UInt64(givenNames.count))],
             surnames.isEmpty ? "احمدی" : surnames[Int(rng.next() % UInt64(surnames.count))])
        }
        let zipf = ZipfSampler(count: poolSize, exponent: 1.1)
        var out: [SourceDocument] = []
        out.reserveCapacity(count)
        for n in 0..<count {
            var text = ""
            let k = 8 + Int(rng.next() % 17)
            for _ in 0..<k {
                let i = Int(rng.next() % UInt64(sentences.count))
                text += rewrite(texts[i], sentences[i], names: pool, zipf: zipf, rng: &rng)
                text += rng.next() % 4 == 0 ? "\n\n" : " "
            }
            out.append(SourceDocument(id: String(format: "synth-%07d", n), text: text))
        }
        return out
    }

    /// The sentence with each known given name or surname replaced by a pool name.
    private func rewrite(_ scalars: [Unicode.Scalar], _ tokens: [Token], names: [(String, String)], zipf: ZipfSampler, rng: inout SplitMix64) -> String {
        let base = tokens.first?.range.lowerBound ?? 0
        var out = String.UnicodeScalarView()
        var cursor = 0
        let given = lexicons["given-names"], surnames = lexicons["surnames"]
        for token in tokens where token.kind == .word {
            let isGiven = given.contains(key: token.key), isSurname = surnames.contains(key: token.key)
            guard isGiven || isSurname else { continue }
            let name = names[zipf.sample(&rng)]
            let start = token.range.lowerBound - base, end = token.range.upperBound - base
            out.append(contentsOf: scalars[cursor..<start])
            out.append(contentsOf: (isGiven ? name.0 : name.1).unicodeScalars)
            cursor = end
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    static func writeJSONLines(_ documents: [SourceDocument], to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for d in documents {
            data.append(try encoder.encode(["id": d.id, "text": d.text]))
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
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
