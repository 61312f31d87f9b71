/// One decision taken by entity resolution: two keys merged, linked, or deliberately kept apart.
///
/// Kept-apart decisions are recorded too when a merge was considered (a surname had candidates,
/// a role-holder had named holders), so every surprising node count can be explained.
public struct MergeDecision: Codable, Sendable, Hashable, Comparable {
    /// What resolution did.
    public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable {
        /// The two keys became one node.
        case merged
        /// The two nodes stay distinct but are joined by a `same-as-candidate` edge.
        case linked
        /// A merge was considered and refused.
        case keptApart = "kept-apart"
    }

    /// What resolution did.
    public var outcome: Outcome
    /// Stable rule id, for example "same-name-key" or "surname-shares-role".
    public var rule: String
    /// Plain-English reason, with the evidence that decided it.
    public var reason: String
    /// The key that was merged, linked or kept apart (for example "surname:حسینی").
    public var fromKey: String
    /// The key it was compared with or merged into.
    public var intoKey: String
    /// Node id of `fromKey`.
    public var fromID: String
    /// Node id of `intoKey` (empty when no single target exists, as for an ambiguous surname).
    public var intoID: String
    /// Documents involved, sorted.
    public var documents: [String]

    /// Creates a decision.
    public init(
        outcome: Outcome, rule: String, reason: String, fromKey: String, intoKey: String,
        fromID: String, intoID: String, documents: [String]
    ) {
        self.outcome = outcome
        self.rule = rule
        self.reason = reason
        self.fromKey = fromKey
        self.intoKey = intoKey
        self.fromID = fromID
        self.intoID = intoID
        self.documents = documents.sorted()
    }

    /// Orders by target id, source id, rule, outcome, documents, then the keys and the reason, so
    /// logs are deterministic (every field takes part: Swift's sort is not stable).
    ///
    /// Field by field, joining the documents and the keys only when everything before them is equal:
    /// building the whole key for every comparison was a fifth of resolving a large corpus.
    public static func < (lhs: MergeDecision, rhs: MergeDecision) -> Bool {
        if lhs.intoID != rhs.intoID { return lhs.intoID < rhs.intoID }
        if lhs.fromID != rhs.fromID { return lhs.fromID < rhs.fromID }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.outcome != rhs.outcome { return lhs.outcome.rawValue < rhs.outcome.rawValue }
        let (lhsDocuments, rhsDocuments) = (lhs.documents.joined(separator: "\u{1F}"), rhs.documents.joined(separator: "\u{1F}"))
        if lhsDocuments != rhsDocuments { return lhsDocuments < rhsDocuments }
        return lhs.intoKey + "\u{1F}" + lhs.fromKey + "\u{1F}" + lhs.reason
            < rhs.intoKey + "\u{1F}" + rhs.fromKey + "\u{1F}" + rhs.reason
    }
}

/// Every resolution decision taken while building a corpus graph, sorted.
///
/// Export with `CSVWriter.merges(_:)` (`merges.csv`) or as JSON (the type is `Codable`).
public struct MergeLog: Codable, Sendable, Hashable {
    /// Decisions in sorted order.
    public private(set) var decisions: [MergeDecision]

    /// Creates a log from decisions in any order.
    public init(_ decisions: [MergeDecision] = []) {
        self.decisions = decisions.sortedByIndex { decisions[$0] < decisions[$1] }
    }

    /// Decisions taken by the given rule.
    public func decisions(rule: String) -> [MergeDecision] {
        decisions.filter { $0.rule == rule }
    }
}
