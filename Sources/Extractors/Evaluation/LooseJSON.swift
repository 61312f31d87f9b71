import Foundation

/// Reading JSON values the way score.py's `dict.get` and truthiness do, so a record the script accepts is
/// read the same here (a missing key, `null` and an empty list all count as absent).
enum LooseJSON {
    /// Parses one line of JSON Lines; nil when it is not JSON.
    static func parse(_ line: Data) -> Any? {
        try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
    }

    /// Python truthiness: false for null, false, 0, "", [] and {}.
    static func truthy(_ value: Any?) -> Bool {
        switch value {
        case nil, is NSNull: return false
        case let s as String: return !s.isEmpty
        case let n as NSNumber: return n.doubleValue != 0
        case let a as [Any]: return !a.isEmpty
        case let d as [String: Any]: return !d.isEmpty
        default: return true
        }
    }

    /// A string value, or nil for anything else.
    static func string(_ value: Any?) -> String? { value as? String }

    /// The elements of a list; a missing or `null` value is the empty list.
    static func list(_ value: Any?) -> [Any] {
        value as? [Any] ?? []
    }

    /// A hashable stand-in for a JSON scalar used as an id, so `{"id": 1}` and `{"id": "1"}` stay apart
    /// as they do in Python, and a missing id is the single value `null` (Python's `None` key).
    static func idKey(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let s as String: return "s:" + s
        case let n as NSNumber: return "n:" + n.stringValue
        default: return "o:" + String(describing: value!)
        }
    }

    /// score.py's `texts_of`: the strings of a value that is a string, an object (its `field`, else its
    /// `name`, else ""), or a list of those, flattened; each with the object it came from.
    static func texts(_ value: Any?, field: String = "text") -> [(text: String, object: [String: Any]?)] {
        switch value {
        case nil, is NSNull: return []
        case let s as String: return [(s, nil)]
        case let d as [String: Any]:
            let text = [d[field], d["name"]].first { truthy($0) }.flatMap { $0 as? String } ?? ""
            return [(text, d)]
        case let a as [Any]: return a.flatMap { texts($0, field: field) }
        default: return []
        }
    }
}
