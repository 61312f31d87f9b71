import Foundation

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
///
/// Memory: every person occurrence (`OccurrenceTable`) and the node each became are needed after the graph
/// is made only to fold the people's roles and keys (`people()`). They are held by a `PeopleFold` shared by
/// every copy of this value and let go the moment that fold is made (`foldPeople()`), so what is written
/// after it — the store's tables, the exports — is not held beside them: at 1M articles they were most
/// of the memory a build had when its articles were done streaming.
public struct ResolvedGraph: Sendable {
    /// The resolved corpus graph.
    public let graph: CorpusGraph
    /// The articles' summaries the graph was made from, without their person occurrences (`peopleFold` has them).
    let builder: CorpusGraphBuilder
    /// The occurrences and the node each became, until the people's roles and keys are folded from them.
    private let peopleFold: PeopleFold

    /// The rows the graph left out for the store (article nodes, `part-of` and `held-at` edges), if any.
    let spill: GraphSpill?

    /// Resolves every article `builder` was fed and makes the graph.
    ///
    /// Complexity: that of `CorpusGraphBuilder.build()`.
    public init(_ builder: CorpusGraphBuilder) {
        self.init(builder, spill: nil)
    }

    /// Resolves every article `builder` was fed and makes the graph without the rows that grow with the
    /// articles and that no export or diagram shows: those go to `spill`, from which
    /// `GraphStore.rebuild(from:)` writes them (a streamed build's memory then holds the people, their
    /// meetings and edges, not a node per article). The graph is for exports and diagrams only:
    /// `ResolvedCorpus(_:)` and queries need the whole graph, `init(_:)`.
    public init(_ builder: CorpusGraphBuilder, spilling spill: GraphSpill) {
        self.init(builder, spill: spill)
    }

    private init(_ builder: CorpusGraphBuilder, spill: GraphSpill?) {
        var builder = builder
        let (graph, resolution) = builder.buildResolved(spill: spill)
        // The occurrences move to the fold, which alone keeps them from here on (the caller's builder too,
        // until it lets its copy go).
        peopleFold = PeopleFold(occurrences: builder.takeOccurrences(), resolution: resolution, graph: graph)
        self.graph = graph
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

    /// Folds the people's roles and keys now (on this thread, or waits for the thread already folding
    /// them) and lets the occurrences go. Call it before work that should not have them beside it: a
    /// build does, before its exports (the store asks for the fold as it writes its tables, `people()`).
    public func foldPeople() {
        _ = peopleFold.value()
    }

    /// Each person's roles over time and look-up keys, folded from the occurrences the graph was
    /// resolved from, sorted (as `CorpusIndex` keeps them); folded once, by the first caller.
    ///
    /// Complexity: O(m log m) in person occurrences, the first time.
    func people() -> (roles: [RoleHeld], nameKeys: [NameKey]) {
        peopleFold.value()
    }
}

/// The people's roles and keys of a resolution, folded once (`PersonDirectory`) from what only they need —
/// every person occurrence and the node each became — which is let go as soon as they are folded.
///
/// A class, shared by every copy of its `ResolvedGraph`: the build hands copies to the store's thread and
/// keeps its own, and a fold made in any of them must free the occurrences for all.
private final class PeopleFold: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`: the inputs until the fold is made, then the fold.
    private var inputs: (occurrences: OccurrenceTable, resolution: EntityResolver.Result, graph: CorpusGraph)?
    private var folded: (roles: [RoleHeld], nameKeys: [NameKey])?

    init(occurrences: OccurrenceTable, resolution: EntityResolver.Result, graph: CorpusGraph) {
        inputs = (occurrences, resolution, graph)
    }

    /// The fold, made by the first caller (later ones wait for it, then share it).
    func value() -> (roles: [RoleHeld], nameKeys: [NameKey]) {
        lock.withLock {
            if let folded { return folded }
            let (occurrences, resolution, graph) = inputs!
            let directory = PersonDirectory(people: occurrences, resolution: resolution, graph: graph)
            folded = (directory.roles, directory.nameKeys)
            inputs = nil
            return folded!
        }
    }
}
