import Foundation

/// A system's record for one article, reduced to what the scorer reads (the fields of
/// `docs/extract-format.md`), plus the rule ids that made each part, for the error listing.
///
/// Read leniently, as score.py reads it: missing fields are empty, a mention or role may be a string or an
/// object, ids may be any JSON scalar. Made either from a `DocumentExtraction` or from a line of JSON.
public struct PredictedDocument: Sendable {
    /// A mention with offsets, checked against the original text.
    public struct Span: Sendable, Hashable {
        public var text: String?
        public var start: Int?
        public var end: Int?
    }

    /// A string the scorer compares, with the rule that produced it (nil when the record names none).
    public struct Ruled: Sendable, Hashable {
        public var text: String
        public var rule: String?
    }

    /// A predicted person.
    public struct Person: Sendable {
        /// `LooseJSON.idKey` of the record's id.
        public var id: String
        public var name: String
        public var unnamed: Bool
        public var mentions: [Ruled]
        public var spans: [Span]
        public var roles: [Ruled]
    }

    /// A predicted institution.
    public struct Institution: Sendable {
        public var name: Ruled
        public var spans: [Span]
    }

    /// A predicted met pair: the two ids (`LooseJSON.idKey`) and the rules of the meetings behind it.
    public struct Pair: Sendable {
        public var a: String
        public var b: String
        public var rules: [String]
    }

    /// score.py's `doc_id`: the base name of the record's `document`.
    public var document: String
    public var people: [Person]
    public var institutions: [Institution]
    public var met: [Pair]

    /// The record as `didar extract --json` would print it, without going through JSON.
    public init(_ record: DocumentExtraction) {
        document = Self.baseName(record.document)
        people = record.people.map { p in
            Person(id: LooseJSON.idKey(p.id), name: p.name, unnamed: p.unnamed,
                   mentions: p.mentions.map { Ruled(text: $0.text, rule: $0.rule) },
                   spans: p.mentions.map { Span(text: $0.text, start: $0.start, end: $0.end) },
                   roles: p.roles.map { Ruled(text: $0.text, rule: $0.rule) })
        }
        institutions = record.institutions.map { i in
            Institution(name: Ruled(text: i.name, rule: i.mentions.first?.rule),
                        spans: i.mentions.map { Span(text: $0.text, start: $0.start, end: $0.end) })
        }
        let meetingRules = Dictionary(record.meetings.map { ($0.id, $0.rule) }, uniquingKeysWith: { a, _ in a })
        met = record.met.map { m in
            Pair(a: LooseJSON.idKey(m.a), b: LooseJSON.idKey(m.b), rules: m.meetings.compactMap { meetingRules[$0] })
        }
    }

    /// Reads one line of a prediction file (`line` is only used in the error).
    public init(jsonLine: Data, line: Int) throws {
        guard let value = LooseJSON.parse(jsonLine) else { throw EvaluationInputError(line: line, reason: "not JSON") }
        guard let object = value as? [String: Any] else { throw EvaluationInputError(line: line, reason: "not a JSON object") }
        switch object["document"] {
        case nil: document = ""
        case is NSNull: document = "None"   // Python's str(None), as score.py keys it
        case let s as String: document = Self.baseName(s)
        case let n as NSNumber: document = Self.baseName(n.stringValue)
        case let other?: document = Self.baseName(String(describing: other))
        }
        func spans(_ raw: Any?) -> [Span] {
            LooseJSON.list(raw).compactMap { m in
                guard let m = m as? [String: Any], m["start"] != nil else { return nil }
                return Span(text: m["text"] as? String, start: (m["start"] as? NSNumber).flatMap(Self.integer),
                            end: (m["end"] as? NSNumber).flatMap(Self.integer))
            }
        }
        func ruled(_ raw: Any?, field: String = "text") -> [Ruled] {
            LooseJSON.texts(raw, field: field).map { Ruled(text: $0.text, rule: $0.object?["rule"] as? String) }
        }
        people = LooseJSON.list(object["people"]).compactMap { raw in
            guard let p = raw as? [String: Any] else { return nil }
            return Person(id: LooseJSON.idKey(p["id"]), name: p["name"] as? String ?? "", unnamed: LooseJSON.truthy(p["unnamed"]),
                          mentions: ruled(p["mentions"]), spans: spans(p["mentions"]), roles: ruled(p["roles"]))
        }
        institutions = LooseJSON.list(object["institutions"]).flatMap { raw -> [Institution] in
            guard let i = raw as? [String: Any] else { return ruled(raw, field: "name").map { Institution(name: $0, spans: []) } }
            let firstRule = LooseJSON.list(i["mentions"]).lazy.compactMap { ($0 as? [String: Any])?["rule"] as? String }.first
            return ruled(i, field: "name").map { Institution(name: Ruled(text: $0.text, rule: $0.rule ?? firstRule), spans: spans(i["mentions"])) }
        }
        var meetingRules: [String: String] = [:]
        for raw in LooseJSON.list(object["meetings"]) {
            if let m = raw as? [String: Any], let rule = m["rule"] as? String, meetingRules[LooseJSON.idKey(m["id"])] == nil {
                meetingRules[LooseJSON.idKey(m["id"])] = rule
            }
        }
        met = LooseJSON.list(object["met"]).compactMap { raw in
            if let m = raw as? [String: Any] {
                return Pair(a: LooseJSON.idKey(m["a"]), b: LooseJSON.idKey(m["b"]),
                            rules: LooseJSON.list(m["meetings"]).compactMap { meetingRules[LooseJSON.idKey($0)] })
            }
            if let m = raw as? [Any], m.count >= 2 { return Pair(a: LooseJSON.idKey(m[0]), b: LooseJSON.idKey(m[1]), rules: []) }
            return nil
        }
    }

    /// score.py's `doc_id` (`os.path.basename`): the part after the last «/».
    public static func baseName(_ s: String) -> String {
        guard let slash = s.lastIndex(of: "/") else { return s }
        return String(s[s.index(after: slash)...])
    }

    /// An integral JSON number as an Int (Python would refuse to slice with anything else).
    private static func integer(_ n: NSNumber) -> Int? {
        let d = n.doubleValue
        return d == d.rounded() && abs(d) < 1e15 ? Int(d) : nil
    }
}
