/// Writes a `DocumentGraph` as the JSON the store keeps in `document.graph_json`: byte for byte what
/// `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes for its `Codable` form, and
/// what `JSONDecoder` reads back.
///
/// Why by hand: every article of a build is encoded once for the store, and `JSONEncoder` (which
/// builds a tree of boxed values, sorts each object's keys and then prints) was 11% of a whole build's
/// CPU time. Here each type lists its keys in sorted order and prints straight into bytes.
/// `StoredJSONTests` checks the bytes against `JSONEncoder` on real and hostile graphs, so a field added
/// to a record and not here fails there.
enum StoredJSON {
    /// The UTF-8 JSON of `graph`.
    static func encode(_ graph: DocumentGraph) -> String {
        var out = Output()
        out.bytes.reserveCapacity(4096)
        graph.write(to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The UTF-8 JSON array of `strings`.
    static func encode(_ strings: [String]) -> String {
        var out = Output()
        out.array(strings) { $0.string($1) }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A JSON printer with no whitespace; objects and arrays track whether a comma is due.
    struct Output {
        var bytes: [UInt8] = []
        private var first = true

        mutating func object(_ body: (inout Output) -> Void) {
            open(UInt8(ascii: "{"))
            body(&self)
            close(UInt8(ascii: "}"))
        }

        mutating func array<Element>(_ elements: [Element], _ body: (inout Output, Element) -> Void) {
            open(UInt8(ascii: "["))
            // Every value writer puts its own comma first (`separate`).
            for element in elements { body(&self, element) }
            close(UInt8(ascii: "]"))
        }

        /// `"name":`, after a comma unless it is the object's first key. Keys are ASCII identifiers.
        mutating func key(_ name: StaticString) {
            separate()
            bytes.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
            first = true  // the value that follows needs no comma
        }

        mutating func field(_ name: StaticString, _ value: String) {
            key(name)
            string(value)
        }

        /// Leaves the key out for nil, as the synthesized `Encodable` does (`encodeIfPresent`).
        mutating func field(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            field(name, value)
        }

        mutating func field(_ name: StaticString, _ value: Int) {
            key(name)
            separate()
            bytes.append(contentsOf: String(value).utf8)
        }

        mutating func field(_ name: StaticString, _ value: Bool) {
            key(name)
            separate()
            // From the literal's own bytes: an `Array` of them was an allocation per flag.
            let literal: StaticString = value ? "true" : "false"
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func field(_ name: StaticString, _ values: [String]) {
            key(name)
            array(values) { $0.string($1) }
        }

        /// A JSON string as `JSONEncoder` escapes it (`JSONString`).
        mutating func string(_ value: String) {
            separate()
            JSONString.append(value, to: &bytes)
        }

        private mutating func open(_ bracket: UInt8) {
            separate()
            bytes.append(bracket)
            first = true
        }

        private mutating func close(_ bracket: UInt8) {
            bytes.append(bracket)
            first = false
        }

        /// A comma before every element or key but the first of its container.
        private mutating func separate() {
            if first {
                first = false
            } else {
                bytes.append(UInt8(ascii: ","))
            }
        }
    }
}

// Each record's keys in sorted order (what `.sortedKeys` prints), optionals left out when nil.

extension DocumentGraph {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.key("document"); document.write(to: &out)
            out.key("groups"); out.array(groups) { $1.write(to: &$0) }
            out.key("institutions"); out.array(institutions) { $1.write(to: &$0) }
            out.key("meetings"); out.array(meetings) { $1.write(to: &$0) }
            out.key("people"); out.array(people) { $1.write(to: &$0) }
            out.key("places"); out.array(places) { $1.write(to: &$0) }
        }
    }
}

extension DocumentInfo {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("agency", agency)
            out.field("contentHash", contentHash)
            out.field("date", date)
            out.field("id", id)
            out.field("title", title)
            out.field("url", url)
        }
    }
}

extension Span {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("end", end)
            out.field("sentence", sentence)
            out.field("start", start)
            out.field("text", text)
        }
    }
}

extension PersonRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("localID", localID)
            out.key("mentions"); out.array(mentions) { $1.write(to: &$0) }
            out.field("name", name)
            out.field("nameKey", nameKey)
            out.key("roles"); out.array(roles) { $1.write(to: &$0) }
            out.field("surnameKey", surnameKey)
            out.field("titles", titles)
            out.field("unnamed", unnamed)
        }
    }
}

extension RoleRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("former", former)
            out.field("gloss", gloss)
            out.field("head", head)
            out.field("institutionLocalID", institutionLocalID)
            out.field("key", key)
            out.field("placeKey", placeKey)
            out.key("span"); span.write(to: &out)
            out.field("text", text)
        }
    }
}

extension InstitutionRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("gloss", gloss)
            out.field("key", key)
            out.field("localID", localID)
            out.key("mentions"); out.array(mentions) { $1.write(to: &$0) }
            out.field("name", name)
        }
    }
}

extension GroupRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("key", key)
            out.field("label", label)
            out.field("localID", localID)
            out.key("mentions"); out.array(mentions) { $1.write(to: &$0) }
        }
    }
}

extension PlaceRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("key", key)
            out.field("localID", localID)
            out.key("mentions"); out.array(mentions) { $1.write(to: &$0) }
            out.field("name", name)
        }
    }
}

extension MeetingRecord {
    fileprivate func write(to out: inout StoredJSON.Output) {
        out.object { out in
            out.field("cameo", cameo)
            out.field("date", date)
            out.field("groups", groups)
            out.field("guest", guest)
            if let guests { out.field("guests", guests) }
            out.field("host", host)
            if let hosts { out.field("hosts", hosts) }
            out.field("institutions", institutions)
            out.field("kind", kind.rawValue)
            out.field("localID", localID)
            out.field("participants", participants)
            out.field("placeLocalID", placeLocalID)
            out.field("rule", rule)
            out.field("ruleSource", ruleSource)
            out.key("sentence"); sentence.write(to: &out)
            out.key("trigger"); trigger.write(to: &out)
        }
    }
}
