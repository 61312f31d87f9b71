import Foundation
import GRDB

/// What lies at a path offered as a store, checked before anything is written to it or read from it,
/// so that someone else's database, a text file or a folder is refused with a message saying what it
/// is and what to do, instead of being given Didar's tables or failing with «SQLite error 26».
public enum StoreFile: Sendable, Hashable {
    /// Nothing there yet: a writer may create the store.
    case absent
    /// An empty file, or an SQLite database with no table at all: a writer may make it a store.
    case empty
    /// A Didar store at the schema this version writes.
    case current
    /// A Didar store written by an older version: a writer upgrades it; a reader asks for that first.
    case older(pending: [String])

    /// The SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header).
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)
    /// The tables every Didar store has from its first version on.
    static let markerTables: Set<String> = ["meta", "document", "grdb_migrations"]

    /// Looks at `path` without changing its content (the database, if any, is opened read-only; only the
    /// journal a killed writer left is rolled back, through a connection that may write).
    ///
    /// - Throws: `StoreFileError` for a folder, a file that is not SQLite, a database of another
    ///   program, a store written by a newer version, or a file that cannot be read.
    public static func inspect(path: String) throws(StoreFileError) -> StoreFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .absent }
        if isFolder.boolValue { throw .folder(path: path) }
        let head: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            head = try handle.read(upToCount: 512) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        if head.isEmpty { return .empty }
        guard head.starts(with: sqliteMagic) else { throw .notSQLite(path: path, looksLike: describe(head)) }
        do {
            do {
                return try inspectDatabase(path: path, readonly: true)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY
                && ["-journal", "-wal"].contains(where: { FileManager.default.fileExists(atPath: path + $0) }) {
                // A writer killed in the middle of a batch (a signal during `didar add`) leaves a hot rollback
                // journal (or an unrecovered log) beside the store, and SQLite rolls it back only through a
                // connection that may write (SQLITE_READONLY_ROLLBACK, _RECOVERY). The rollback restores what the
                // writer had committed and nothing else, so the file is opened once read-write for it; no
                // migration and no row of Didar's is written.
                return try inspectDatabase(path: path, readonly: false)
            }
        } catch let error as StoreFileError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
    }

    /// The tables and migrations of the SQLite database at `path`, read through a connection opened
    /// read-only or not.
    private static func inspectDatabase(path: String, readonly: Bool) throws -> StoreFile {
        var configuration = GraphStore.configuration
        configuration.readonly = readonly
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db throws -> Result<StoreFile, StoreFileError> in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if tables.isEmpty { return .success(.empty) }
            guard markerTables.isSubset(of: Set(tables)) else {
                return .failure(.foreignDatabase(path: path, tables: tables))
            }
            let migrator = StoreSchema.migrator
            if try migrator.hasBeenSuperseded(db) { return .failure(.newerStore(path: path)) }
            let applied = Set(try migrator.appliedIdentifiers(db))
            let pending = migrator.migrations.filter { !applied.contains($0) }
            return .success(pending.isEmpty ? .current : .older(pending: pending))
        }.get()
    }

    /// A few words on what a non-SQLite file seems to hold, from its first bytes.
    static func describe(_ head: Data) -> String {
        if head.contains(0) { return "a binary file" }
        if String(data: head, encoding: .utf8) != nil || String(data: head.dropLast(3), encoding: .utf8) != nil {
            let text = String(decoding: head, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("{") { return "a text file (JSON or JSON Lines, perhaps a corpus)" }
            return "a text file"
        }
        return "a binary file"
    }
}

/// Why a path cannot be used as a store; each message says what the path holds and what to do.
public enum StoreFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path is a folder.
    case folder(path: String)
    /// The file is not an SQLite database.
    case notSQLite(path: String, looksLike: String)
    /// An SQLite database without Didar's tables.
    case foreignDatabase(path: String, tables: [String])
    /// A Didar store written by a newer version of Didar.
    case newerStore(path: String)
    /// A Didar store that needs an upgrade before it can be read (readers never write one).
    case olderStore(path: String, pending: [String])
    /// There is no store at the path (for a reader).
    case missing(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)

    /// A message for the user: what is at the path, and what to do.
    public var description: String {
        switch self {
        case .folder(let path):
            "\(path) is a folder, not a store: give the store file inside it (usually \(path)/didar.sqlite)"
        case .notSQLite(let path, let looksLike):
            "\(path) is \(looksLike), not a Didar store (not an SQLite database); it was left untouched: "
                + "point --db at a store made by `didar build` or `didar add`, or at a new file name"
        case .foreignDatabase(let path, let tables):
            "\(path) is an SQLite database of another program (tables: \(tables.prefix(6).joined(separator: ", "))\(tables.count > 6 ? ", …" : "")), "
                + "not a Didar store; it was left untouched: point --db at a store made by `didar build` or `didar add`, or at a new file name"
        case .newerStore(let path):
            "\(path) was written by a newer version of Didar; this version cannot read it without losing data: use the newer `didar`"
        case .olderStore(let path, let pending):
            "\(path) was written by an older version of Didar (schema steps missing: \(pending.joined(separator: ", "))); "
                + "reading commands never change a store: upgrade it in place with `didar migrate --db \(path)`, "
                + "or rebuild it with `didar build <articles> -o <folder>`"
        case .missing(let path):
            "no store at \(path): run `didar build <articles> -o out` (or `didar add <articles> --db \(path)`) first, or point --db at one"
        case .unreadable(let path, let reason):
            "the store at \(path) cannot be read: \(reason)"
        }
    }
}

extension GraphStore {
    /// Opens an existing store for reading only: the file is opened read-only (SQLite refuses any
    /// write), no schema migration is run and no folder is made, so `query`, `path`, `ego`, `stats`
    /// and `serve` never change the content of the file they read, even when the user has write access to
    /// it (a killed writer's hot journal is rolled back first, as SQLite requires: `StoreFile.inspect`).
    ///
    /// - Throws: `StoreFileError` when the path holds no store, something else than a store, or a
    ///   store of an older or newer schema; GRDB's error when SQLite cannot open it.
    public static func openForReading(path: String) throws -> GraphStore {
        switch try StoreFile.inspect(path: path) {
        case .absent: throw StoreFileError.missing(path: path)
        case .empty: throw StoreFileError.notSQLite(path: path, looksLike: "an empty file")
        case .older(let pending): throw StoreFileError.olderStore(path: path, pending: pending)
        case .current: break
        }
        var configuration = Self.configuration
        configuration.readonly = true
        return try GraphStore(path: path, configuration: configuration, mode: .readOnly)
    }
}
