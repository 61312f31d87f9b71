/// A JSON value, so writers can build documents with mixed attribute types and encode them with
/// `JSONEncoder` (sorted keys) instead of concatenating strings.
enum JSONValue: Encodable, Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(_ value: ExportAttributes.Value) {
        switch value {
        case .string(let text): self = .string(ExportText.clean(text))
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .boolean(let flag): self = .bool(flag)
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let number): try container.encode(number)
        case .double(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        case .null: try container.encodeNil()
        }
    }
}
