import Foundation
import Testing

/// Hostile files through the real `didar` binary (issue 8): for each, the documented exit code, a message
/// naming the file and the position, the other documents still processed with `--keep-going`, and a
/// final summary of what was skipped.
@Suite("Bad input", .serialized)
struct BadInputTests {
    typealias Fixtures = BadInputFixtures

    @Test("a bad file stops the run with exit 2 and a message naming the file and byte", arguments: Fixtures.badFiles)
    func stopsOnBadFile(_ bad: Fixtures.BadFile) throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        let file = try folder.write(bad.name, Data(bad.bytes))
        let run = try didar.run(["extract", "--json", file.path])
        #expect(run.status == 2, "exit \(run.status); stderr: \(run.stderr)")
        #expect(run.stderr.contains(file.path), "the message names the file: \(run.stderr)")
        #expect(run.stderr.contains(bad.says), "the message says «\(bad.says)»: \(run.stderr)")
        if let byte = bad.byte { #expect(run.stderr.contains("(byte \(byte))"), "the message names byte \(byte): \(run.stderr)") }
        #expect(run.stdout.isEmpty, "nothing printed for a run that stopped on its only document")
    }

    @Test("--keep-going: every bad file is skipped and listed, the good ones are still extracted, exit 3")
    func keepGoingOverAFolder() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        try folder.write("a-good.txt", Fixtures.article)
        for bad in Fixtures.badFiles { try folder.write(bad.name, Data(bad.bytes)) }
        try folder.write("z-good.txt", Fixtures.article)
        let run = try didar.run(["extract", "--json", "--keep-going", folder.url.path])
        #expect(run.status == 3, "exit \(run.status); stderr: \(run.stderr)")
        #expect(try ExtractOutput.documents(run.stdout) == ["a-good.txt", "z-good.txt"])
        #expect(run.stderr.contains("read 2 documents, skipped \(Fixtures.badFiles.count)"), "summary: \(run.stderr)")
        for bad in Fixtures.badFiles {
            #expect(run.stderr.contains("skipped \(folder.path(bad.name)): "), "\(bad.name) listed: \(run.stderr)")
        }
    }

    @Test("the same folder without --keep-going stops at the first bad file (sorted order) with exit 2")
    func stopsAtFirstBadFileInAFolder() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        try folder.write("a-good.txt", Fixtures.article)
        try folder.write("b-bad.txt", Data([0xFF, 0xFE, 0x00]))
        try folder.write("c-good.txt", Fixtures.article)
        let run = try didar.run(["extract", "--json", folder.url.path])
        #expect(run.status == 2, "exit \(run.status); stderr: \(run.stderr)")
        #expect(run.stderr.contains(folder.path("b-bad.txt")))
        #expect(!run.stderr.contains("c-good.txt"), "the run stopped at b-bad.txt")
    }

    @Test("UTF-16 with a byte-order mark is decoded (both byte orders), offsets in scalars of the text", arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in Fixtures.article.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let file = try folder.write("utf16.txt", Data(bytes))
        let run = try didar.run(["extract", "--json", file.path])
        #expect(run.status == 0, "exit \(run.status); stderr: \(run.stderr)")
        let records = try ExtractOutput.records(run.stdout)
        try #require(records.count == 1)
        #expect(ExtractOutput.badSpans(records[0], original: Fixtures.article).isEmpty)
        // The same article in UTF-8 gives the same record (apart from nothing: the id is the file name).
        let utf8 = try folder.write("utf16.txt", Fixtures.article)
        let again = try didar.run(["extract", "--json", utf8.path])
        #expect(again.stdout == run.stdout, "UTF-16 and UTF-8 give the same record")
    }

    @Test("UTF-16 with an odd byte count is refused with a clear message")
    func utf16Truncated() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        let file = try folder.write("odd.txt", Data([0xFF, 0xFE, 0x39, 0x06, 0x44]))
        let run = try didar.run(["extract", "--json", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains(file.path) && run.stderr.contains("UTF-16"), "\(run.stderr)")
    }

    @Test("markup, bidi controls, emoji and mixed scripts are read; every span cuts its text from the original")
    func oddTextsKeepTheirOffsets() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        for (name, text) in Fixtures.oddTexts { try folder.write(name, text) }
        let run = try didar.run(["extract", "--json", folder.url.path])
        #expect(run.status == 0, "exit \(run.status); stderr: \(run.stderr)")
        let records = try ExtractOutput.records(run.stdout)
        let byName = Dictionary(uniqueKeysWithValues: Fixtures.oddTexts.map { ($0.name, $0.text) })
        #expect(records.count == Fixtures.oddTexts.count)
        for record in records {
            let name = try #require(record["document"] as? String)
            let original = try #require(byName[name])
            #expect(ExtractOutput.badSpans(record, original: original) == [], "\(name)")
        }
        // Sanity: the rules did find the people in the plain parts (so the span check checked something).
        let people = records.compactMap { $0["people"] as? [Any] }.map(\.count).reduce(0, +)
        #expect(people > 0)
    }

    @Test("a file over --max-bytes is skipped as too large, naming the limit")
    func overTheSizeLimit() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        try folder.write("big.txt", String(repeating: Fixtures.article, count: 20))
        try folder.write("small.txt", Fixtures.article)
        let run = try didar.run(["extract", "--json", "--keep-going", "--max-bytes", "2000", folder.url.path])
        #expect(run.status == 3, "exit \(run.status); stderr: \(run.stderr)")
        #expect(try ExtractOutput.documents(run.stdout) == ["small.txt"])
        #expect(run.stderr.contains(folder.path("big.txt")) && run.stderr.contains("over the limit of 2000"), "\(run.stderr)")
        let stop = try didar.run(["extract", "--json", "--max-bytes", "2000", folder.path("big.txt")])
        #expect(stop.status == 2)
    }

    @Test("a single 20 MB line: as a text file and as a JSON Lines record it is refused, not held in memory")
    func twentyMegabyteLine() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        let line = String(repeating: "سید ", count: 20 * 1024 * 1024 / 7)   // «سید » is 7 UTF-8 bytes
        try folder.write("huge.txt", line)
        try folder.write("corpus.jsonl", "{\"id\": \"huge\", \"text\": \"\(line)\"}\n{\"id\": \"ok\", \"text\": \"\(Fixtures.article.replacingOccurrences(of: "\n", with: "\\n"))\"}\n")
        try folder.write("ok.txt", Fixtures.article)
        let run = try didar.run(["extract", "--json", "--keep-going", folder.url.path])
        #expect(run.status == 3, "exit \(run.status); stderr: \(run.stderr)")
        #expect(try ExtractOutput.documents(run.stdout) == ["ok", "ok.txt"])
        #expect(run.stderr.contains("\(folder.path("corpus.jsonl")):1"), "the JSON Lines message names line 1: \(run.stderr)")
        #expect(run.stderr.contains(folder.path("huge.txt")), "\(run.stderr)")
        #expect(run.stderr.contains("skipped 2"))
    }

    @Test("JSON Lines: broken lines, missing or non-string text, invalid UTF-8, duplicate ids")
    func jsonLinesDefects() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        let text = Fixtures.article.replacingOccurrences(of: "\n", with: "\\n")
        var corpus = Data()
        let lines: [String] = [
            "{\"id\": \"a\", \"text\": \"\(text)\"}",           // 1 good
            "{\"id\": \"b\", \"text\": \"\(text)",              // 2 cut off
            "{\"id\": \"c\"}",                                   // 3 no text
            "{\"id\": \"d\", \"text\": 42}",                     // 4 a number
            "{\"id\": \"e\", \"text\": null}",                   // 5 null
            "",                                                  // 6 blank: not an error
            "[\"not\", \"an object\"]",                          // 7
            "{\"id\": \"a\", \"text\": \"\(text)\"}",           // 8 duplicate id
            "{\"id\": {\"x\": 1}, \"text\": \"\(text)\"}",       // 9 id of the wrong type
        ]
        for l in lines { corpus.append(Data(l.utf8)); corpus.append(0x0A) }
        corpus.append(Data("{\"id\": \"f\", \"text\": \"".utf8) + Data([0xC0, 0xAF]) + Data("\"}\n".utf8))   // 10 invalid UTF-8
        corpus.append(Data("{\"id\": \"g\", \"text\": \"\(text)\"}".utf8))   // 11 good, no final newline
        let file = try folder.write("corpus.jsonl", corpus)

        let run = try didar.run(["extract", "--json", "--keep-going", file.path])
        #expect(run.status == 3, "exit \(run.status); stderr: \(run.stderr)")
        #expect(try ExtractOutput.documents(run.stdout) == ["a", "a#2", "g"])
        for line in [2, 3, 4, 5, 7, 9, 10] {
            #expect(run.stderr.contains("skipped \(file.path):\(line): "), "line \(line) listed: \(run.stderr)")
        }
        #expect(!run.stderr.contains("\(file.path):6:"), "a blank line is not an error")
        #expect(run.stderr.contains("skipped 7"), "\(run.stderr)")
        #expect(run.stderr.contains("duplicate id"), "the renamed duplicate is reported: \(run.stderr)")
        #expect(run.stderr.contains("\(file.path):3: no «text» field (fields: id); choose the text field with --text-field"),
                "a missing field names the option that picks another: \(run.stderr)")

        let stop = try didar.run(["extract", "--json", file.path])
        #expect(stop.status == 2)
        #expect(stop.stderr.contains("\(file.path):2: "), "stops at line 2: \(stop.stderr)")
    }

    @Test("a folder with symlink loops, dangling links, a FIFO and unreadable files completes and lists them")
    func hostileFolder() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder()
        let fm = FileManager.default
        try folder.write("a.txt", Fixtures.article)
        try folder.write("sub/b.txt", Fixtures.article)
        try fm.createSymbolicLink(atPath: folder.path("sub/loop"), withDestinationPath: "..")        // a loop back up
        try fm.createSymbolicLink(atPath: folder.path("self"), withDestinationPath: "self")           // a link to itself
        try fm.createSymbolicLink(atPath: folder.path("dangling.txt"), withDestinationPath: "gone.txt")
        // A FIFO with no writer: opening it for reading would block forever.
        #expect(mkfifo(folder.path("pipe.txt"), 0o644) == 0)
        try folder.write("locked/c.txt", Fixtures.article)
        try folder.write("unreadable.txt", Fixtures.article)
        chmod(folder.path("unreadable.txt"), 0)
        chmod(folder.path("locked"), 0)
        defer { chmod(folder.path("locked"), 0o755) }
        let root = getuid() == 0

        let run = try didar.run(["extract", "--json", "--keep-going", folder.url.path], timeout: 120)
        #expect(!run.signaled)
        #expect(run.status == 3, "exit \(run.status); stderr: \(run.stderr)")
        let documents = try ExtractOutput.documents(run.stdout)
        #expect(documents.contains("a.txt") && documents.contains("b.txt"))
        #expect(documents.filter { $0 == "b.txt" }.count == 1, "the loop does not read sub/ twice: \(documents)")
        #expect(run.stderr.contains(folder.path("dangling.txt")), "the dangling link is listed: \(run.stderr)")
        #expect(run.stderr.contains(folder.path("pipe.txt")), "the FIFO is listed, not read: \(run.stderr)")
        if root {
            // Permissions do not stop root: the files are read; the FIFO and the dangling link are the unreadable cases.
            print("BadInputTests.hostileFolder: running as root, chmod 000 does not make a file unreadable; checked the FIFO and dangling link instead")
            #expect(documents.contains("unreadable.txt") && documents.contains("c.txt"))
        } else {
            #expect(run.stderr.contains(folder.path("unreadable.txt")))
            #expect(run.stderr.contains(folder.path("locked")))
        }
    }
}
