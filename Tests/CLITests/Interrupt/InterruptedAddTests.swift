import Foundation
import Graph
import Testing

/// A kill during `didar add` (issue 8): the store commits batch by batch in transactions, so a
/// kill -9 loses nothing already committed, the file passes SQLite's integrity check, and running
/// the same `add` again ends with exactly the store an uninterrupted run makes.
@Suite("Interrupted add", .serialized)
struct InterruptedAddTests {
    @Test("kill -9 during didar add: committed batches stay, integrity holds, a rerun completes the store",
          arguments: [SIGKILL, SIGTERM, SIGINT])
    func killedAdd(_ signal: Int32) throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder("didar-add")
        let small = try folder.write("small/first.txt", BadInputFixtures.article).deletingLastPathComponent()
        // Large enough that `didar add` is still running when the signal comes (300 articles took 2 s
        // once the rules were made faster, and the signal came after the run had ended).
        let corpus = try InterruptTests.corpus(in: folder, records: 1000)
        let db = folder.path("store/didar.sqlite")
        let reference = folder.path("reference/didar.sqlite")

        for path in [db, reference] {
            let first = try didar.run(["add", small.path, "--db", path])
            try #require(first.status == 0, "\(first.stderr)")
        }
        let complete = try didar.run(["add", corpus.path, "--db", reference, "--keep-going", "--batch-size", "16"])
        try #require(complete.status == 0 || complete.status == 3, "\(complete.stderr)")
        let expected = try GraphStore(path: reference).documentCount()

        let process = try didar.spawn(["add", corpus.path, "--db", db, "--keep-going", "--batch-size", "16"])
        usleep(1_500_000)
        let wasRunning = process.isRunning
        process.send(signal)
        let end = process.wait()
        if !wasRunning { Issue.record("didar add finished before the signal: use a larger corpus") }
        #expect(end.signal == signal || end.status == 128 + signal || !wasRunning, "didar add ends by the signal, not with status \(end.status)")

        let store = try GraphStore(path: db)
        #expect(try store.integrityCheck(), "PRAGMA integrity_check after the kill")
        let afterKill = try store.documentCount()
        #expect(afterKill >= 1, "the document committed before the interrupted run is still there")
        #expect(afterKill <= expected)
        #expect(try store.documents().count == afterKill, "every stored document decodes")
        #expect(try store.documentInfos().contains { $0.id == "first.txt" })

        let resumed = try didar.run(["add", corpus.path, "--db", db, "--keep-going", "--batch-size", "16"])
        #expect(resumed.status == complete.status, "the rerun skips what the complete run skipped: \(resumed.stderr)")
        let final = try GraphStore(path: db)
        #expect(try final.integrityCheck())
        #expect(try final.documentCount() == expected, "the rerun adds exactly what was lost, nothing twice")
    }
}
