/// A node of the corpus graph, with the attributes every exporter writes.
///
/// Optional attributes are nil when they do not apply to the kind (a place has no role).
public struct GraphNode: Codable, Sendable, Hashable, Identifiable {
    /// Stable id: kind prefix plus hash of `key` (see `StableID`).
    public var id: String
    /// What the node stands for.
    public var kind: NodeKind
    /// Display label: the most frequent display name (ties go to the longest, then the smallest).
    public var label: String
    /// Canonical key the id was made from ("person:<nameKey>", "institution:<key>", …).
    public var key: String
    /// Other display names seen for the same node, sorted.
    public var aliases: [String]
    /// Titles seen with a person, sorted.
    public var titles: [String]
    /// Main role text (most frequent current role, then most recent), for people and role-holders.
    public var role: String?
    /// English gloss of the main role.
    public var roleGloss: String?
    /// Label of the institution of the main role.
    public var institution: String?
    /// English gloss of an institution node (people carry `roleGloss` instead).
    public var gloss: String?
    /// Earliest date the node was seen (ISO).
    public var firstSeen: String?
    /// Latest date the node was seen (ISO).
    public var lastSeen: String?
    /// Number of distinct articles that mention the node.
    public var documentCount: Int
    /// Number of mentions across articles.
    public var mentionCount: Int
    /// For meeting nodes: the meeting kind; for article nodes: nil.
    public var meetingKind: MeetingKind?
    /// For meeting nodes: the CAMEO code.
    public var cameo: String?
    /// For meeting and article nodes: the document id.
    public var document: String?

    /// Creates a node.
    public init(
        id: String, kind: NodeKind, label: String, key: String, aliases: [String] = [], titles: [String] = [],
        role: String? = nil, roleGloss: String? = nil, institution: String? = nil, gloss: String? = nil,
        firstSeen: String? = nil, lastSeen: String? = nil, documentCount: Int = 0, mentionCount: Int = 0,
        meetingKind: MeetingKind? = nil, cameo: String? = nil, document: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.key = key
        self.aliases = aliases
        self.titles = titles
        self.role = role
        self.roleGloss = roleGloss
        self.institution = institution
        self.gloss = gloss
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.documentCount = documentCount
        self.mentionCount = mentionCount
        self.meetingKind = meetingKind
        self.cameo = cameo
        self.document = document
    }
}
