/// What can go wrong in a `GraphStore` beyond SQLite's own errors (which pass through as
/// GRDB's `DatabaseError`).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stored document's graph could not be decoded (written by an incompatible version?).
    case unreadableDocument(id: String, reason: String)
    /// A stored derived row holds a value this version does not know (for example a node kind).
    case unknownValue(table: String, column: String, value: String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .unreadableDocument(let id, let reason):
            "stored document \(id) cannot be read: \(reason)"
        case .unknownValue(let table, let column, let value):
            "unknown value «\(value)» in \(table).\(column); was the store written by a newer version?"
        }
    }
}
