import Foundation
import Graph
import Testing

/// Interrupted runs (issue 8): a `didar build` stopped by SIGINT, SIGTERM or kill -9 leaves the previous
/// `out/` whole — every visible file byte-identical to before, or (when the signal lands while the
/// outputs are being moved into place) byte-identical to what a complete build writes, never a mix
/// inside one file — and the next run clears the hidden temporaries the killed one left.
@Suite("Interrupted builds", .serialized)
struct InterruptTests {
    /// A corpus big enough for the build to take a few seconds: the first records of the dev corpus
    /// when it is present, else a synthesized JSON Lines file.
    static func corpus(in folder: TemporaryFolder, records: Int = 250) throws -> URL {
        let dev = BinaryRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/fars-news/dev.jsonl")
        if let data = try? Data(contentsOf: dev) {
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(records)
            return try folder.write("corpus.jsonl", Data(lines.joined(separator: [0x0A])) + [0x0A])
        }
        let article = BadInputFixtures.article.replacingOccurrences(of: "\n", with: "\\n")
        let lines = (0..<records).map { "{\"id\": \"s\($0)\", \"text\": \"\(String(repeating: article, count: 1 + $0 % 7))\"}" }
        return try folder.write("corpus.jsonl", lines.joined(separator: "\n") + "\n")
    }

    /// The visible files under `dir` (relative path → bytes); hidden names are temporaries, not outputs.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.path.dropFirst(dir.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    static func hiddenLeftovers(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    /// Size of the store file a running build is filling (its hidden `.didar.sqlite.tmp-<pid>`), 0 when none.
    static func newStoreBytes(_ dir: URL) -> Int {
        guard let name = hiddenLeftovers(dir).first(where: { $0.hasPrefix(".didar.sqlite.tmp-") && !$0.contains("-journal") }),
              let size = try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path)[.size] as? Int
        else { return 0 }
        return size
    }

    enum Moment: String, CaseIterable, CustomTestStringConvertible, Sendable {
        /// While the documents are being read and extracted.
        case extracting
        /// As soon as the staging folder appears, while the outputs are being written.
        case writing
        /// Mid-stream: once the first batches are in the new store file, while later ones are extracted.
        case storing
        var testDescription: String { rawValue }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var signal: Int32
        var moment: Moment
        var testDescription: String {
            "\(signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "SIGKILL") while \(moment.rawValue)"
        }
    }

    static let cases: [Case] = [SIGINT, SIGTERM, SIGKILL].flatMap { s in Moment.allCases.map { Case(signal: s, moment: $0) } }

    @Test("an interrupted build leaves the previous out/ whole, and the next run cleans up", arguments: cases)
    func interruptedBuild(_ c: Case) throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder("didar-interrupt")
        let small = try folder.write("small/a.txt", BadInputFixtures.article)
        // Several batches (256 articles each), so the signal can land between two of them.
        let corpus = try Self.corpus(in: folder, records: c.moment == .storing ? 700 : 250)
        let out = folder.url.appendingPathComponent("out")

        // The previous outputs, from a small corpus; then what a complete build of the big one writes.
        let first = try didar.run(["build", small.deletingLastPathComponent().path, "-o", out.path, "--no-draw"])
        try #require(first.status == 0, "baseline build failed: \(first.stderr)")
        let before = try Self.snapshot(out)
        try #require(before["graph.dot"] != nil && before["didar.sqlite"] != nil, "baseline outputs: \(before.keys.sorted())")
        // What a complete build of the big corpus writes (only needed when the signal may land during the renames).
        var after: [String: Data] = [:]
        if c.moment == .writing {
            let reference = folder.url.appendingPathComponent("reference")
            let complete = try didar.run(["build", corpus.path, "-o", reference.path, "--no-draw", "--keep-going"])
            try #require(complete.status == 0 || complete.status == 3, "reference build failed: \(complete.stderr)")
            after = try Self.snapshot(reference)
        }

        let process = try didar.spawn(["build", corpus.path, "-o", out.path, "--no-draw", "--keep-going"])
        let started = Date()
        switch c.moment {
        case .extracting:
            usleep(400_000)
        case .writing:
            while process.isRunning, Date().timeIntervalSince(started) < 240,
                  !Self.hiddenLeftovers(out).contains(where: { $0.hasPrefix(".staging-") }) {
                usleep(2_000)
            }
        case .storing:
            // The new store is a hidden temporary; a first batch of articles makes it grow past its schema.
            while process.isRunning, Date().timeIntervalSince(started) < 240, Self.newStoreBytes(out) < 400_000 {
                usleep(2_000)
            }
            #expect(Self.newStoreBytes(out) >= 400_000, "batches are written to the new store while the build runs")
        }
        let wasRunning = process.isRunning
        process.send(c.signal)
        let end = process.wait()
        if !wasRunning {
            Issue.record("the build finished before the signal (\(Date().timeIntervalSince(started)) s): use a larger corpus")
            return
        }
        // Killed by the signal, or (SIGINT, SIGTERM) caught and ended with the shell's 128 + signal.
        #expect(end.signal == c.signal || end.status == 128 + c.signal, "the build ends by the signal, not with status \(end.status)")

        let now = try Self.snapshot(out)
        #expect(Set(now.keys) == Set(before.keys) || c.moment == .writing, "the same files: \(now.keys.sorted()) vs \(before.keys.sorted())")
        for (name, data) in now where name != "didar.sqlite" {
            // Each file is whole: the old one, or (only if the signal struck during the renames) the new one.
            let whole = data == before[name] || (c.moment == .writing && data == after[name])
            #expect(whole, "\(name) is neither the previous nor the complete output (\(data.count) bytes)")
        }
        if c.moment != .writing { #expect(now == before, "nothing changed while extracting and storing") }
        if c.signal != SIGKILL {
            #expect(Self.hiddenLeftovers(out) == [], "a caught signal removes the run's temporaries: \(Self.hiddenLeftovers(out))")
        }
        let store = try GraphStore(path: out.appendingPathComponent("didar.sqlite").path)
        #expect(try store.integrityCheck())
        let documents = try store.documentCount()
        #expect(documents == 1 || c.moment == .writing, "the store still holds the previous build's documents: \(documents)")

        // The next build runs to the end and clears what the interrupted one left behind.
        let next = try didar.run(["build", small.deletingLastPathComponent().path, "-o", out.path, "--no-draw"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(Self.hiddenLeftovers(out) == [], "hidden temporaries left: \(Self.hiddenLeftovers(out))")
        var again = try Self.snapshot(out), previous = before
        again["didar.sqlite"] = nil
        previous["didar.sqlite"] = nil
        #expect(again == previous, "a rebuild of the same inputs writes the same bytes")
    }
}
