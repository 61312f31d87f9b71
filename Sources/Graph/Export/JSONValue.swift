/// A JSON value, so writers can build documents with mixed attribute types and print them whole
/// (`prettyPrinted()`, sorted keys) instead of concatenating strings.
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

extension JSONValue {
    /// The value as `JSONEncoder` prints it with `.prettyPrinted`, `.sortedKeys` and
    /// `.withoutEscapingSlashes`, byte for byte (`JSONValueTests` compares the two), without the
    /// encoder's boxing of every value: the node-link export of a large corpus spent most of its time
    /// there. Two-space indents, `"key" : value`, an empty container as `[`, a blank line and `]`.
    func prettyPrinted() -> [UInt8] {
        var bytes: [UInt8] = []
        print(into: &bytes, depth: 0)
        return bytes
    }

    /// Appends the value as `prettyPrinted()` prints it when it sits `depth` levels deep (its lines after
    /// the first indented that much), so a printer can stream a long list an element at a time.
    func print(into bytes: inout [UInt8], depth: Int) {
        switch self {
        case .string(let text): JSONString.append(text, to: &bytes)
        case .int(let number): bytes.append(contentsOf: String(number).utf8)
        case .double(let number): bytes.append(contentsOf: Self.text(of: number).utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array(let items):
            Self.container("[", "]", items.count, into: &bytes, depth: depth) { i, bytes in
                items[i].print(into: &bytes, depth: depth + 1)
            }
        case .object(let members):
            let keys = members.keys.sorted()
            Self.container("{", "}", keys.count, into: &bytes, depth: depth) { i, bytes in
                JSONString.append(keys[i], to: &bytes)
                bytes.append(contentsOf: " : ".utf8)
                members[keys[i]]!.print(into: &bytes, depth: depth + 1)
            }
        }
    }

    /// `open`, each element on its own line one level deeper, commas between, `close` at `depth`.
    private static func container(
        _ open: Unicode.Scalar, _ close: Unicode.Scalar, _ count: Int, into bytes: inout [UInt8], depth: Int,
        element: (Int, inout [UInt8]) -> Void
    ) {
        bytes.append(UInt8(ascii: open))
        bytes.append(UInt8(ascii: "\n"))
        for i in 0..<count {
            if i > 0 { bytes.append(contentsOf: ",\n".utf8) }
            indent(&bytes, depth + 1)
            element(i, &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
        indent(&bytes, depth)
        bytes.append(UInt8(ascii: close))
    }

    private static func indent(_ bytes: inout [UInt8], _ depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest round-trip form, without a
    /// trailing `.0` (`1`, `2.5`, `1e-07`).
    static func text(of number: Double) -> String {
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
