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
    public static func < (lhs: NameKey, rhs: NameKey) -> Bool {
        (lhs.key, lhs.kind, lhs.nodeID) < (rhs.key, rhs.kind, rhs.nodeID)
    }
}
