/// Everything the corpus says about one person: names, titles, roles over time, institutions,
/// and every actor they met, ranked by number of meetings, each meeting with its evidence.
///
/// `depth: 2` adds second-degree contacts (people met by the people met), each with the
/// intermediaries. A `DateRange` keeps only meetings dated inside it (undated ones drop out once a
/// bound is given) and only roles whose window meets it.
///
/// ```swift
/// if let card = PersonCard(index: index, id: "p_…", range: DateRange(since: "2021"), depth: 2) {
///     for contact in card.contacts { print(contact.label, contact.meetingCount) }
/// }
/// ```
public struct PersonCard: Codable, Sendable, Hashable {
    /// A direct contact.
    public struct Contact: Codable, Sendable, Hashable {
        /// Node id.
        public var id: String
        /// Node kind.
        public var kind: NodeKind
        /// Display label.
        public var label: String
        /// Main role, if any.
        public var role: String?
        /// Distinct meetings shared (in range).
        public var meetingCount: Int
        /// First shared meeting date.
        public var firstDate: String?
        /// Last shared meeting date.
        public var lastDate: String?
        /// The shared meetings, oldest first (undated last).
        public var encounters: [Encounter]
    }

    /// A contact of a contact, not met directly.
    public struct SecondDegreeContact: Codable, Sendable, Hashable {
        /// One intermediary: a direct contact who met this node.
        public struct Intermediary: Codable, Sendable, Hashable {
            /// Node id of the intermediary.
            public var id: String
            /// Display label of the intermediary.
            public var label: String
            /// Meetings between the intermediary and the second-degree contact (in range).
            public var meetingCount: Int
        }

        /// Node id.
        public var id: String
        /// Node kind.
        public var kind: NodeKind
        /// Display label.
        public var label: String
        /// Main role, if any.
        public var role: String?
        /// Intermediaries, most meetings first.
        public var via: [Intermediary]
    }

    /// An institution the person holds or held a role in.
    public struct Institution: Codable, Sendable, Hashable {
        /// Institution node id.
        public var id: String
        /// Label.
        public var label: String
        /// Roles held there, as worded, most attested first.
        public var roles: [String]
        /// True when every statement says "former".
        public var former: Bool
        /// Earliest statement date.
        public var firstSeen: String?
        /// Latest statement date.
        public var lastSeen: String?
    }

    /// Node id.
    public var id: String
    /// Node kind (a person or an unnamed role-holder, usually).
    public var kind: NodeKind
    /// Display label.
    public var label: String
    /// Every display name seen: the label first, then the other spellings.
    public var names: [String]
    /// Titles seen.
    public var titles: [String]
    /// Main role, if any.
    public var role: String?
    /// English gloss of the main role.
    public var roleGloss: String?
    /// Institution of the main role.
    public var institution: String?
    /// Earliest date seen.
    public var firstSeen: String?
    /// Latest date seen.
    public var lastSeen: String?
    /// Distinct articles mentioning the person.
    public var documentCount: Int
    /// Distinct meetings attended (in range).
    public var meetingCount: Int
    /// Roles over time (in range), oldest first.
    public var roles: [RoleHeld]
    /// Institutions, by label.
    public var institutions: [Institution]
    /// Direct contacts, most shared meetings first, then label and id.
    public var contacts: [Contact]
    /// Second-degree contacts (empty unless depth is 2), most intermediaries first.
    public var secondDegree: [SecondDegreeContact]
    /// The date range applied.
    public var range: DateRange

    /// The card of node `id`, or nil when the index has no such actor.
    ///
    /// - Parameters:
    ///   - range: keeps meetings dated inside it and roles whose window meets it.
    ///   - depth: 1 for direct contacts, 2 to add contacts of contacts (larger values act as 2).
    ///   - contactKinds: kinds of node listed as contacts (and as second-degree contacts); every
    ///     actor by default.
    ///   - throughKinds: kinds of direct contact through which second-degree contacts are reached;
    ///     named people by default, as for `PathFinder`: a delegation or «the heads» met by
    ///     everyone would make everyone a second-degree contact of everyone.
    /// Complexity: O(d·d') in the degrees of the person and of their contacts, plus evidence.
    public init?(
        index: CorpusIndex, id: String, range: DateRange = .all, depth: Int = 1,
        contactKinds: Set<NodeKind> = Set(NodeKind.allCases.filter(\.isActor)),
        throughKinds: Set<NodeKind> = [.person]
    ) {
        guard let node = index.graph.node(id), node.kind.isActor else { return nil }
        self.id = id
        kind = node.kind
        label = node.label
        names = [node.label] + node.aliases
        titles = node.titles
        role = node.role
        roleGloss = node.roleGloss
        institution = node.institution
        firstSeen = node.firstSeen
        lastSeen = node.lastSeen
        documentCount = node.documentCount
        meetingCount = index.meetingCount(of: id, in: range)
        self.range = range

        roles = index.roles(of: id).filter { range.overlaps(first: $0.firstSeen, last: $0.lastSeen) }
        institutions = Self.institutions(of: roles, in: index)

        let direct = Self.contacts(of: id, in: index, range: range, kinds: contactKinds)
        contacts = direct.map { contact in
            Contact(
                id: contact.id, kind: contact.node.kind, label: contact.node.label, role: contact.node.role,
                meetingCount: contact.meetingIDs.count, firstDate: contact.evidence.compactMap(\.date).min(),
                lastDate: contact.evidence.compactMap(\.date).max(),
                encounters: contact.evidence.map { Encounter(evidence: $0, index: index) })
        }

        secondDegree = []
        guard depth >= 2 else { return }
        let known = Set(direct.map(\.id)).union([id])
        var via: [String: [SecondDegreeContact.Intermediary]] = [:]
        for contact in direct where throughKinds.contains(contact.node.kind) {
            for far in Self.contacts(of: contact.id, in: index, range: range, kinds: contactKinds)
            where !known.contains(far.id) {
                via[far.id, default: []].append(.init(
                    id: contact.id, label: contact.node.label, meetingCount: far.meetingIDs.count))
            }
        }
        secondDegree = via.compactMap { farID, intermediaries in
            guard let far = index.graph.node(farID) else { return nil }
            return SecondDegreeContact(
                id: farID, kind: far.kind, label: far.label, role: far.role,
                via: intermediaries.sorted { (-$0.meetingCount, $0.label, $0.id) < (-$1.meetingCount, $1.label, $1.id) })
        }.sorted {
            let l = (-$0.via.count, -$0.via.reduce(0) { $0 + $1.meetingCount }, $0.label, $0.id)
            let r = (-$1.via.count, -$1.via.reduce(0) { $0 + $1.meetingCount }, $1.label, $1.id)
            return l < r
        }
    }

    /// A `met` neighbour with the evidence kept by the range.
    struct Neighbour {
        var id: String
        var node: GraphNode
        var meetingIDs: Set<String>
        var evidence: [Evidence]
    }

    /// Neighbours of `id` over `met` edges, with evidence in range, most meetings first.
    static func contacts(of id: String, in index: CorpusIndex, range: DateRange, kinds: Set<NodeKind>) -> [Neighbour] {
        var found: [Neighbour] = []
        for edge in index.metEdges[id] ?? [] {
            let other = index.neighbour(of: id, across: edge)
            guard let node = index.graph.node(other), kinds.contains(node.kind) else { continue }
            let evidence = edge.evidence.filter { range.contains($0.date) }.sorted()
            let meetings = Set(evidence.map(\.meetingID))
            guard !meetings.isEmpty else { continue }
            found.append(Neighbour(id: other, node: node, meetingIDs: meetings, evidence: evidence))
        }
        return found.sorted {
            (-$0.meetingIDs.count, $0.node.label, $0.id) < (-$1.meetingIDs.count, $1.node.label, $1.id)
        }
    }

    /// Institutions named by `roles`, each with the roles held there.
    private static func institutions(of roles: [RoleHeld], in index: CorpusIndex) -> [Institution] {
        let byInstitution = Dictionary(grouping: roles.filter { $0.institutionID != nil }, by: { $0.institutionID! })
        return byInstitution.map { id, held in
            var texts: [String] = []
            for role in held.sorted(by: { (-$0.documentCount, $0.role) < (-$1.documentCount, $1.role) })
            where !texts.contains(role.role) {
                texts.append(role.role)
            }
            return Institution(
                id: id, label: index.graph.node(id)?.label ?? held[0].institution ?? id, roles: texts,
                former: held.allSatisfy(\.former), firstSeen: held.compactMap(\.firstSeen).min(),
                lastSeen: held.compactMap(\.lastSeen).max())
        }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
    }
}
