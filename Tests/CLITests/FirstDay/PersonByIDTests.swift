import Foundation
import Testing

extension FirstDayEndToEnd {
    /// Issue 20, item 1: the id `didar query` prints picks that person in every command, and an
    /// ambiguous name has its own exit code and names the option *this* command has.
    @Suite("Person by id, on the seeds store", .serialized)
    struct PersonByIDTests {
        typealias Seeds = StoreCommandsTests

        /// Alavi's id and his contact Fath-ollahi's id, as `didar query --json` prints them.
        static func ids(_ b: Seeds.SeedBuild) async throws -> (alavi: String, contact: String) {
            let r = try await b.runner.runDetached(["query", "علوی", "--db", b.db, "--json"])
            #expect(r.status == 0, "\(r.stderr)")
            let card = try #require(JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
            let id = try #require(card["id"] as? String)
            let contacts = card["contacts"] as? [[String: Any]] ?? []
            let contact = try #require(contacts.first { ($0["kind"] as? String) == "person" }?["id"] as? String)
            // The text card prints the same id beside the name.
            let text = try await b.runner.runDetached(["query", "علوی", "--db", b.db])
            #expect(text.stdoutText.contains("(\(id), person)"))
            return (id, contact)
        }

        @Test("query: --id alone, --id with the name, and the id in place of the name")
        func query() async throws {
            let b = try Seeds.build()
            let (alavi, _) = try await Self.ids(b)
            for arguments in [["query", "--id", alavi], ["query", "علوی", "--id", alavi], ["query", alavi]] {
                let r = try await b.runner.runDetached(arguments + ["--db", b.db, "--json"])
                #expect(r.status == 0, "\(arguments): \(r.stderr)")
                let card = try #require(JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
                #expect(card["id"] as? String == alavi)
            }
            let unknown = try await b.runner.runDetached(["query", "--id", "p_0000000000000000", "--db", b.db])
            #expect(unknown.status == 4)
            #expect(unknown.stderr.contains("p_0000000000000000"))
        }

        @Test("ego: --id and the id in place of the name draw the network")
        func ego() async throws {
            let b = try Seeds.build()
            let (alavi, _) = try await Self.ids(b)
            let folder = try TemporaryFolder("didar-ego-id")
            for (n, arguments) in [["ego", "--id", alavi], ["ego", alavi]].enumerated() {
                let file = folder.path("ego\(n).dot")
                let r = try await b.runner.runDetached(arguments + ["-o", file, "--db", b.db])
                #expect(r.status == 0, "\(arguments): \(r.stderr)")
                #expect(FileManager.default.fileExists(atPath: file))
            }
        }

        @Test("path: --from-id and --to-id, alone or with one name, and ids in place of names")
        func path() async throws {
            let b = try Seeds.build()
            let (alavi, contact) = try await Self.ids(b)
            let forms: [[String]] = [
                ["path", "--from-id", alavi, "--to-id", contact],
                ["path", "--from-id", alavi, "فتح‌اللهی"],
                ["path", "علوی", "فتح‌اللهی", "--from-id", alavi, "--to-id", contact],
                ["path", alavi, contact],
            ]
            for arguments in forms {
                let r = try await b.runner.runDetached(arguments + ["--db", b.db, "--json"])
                #expect(r.status == 0, "\(arguments): \(r.stderr)")
                let path = try #require(JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
                let stops = (path["stops"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                #expect(stops.first == alavi && stops.last == contact, "\(arguments): \(stops)")
            }
        }
    }

    /// Two people who share a surname, in a JSON Lines corpus whose dates are in `date_jalali`.
    enum NamesakeCorpus {
        static let lines = [
            #"{"id": "n1", "date_jalali": "1400/09/02", "text": "رضا کاظمی استاندار گیلان با محمد فتحی‌زاده فرماندار رشت در استانداری دیدار کرد."}"#,
            #"{"id": "n2", "date_jalali": "1400/09/03 10:30", "text": "علی کاظمی شهردار تهران با حسن صفوی رئیس شورای شهر تهران دیدار و گفتگو کرد."}"#,
            #"{"id": "n3", "date_jalali": "1381/10/11", "text": "محمد فتحی‌زاده فرماندار رشت با حسن صفوی رئیس شورای شهر تهران دیدار کرد."}"#,
        ]

        static func write(in folder: TemporaryFolder, dateField: String = "date_jalali") throws -> String {
            let text = lines.map { $0.replacingOccurrences(of: "\"date_jalali\"", with: "\"\(dateField)\"") }.joined(separator: "\n") + "\n"
            return try folder.write("namesakes.jsonl", text).path
        }
    }

    @Suite("Ambiguous names and dates from any field, on a small corpus", .serialized)
    struct NamesakeTests {
        @Test("an ambiguous name exits 7 and names the command's own option")
        func ambiguous() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-namesakes")
            let corpus = try NamesakeCorpus.write(in: folder)
            let out = folder.path("out")
            let build = try await runner.runDetached(["build", corpus, "-o", out, "--no-draw"])
            #expect(build.status == 0, "\(build.stderr)")
            let db = out + "/didar.sqlite"
            let query = try await runner.runDetached(["query", "کاظمی", "--db", db])
            #expect(query.status == 7, "\(query.stderr)")
            #expect(query.stderr.contains("choose one with --id"))
            let path = try await runner.runDetached(["path", "کاظمی", "صفوی", "--db", db])
            #expect(path.status == 7, "\(path.stderr)")
            #expect(path.stderr.contains("--from-id"))
            #expect(!path.stderr.contains("with --id"))
            let ego = try await runner.runDetached(["ego", "کاظمی", "-o", folder.path("e.dot"), "--db", db])
            #expect(ego.status == 7)
            // The listed id then works.
            let id = try #require(query.stderr.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("p_") && $0.count == 18 })
            let picked = try await runner.runDetached(["path", "--from-id", String(id), "صفوی", "--db", db])
            #expect(picked.status == 0, "the id picks one of the two Kazemis, and a path to Safavi exists: \(picked.stderr)")
            #expect(!picked.stderr.contains("matches"))
        }

        @Test("dates come from date_jalali without a flag, and the summary says so")
        func datesFromDateJalali() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-dates")
            let corpus = try NamesakeCorpus.write(in: folder)
            let r = try await runner.runDetached(["extract", "--json", corpus])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("dates from date_jalali: 3 of 3 records"), "\(r.stderr)")
            let dates = r.stdoutText.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["date"] as? String
            }
            #expect(dates == ["2021-11-23", "2021-11-24", "2003-01-01"])
        }

        @Test("--date-field names any field; a corpus without one is told how to name it")
        func dateFieldOption() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-datefield")
            let corpus = try NamesakeCorpus.write(in: folder, dateField: "tarikh")
            let without = try await runner.runDetached(["extract", "--json", corpus])
            #expect(without.stderr.contains("no record has a date field"))
            #expect(without.stderr.contains("--date-field"))
            let with = try await runner.runDetached(["extract", "--json", corpus, "--date-field", "tarikh"])
            #expect(with.status == 0)
            #expect(with.stderr.contains("dates from tarikh: 3 of 3 records"), "\(with.stderr)")
        }
    }
}
