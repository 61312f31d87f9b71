/// What one `GraphStore.add` batch did with each article.
public struct AddResult: Codable, Sendable, Hashable {
    /// An article not stored because its content is already there.
    public struct Skipped: Codable, Sendable, Hashable {
        /// Id of the article offered.
        public var id: String
        /// Id of the stored article with the same content hash (may equal `id`); or `id` itself when an
        /// add that does not replace (`GraphStore.admit(_:)`) found that id stored.
        public var storedAs: String
    }

    /// Number of the batch in the store's `ingest_batch` table.
    public var batch: Int
    /// Ids of new articles, in input order.
    public var added: [String]
    /// Ids of stored articles whose content changed (same id, new content hash), in input order.
    public var replaced: [String]
    /// Articles whose content hash (or, when not replacing, whose id) was already stored, in input order.
    public var skipped: [Skipped]
    /// Whether the derived tables were rebuilt in the same transaction.
    public var rebuilt: Bool

    /// True when the batch changed the stored documents.
    public var changedDocuments: Bool { !added.isEmpty || !replaced.isEmpty }
}
