import Foundation
import GRDB

/// The rows of a resolved corpus graph that a streamed build writes to the store but does not show —
/// the article nodes and the `part-of` (meeting → article) and `held-at` (meeting → place) edges, and
/// when asked the meeting nodes with their `attended` and `represented` edges — kept in a temporary
/// SQLite file instead of memory, in the store's own columns.
///
/// Why: they grow with the articles and meetings, not with the people, and no view holds them
/// (`GraphFilter` leaves articles and places out of every scope, meetings out of all but the actors'). `CorpusGraphBuilder` hands
/// them here while it makes the graph (`ResolvedGraph(_:spilling:)`), and the store's derived tables
/// read them back in id order, merged with the graph's own rows (`DerivedTables.writeGraph`), so the
/// tables come out row for row as if the graph had held them.
///
/// ```swift
/// let spill = try GraphSpill(path: dir + "/.didar.sqlite.tmp-42-spill")
/// let resolved = ResolvedGraph(builder, spilling: spill)   // fills it
/// try store.rebuild(from: resolved)                         // reads it
/// spill.remove()
/// ```
///
/// Filled by one thread (the one resolving), then only read; a failure to write is kept and thrown by
/// the first read, so the graph's making stays non-throwing.
public final class GraphSpill: @unchecked Sendable {
    /// The node kinds this spill takes.
    let nodeKinds: Set<NodeKind>
    /// The edge kinds this spill takes.
    let edgeKinds: Set<EdgeKind>
    /// Whether it takes the meetings too (`init(path:meetings:)`).
    public let holdsMeetings: Bool
    /// Rows gathered before they are written in one transaction.
    static let batchSize = 4096

    /// Path of the file.
    public let path: String
    private let database: DatabaseQueue
    private var pendingNodes: [GraphNode] = []
    private var pendingEdges: [GraphEdge] = []
    private var failure: Error?
    private var indexed = false

    /// Creates an empty spill file at `path` (replacing what a killed build left there).
    ///
    /// - Parameter meetings: true to take the meeting nodes and the `attended` and `represented` edges as
    ///   well, which only the actors' view (`GraphFilter.Scope.all`) shows: for a build that exports and
    ///   draws no actors' view.
    public init(path: String, meetings: Bool = false) throws {
        self.path = path
        holdsMeetings = meetings
        nodeKinds = meetings ? [.article, .meeting] : [.article]
        edgeKinds = meetings ? [.partOf, .heldAt, .attended, .represented] : [.partOf, .heldAt]
        Self.removeFiles(at: path)
        database = try ScratchDatabase.open(path: path, label: "didar.spill")
        // `seq` keeps the order rows were given in, for rows of equal id (as a stable sort would).
        try database.write { db in
            try db.execute(sql: """
                CREATE TABLE node (seq INTEGER PRIMARY KEY, \(DerivedTables.nodeColumnNames));
                CREATE TABLE edge (seq INTEGER PRIMARY KEY, \(DerivedTables.edgeColumnNames));
                """)
        }
    }

    /// Takes `node`, if of a kind a spill holds; false when it is not (the caller keeps it).
    func take(_ node: GraphNode) -> Bool {
        guard nodeKinds.contains(node.kind) else { return false }
        pendingNodes.append(node)
        if pendingNodes.count >= Self.batchSize { flush() }
        return true
    }

    /// Takes `edge`, if of a kind a spill holds; false when it is not (the caller keeps it).
    func take(_ edge: GraphEdge) -> Bool {
        guard edgeKinds.contains(edge.kind) else { return false }
        pendingEdges.append(edge)
        if pendingEdges.count >= Self.batchSize { flush() }
        return true
    }

    /// Writes the rows still gathered; called once the graph is made.
    func flush() {
        guard failure == nil else {
            pendingNodes = []
            pendingEdges = []
            return
        }
        do {
            try database.write { db in
                let nodes = try RowInserter(db, sql: "INSERT INTO node (\(DerivedTables.nodeColumnNames)) VALUES (\(DerivedTables.nodePlaceholders))")
                for node in pendingNodes {
                    try nodes.row { DerivedTables.bind(node, to: &$0) }
                }
                let edges = try RowInserter(db, sql: "INSERT INTO edge (\(DerivedTables.edgeColumnNames)) VALUES (\(DerivedTables.edgePlaceholders))")
                for edge in pendingEdges {
                    try edges.row { DerivedTables.bind(edge, to: &$0) }
                }
            }
        } catch {
            failure = error
        }
        pendingNodes.removeAll(keepingCapacity: true)
        pendingEdges.removeAll(keepingCapacity: true)
    }

    /// Number of nodes of `kind` held.
    public func count(of kind: NodeKind) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM node WHERE kind = ?", arguments: [kind.rawValue]) ?? 0 }
    }

    /// Number of edges of `kind` held.
    public func count(of kind: EdgeKind) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM edge WHERE kind = ?", arguments: [kind.rawValue]) ?? 0 }
    }

    /// The spill's two tables.
    enum Table: String { case node, edge }

    /// Runs `body` with the rows of `table` of `spill` (none when there is no spill), read one at a time
    /// in id order (then the order given) while `body` merges them with the graph's own.
    static func rows(of spill: GraphSpill?, table: Table, _ body: (SpilledRows) throws -> Void) throws {
        guard let spill else { return try body(SpilledRows(cursor: nil)) }
        let columns = table == .node ? DerivedTables.nodeColumnNames : DerivedTables.edgeColumnNames
        try spill.read { db in
            try body(SpilledRows(cursor: try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(table.rawValue) ORDER BY id, seq")))
        }
    }

    /// What the store's `meeting` table takes from a meeting node, with the place its `held-at` edge names.
    struct MeetingNode {
        var id: String
        var kind: String?
        var cameo: String?
        var firstSeen: String?
        var document: String?
        var place: String?

        init(_ node: GraphNode, place: String?) {
            (id, kind, cameo, firstSeen, document) = (node.id, node.meetingKind?.rawValue, node.cameo, node.firstSeen, node.document)
            self.place = place
        }

        init(id: String, kind: String?, cameo: String?, firstSeen: String?, document: String?, place: String?) {
            (self.id, self.kind, self.cameo, self.firstSeen, self.document, self.place) = (id, kind, cameo, firstSeen, document, place)
        }
    }

    /// Calls `each` with every meeting node by id — `graph`'s, or this spill's when it holds them — with the
    /// place of its `held-at` edge (the last by id when there are several, as folding the edges in id
    /// order into a dictionary keeps).
    func forEachMeeting(of graph: CorpusGraph, _ each: (MeetingNode) throws -> Void) throws {
        try read { db in
            let places = try db.makeStatement(sql: """
                SELECT target FROM edge INDEXED BY edge_source WHERE source = ? AND kind = ? ORDER BY id DESC, seq DESC LIMIT 1
                """)
            func place(_ meeting: String) throws -> String? {
                try String.fetchOne(places, arguments: [meeting, EdgeKind.heldAt.rawValue])
            }
            guard holdsMeetings else {
                for node in graph.nodes(of: .meeting) { try each(MeetingNode(node, place: try place(node.id))) }
                return
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, meeting_kind, cameo, first_seen, document FROM node WHERE kind = ? ORDER BY id, seq
                """, arguments: [NodeKind.meeting.rawValue])
            while let row = try rows.next() {
                let id: String = row[0]
                try each(MeetingNode(id: id, kind: row[1], cameo: row[2], firstSeen: row[3], document: row[4], place: try place(id)))
            }
        }
    }

    /// Calls `each` with the meeting and the actor of every `attended` and `represented` edge, in edge id
    /// order: `graph`'s, or this spill's when it holds them.
    func forEachParticipation(of graph: CorpusGraph, _ each: (_ meeting: String, _ actor: String) throws -> Void) throws {
        guard holdsMeetings else {
            for edge in graph.edges where edge.kind == .attended || edge.kind == .represented {
                try each(edge.target, edge.source)
            }
            return
        }
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT target, source FROM edge WHERE kind IN (?, ?) ORDER BY id, seq
                """, arguments: [EdgeKind.attended.rawValue, EdgeKind.represented.rawValue])
            while let row = try rows.next() { try each(row[0], row[1]) }
        }
    }

    /// Closes and deletes the file.
    public func remove() {
        try? database.close()
        Self.removeFiles(at: path)
    }

    /// Reads, once the rows are all written; the first write failure is thrown here.
    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        if !pendingNodes.isEmpty || !pendingEdges.isEmpty { flush() }
        if let failure { throw failure }
        if !indexed {
            indexed = true
            try database.writeWithoutTransaction { db in
            // The indexes are made once, after the rows (cheaper than keeping them up to date).
            try db.execute(sql: """
                CREATE INDEX IF NOT EXISTS node_id ON node(id, seq);
                CREATE INDEX IF NOT EXISTS edge_id ON edge(id, seq);
                CREATE INDEX IF NOT EXISTS edge_source ON edge(source, kind);
                """)
            }
        }
        return try database.read(body)
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// The rows of one table of a `GraphSpill`, read in id order and written into the store's table among
/// the graph's own rows.
final class SpilledRows {
    private let cursor: RowCursor?
    private var next: Row?

    init(cursor: RowCursor?) throws {
        self.cursor = cursor
        next = try cursor?.next()
    }

    /// Inserts, with `inserter`, every row not yet inserted whose id sorts before `id` (all of them for nil).
    func insert(before id: String?, with inserter: RowInserter) throws {
        while let row = next {
            if let id, !((row[0] as String) < id) { return }
            try inserter.row { values in
                for value in row.databaseValues { values.bind(value) }
            }
            next = try cursor?.next()
        }
    }
}
