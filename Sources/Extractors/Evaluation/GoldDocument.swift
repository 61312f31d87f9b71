import Foundation

/// One annotated article of a gold file (`../shared/docs/annotation.md`): the fields the scorer reads.
public struct GoldDocument: Sendable, Hashable {
    /// A gold person, named or known only by a role.
    public struct Person: Sendable, Hashable {
        /// A role the person holds, with the deictic resolved if the annotator gave it.
        public struct Role: Sendable, Hashable {
            public var role: String?
            public var resolved: String?
        }
        public var name: String
        public var unnamed: Bool
        public var surfaceForms: [String]
        public var roles: [Role]
        /// Only referred to: neither rewarded nor penalized.
        public var mentionOnly: Bool
    }

    /// A met pair as annotated: two `people[].name` values and the trigger phrase.
    public struct Pair: Sendable, Hashable {
        public var names: [String]
        public var trigger: String?
    }

    /// The article id (a file name or a corpus record id).
    public var id: String
    /// SHA-256 (hex) of the annotated text, when the annotator recorded it.
    public var sha256: String?
    public var people: [Person]
    public var institutions: [String]
    /// `institutions_not_verbatim`, `institutions_optional` and `media`: neither rewarded nor penalized.
    public var optionalInstitutions: [String]
    public var met: [Pair]
    /// Pairs the text leaves uncertain: neither rewarded nor penalized.
    public var metOptional: [Pair]

    /// Reads one line of a gold file; `line` is only used in the error.
    ///
    /// Everything score.py reads is checked here, so a malformed record stops with a reason rather than
    /// being scored differently by the two scorers.
    public init(jsonLine: Data, line: Int) throws {
        guard let value = LooseJSON.parse(jsonLine) else { throw EvaluationInputError(line: line, reason: "not JSON") }
        guard let object = value as? [String: Any] else { throw EvaluationInputError(line: line, reason: "not a JSON object") }
        guard let id = object["id"] as? String, !id.isEmpty else {
            throw EvaluationInputError(line: line, reason: object["id"] == nil ? "the record has no `id`" : "`id` is not a non-empty string")
        }
        func fail(_ reason: String) -> EvaluationInputError { EvaluationInputError(line: line, reason: "\(id): \(reason)") }
        func strings(_ key: String) throws -> [String] {
            guard let raw = object[key], !(raw is NSNull) else { return [] }
            guard let list = raw as? [Any], let values = list as? [String] else { throw fail("`\(key)` must be a list of strings") }
            return values
        }
        func pairs(_ key: String) throws -> [Pair] {
            guard let raw = object[key], !(raw is NSNull) else { return [] }
            guard let list = raw as? [Any] else { throw fail("`\(key)` must be a list") }
            return try list.enumerated().map { n, entry in
                guard let entry = entry as? [String: Any], let names = entry["pair"] as? [Any],
                      names.count == 2, let both = names as? [String] else {
                    throw fail("`\(key)[\(n)]` needs a `pair` of two names")
                }
                return Pair(names: both, trigger: entry["trigger"] as? String)
            }
        }
        self.id = id
        sha256 = object["sha256"] as? String
        let rawPeople = object["people"] ?? []
        guard let peopleList = (rawPeople is NSNull ? [] : rawPeople) as? [Any] else { throw fail("`people` must be a list") }
        people = try peopleList.enumerated().map { n, entry in
            guard let person = entry as? [String: Any] else { throw fail("`people[\(n)]` is not an object") }
            guard let name = person["name"] as? String else { throw fail("`people[\(n)]` has no `name`") }
            let roles = try LooseJSON.list(person["roles"]).map { raw -> Person.Role in
                guard let role = raw as? [String: Any] else { throw fail("a role of «\(name)» is not an object") }
                return Person.Role(role: role["role"] as? String, resolved: role["resolved"] as? String)
            }
            guard let forms = LooseJSON.list(person["surface_forms"]) as? [String] else {
                throw fail("`surface_forms` of «\(name)» must be a list of strings")
            }
            return Person(name: name, unnamed: LooseJSON.truthy(person["unnamed"]), surfaceForms: forms, roles: roles,
                          mentionOnly: LooseJSON.truthy(person["mention_only"]))
        }
        institutions = try strings("institutions")
        optionalInstitutions = try strings("institutions_not_verbatim") + strings("institutions_optional") + strings("media")
        met = try pairs("met")
        metOptional = try pairs("met_optional")
    }

    /// Names in `met` and `met_optional` pairs that are no `people[].name` of the record (keys compared):
    /// both scorers ignore such a pair, which is almost always an annotation slip worth a warning.
    public var pairNamesNotInPeople: [String] {
        let names = Set(people.map { ScoringKey.key($0.name) })
        var seen = Set<String>(), result: [String] = []
        for pair in met + metOptional {
            for name in pair.names where !names.contains(ScoringKey.key(name)) && seen.insert(name).inserted {
                result.append(name)
            }
        }
        return result
    }
}

/// A line of a gold or prediction file that cannot be scored: the line number and why.
public struct EvaluationInputError: Error, Sendable, CustomStringConvertible {
    /// 1-based line number in the file.
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}
