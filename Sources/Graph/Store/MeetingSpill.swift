import Foundation
import GRDB

/// The meetings of a streamed build, kept in a temporary SQLite file instead of memory (see `MeetingLog`):
/// each `MeetingSummary` a row of bytes, written as the articles are merged and read back in the order
/// they were added (for resolution) or by id (for the store's `meeting` table).
///
/// ```swift
/// let meetings = try MeetingSpill(path: dir + "/.didar.sqlite.tmp-42-meetings")
/// var builder = CorpusGraphBuilder.admittedByStore(spillingMeetingsTo: meetings)
/// // … addAdmitted(_:) each article, resolve, write the store's tables …
/// meetings.remove()
/// ```
///
/// Written by one thread (the one merging), then only read; a failure to write or read is kept and thrown
/// by `check()` (and by any later read), so merging and making the graph stay non-throwing.
public final class MeetingSpill: @unchecked Sendable {
    /// Meetings gathered before they are written in one transaction.
    let batchSize: Int

    /// Path of the file.
    public let path: String
    private let database: DatabaseQueue
    private var pending: [MeetingSummary] = []
    private var failure: Error?
    private var indexed = false

    /// Creates an empty spill file at `path` (replacing what a killed build left there).
    ///
    /// - Parameter batchSize: meetings gathered before they are written in one transaction.
    public init(path: String, batchSize: Int = 4096) throws {
        self.path = path
        self.batchSize = batchSize
        Self.removeFiles(at: path)
        database = try ScratchDatabase.open(path: path, label: "didar.meetings")
        // `seq` is the order of appending; `id` is kept apart from the bytes to be sorted on.
        try database.write { db in
            try db.execute(sql: "CREATE TABLE meeting (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, summary BLOB NOT NULL)")
        }
    }

    /// Adds `meeting` after those appended before.
    func append(_ meeting: MeetingSummary) {
        pending.append(meeting)
        if pending.count >= batchSize { flush() }
    }

    /// Writes the meetings still gathered.
    private func flush() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard failure == nil, !pending.isEmpty else { return }
        do {
            try database.write { db in
                let insert = try RowInserter(db, sql: "INSERT INTO meeting (id, summary) VALUES (?, ?)")
                for meeting in pending {
                    try insert.row { row in
                        row.bind(meeting.id)
                        row.bind(Data(meeting.encoded()).databaseValue)
                    }
                }
            }
        } catch {
            failure = error
        }
    }

    /// Calls `body` with every meeting in the order appended; a read failure ends the calls and is kept.
    func forEach(_ body: (MeetingSummary) -> Void) {
        do {
            try read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT summary FROM meeting ORDER BY seq")
                while let row = try rows.next() { body(try MeetingSummary(decoding: row[0])) }
            }
        } catch {
            if failure == nil { failure = error }
        }
    }

    /// `MeetingLog.firstByID(_:)`: the first meeting appended of each id, in id order.
    func firstByID(_ body: (_ next: () throws -> MeetingSummary?) throws -> Void) throws {
        try read { db in
            if !indexed {
                indexed = true
                // Made once, after the rows (cheaper than keeping it up to date while they stream in).
                try db.execute(sql: "CREATE INDEX IF NOT EXISTS meeting_id ON meeting(id, seq)")
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, summary FROM meeting ORDER BY id, seq")
            var last: String?
            try body {
                while let row = try rows.next() {
                    let id: String = row[0]
                    if id == last { continue }
                    last = id
                    return try MeetingSummary(decoding: row[1])
                }
                return nil
            }
        }
    }

    /// Throws the first failure of writing or reading, if any.
    func check() throws {
        if !pending.isEmpty { flush() }
        if let failure { throw failure }
    }

    /// Closes and deletes the file.
    public func remove() {
        try? database.close()
        Self.removeFiles(at: path)
    }

    /// Runs `body` on the file once every meeting is written; throws the first failure instead.
    private func read(_ body: (Database) throws -> Void) throws {
        try check()
        // Written (the index) without a transaction: the rows are all there, and a scratch file needs none.
        try database.writeWithoutTransaction { db in try body(db) }
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

extension MeetingSummary {
    /// The bytes a `MeetingSpill` keeps of this meeting: every field in declaration order, a string as its
    /// UTF-8 length and bytes (so any text, a NUL included, comes back as it was), an optional behind a
    /// flag byte, a list behind its count, numbers as 8 bytes little-endian.
    func encoded() -> [UInt8] {
        var out = SummaryBytes()
        out.string(id); out.string(key); out.string(document); out.string(kind.rawValue); out.string(cameo)
        for span in [trigger, sentence] {
            out.int(span.start); out.int(span.end); out.string(span.text); out.int(span.sentence)
        }
        out.optional(date); out.optional(placeKey)
        out.int(participants.count)
        for participant in participants { out.int(Int(participant)) }
        for list in [groupKeys, institutionKeys] {
            out.int(list.count)
            for key in list { out.string(key) }
        }
        out.optional(rule); out.optional(ruleSource)
        return out.bytes
    }

    /// The meeting `encoded()` gave `data`.
    init(decoding data: Data) throws {
        var input = SummaryBytes.Reader(bytes: [UInt8](data))
        let (id, key, document, kindName, cameo) = (try input.string(), try input.string(), try input.string(), try input.string(), try input.string())
        guard let kind = MeetingKind(rawValue: kindName) else {
            throw StoreError.unknownValue(table: "meeting spill", column: "kind", value: kindName)
        }
        func span() throws -> Span {
            let (start, end, text, sentence) = (try input.int(), try input.int(), try input.string(), try input.int())
            return Span(start: start, end: end, text: text, sentence: sentence)
        }
        let (trigger, sentence) = (try span(), try span())
        let (date, placeKey) = (try input.optional(), try input.optional())
        let participants = try (0..<input.int()).map { _ in Int32(try input.int()) }
        let groupKeys = try (0..<input.int()).map { _ in try input.string() }
        let institutionKeys = try (0..<input.int()).map { _ in try input.string() }
        let (rule, ruleSource) = (try input.optional(), try input.optional())
        guard input.atEnd else { throw StoreError.unknownValue(table: "meeting spill", column: "summary", value: "\(data.count) bytes") }
        self.init(
            id: id, key: key, document: document, kind: kind, cameo: cameo, trigger: trigger, sentence: sentence,
            date: date, placeKey: placeKey, participants: participants, groupKeys: groupKeys,
            institutionKeys: institutionKeys, rule: rule, ruleSource: ruleSource)
    }
}

/// The byte layout of `MeetingSummary.encoded()`: its writer, and its `Reader`.
private struct SummaryBytes {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional(_ value: String?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    /// Reads back what the writer wrote, in the same order; bytes that run short are an error.
    struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, count <= bytes.count - position else {
                throw StoreError.unknownValue(table: "meeting spill", column: "summary", value: "cut short at byte \(position)")
            }
            defer { position += count }
            return bytes[position..<position + count]
        }

        mutating func int() throws -> Int {
            var value: Int64 = 0
            for (shift, byte) in try take(8).enumerated() { value |= Int64(byte) << (8 * shift) }
            return Int(value)
        }

        mutating func string() throws -> String {
            String(decoding: try take(try int()), as: UTF8.self)
        }

        mutating func optional() throws -> String? {
            try take(1).first == 0 ? nil : try string()
        }
    }
}
