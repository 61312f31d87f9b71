import Foundation
import Testing

extension FirstDayEndToEnd {
    /// Issue 20, item 3 (and #17's read-only opening): a store is never lost by mistake.
    @Suite("A store is never lost by mistake", .serialized)
    struct StoreSafetyTests {
        static let article = "رضا کاظمی استاندار گیلان با محمد فتحی‌زاده فرماندار رشت در استانداری دیدار کرد.\n"

        /// A folder with a good build in `out`, and the store's bytes.
        static func goodBuild(_ runner: BinaryRunner, _ folder: TemporaryFolder) async throws -> (out: String, db: String, bytes: Data) {
            try folder.write("in/a.txt", article)
            let out = folder.path("out")
            let r = try await runner.runDetached(["build", folder.path("in"), "-o", out, "--no-draw"])
            #expect(r.status == 0, "\(r.stderr)")
            let db = out + "/didar.sqlite"
            return (out, db, try Data(contentsOf: URL(fileURLWithPath: db)))
        }

        @Test("an empty corpus, or a folder of images, writes nothing and exits 9")
        func zeroDocuments() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-zero")
            let good = try await Self.goodBuild(runner, folder)
            try folder.write("empty.jsonl", "")
            try folder.write("pictures/a.png", Data([0x89, 0x50, 0x4E, 0x47]))
            try folder.write("pictures/b.bin", Data([0, 1, 2]))
            for input in [folder.path("empty.jsonl"), folder.path("pictures")] {
                let r = try await runner.runDetached(["build", input, "-o", good.out, "--no-draw"])
                #expect(r.status == 9, "\(input): \(r.stderr)")
                #expect(r.stderr.contains("no documents were read"))
                #expect(r.stderr.contains("nothing was written"))
                #expect(try Data(contentsOf: URL(fileURLWithPath: good.db)) == good.bytes, "the store changed")
            }
            let pictures = try await runner.runDetached(["build", folder.path("pictures"), "-o", good.out, "--no-draw"])
            #expect(pictures.stderr.contains("a.png") && pictures.stderr.contains("b.bin") && pictures.stderr.contains("--include"))
            let add = try await runner.runDetached(["add", folder.path("empty.jsonl"), "--db", folder.path("new/didar.sqlite")])
            #expect(add.status == 9)
            #expect(!FileManager.default.fileExists(atPath: folder.path("new/didar.sqlite")))
            let extract = try await runner.runDetached(["extract", "--json", folder.path("pictures")])
            #expect(extract.status == 9)
        }

        @Test("files that are not articles are counted and named; --include reads them")
        func ignoredFiles() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-ignored")
            try folder.write("in/a.txt", Self.article)
            try folder.write("in/b.md", Self.article.replacingOccurrences(of: "رشت", with: "لاهیجان"))
            let plain = try await runner.runDetached(["extract", "--json", folder.path("in")])
            #expect(plain.status == 0)
            #expect(plain.stderr.contains("read 1 document"))
            #expect(plain.stderr.contains("ignored 1 file"), "\(plain.stderr)")
            #expect(plain.stderr.contains("b.md"))
            let widened = try await runner.runDetached(["extract", "--json", folder.path("in"), "--include", "*.md"])
            #expect(widened.stderr.contains("read 2 documents"), "\(widened.stderr)")
            #expect(!widened.stderr.contains("ignored"))
        }

        @Test("someone else's database, a text file or a folder as --db is refused and left untouched")
        func notAStore() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-foreign")
            // An SQLite file of another program, made by the sqlite3 library through the python3 standard library.
            let foreign = folder.path("accounts.sqlite")
            let made = Process()
            made.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            made.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table invoices(id integer, amount real)'); c.commit()", foreign]
            try made.run()
            made.waitUntilExit()
            let text = try folder.write("notes.txt", "not a database\n").path
            try folder.write("in/a.txt", Self.article)
            for db in [foreign, text, folder.url.path] {
                let before = try? Data(contentsOf: URL(fileURLWithPath: db))
                for arguments in [["stats", "--db", db], ["query", "کاظمی", "--db", db], ["add", folder.path("in"), "--db", db],
                                  ["build", folder.path("in"), "-o", folder.path("out"), "--db", db, "--no-draw"]] {
                    let r = try await runner.runDetached(arguments)
                    #expect(r.status == 6, "\(arguments): \(r.status) \(r.stderr)")
                    #expect(!r.stderr.contains("SQLite error"), "\(r.stderr)")
                    #expect(r.stderr.contains("not a Didar store") || r.stderr.contains("is a folder"), "\(r.stderr)")
                }
                #expect((try? Data(contentsOf: URL(fileURLWithPath: db))) == before, "\(db) changed")
            }
            let r = try await runner.runDetached(["stats", "--db", foreign])
            #expect(r.stderr.contains("another program") && r.stderr.contains("invoices"))
        }

        @Test("an output folder that cannot be written gets a plain message, not a Foundation error")
        func unwritableOutput() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-readonly")
            try folder.write("in/a.txt", Self.article)
            try folder.write("a-file", "x")
            // /proc refuses new folders even to root; a file where a folder should be; a folder without write permission.
            var targets = ["/proc/didar-output-test", folder.path("a-file")]
            if getuid() != 0 {
                try FileManager.default.createDirectory(atPath: folder.path("locked"), withIntermediateDirectories: true)
                chmod(folder.path("locked"), 0o555)
                targets.append(folder.path("locked"))
            }
            for target in targets {
                let r = try await runner.runDetached(["build", folder.path("in"), "-o", target, "--no-draw"])
                #expect(r.status == 6, "\(target): \(r.stderr)")
                #expect(r.stderr.contains("cannot"), "\(r.stderr)")
                #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Code="), "\(r.stderr)")
            }
            if getuid() != 0 { chmod(folder.path("locked"), 0o755) }
        }

        @Test("reading commands never write to the store")
        func readersDoNotWrite() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-readonly-open")
            let good = try await Self.goodBuild(runner, folder)
            let before = try FileManager.default.attributesOfItem(atPath: good.db)[.modificationDate] as? Date
            for arguments in [["stats"], ["query", "کاظمی"], ["path", "کاظمی", "فتحی‌زاده"], ["ego", "کاظمی", "-o", folder.path("e.dot")]] {
                let r = try await runner.runDetached(arguments + ["--db", good.db])
                #expect(r.status == 0, "\(arguments): \(r.stderr)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: good.db)) == good.bytes)
            #expect(try FileManager.default.attributesOfItem(atPath: good.db)[.modificationDate] as? Date == before)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: good.out).filter { $0.hasPrefix("didar.sqlite-") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }
}
