/// A corpus graph ready for questions: the graph plus each person's roles over time, the keys a
/// person can be looked up by, and adjacency tables built once.
///
/// Every query type (`PersonLookup`, `PersonCard`, `PathFinder`, `EgoNetwork`, `CorpusStats`)
/// reads one of these. Get it from `GraphStore.index()`, or build it in memory:
///
/// ```swift
/// let index = CorpusIndex(documents: documentGraphs)
/// let candidates = PersonLookup(index: index).candidates(for: ["لاریجانی"])
/// ```
public struct CorpusIndex: Sendable {
    /// The resolved corpus graph.
    public let graph: CorpusGraph
    /// Roles held by people and role-holders, sorted by person then date.
    public let roles: [RoleHeld]
    /// Look-up keys, sorted by key.
    public let nameKeys: [NameKey]

    /// `met` edges touching each node, in edge id order.
    let metEdges: [String: [GraphEdge]]
    /// Place node id of each meeting that has one.
    let placeOfMeeting: [String: String]
    /// Ids of the meetings each actor attended, sorted.
    let meetingsOfNode: [String: [String]]
    /// Roles of each node, sorted.
    let rolesByNode: [String: [RoleHeld]]
    /// Name keys by key.
    let nodesByKey: [String: [NameKey]]

    /// Builds the corpus graph of `documents` (first copy of an id wins) and indexes it.
    ///
    /// Complexity: that of `CorpusGraphBuilder` plus O(n log n) in mentions and edges.
    public init(documents: [DocumentGraph]) {
        var builder = CorpusGraphBuilder()
        for document in documents { builder.add(document) }
        self.init(builder: builder)
    }

    /// Resolves every article `builder` was fed and indexes the graph; the roles and keys come from
    /// the same resolution as the graph (entities are resolved once).
    ///
    /// Complexity: that of `CorpusGraphBuilder.build()` plus O(n log n) in mentions and edges.
    public init(builder: CorpusGraphBuilder) {
        let (graph, resolution) = builder.buildResolved()
        self.init(builder: builder, graph: graph, resolution: resolution)
    }

    /// Indexes `graph`, which `builder.buildResolved()` made with `resolution`.
    init(builder: CorpusGraphBuilder, graph: CorpusGraph, resolution: EntityResolver.Result) {
        let directory = PersonDirectory(people: builder.people, resolution: resolution, graph: graph)
        self.init(graph: graph, roles: directory.roles, nameKeys: directory.nameKeys)
    }

    /// Indexes a graph with its already-computed roles and keys (as stored by `GraphStore`).
    public init(graph: CorpusGraph, roles: [RoleHeld], nameKeys: [NameKey]) {
        self.graph = graph
        self.roles = roles.sorted()
        self.nameKeys = nameKeys.sorted()
        var metEdges: [String: [GraphEdge]] = [:]
        var placeOfMeeting: [String: String] = [:]
        var meetings: [String: Set<String>] = [:]
        for edge in graph.edges {
            switch edge.kind {
            case .met:
                metEdges[edge.source, default: []].append(edge)
                metEdges[edge.target, default: []].append(edge)
            case .heldAt:
                placeOfMeeting[edge.source] = edge.target
            case .attended, .represented:
                meetings[edge.source, default: []].insert(edge.target)
            case .holdsRole, .partOf, .sameAsCandidate:
                break
            }
        }
        self.metEdges = metEdges
        self.placeOfMeeting = placeOfMeeting
        self.meetingsOfNode = meetings.mapValues { $0.sorted() }
        self.rolesByNode = Dictionary(grouping: self.roles, by: \.personID)
        self.nodesByKey = Dictionary(grouping: self.nameKeys, by: \.key)
    }

    /// Label of the place where a meeting was held, if known.
    public func place(ofMeeting meetingID: String) -> String? {
        placeOfMeeting[meetingID].flatMap { graph.node($0)?.label }
    }

    /// Number of distinct meetings the node took part in.
    public func meetingCount(of nodeID: String) -> Int {
        meetingsOfNode[nodeID]?.count ?? 0
    }

    /// Number of distinct meetings the node took part in whose date lies in `range`.
    public func meetingCount(of nodeID: String, in range: DateRange) -> Int {
        guard !range.isUnbounded else { return meetingCount(of: nodeID) }
        return (meetingsOfNode[nodeID] ?? []).count { range.contains(graph.node($0)?.firstSeen) }
    }

    /// Roles of one node, sorted chronologically.
    public func roles(of nodeID: String) -> [RoleHeld] {
        rolesByNode[nodeID] ?? []
    }

    /// The other end of a `met` edge.
    func neighbour(of nodeID: String, across edge: GraphEdge) -> String {
        edge.source == nodeID ? edge.target : edge.source
    }
}
