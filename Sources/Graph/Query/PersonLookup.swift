/// Finds the people a user's query may mean, from normalized keys given by the caller.
///
/// The caller (the CLI) normalizes the query with the Persian normalizer and strips titles, then
/// passes one or more keys (for example the whole name and the name without titles); Graph
/// compares them with stored keys as opaque strings. Tiers, first non-empty wins:
/// 1. `full`: a key equals a full-name key;
/// 2. `surname`: a key equals a surname key (several people may share it);
/// 3. `role`: a key equals the role key of an unnamed role-holder;
/// 4. `tokens`: every space-separated token of a key is a token of a full-name key
///    (a query of given name and surname finds a stored name that also has a middle name).
///
/// ```swift
/// let result = PersonLookup(index: index).candidates(for: ["لاریجانی"])
/// if result.candidates.count > 1 { /* show the list, or ask for --id */ }
/// ```
public struct PersonLookup: Sendable {
    /// How a candidate matched.
    public enum Match: String, Codable, Sendable, Hashable, CaseIterable {
        /// Exact full-name key.
        case full
        /// Exact surname key.
        case surname
        /// Exact role key of an unnamed role-holder.
        case role
        /// All query tokens appear in a full-name key.
        case tokens
    }

    /// One person the query may mean, with what a user needs to pick.
    public struct Candidate: Codable, Sendable, Hashable {
        /// Node id (what `--id` takes).
        public var id: String
        /// Node kind.
        public var kind: NodeKind
        /// Display label.
        public var label: String
        /// Other spellings seen.
        public var aliases: [String]
        /// Main role, if any.
        public var role: String?
        /// Institution of the main role, if any.
        public var institution: String?
        /// Up to three distinct roles, most attested first.
        public var roles: [String]
        /// Distinct meetings attended.
        public var meetingCount: Int
        /// Distinct articles mentioning the node.
        public var documentCount: Int
        /// Earliest date seen.
        public var firstSeen: String?
        /// Latest date seen.
        public var lastSeen: String?
        /// The stored key that matched.
        public var matchedKey: String
    }

    /// The outcome of a look-up.
    public struct Result: Codable, Sendable, Hashable {
        /// The keys asked for.
        public var keys: [String]
        /// The tier that matched, nil when nothing did.
        public var match: Match?
        /// Candidates, most meetings first, then most articles, then label and id.
        public var candidates: [Candidate]

        /// The single candidate, when the look-up is unambiguous.
        public var unique: Candidate? { candidates.count == 1 ? candidates[0] : nil }
    }

    /// A stored key close to an unmatched query key.
    public struct Suggestion: Codable, Sendable, Hashable {
        /// The stored key.
        public var key: String
        /// Edit distance (Unicode scalars) from the query key.
        public var distance: Int
        /// Labels of the nodes behind the key, sorted.
        public var labels: [String]
        /// Ids of those nodes, sorted.
        public var ids: [String]
        /// Meetings attended by those nodes together.
        public var meetingCount: Int
    }

    /// The index searched.
    public let index: CorpusIndex

    /// Creates a look-up over `index`.
    public init(index: CorpusIndex) {
        self.index = index
    }

    /// Candidates for the given normalized keys (see the tiers above). Empty keys are ignored.
    ///
    /// Complexity: O(k) per key for exact tiers; the token tier scans every full-name key.
    public func candidates(for keys: [String]) -> Result {
        let keys = keys.filter { !$0.isEmpty }
        for tier in [NameKey.Kind.full, .surname, .role] {
            var matched: [String: String] = [:]  // node id → matched key
            for key in keys {
                for entry in index.nodesByKey[key] ?? [] where entry.kind == tier && matched[entry.nodeID] == nil {
                    matched[entry.nodeID] = entry.key
                }
            }
            if !matched.isEmpty {
                return Result(keys: keys, match: Match(rawValue: tier.rawValue), candidates: candidates(matched))
            }
        }
        var matched: [String: String] = [:]
        let queries = keys.map(Self.tokens).filter { !$0.isEmpty }
        for entry in index.nameKeys where entry.kind == .full && matched[entry.nodeID] == nil {
            let stored = Set(Self.tokens(entry.key))
            if queries.contains(where: { stored.isSuperset(of: $0) }) { matched[entry.nodeID] = entry.key }
        }
        return Result(keys: keys, match: matched.isEmpty ? nil : .tokens, candidates: candidates(matched))
    }

    /// The candidate for a node id (what `--id` takes), described as `candidates(for:)` describes
    /// one; nil for an id that is not in the graph or not a person or unnamed role-holder. The
    /// matched key is the node's own key.
    public func candidate(id: String) -> Candidate? {
        guard let node = index.graph.node(id), node.kind == .person || node.kind == .unnamedRoleHolder else { return nil }
        return candidates([id: node.key]).first
    }

    /// Stored keys within a small edit distance of `key`, for «did you mean».
    ///
    /// - Parameters:
    ///   - key: the normalized query key that found nothing.
    ///   - limit: how many suggestions to return.
    ///   - maxDistance: largest distance accepted; by default a quarter of the key's length,
    ///     at least 1 and at most 3.
    /// - Returns: suggestions by distance, then most meetings, then key.
    public func suggestions(for key: String, limit: Int = 5, maxDistance: Int? = nil) -> [Suggestion] {
        let length = key.unicodeScalars.count
        let bound = maxDistance ?? min(3, max(1, length / 4))
        var found: [Suggestion] = []
        for (stored, entries) in index.nodesByKey where stored != key {
            guard let distance = EditDistance.distance(key, stored, limit: bound) else { continue }
            let ids = Set(entries.map(\.nodeID)).sorted()
            found.append(Suggestion(
                key: stored, distance: distance, labels: Set(ids.compactMap { index.graph.node($0)?.label }).sorted(),
                ids: ids, meetingCount: ids.reduce(0) { $0 + index.meetingCount(of: $1) }))
        }
        found.sort { ($0.distance, -$0.meetingCount, $0.key) < ($1.distance, -$1.meetingCount, $1.key) }
        return Array(found.prefix(limit))
    }

    private func candidates(_ matched: [String: String]) -> [Candidate] {
        matched.compactMap { id, key -> Candidate? in
            guard let node = index.graph.node(id) else { return nil }
            let roles = index.roles(of: id).sorted {
                ($0.former ? 1 : 0, -$0.documentCount, $1.lastSeen ?? "", $0.role)
                    < ($1.former ? 1 : 0, -$1.documentCount, $0.lastSeen ?? "", $1.role)
            }
            var texts: [String] = []
            for role in roles where !texts.contains(role.role) && texts.count < 3 { texts.append(role.role) }
            return Candidate(
                id: id, kind: node.kind, label: node.label, aliases: node.aliases, role: node.role,
                institution: node.institution, roles: texts, meetingCount: index.meetingCount(of: id),
                documentCount: node.documentCount, firstSeen: node.firstSeen, lastSeen: node.lastSeen,
                matchedKey: key)
        }.sorted {
            (-$0.meetingCount, -$0.documentCount, $0.label, $0.id) < (-$1.meetingCount, -$1.documentCount, $1.label, $1.id)
        }
    }

    /// Space-separated tokens of a key; keys are opaque, but the space is the one separator
    /// every normalizer keeps.
    static func tokens(_ key: String) -> [String] {
        key.split(separator: " ").map(String.init)
    }
}
