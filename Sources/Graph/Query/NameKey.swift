/// One normalized key under which a resolved person can be looked up.
///
/// Keys come from the extractor already normalized (letters unified, ZWNJ handled, titles
/// stripped); Graph compares them as opaque strings and never normalizes anything itself.
public struct NameKey: Codable, Sendable, Hashable, Comparable {
    /// Where the key came from, in the order look-up trusts them.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
        /// The full-name key of a named mention.
        case full
        /// The surname key (of a full-name or a surname-only mention).
        case surname
        /// The role key of an unnamed role-holder ("the governor of Gilan").
        case role

        /// Orders kinds by declaration order (most trusted first).
        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Node id of the person or role-holder.
    public var nodeID: String
    /// The normalized key.
    public var key: String
    /// Where the key came from.
    public var kind: Kind
    /// Number of distinct articles that gave this key to this node.
    public var documentCount: Int

    /// Creates a name key.
    public init(nodeID: String, key: String, kind: Kind, documentCount: Int) {
        self.nodeID = nodeID
        self.key = key
        self.kind = kind
        self.documentCount = documentCount
    }

    /// Orders by key, kind, then node id.
    /// `keys.sorted()`, with each key's bytes checked for `CanonicalOrder` once rather than in every comparison.
    static func sorted(_ keys: [NameKey]) -> [NameKey] {
        let stable = keys.map { CanonicalOrder.isStable($0.key) }
        return keys.sortedByIndex { i, j in
            let byKey = CanonicalOrder.compare(keys[i].key, stable: stable[i], keys[j].key, stable: stable[j])
            if byKey != 0 { return byKey < 0 }
            if keys[i].kind != keys[j].kind { return keys[i].kind < keys[j].kind }
            return keys[i].nodeID < keys[j].nodeID
        }
    }

    public static func < (lhs: NameKey, rhs: NameKey) -> Bool {
        // By key, kind, then node id: the order of the tuple `(key, kind, nodeID)`, with the Persian keys
        // compared by bytes where that is the same order (`CanonicalOrder`).
        let byKey = CanonicalOrder.compare(lhs.key, rhs.key)
        if byKey != 0 { return byKey < 0 }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.nodeID < rhs.nodeID
    }
}
