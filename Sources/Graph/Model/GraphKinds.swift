/// The kinds of node in the corpus graph; the raw value is the name used in every export.
public enum NodeKind: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// A named person.
    case person
    /// A person known only by a role ("the governor of Gilan").
    case unnamedRoleHolder = "unnamed-role-holder"
    /// A collective participant such as a delegation.
    case group
    /// An institution.
    case institution
    /// A place.
    case place
    /// One reported encounter.
    case meeting
    /// One article.
    case article

    /// The id prefix of this kind.
    public var idPrefix: String {
        switch self {
        case .person: "p_"
        case .unnamedRoleHolder: "u_"
        case .group: "g_"
        case .institution: "i_"
        case .place: "pl_"
        case .meeting: "m_"
        case .article: "a_"
        }
    }

    /// True for the kinds that can take part in a meeting and so meet each other.
    public var isActor: Bool {
        switch self {
        case .person, .unnamedRoleHolder, .group, .institution: true
        case .place, .meeting, .article: false
        }
    }

    /// Orders kinds by declaration order.
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The kinds of edge in the corpus graph; the raw value is the name used in every export.
public enum EdgeKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Actor → meeting: the actor took part in the meeting.
    case attended
    /// Person → institution: the person holds (or held) a role there.
    case holdsRole = "holds-role"
    /// Meeting → article: the meeting is part of what the article reports.
    case partOf = "part-of"
    /// Meeting → place: where the meeting was held.
    case heldAt = "held-at"
    /// Actor — actor (undirected, source id < target id): the two shared at least one meeting.
    case met
    /// Unnamed role-holder → named person: probably the same person (same role, dates agree).
    case sameAsCandidate = "same-as-candidate"

    /// True for the symmetric kinds, whose endpoints are stored in id order.
    public var isSymmetric: Bool { self == .met }
}
