/// Counts the distinct articles among ids that arrive grouped — every record of one article next to
/// the others, as a `CorpusGraphBuilder` adds one article at a time and keeps its person occurrences in
/// that order — by remembering only the last id, where a `Set` would keep every id it was given.
///
/// Why: an institution named in most articles, or a person's role, would otherwise hold the id of each
/// article that mentions it until the corpus is resolved, memory that grows with the articles rather
/// than with the entities. Ids that do not arrive grouped are over-counted, so this is only for those
/// streams.
struct GroupedDocumentCount: Sendable {
    /// Number of distinct articles counted.
    private(set) var count = 0
    private var last: String?

    /// Counts `document` unless it is the one counted last.
    mutating func add(_ document: String) {
        guard document != last else { return }
        count += 1
        last = document
    }
}
