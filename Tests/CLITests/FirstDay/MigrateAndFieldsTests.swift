import Foundation
import Testing

extension FirstDayEndToEnd {
    /// End-to-end runs of `didar migrate` and of `--title-field`/`--url-field`, which the README documents.
    @Suite("didar migrate and the record-field options")
    struct MigrateAndFieldsTests {
        static let article = "رضا کاظمی استاندار گیلان با محمد فتحی‌زاده فرماندار رشت در استانداری دیدار کرد."

        /// Runs a short Python program on the store with the standard library's sqlite3 and returns what it prints.
        static func sqlite(_ db: String, _ program: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n" + program + "\nc.commit()", db]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "python3 on \(db) failed")
            return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }

        @Test("a store one schema step behind: readers refuse it and name migrate; migrate upgrades it once")
        func migrateOldStore() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-migrate")
            try folder.write("in/a.txt", Self.article + "\n")
            let out = folder.path("out")
            #expect(try await runner.runDetached(["build", folder.path("in"), "-o", out, "--no-draw"]).status == 0)
            let db = out + "/didar.sqlite"
            // Take the last schema step back, as a store written before it would be.
            _ = try Self.sqlite(db, """
                c.execute("ALTER TABLE evidence DROP COLUMN rule")
                c.execute("ALTER TABLE evidence DROP COLUMN rule_source")
                c.execute("DELETE FROM grdb_migrations WHERE identifier = 'v3: evidence rule'")
                """)
            let stats = try await runner.runDetached(["stats", "--db", db])
            #expect(stats.status != 0)
            #expect(stats.stderr.contains("didar migrate --db \(db)"), "\(stats.stderr)")
            let migrate = try await runner.runDetached(["migrate", "--db", db])
            #expect(migrate.status == 0, "\(migrate.stderr)")
            #expect(migrate.stdoutText.contains("upgraded") && migrate.stdoutText.contains("v3: evidence rule"), "\(migrate.stdoutText)")
            #expect(try await runner.runDetached(["stats", "--db", db]).status == 0)
            let again = try await runner.runDetached(["migrate", "--db", db])
            #expect(again.status == 0 && again.stdoutText.contains("nothing to do"), "\(again.stdoutText)")
            let missing = try await runner.runDetached(["migrate", "--db", folder.path("none.sqlite")])
            #expect(missing.status != 0)
            #expect(!FileManager.default.fileExists(atPath: folder.path("none.sqlite")))
        }

        @Test("--title-field and --url-field name the fields a corpus keeps them in")
        func titleAndURLFields() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-fields")
            let record: [String: String] = ["id": "n1", "headline": "دیدار در رشت", "link": "https://example.org/n1", "text": Self.article]
            let line = String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
            try folder.write("corpus.jsonl", line + "\n")
            let out = folder.path("out")
            let r = try await runner.runDetached([
                "build", folder.path("corpus.jsonl"), "-o", out, "--no-draw", "--title-field", "headline", "--url-field", "link",
            ])
            #expect(r.status == 0, "\(r.stderr)")
            let row = try Self.sqlite(out + "/didar.sqlite", "print(*c.execute('SELECT title, url FROM document').fetchone(), sep='|')")
            #expect(row.trimmingCharacters(in: .whitespacesAndNewlines) == "دیدار در رشت|https://example.org/n1", "\(row)")
            let empty = try await runner.runDetached(["extract", "--json", folder.path("corpus.jsonl"), "--title-field", ""])
            #expect(empty.status != 0 && empty.stderr.contains("--title-field"), "\(empty.stderr)")
        }
    }
}
