/// One miss or false alarm found by the scorer, with the rule that produced it, for `didar eval --errors`.
public struct ExtractionMistake: Sendable, Hashable, Codable {
    /// What went wrong; the raw value is the label printed and written in JSON.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case personMissed = "person missed"
        case falsePerson = "false person"
        case roleMissed = "role missed"
        case falseRole = "false role"
        case roleOfUnmatchedPerson = "role of an unmatched person"
        case institutionMissed = "institution missed"
        case falseInstitution = "false institution"
        case pairMissed = "pair missed"
        case falsePair = "false pair"
        case pairWithUnmatchedPerson = "pair with an unmatched person"
        case pairWithUnknownID = "pair with an unknown or repeated id"

        /// The field whose counts the mistake is part of.
        public var field: ScoredField {
            switch self {
            case .personMissed, .falsePerson: .people
            case .roleMissed, .falseRole, .roleOfUnmatchedPerson: .roles
            case .institutionMissed, .falseInstitution: .institutions
            case .pairMissed, .falsePair, .pairWithUnmatchedPerson, .pairWithUnknownID: .met
            }
        }

        /// A miss (false negative) rather than a false alarm.
        public var isMiss: Bool { [.personMissed, .roleMissed, .institutionMissed, .pairMissed].contains(self) }
    }

    /// The rule label of a miss: nothing fired for it.
    public static let noRuleFired = "no rule fired"
    /// The rule label of a false alarm whose record names no rule (a prediction file from elsewhere).
    public static let noRuleRecorded = "no rule recorded"

    public var document: String
    public var kind: Kind
    /// The rule id(s) that produced a false alarm («+» between several), or `noRuleFired` for a miss.
    public var rule: String
    /// The person, role, institution or pair concerned, as written.
    public var text: String
    /// What the system found instead, or why a pair could not match.
    public var detail: String

    /// Creates a mistake.
    public init(document: String, kind: Kind, rule: String, text: String, detail: String = "") {
        self.document = document
        self.kind = kind
        self.rule = rule
        self.text = text
        self.detail = detail
    }

    /// The rule label for a false alarm produced by `rules` (distinct, in order).
    static func label(_ rules: [String?]) -> String {
        var seen = Set<String>()
        let distinct = rules.compactMap { $0 }.filter { seen.insert($0).inserted }
        return distinct.isEmpty ? noRuleRecorded : distinct.joined(separator: "+")
    }
}
