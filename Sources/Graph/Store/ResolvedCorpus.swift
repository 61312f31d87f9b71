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
    let meetings: MeetingLog
    /// Every article the builder kept (the first copy of each id), by id.
    let articles: [String: DocumentInfo]

    /// Resolves every article `builder` was fed, once, for the graph, the roles and the keys.
    ///
    /// Complexity: that of `CorpusGraphBuilder.build()` plus O(m log m) in person occurrences.
    public init(_ builder: CorpusGraphBuilder) {
        self.init(ResolvedGraph(builder))
    }

    /// Finishes a resolution whose graph is made: adds each person's roles over time and look-up keys.
    ///
    /// Complexity: O(m log m) in person occurrences.
    public init(_ resolved: ResolvedGraph) {
        precondition(resolved.spill == nil, "a corpus index needs the whole graph: resolve without a spill")
        let people = resolved.people()
        index = CorpusIndex(graph: resolved.graph, roles: people.roles, nameKeys: people.nameKeys)
        meetings = resolved.builder.meetings
        articles = resolved.builder.articles
    }

    /// The resolved corpus graph.
    public var graph: CorpusGraph { index.graph }

    /// Number of distinct articles resolved.
    public var documentCount: Int { articles.count }
}

/// The first half of a `ResolvedCorpus`: entities resolved and the corpus graph made, not yet the
/// per-person directory (each role over time, every look-up key) that queries and the store need.
///
/// The exports need only the graph, so `didar build` starts them as soon as this is done and finishes
/// the corpus for the store (`ResolvedCorpus(_:)`) on another thread meanwhile.
public struct ResolvedGraph: Sendable {
    /// The resolved corpus graph.
    public let graph: CorpusGraph
    /// Which node each person occurrence became.
    let resolution: EntityResolver.Result
    /// The articles' summaries the graph was made from.
    let builder: CorpusGraphBuilder

    /// The rows the graph left out for the store (article nodes, `part-of` and `held-at` edges), if any.
    let spill: GraphSpill?

    /// Resolves every article `builder` was fed and makes the graph.
    ///
    /// Complexity: that of `CorpusGraphBuilder.build()`.
    public init(_ builder: CorpusGraphBuilder) {
        (graph, resolution) = builder.buildResolved()
        self.builder = builder
        spill = nil
    }

    /// Resolves every article `builder` was fed and makes the graph without the rows that grow with the
    /// articles and that no export or diagram shows: those go to `spill`, from which
    /// `GraphStore.rebuild(from:)` writes them (a streamed build's memory then holds the people, their
    /// meetings and edges, not a node per article). The graph is for exports and diagrams only:
    /// `ResolvedCorpus(_:)` and queries need the whole graph, `init(_:)`.
    public init(_ builder: CorpusGraphBuilder, spilling spill: GraphSpill) {
        (graph, resolution) = builder.buildResolved(spill: spill)
        self.builder = builder
        self.spill = spill
    }

    /// Number of nodes of `kind`, those in the spill included.
    public func count(of kind: NodeKind) throws -> Int {
        // Counted in place: `nodes(of:)` copied every node of the kind only to count them.
        let nodes = graph.nodes
        return try nodes.indices.reduce(0) { nodes[$1].kind == kind ? $0 + 1 : $0 } + (spill?.count(of: kind) ?? 0)
    }

    /// Number of edges of `kind`, those in the spill included.
    public func count(of kind: EdgeKind) throws -> Int {
        let edges = graph.edges
        return try edges.indices.reduce(0) { edges[$1].kind == kind ? $0 + 1 : $0 } + (spill?.count(of: kind) ?? 0)
    }

    /// Every meeting the builder kept, in the order articles were added.
    var meetings: MeetingLog { builder.meetings }
    /// Every article the builder kept (the first copy of each id), by id.
    var articles: [String: DocumentInfo] { builder.articles }

    /// Each person's roles over time and look-up keys, folded from the occurrences the graph was
    /// resolved from, sorted (as `CorpusIndex` keeps them).
    ///
    /// Complexity: O(m log m) in person occurrences.
    func people() -> (roles: [RoleHeld], nameKeys: [NameKey]) {
        let directory = PersonDirectory(people: builder.people, resolution: resolution, graph: graph)
        return (directory.roles, directory.nameKeys)
    }
}
