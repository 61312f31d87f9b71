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

    /// True for the kinds that can take part in a meeting (people, role-holders, groups, institutions).
    public var isActor: Bool {
        switch self {
        case .person, .unnamedRoleHolder, .group, .institution: true
        case .place, .meeting, .article: false
        }
    }

    /// True for people: named persons and unnamed role-holders, the only kinds `met` joins.
    public var isPerson: Bool { self == .person || self == .unnamedRoleHolder }

    /// Orders kinds by declaration order.
    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The kinds of edge in the corpus graph; the raw value is the name used in every export.
public enum EdgeKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// Person, unnamed role-holder or group → meeting: was present at the meeting.
    case attended
    /// Institution → meeting: the institution took part as such (the article names it among the
    /// participants: it was represented there, by people the article may or may not name).
    case represented
    /// Person → institution: the person holds (or held) a role there.
    case holdsRole = "holds-role"
    /// Meeting → article: the meeting is part of what the article reports.
    case partOf = "part-of"
    /// Meeting → place: where the meeting was held.
    case heldAt = "held-at"
    /// Person — person (undirected, source id < target id): two people (named or known only by a
    /// role) who were at the same meeting at least once. Never an institution or a group: they are
    /// tied to the meeting itself by `represented` and `attended`.
    case met
    /// Unnamed role-holder → named person: probably the same person (same role, dates agree).
    case sameAsCandidate = "same-as-candidate"

    /// True for the symmetric kinds, whose endpoints are stored in id order.
    public var isSymmetric: Bool { self == .met }
}
