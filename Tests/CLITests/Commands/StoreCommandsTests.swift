import Foundation
import Testing

/// End to end through the built binary on the seeds: build, then the store's commands as a user types them.
@Suite("Store commands on the seeds", .serialized)
struct StoreCommandsTests {
    /// One build of the seeds shared by the suite (the build is the slow part).
    final class SeedBuild: @unchecked Sendable {
        let folder: TemporaryFolder
        let out: URL
        let db: String
        let runner: BinaryRunner

        init() throws {
            runner = try BinaryRunner()
            folder = try TemporaryFolder("didar-seeds")
            out = folder.url.appendingPathComponent("out")
            db = out.appendingPathComponent("didar.sqlite").path
            let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
            let result = try runner.run(["build", seeds, "-o", out.path])
            guard result.status == 0 else { throw BuildFailed(stderr: result.stderr) }
        }

        struct BuildFailed: Error { var stderr: String }
    }

    nonisolated(unsafe) static var shared: SeedBuild?
    static func build() throws -> SeedBuild {
        if let shared { return shared }
        let made = try SeedBuild()
        shared = made
        return made
    }

    private func json(_ outcome: BinaryRunner.Outcome) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any])
    }

    @Test("build writes every output")
    func buildOutputs() throws {
        let b = try Self.build()
        for name in ["graph.dot", "graph.svg", "graph.png", "graph.pdf", "graph.graphml", "graph.gexf", "graph.json",
                     "nodes.csv", "edges.csv", "evidence.csv", "neo4j/nodes.csv", "didar.sqlite"] {
            let path = b.out.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            #expect(size > 0, "\(name) missing or empty")
        }
        let png = try Data(contentsOf: b.out.appendingPathComponent("graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let dot = try String(contentsOf: b.out.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(dot.contains("charset=\"UTF-8\""))
        #expect(dot.contains("Noto Sans Arabic"))
        // No temporary or staging files are left beside the outputs.
        let names = try FileManager.default.contentsOfDirectory(atPath: b.out.path)
        #expect(!names.contains { $0.contains(".tmp-") || $0.hasPrefix(".staging") })
    }

    @Test("query finds a person under every spelling variant", arguments: [
        "علوی", "علوي", "سيد امير حسين علوي", "سید امیر حسین علوی", "سیدامیرحسین علوی", "امیر‌حسین علوی",
    ])
    func queryVariants(name: String) throws {
        let b = try Self.build()
        let r = try b.runner.run(["query", name, "--db", b.db, "--json"])
        #expect(r.status == 0, "query «\(name)» failed: \(r.stderr)")
        let card = try json(r)
        #expect((card["label"] as? String)?.hasSuffix("علوی") == true)
        let contacts = card["contacts"] as? [[String: Any]] ?? []
        let labels = contacts.compactMap { $0["label"] as? String }.map { $0.replacingOccurrences(of: "\u{200C}", with: "") }
        #expect(labels.contains { $0.contains("فتحاللهی") }, "contacts: \(labels)")
        // Every contact carries evidence that points into a document.
        for contact in contacts {
            let encounters = contact["encounters"] as? [[String: Any]] ?? []
            #expect(!encounters.isEmpty)
            #expect(encounters.allSatisfy { ($0["document"] as? String)?.isEmpty == false && ($0["end"] as? Int ?? 0) > ($0["start"] as? Int ?? 0) })
        }
    }

    @Test("query with titles and Arabic letters finds the cleric; the text card shows his roles")
    func queryTitled() throws {
        let b = try Self.build()
        let r = try b.runner.run(["query", "حجت الاسلام سيد محمد آتش‌زر", "--db", b.db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText.contains("رئیس شورای"))
        #expect(r.stdoutText.contains("Met"))
    }

    @Test("an unknown name exits 4 with a helpful message")
    func unknownName() throws {
        let b = try Self.build()
        let r = try b.runner.run(["query", "ناشناخته‌ترین", "--db", b.db])
        #expect(r.status == 4)
        #expect(r.stderr.contains("no person matches"))
        #expect(r.stdout.isEmpty)
    }

    @Test("path links the mayor of Rasht to the governor with evidence")
    func path() throws {
        let b = try Self.build()
        let r = try b.runner.run(["path", "علوی", "فتح اللهی", "--db", b.db, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let path = try json(r)
        let steps = path["steps"] as? [[String: Any]] ?? []
        #expect(steps.count == 1)
        #expect(((steps.first?["encounters"] as? [Any]) ?? []).count >= 1)
    }

    @Test("ego draws SVG and PNG files")
    func ego() throws {
        let b = try Self.build()
        for ext in ["svg", "png"] {
            let file = b.folder.url.appendingPathComponent("ego.\(ext)")
            let r = try b.runner.run(["ego", "صفوی", "--db", b.db, "-o", file.path])
            #expect(r.status == 0, "\(r.stderr)")
            let data = try Data(contentsOf: file)
            #expect(data.count > 100)
        }
        let svg = try String(contentsOf: b.folder.url.appendingPathComponent("ego.svg"), encoding: .utf8)
        #expect(svg.contains("صفوی"))
    }

    @Test("stats lists counts and rankings")
    func stats() throws {
        let b = try Self.build()
        let r = try b.runner.run(["stats", "--db", b.db, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let stats = try json(r)
        #expect(stats["documents"] as? Int == 5)
        #expect(!((stats["topByDegree"] ?? stats["top_by_degree"]) as? [Any] ?? []).isEmpty)
    }

    @Test("adding the same articles twice changes nothing")
    func addTwice() throws {
        let b = try Self.build()
        let db = b.folder.url.appendingPathComponent("add/didar.sqlite").path
        let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
        let first = try b.runner.run(["add", seeds, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdoutText.contains("added 5"))
        let before = try b.runner.run(["stats", "--db", db, "--json"]).stdout
        let second = try b.runner.run(["add", seeds, "--db", db])
        #expect(second.status == 0)
        #expect(second.stdoutText.contains("added 0"))
        let after = try b.runner.run(["stats", "--db", db, "--json"]).stdout
        #expect(before == after)
        // The incremental store answers like the built one.
        let q = try b.runner.run(["query", "علوی", "--db", db, "--json"])
        #expect(q.status == 0)
    }

    @Test("two builds of the same input are byte-identical")
    func deterministic() throws {
        let b = try Self.build()
        let again = b.folder.url.appendingPathComponent("again")
        let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
        let r = try b.runner.run(["build", seeds, "-o", again.path, "--no-draw"])
        #expect(r.status == 0)
        for name in ["graph.dot", "graph.graphml", "graph.gexf", "graph.json", "nodes.csv", "edges.csv", "evidence.csv", "neo4j/nodes.csv", "neo4j/relationships.csv"] {
            let a = try Data(contentsOf: b.out.appendingPathComponent(name))
            let c = try Data(contentsOf: again.appendingPathComponent(name))
            #expect(a == c, "\(name) differs between two builds")
        }
    }
}
