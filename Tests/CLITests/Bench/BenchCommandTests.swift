import Foundation
import Testing

/// `didar bench` end to end: the JSON it prints has every documented field, with sensible values.
/// Timings are never asserted (the machine may be loaded), only that they were measured.
@Suite("didar bench")
struct BenchCommandTests {
    static let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path

    /// The fields every stage reports, each a positive number.
    static let positiveFields = ["documents", "bytes", "seconds", "mb_per_s", "docs_per_s", "peak_rss_mb", "threads"]

    /// Runs `didar bench` and decodes its stdout, one JSON object a line.
    func bench(_ arguments: [String]) throws -> [[String: Any]] {
        let outcome = try BinaryRunner().run(["bench"] + arguments)
        #expect(outcome.status == 0, "didar bench failed: \(outcome.stderr)")
        return try outcome.stdoutText.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func expectPositive(_ result: [String: Any], _ fields: [String]) {
        for field in fields {
            let value = (result[field] as? NSNumber)?.doubleValue
            #expect(value != nil && value! > 0, "\(result["stage"] ?? "?"): \(field) = \(String(describing: result[field]))")
        }
        // CPU time can round to zero on a tiny corpus, but it is always there.
        #expect((result["cpu_seconds"] as? NSNumber).map { $0.doubleValue >= 0 } == true)
    }

    @Test("the text stage on the seeds reports throughput, tokens and memory")
    func textStage() throws {
        let results = try bench(["--stage", "text", Self.seeds])
        let text = try #require(results.first)
        #expect(results.count == 1)
        #expect(text["stage"] as? String == "text")
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).filter { $0.hasSuffix(".txt") }
        #expect(text["documents"] as? Int == articles.count)
        expectPositive(text, Self.positiveFields + ["tokens"])
    }

    @Test("the adversarial stage reports each case beside the prose, per byte")
    func adversarialStage() throws {
        let results = try bench(["--stage", "adversarial", Self.seeds])
        let report = try #require(results.first)
        #expect(results.count == 1)
        #expect(report["stage"] as? String == "adversarial")
        let prose = try #require(report["prose"] as? [String: Any])
        let cases = try #require(report["cases"] as? [String: [String: Any]])
        #expect(cases.keys.sorted() == ["names", "titles", "unpunctuated"])
        let fields = ["bytes", "tokens", "text_us_per_byte", "extract_us_per_byte"]
        for (name, row) in [("prose", prose)] + cases.sorted(by: { $0.key < $1.key }) {
            for field in fields {
                let value = (row[field] as? NSNumber)?.doubleValue
                #expect(value != nil && value! > 0, "\(name): \(field) = \(String(describing: row[field]))")
            }
        }
        #expect((cases["unpunctuated"]?["bytes"] as? Int ?? 0) >= 1_000_000)
        #expect((cases["names"]?["people"] as? Int ?? 0) > 1_000)
    }

    @Test("a build of 50 synthesized articles reports nodes and edges, and writes the corpus it measured")
    func synthesizedBuild() throws {
        let folder = try TemporaryFolder("didar-bench")
        let corpus = folder.url.appendingPathComponent("synth.jsonl")
        let results = try bench(["--stage", "build", "--synthesize", "50", "--write-corpus", corpus.path, Self.seeds])
        let build = try #require(results.first)
        #expect(build["stage"] as? String == "build")
        #expect(build["documents"] as? Int == 50)
        expectPositive(build, Self.positiveFields + ["nodes", "edges", "export_bytes", "people"])

        // The written corpus is JSON Lines with the same 50 articles, ids in order.
        let lines = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 50)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String])
        #expect(first["id"] == "synth-0000000")
        #expect((first["text"]?.count ?? 0) > 100)
    }

    @Test("the same seed synthesizes the same corpus")
    func synthesisIsDeterministic() throws {
        let folder = try TemporaryFolder("didar-bench")
        let a = folder.url.appendingPathComponent("a.jsonl"), b = folder.url.appendingPathComponent("b.jsonl")
        _ = try bench(["--stage", "text", "--synthesize", "20", "--write-corpus", a.path, Self.seeds])
        _ = try bench(["--stage", "text", "--synthesize", "20", "--write-corpus", b.path, Self.seeds])
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test("--pool N draws every synthesized person from N people, whatever the number of articles")
    func fixedPool() throws {
        let fixed = try #require(try bench(["--stage", "build", "--synthesize", "60", "--pool", "4", Self.seeds]).first)
        let growing = try #require(try bench(["--stage", "build", "--synthesize", "60", Self.seeds]).first)
        #expect(fixed["documents"] as? Int == 60)
        let people = try #require(fixed["people"] as? Int)
        #expect(people >= 1 && people <= 4)
        #expect((growing["people"] as? Int ?? 0) > 4)
    }

    @Test("--pool without --synthesize, or below one, is a usage error (exit 64) that names the option")
    func poolNeedsSynthesize() throws {
        for arguments in [["--pool", "4"], ["--synthesize", "10", "--pool", "0"]] {
            let outcome = try BinaryRunner().run(["bench", "--stage", "build"] + arguments + [Self.seeds])
            #expect(outcome.status == 64)
            #expect(outcome.stderr.contains("--pool takes a positive number of people"), "\(outcome.stderr)")
        }
    }
}
