/// An edge of the corpus graph.
///
/// `met` edges are undirected and stored with `source < target`; every other kind is directed
/// as documented on `EdgeKind`. There are no self-loops.
public struct GraphEdge: Codable, Sendable, Hashable, Identifiable {
    /// Stable id: "e_" plus hash of kind, endpoints and (for roles) the role key.
    public var id: String
    /// What the edge means.
    public var kind: EdgeKind
    /// Source node id.
    public var source: String
    /// Target node id.
    public var target: String
    /// For `met`: number of distinct meetings; for `holds-role`: number of articles; otherwise 1.
    public var weight: Int
    /// For `holds-role`: the main role text; for `same-as-candidate`: the shared role.
    public var role: String?
    /// For `holds-role`: the normalized role key.
    public var roleKey: String?
    /// English gloss of the role.
    public var roleGloss: String?
    /// For `holds-role`: true when every statement of the role says "former".
    public var former: Bool?
    /// Earliest date supporting the edge (ISO).
    public var firstDate: String?
    /// Latest date supporting the edge (ISO).
    public var lastDate: String?
    /// Ids of the meetings behind a `met` edge, sorted.
    public var meetingIDs: [String]
    /// Ids of the documents behind the edge, sorted.
    public var documents: [String]
    /// Evidence sentences for `met` edges, sorted by date, document and offset.
    public var evidence: [Evidence]

    /// Creates an edge.
    public init(
        id: String, kind: EdgeKind, source: String, target: String, weight: Int = 1, role: String? = nil,
        roleKey: String? = nil, roleGloss: String? = nil, former: Bool? = nil, firstDate: String? = nil,
        lastDate: String? = nil, meetingIDs: [String] = [], documents: [String] = [], evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.weight = weight
        self.role = role
        self.roleKey = roleKey
        self.roleGloss = roleGloss
        self.former = former
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.meetingIDs = meetingIDs
        self.documents = documents
        self.evidence = evidence
    }

    /// The stable id of an edge of `kind` between `source` and `target` (plus an optional qualifier).
    public static func makeID(kind: EdgeKind, source: String, target: String, qualifier: String = "") -> String {
        StableID.make("e_", "\(kind.rawValue)|\(source)|\(target)|\(qualifier)")
    }
}
