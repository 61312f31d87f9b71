/// A corpus resolved in memory: the `CorpusIndex` of everything a `CorpusGraphBuilder` was fed,
/// plus what the store's derived tables need besides it (each meeting's trigger and sentence).
///
/// It lets a build that streams its articles into a `GraphStore` write the derived tables from the
/// graph it already resolved, instead of decoding every stored article to resolve them again:
///
/// ```swift
/// var builder = CorpusGraphBuilder()
/// for batch in batches {
///     for graph in batch { builder.add(graph) }
///     try store.add(batch, rebuild: false)      // the batch is not kept
/// }
/// let corpus = ResolvedCorpus(builder)
/// try store.rebuild(from: corpus)                // no article is decoded again
/// ```
///
/// Memory: the builder's summaries (entities, occurrences, meeting evidence), shared, not copied.
public struct ResolvedCorpus: Sendable {
    /// The resolved graph with each person's roles and look-up keys.
    public let index: CorpusIndex
    /// Every meeting the builder kept, in the order articles were added.
    let meetings: [MeetingSummary]
    /// Every article the builder kept (the first copy of each id), by id.
    let articles: [String: DocumentInfo]

    /// Resolves every article `builder` was fed, once, for the graph, the roles and the keys.
    ///
    /// Complexity: that of `CorpusGraphBuilder.build()` plus O(m log m) in person occurrences.
    public init(_ builder: CorpusGraphBuilder) {
        index = CorpusIndex(builder: builder)
        meetings = builder.meetings
        articles = builder.articles
    }

    /// The resolved corpus graph.
    public var graph: CorpusGraph { index.graph }

    /// Number of distinct articles resolved.
    public var documentCount: Int { articles.count }
}
