import Foundation
import GRDB
import Testing

@testable import Graph

/// A path offered as a store is looked at before anything is written to it; readers open read-only.
@Suite("Store file checks and read-only opening")
struct StoreFileTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("didar-storefile-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    /// A database of another program: one table of its own.
    static func foreignDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5)")
        }
        try queue.close()
    }

    @Test("another program's SQLite file is refused before anything is written to it")
    func foreignDatabaseRefused() throws {
        let folder = try Folder()
        let path = folder.path("accounts.sqlite")
        try Self.foreignDatabase(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreFileError.foreignDatabase(path: path, tables: ["invoices"])) { try StoreFile.inspect(path: path) }
        #expect(throws: StoreFileError.self) { try GraphStore(path: path) }
        #expect(throws: StoreFileError.self) { try GraphStore.openForReading(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let message = StoreFileError.foreignDatabase(path: path, tables: ["invoices"]).description
        #expect(message.contains("another program") && message.contains("invoices") && message.contains("left untouched"))
    }

    @Test("a text file, a binary file and a folder are named for what they are")
    func notSQLite() throws {
        let folder = try Folder()
        let text = folder.path("notes.txt"), binary = folder.path("blob.bin"), corpus = folder.path("c.jsonl")
        try Data("hello, this is not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: binary))
        try Data("{\"id\": 1, \"text\": \"x\"}\n".utf8).write(to: URL(fileURLWithPath: corpus))
        #expect(throws: StoreFileError.notSQLite(path: text, looksLike: "a text file")) { try StoreFile.inspect(path: text) }
        #expect(throws: StoreFileError.notSQLite(path: binary, looksLike: "a binary file")) { try StoreFile.inspect(path: binary) }
        #expect(throws: StoreFileError.notSQLite(path: corpus, looksLike: "a text file (JSON or JSON Lines, perhaps a corpus)")) {
            try StoreFile.inspect(path: corpus)
        }
        #expect(throws: StoreFileError.folder(path: folder.url.path)) { try StoreFile.inspect(path: folder.url.path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data("hello, this is not a database\n".utf8))
    }

    @Test("absent, empty and current stores are told apart; an empty SQLite file may become a store")
    func states() throws {
        let folder = try Folder()
        #expect(try StoreFile.inspect(path: folder.path("none.sqlite")) == .absent)
        _ = FileManager.default.createFile(atPath: folder.path("empty.sqlite"), contents: nil)
        #expect(try StoreFile.inspect(path: folder.path("empty.sqlite")) == .empty)
        let store = try GraphStore(path: folder.path("store.sqlite"))
        try store.close()
        #expect(try StoreFile.inspect(path: folder.path("store.sqlite")) == .current)
        #expect(throws: StoreFileError.missing(path: folder.path("none.sqlite"))) { try GraphStore.openForReading(path: folder.path("none.sqlite")) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("none.sqlite")))
    }

    @Test("a reader never migrates an old store: it says how to upgrade, and the file is unchanged")
    func olderStoreReadOnly() throws {
        let folder = try Folder()
        let path = folder.path("old.sqlite")
        // A store as the first version wrote it: only the "v1" schema step.
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        guard case .older(let pending) = try StoreFile.inspect(path: path) else {
            Issue.record("a v1 store was not seen as older")
            return
        }
        #expect(pending == StoreSchema.migrator.migrations.filter { $0 != "v1" })
        #expect(pending.first == "v2: evidence meeting kind")
        do {
            _ = try GraphStore.openForReading(path: path)
            Issue.record("an old store was opened for reading")
        } catch let error as StoreFileError {
            #expect(error.description.contains("didar migrate --db \(path)"))
            #expect(error.description.contains("didar build"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A writer upgrades it; then it reads.
        try GraphStore(path: path).close()
        #expect(try StoreFile.inspect(path: path) == .current)
        #expect(try GraphStore.openForReading(path: path).documentCount() == 0)
    }

    @Test("a store opened for reading refuses writes and leaves the file byte for byte")
    func readOnlyOpening() throws {
        let folder = try Folder()
        let path = folder.path("store.sqlite")
        try GraphStore(path: path).close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try GraphStore.openForReading(path: path)
        _ = try reader.index()
        _ = try reader.documentInfos()
        #expect(throws: (any Error).self) { try reader.rebuild() }
        try reader.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    }

    @Test("a store whose writer was killed in the middle of a transaction is read, with every committed article")
    func killedWritersJournal() throws {
        let folder = try Folder()
        let path = folder.path("didar.sqlite")
        var random = RandomCorpus(seed: 11)
        let store = try GraphStore(path: path)
        try store.add(random.documents(6), rebuild: false)
        try store.close()
        // The files as a kill leaves them: a transaction that has written pages to the database (a one-page
        // cache spills them) beside a hot rollback journal. They are copied while the transaction is open.
        let killed = folder.path("killed.sqlite")
        let writer = try DatabaseQueue(path: path)
        try writer.inDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = 1")
            try db.beginTransaction()
            try db.execute(sql: "DELETE FROM document")
            try db.execute(sql: "CREATE TABLE filler (b BLOB)")
            for _ in 0..<64 { try db.execute(sql: "INSERT INTO filler VALUES (zeroblob(4000))") }
            try FileManager.default.copyItem(atPath: path, toPath: killed)
            try FileManager.default.copyItem(atPath: path + "-journal", toPath: killed + "-journal")
            try db.rollback()
        }
        try writer.close()
        #expect(try StoreFile.inspect(path: killed) == .current)
        let reader = try GraphStore.openForReading(path: killed)
        #expect(try reader.documentCount() == 6)
        #expect(try reader.integrityCheck())
        try reader.close()
    }
}
