/// A small JSON reader for one JSON Lines record: the top-level object's fields as strings.
///
/// Why not Foundation's `JSONSerialization`: this layer stays free of Foundation, and a hand
/// reader can say at which byte a line is malformed. Nested arrays and objects are parsed
/// (so malformed ones are caught) but only reported as `.composite`.
struct JSONObjectReader {
    /// A top-level field value, as much as a document needs of it.
    enum Value: Equatable {
        case string(String)
        /// A number, kept as written (ids are often numbers).
        case number(String)
        case bool(Bool)
        case null
        case composite

        var typeName: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .bool: "a boolean"
            case .null: "null"
            case .composite: "an array or object"
            }
        }
    }

    /// A malformed line: the byte offset in the line and what was expected there.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses `bytes` (one line, valid UTF-8) as a single JSON object; later duplicate keys win.
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [String: Value] {
        var reader = JSONObjectReader(bytes)
        reader.skipSpace()
        guard reader.peek == UInt8(ascii: "{") else { throw reader.fail("expected a JSON object starting with '{'") }
        let fields = try reader.object(keep: true)
        reader.skipSpace()
        guard reader.i == bytes.count else { throw reader.fail("unexpected text after the JSON object") }
        return fields
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private func fail(_ message: String) -> Failure { Failure(offset: i, message: message) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private mutating func expect(_ c: Character) throws(Failure) {
        guard peek == c.asciiValue else { throw fail("expected '\(c)'") }
        i += 1
    }

    private mutating func object(keep: Bool) throws(Failure) -> [String: Value] {
        try expect("{")
        var fields: [String: Value] = [:]
        skipSpace()
        if peek == UInt8(ascii: "}") { i += 1; return fields }
        while true {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw fail("expected a field name in double quotes") }
            let name = try string()
            skipSpace()
            try expect(":")
            skipSpace()
            let v = try value()
            if keep { fields[name] = v }
            skipSpace()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; return fields }
            throw fail(peek == nil ? "the object is not closed (missing '}')" : "expected ',' or '}'")
        }
    }

    private mutating func array() throws(Failure) {
        try expect("[")
        skipSpace()
        if peek == UInt8(ascii: "]") { i += 1; return }
        while true {
            skipSpace()
            _ = try value()
            skipSpace()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; return }
            throw fail(peek == nil ? "the array is not closed (missing ']')" : "expected ',' or ']'")
        }
    }

    private mutating func value() throws(Failure) -> Value {
        guard let c = peek else { throw fail("expected a value, found the end of the line") }
        switch c {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"): _ = try object(keep: false); return .composite
        case UInt8(ascii: "["): try array(); return .composite
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected character where a value should be")
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("expected \(word)") }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw fail("expected \(word)") }
        i += n
    }

    private mutating func number() throws(Failure) -> String {
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let s = i
            while let d = peek, d >= 0x30 && d <= 0x39 { i += 1 }
            return i - s
        }
        guard digits() > 0 else { throw fail("a number needs digits") }
        if peek == UInt8(ascii: ".") { i += 1; guard digits() > 0 else { throw fail("a number needs digits after '.'") } }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// A JSON string; runs without escapes are copied in one go, since article texts are long.
    private mutating func string() throws(Failure) -> String {
        try expect("\"")
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < bytes.count else { throw fail("the string is not closed (missing '\"')") }
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                if out.isEmpty {
                    let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<i]), as: UTF8.self)
                    i += 1
                    return s
                }
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw fail("control character inside a string (must be escaped)") }
            if c != UInt8(ascii: "\\") { i += 1; continue }
            out.append(contentsOf: bytes[runStart..<i])
            i += 1
            guard let e = peek else { throw fail("the string ends inside an escape") }
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard peek == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("unpaired UTF-16 surrogate in a \\u escape")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired UTF-16 surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("unpaired UTF-16 surrogate in a \\u escape")
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                out.append(contentsOf: UTF8.encode(u)!)
            default:
                i -= 2
                throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
            runStart = i
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("\\u needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("\\u needs four hex digits")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
