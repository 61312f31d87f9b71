import GRDB
import GRDBSQLite

/// A prepared `INSERT` whose values are bound straight through SQLite's C API, for bulk writes.
///
/// GRDB's `execute(arguments:)` first turns every value into a `DatabaseValue` inside a
/// `StatementArguments` array, then binds those: for the derived tables (tens of thousands of rows per
/// build, each a dozen strings) that was a third of writing them. Here each value is bound from the
/// string's own UTF-8 bytes as it is given. The statement is GRDB's own cached one, so it is prepared once
/// per connection and finalized by GRDB; only binding and stepping bypass it.
///
/// ```swift
/// let insert = try RowInserter(db, sql: "INSERT INTO name_key (node_id, key) VALUES (?, ?)")
/// try insert.row { row in
///     row.bind(key.nodeID)
///     row.bind(key.key)
/// }
/// ```
struct RowInserter {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// The values of one row, bound in the order of the statement's parameters.
    struct Row {
        fileprivate let handle: SQLiteStatement
        fileprivate var index: CInt = 0
        fileprivate var code: CInt = SQLITE_OK

        /// Binds text (NULL for nil).
        mutating func bind(_ value: String?) {
            index += 1
            guard let value else { return note(sqlite3_bind_null(handle, index)) }
            // SQLITE_TRANSIENT: SQLite copies the bytes, which live only as long as this call.
            let bound = value.utf8.withContiguousStorageIfAvailable { bytes -> CInt in
                // An empty string has no base address; SQLite needs a pointer for text, not NULL.
                guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, CInt(bytes.count), Self.transient)
                }
            }
            note(bound ?? sqlite3_bind_text(handle, index, value, -1, Self.transient))
        }

        /// Binds an integer (NULL for nil).
        mutating func bind(_ value: Int?) {
            index += 1
            guard let value else { return note(sqlite3_bind_null(handle, index)) }
            note(sqlite3_bind_int64(handle, index, Int64(value)))
        }

        /// Binds a value read from another database, with its own storage class.
        mutating func bind(_ value: DatabaseValue) {
            switch value.storage {
            case .null: bind(nil as Int?)
            case .int64(let number): bind(Int(number))
            case .double(let number):
                index += 1
                note(sqlite3_bind_double(handle, index, number))
            case .string(let text): bind(text)
            case .blob(let data):
                index += 1
                // An empty blob has no base address, and NULL would bind NULL.
                if data.isEmpty { return note(sqlite3_bind_zeroblob(handle, index, 0)) }
                note(data.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, CInt($0.count), Self.transient) })
            }
        }

        /// Binds a flag as 0 or 1 (NULL for nil), as GRDB stores `Bool`.
        mutating func bind(_ value: Bool?) { bind(value.map { $0 ? 1 : 0 }) }

        /// Keeps the first failure of the row.
        private mutating func note(_ result: CInt) {
            if code == SQLITE_OK { code = result }
        }

        /// SQLite's `SQLITE_TRANSIENT` destructor (a macro Swift does not import).
        fileprivate static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    /// Binds one row with `values` and inserts it.
    func row(_ values: (inout Row) -> Void) throws {
        let handle = statement.sqliteStatement
        var row = Row(handle: handle)
        values(&row)
        var code = row.code
        if code == SQLITE_OK {
            code = sqlite3_step(handle)
            if code == SQLITE_DONE { code = SQLITE_OK }
        }
        // Reset even after a failure, so the cached statement is ready for the next use.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_OK else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
