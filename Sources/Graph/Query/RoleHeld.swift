/// One role a resolved person held, folded over every article that states it.
///
/// Rows are grouped by (role key, institution, former), so "minister" and "former minister" of
/// the same ministry are two rows, each with the window of dates the articles give.
public struct RoleHeld: Codable, Sendable, Hashable, Comparable {
    /// Node id of the person or unnamed role-holder.
    public var personID: String
    /// Most frequent wording of the role.
    public var role: String
    /// Normalized role key (opaque).
    public var roleKey: String
    /// English gloss, when known.
    public var roleGloss: String?
    /// Node id of the institution, when the role names one.
    public var institutionID: String?
    /// Label of that institution.
    public var institution: String?
    /// True when these statements say "former".
    public var former: Bool
    /// Earliest article date stating the role (ISO).
    public var firstSeen: String?
    /// Latest article date stating the role (ISO).
    public var lastSeen: String?
    /// Number of distinct articles stating it.
    public var documentCount: Int

    /// Creates a role row.
    public init(
        personID: String, role: String, roleKey: String, roleGloss: String? = nil, institutionID: String? = nil,
        institution: String? = nil, former: Bool = false, firstSeen: String? = nil, lastSeen: String? = nil,
        documentCount: Int = 1
    ) {
        self.personID = personID
        self.role = role
        self.roleKey = roleKey
        self.roleGloss = roleGloss
        self.institutionID = institutionID
        self.institution = institution
        self.former = former
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.documentCount = documentCount
    }

    /// Orders by person, then chronologically (undated last), then role key, institution, former.
    public static func < (lhs: RoleHeld, rhs: RoleHeld) -> Bool {
        // The order of the tuple (person, first seen or "~", last seen or "~", role key, institution or "",
        // former), field by field: building both tuples for every comparison cost more than comparing them.
        if lhs.personID != rhs.personID { return lhs.personID < rhs.personID }
        let (lhsFirst, rhsFirst) = (lhs.firstSeen ?? "~", rhs.firstSeen ?? "~")
        if lhsFirst != rhsFirst { return lhsFirst < rhsFirst }
        let (lhsLast, rhsLast) = (lhs.lastSeen ?? "~", rhs.lastSeen ?? "~")
        if lhsLast != rhsLast { return lhsLast < rhsLast }
        let byRole = CanonicalOrder.compare(lhs.roleKey, rhs.roleKey)
        if byRole != 0 { return byRole < 0 }
        let (lhsInstitution, rhsInstitution) = (lhs.institutionID ?? "", rhs.institutionID ?? "")
        if lhsInstitution != rhsInstitution { return lhsInstitution < rhsInstitution }
        return !lhs.former && rhs.former
    }
}
