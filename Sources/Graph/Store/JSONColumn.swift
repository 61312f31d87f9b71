import Foundation

/// Lists stored in one TEXT column as JSON, with sorted keys so equal values give equal bytes.
enum JSONColumn {
    /// JSON text of a list of strings, printed directly (`StoredJSON`: the bytes `JSONEncoder` with
    /// sorted keys writes): the derived tables write one or two lists per node and edge.
    static func encode(_ strings: [String]) -> String {
        StoredJSON.encode(strings)
    }

    /// The value encoded in `text`.
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
