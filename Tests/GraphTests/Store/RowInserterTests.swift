import GRDB
import Testing
@testable import Graph

/// `RowInserter` binds values as GRDB would store them, and reports SQLite's errors.
@Suite("Row inserter")
struct RowInserterTests {
    @Test func valuesAreStoredAsGRDBStoresThem() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT, number INTEGER, flag INTEGER)")
            let insert = try RowInserter(db, sql: "INSERT INTO t (id, text, number, flag) VALUES (?, ?, ?, ?)")
            try insert.row { row in row.bind("a"); row.bind("رئیس\u{200C}جمهور «و» 😀"); row.bind(42); row.bind(true) }
            try insert.row { row in row.bind("b"); row.bind(""); row.bind(nil as Int?); row.bind(false) }
            try insert.row { row in row.bind("c"); row.bind(nil as String?); row.bind(-7); row.bind(nil as Bool?) }
            try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?, ?)", arguments: ["d", "رئیس\u{200C}جمهور «و» 😀", 42, true])
        }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, quote(text), quote(number), quote(flag) FROM t ORDER BY id")
                .map { [$0[0], $0[1], $0[2], $0[3]] as [String] }
        }
        #expect(rows[0].dropFirst() == rows[3].dropFirst(), "the same values as GRDB's execute(arguments:)")
        #expect(rows[1] == ["b", "''", "NULL", "0"])
        #expect(rows[2] == ["c", "NULL", "-7", "NULL"])
    }

    @Test func aFailedRowThrowsAndTheStatementStaysUsable() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id TEXT PRIMARY KEY NOT NULL)")
            let insert = try RowInserter(db, sql: "INSERT INTO t (id) VALUES (?)")
            try insert.row { $0.bind("x") }
            #expect(throws: DatabaseError.self) { try insert.row { $0.bind("x") } }
            #expect(throws: DatabaseError.self) { try insert.row { $0.bind(nil as String?) } }
            try insert.row { $0.bind("y") }
            #expect(try String.fetchAll(db, sql: "SELECT id FROM t ORDER BY id") == ["x", "y"])
        }
    }
}
