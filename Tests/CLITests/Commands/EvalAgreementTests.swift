import Foundation
import Testing

/// `didar eval` against `../shared/eval/score.py`, run through python3 on the same records: the JSON must be
/// the same bytes, the per-document counts and the table the same lines. On the synthetic pair (every branch
/// of the scorer), on the seeds, and on every gold file in Fixtures/gold whose texts are in ../shared/data.
@Suite("didar eval agrees with score.py", .serialized)
struct EvalAgreementTests {
    static let root = BinaryRunner.packageRoot
    static let shared = root.appendingPathComponent("../shared").standardizedFileURL
    static let scorePy = shared.appendingPathComponent("eval/score.py").path
    static let synthetic = root.appendingPathComponent("Tests/CLITests/Fixtures/eval-synthetic")

    /// Runs score.py (current directory: the package root) and returns its standard output.
    static func scorePy(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-B", scorePy] + arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "score.py \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `didar` and returns its standard output, expecting success.
    static func didar(_ arguments: [String]) throws -> String {
        let outcome = try BinaryRunner().run(arguments, in: root)
        #expect(outcome.status == 0, "didar \(arguments.joined(separator: " ")) failed: \(outcome.stderr)")
        return outcome.stdoutText
    }

    /// Lines of score.py's text output that `didar eval` prints the same way: per-document counts,
    /// the missing documents, the table and the closing line (its bad-offset lines are Python tuples).
    static func comparable(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("bad offsets:") && !$0.isEmpty }
    }

    /// Compares both scorers on `gold` and a prediction file, in JSON and in text, with the texts in `texts`.
    static func expectAgreement(gold: String, pred: String, texts: String?) throws {
        let textArguments = texts.map { ["--texts", $0] } ?? []
        let expected = try scorePy(["--gold", gold, "--pred", pred, "--json"] + textArguments)
        let actual = try didar(["eval", "--gold", gold, "--pred", pred, "--json"] + textArguments)
        #expect(actual == expected)
        let expectedText = try scorePy(["--gold", gold, "--pred", pred, "--per-doc"] + textArguments)
        let actualText = try didar(["eval", "--gold", gold, "--pred", pred, "--per-doc"] + textArguments)
        #expect(comparable(actualText) == comparable(expectedText))
    }

    @Test("synthetic gold and predictions: every scoring branch")
    func synthetic() throws {
        let gold = Self.synthetic.appendingPathComponent("gold.jsonl").path
        let pred = Self.synthetic.appendingPathComponent("pred.jsonl").path
        try Self.expectAgreement(gold: gold, pred: pred, texts: Self.synthetic.appendingPathComponent("texts").path)
        try Self.expectAgreement(gold: gold, pred: pred, texts: nil)
        // Not a vacuous agreement: the file exercises misses, false alarms and bad offsets.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try Self.didar(["eval", "--gold", gold, "--pred", pred, "--texts", Self.synthetic.appendingPathComponent("texts").path, "--json"]).utf8)) as? [String: Any])
        #expect((json["met"] as? [String: Any])?["fp"] as? Int == 6)
        #expect(json["bad_offsets"] as? Int == 2)
    }

    @Test("the seeds: extraction run by didar eval, and the same records through --pred")
    func seeds() throws {
        let folder = try TemporaryFolder("didar-eval-seeds")
        let gold = Self.shared.appendingPathComponent("gold/seeds.jsonl").path
        let pred = try folder.write("pred.jsonl", try Self.didar(["extract", "--json", "seeds"])).path
        try Self.expectAgreement(gold: gold, pred: pred, texts: "seeds")
        let expected = try Self.scorePy(["--gold", gold, "--pred", pred, "--texts", "seeds", "--json"])
        #expect(try Self.didar(["eval", "--gold", gold, "seeds", "--json"]) == expected)
    }

    /// The gold files of the project (`Tests/CLITests/Fixtures/gold/*.jsonl`).
    static var goldFiles: [String] {
        let folder = root.appendingPathComponent("Tests/CLITests/Fixtures/gold")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// The texts of `ids` from the development corpora in ../shared/data, by id.
    static func corpusTexts(_ ids: Set<String>) throws -> [String: String] {
        var texts: [String: String] = [:]
        for corpus in ["fars-news", "hamshahri"] {
            let path = shared.appendingPathComponent("data/\(corpus)/dev.jsonl").path
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in data.split(separator: 0x0A) {
                // The id is the record's first field: read it from the line's start before decoding the whole line.
                let head = String(decoding: line.prefix(80), as: UTF8.self)
                guard let id = head.split(separator: "\"").dropFirst(3).first.map(String.init), ids.contains(id),
                      let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                      let text = object["text"] as? String else { continue }
                texts[id] = text
            }
        }
        return texts
    }

    @Test("every gold file of the project whose texts are available", arguments: goldFiles)
    func projectGold(gold: String) throws {
        let lines = try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n")
        let ids = Set(try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.compactMap { $0["id"] as? String })
        let texts = try Self.corpusTexts(ids)
        guard texts.count == ids.count else {
            print("\(gold): \(ids.count - texts.count) of \(ids.count) texts not in ../shared/data; not compared")
            return
        }
        let folder = try TemporaryFolder("didar-eval-gold")
        var corpus = ""
        for id in ids.sorted() {
            try folder.write("texts/\(id).txt", texts[id]!)
            let record = try JSONSerialization.data(withJSONObject: ["id": id, "text": texts[id]!])
            corpus += String(decoding: record, as: UTF8.self) + "\n"
        }
        let input = try folder.write("corpus.jsonl", corpus).path
        let pred = try folder.write("pred.jsonl", try Self.didar(["extract", "--json", input])).path
        try Self.expectAgreement(gold: gold, pred: pred, texts: folder.path("texts"))
        let expected = try Self.scorePy(["--gold", gold, "--pred", pred, "--texts", folder.path("texts"), "--json"])
        #expect(try Self.didar(["eval", "--gold", gold, input, "--json"]) == expected)
    }

    @Test("a bad gold line stops the run with its file and line")
    func badGold() throws {
        let folder = try TemporaryFolder("didar-eval-bad")
        let runner = try BinaryRunner()
        let noID = try folder.write("no-id.jsonl", "{\"id\": \"a\", \"people\": []}\n\n{\"people\": []}\n").path
        var r = try runner.run(["eval", "--gold", noID, "seeds"], in: Self.root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(noID):3: the record has no `id`"), "\(r.stderr)")
        let notJSON = try folder.write("bad.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\",\n").path
        r = try runner.run(["eval", "--gold", notJSON, "--pred", notJSON], in: Self.root)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(notJSON):2: not JSON"), "\(r.stderr)")
        r = try runner.run(["eval", "--gold", notJSON], in: Self.root)
        #expect(r.status == 64)
    }

    @Test("warnings that change no figure: a text that is not the annotated one, a pair naming nobody, a gold article not in the inputs")
    func warnings() throws {
        let folder = try TemporaryFolder("didar-eval-warn")
        let lines = try String(contentsOf: Self.shared.appendingPathComponent("gold/seeds.jsonl"), encoding: .utf8).split(separator: "\n")
        var first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        first["sha256"] = String(repeating: "0", count: 64)
        first["met"] = ((first["met"] as? [Any]) ?? []) + [["pair": ["نام ناشناس", "علی بابایی"]]]
        let changed = String(decoding: try JSONSerialization.data(withJSONObject: first), as: UTF8.self)
        let gold = try folder.write("gold.jsonl", ([changed] + lines.dropFirst().map(String.init) + ["{\"id\": \"999_absent.txt\"}"]).joined(separator: "\n")).path
        let r = try BinaryRunner().run(["eval", "--gold", gold, "seeds", "--json"], in: Self.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(first["id"]!): the text differs from the one annotated (sha256)"), "\(r.stderr)")
        #expect(r.stderr.contains("the pair name «نام ناشناس» is no person's name"), "\(r.stderr)")
        #expect(r.stderr.contains("1 of 6 gold articles have no record in the inputs"), "\(r.stderr)")
        #expect(r.stdoutText.contains("\"missing_documents\": [\"999_absent.txt\"]"))
    }

    @Test("--errors groups the mistakes by class and by rule")
    func errors() throws {
        let gold = Self.synthetic.appendingPathComponent("gold.jsonl").path
        let pred = Self.synthetic.appendingPathComponent("pred.jsonl").path
        let text = try Self.didar(["eval", "--gold", gold, "--pred", pred, "--errors"])
        #expect(text.contains("Errors (27): by class"), "\(text)")
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for expected in ["person missed (2)", "no rule fired (2)", "false person (5)", "person.single-name (1)",
                         "false pair (2)", "pair with an unknown or repeated id (2)", "meeting.ba-didar (2)"] {
            #expect(lines.contains(expected), "missing line «\(expected)»")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try Self.didar(["eval", "--gold", gold, "--pred", pred, "--errors", "--json", "--per-doc"]).utf8)) as? [String: Any])
        #expect((json["errors"] as? [Any])?.count == 27)
        #expect(((json["per_document"] as? [String: Any])?["doc-a"] as? [String: Any])?["met"] as? [Int] == [2, 5, 2])
    }
}
