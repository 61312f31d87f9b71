import Foundation
import Testing
@testable import Extractors

/// Runs the extractor on the five seed articles and scores the JSON Lines with the project's scorer
/// (`../shared/eval/score.py`), against the copy of the gold kept in Fixtures.
@Suite("Seed gold")
struct SeedGoldTests {
    /// Package root, found from this file's path (Tests/ExtractorsTests/Extraction/SeedGoldTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Score { var p: Double; var r: Double; var f1: Double }

    /// Extracts every seed, writes the records to a temporary file and returns the scorer's JSON summary.
    static func score() throws -> [String: Any] {
        let extractor = try Extractor.bundled()
        let seeds = root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines = ""
        for name in files {
            var text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let record = extractor.extract(SourceDocument(id: name, text: text))
            lines += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        }
        let pred = FileManager.default.temporaryDirectory.appendingPathComponent("didar-seeds-\(UUID().uuidString).jsonl")
        try lines.write(to: pred, atomically: true, encoding: .utf8)
        // For a linguist iterating on the rules: keep a copy of the predictions where asked.
        if let keep = ProcessInfo.processInfo.environment["DIDAR_SEED_PRED"] {
            try lines.write(to: URL(fileURLWithPath: keep), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: pred) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.currentDirectoryURL = root
        process.arguments = ["python3", "../shared/eval/score.py", "--gold", "Tests/ExtractorsTests/Fixtures/gold-seeds.jsonl",
                             "--pred", pred.path, "--texts", "seeds", "--json"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func f1(_ result: [String: Any], _ field: String) -> Double {
        (result[field] as? [String: Any])?["f1"] as? Double ?? 0
    }

    @Test("people, roles, institutions and met pairs reach their thresholds with exact offsets")
    func thresholds() throws {
        let result = try Self.score()
        print("seed scores:", ["people", "roles", "institutions", "met"].map { "\($0) \(Self.f1(result, $0))" }.joined(separator: ", "),
              "bad offsets \(result["bad_offsets"] ?? "?")")
        #expect(Self.f1(result, "people") >= 0.95)
        #expect(Self.f1(result, "roles") >= 0.90)
        #expect(Self.f1(result, "institutions") >= 0.85)
        #expect(Self.f1(result, "met") >= 0.90)
        #expect(result["bad_offsets"] as? Int == 0)
        #expect((result["missing_documents"] as? [Any])?.isEmpty == true)
    }
}
