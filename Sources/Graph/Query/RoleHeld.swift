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
        (lhs.personID, lhs.firstSeen ?? "~", lhs.lastSeen ?? "~", lhs.roleKey, lhs.institutionID ?? "", lhs.former ? 1 : 0)
            < (rhs.personID, rhs.firstSeen ?? "~", rhs.lastSeen ?? "~", rhs.roleKey, rhs.institutionID ?? "", rhs.former ? 1 : 0)
    }
}
