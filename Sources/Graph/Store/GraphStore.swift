import Foundation
import GRDB

/// The persistent corpus: every added article's `DocumentGraph`, and the resolved graph derived
/// from them, in one SQLite file (through GRDB).
///
/// - `add(_:)` stores a batch of articles in **one write transaction**: an article whose content
///   hash is already stored is skipped, an article whose id is stored with another hash replaces
///   it, and (by default) entities are re-resolved over the whole corpus and the derived tables
///   rewritten in that same transaction. A crash or kill mid-batch therefore leaves the file as it
///   was after the previous batch, and re-running the same input never duplicates anything.
/// - `index()` / `corpusGraph()` read the derived tables back (or, if a batch was added with
///   `rebuild: false`, build the graph from the stored documents in memory).
/// - A build that streams its articles in adds each batch with `rebuild: false` and, at the end,
///   writes the derived tables with `rebuild(from:)` from the graph it resolved along the way, so
///   no article is held whole or decoded again (memory grows with entities, not with articles).
/// - Tables and their meaning: see `StoreSchema`.
///
/// ```swift
/// let store = try GraphStore(path: "out/didar.sqlite")
/// let result = try store.add(documentGraphs)
/// let card = PersonCard(index: try store.index(), id: "p_…")
/// ```
public final class GraphStore: Sendable {
    /// File path, or nil for an in-memory store.
    public let path: String?
    private let database: DatabaseQueue

    /// Opens the store at `path`, creating the file (and its folder) if needed, and migrates the
    /// schema to the current version. A file that is not a Didar store (another program's database,
    /// a text file, a folder) is refused before anything is written to it. To read without ever
    /// writing, use `openForReading(path:)`.
    ///
    /// - Throws: `StoreFileError` for a path that is not a store; a GRDB `DatabaseError` when the
    ///   file cannot be opened.
    public convenience init(path: String) throws {
        _ = try StoreFile.inspect(path: path)
        try self.init(path: path, configuration: Self.configuration)
    }

    /// How a store is opened: for writing (folder made, schema migrated) or read-only (neither).
    enum OpenMode { case readWrite, readOnly }

    init(path: String, configuration: Configuration, mode: OpenMode = .readWrite) throws {
        if mode == .readWrite {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        self.path = path
        database = try DatabaseQueue(path: path, configuration: configuration)
        if mode == .readWrite { try StoreSchema.migrator.migrate(database) }
    }

    /// A new store file being filled to replace another (`didar build` writes one under a temporary name
    /// and renames it at the end): its rollback journal is kept in memory, not in a `-journal` file
    /// beside it. A transaction still rolls back whole within the process; a crash leaves only the
    /// temporary file, which is thrown away. Without a journal file, a build killed mid-transaction leaves
    /// nothing behind for its signal handler to miss, and every batch is one file write fewer.
    ///
    /// While it fills, it is not synced to disk batch by batch (`synchronous = OFF`): until it is renamed
    /// it is only a temporary, so a crash loses nothing that mattered. `rebuild(from:)`, the last write
    /// before the rename, turns syncing back on, so its commit flushes the whole file to disk first.
    public static func replacement(path: String) throws -> GraphStore {
        var configuration = Self.configuration
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = MEMORY")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        return try GraphStore(path: path, configuration: configuration)
    }

    private init(memory: DatabaseQueue) throws {
        path = nil
        database = memory
        try StoreSchema.migrator.migrate(database)
    }

    /// A fresh store that lives in memory only (for tests and one-shot runs).
    public static func inMemory() throws -> GraphStore {
        try GraphStore(memory: DatabaseQueue(configuration: configuration))
    }

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.label = "didar.store"
        // Another `didar` process may hold the write lock for a moment; wait rather than fail.
        configuration.busyMode = .timeout(10)
        return configuration
    }

    // MARK: Writing

    /// Stores a batch of articles in one transaction and, unless `rebuild` is false, re-resolves
    /// the whole corpus in the same transaction.
    ///
    /// Articles are taken in order, so within a batch the rules act as if each came alone: a
    /// second copy of the same content is skipped; a later version of the same id replaces the
    /// earlier one.
    ///
    /// - Parameter rebuild: false defers re-resolution (call `rebuild()` after several batches);
    ///   until then `index()` builds the graph in memory.
    /// - Complexity: O(b) statements for b articles, plus a rebuild (see `rebuild()`).
    @discardableResult
    public func add(_ graphs: [DocumentGraph], rebuild: Bool = true) throws -> AddResult {
        try add(graphs.map(StorableDocument.init), rebuild: rebuild, interruptAfter: nil)
    }

    /// `add(_:rebuild:)` for articles whose JSON was already encoded (on other threads).
    @discardableResult
    public func add(_ documents: [StorableDocument], rebuild: Bool = true) throws -> AddResult {
        try add(documents, rebuild: rebuild, interruptAfter: nil)
    }

    /// Stores each article of a batch whose id and content hash are both new to the store, in one
    /// transaction, and never stores over a stored article (derived tables left stale, as with
    /// `add(_:rebuild: false)`); returns, for each article in order, whether it was stored.
    ///
    /// An article is then stored exactly when neither its id nor its content hash is — the rule by which
    /// `CorpusGraphBuilder.add(_:)` keeps the first copy — so a streamed build can let the store decide
    /// which articles are new (`CorpusGraphBuilder.admittedByStore()`).
    public func admit(_ documents: [StorableDocument]) throws -> [Bool] {
        var stored: [Bool] = []
        _ = try add(documents, rebuild: false, replacing: false, interruptAfter: nil, stored: &stored)
        return stored
    }

    /// Thrown by the test seam of `add` to stand for a crash in the middle of a batch.
    struct Interruption: Error {}

    /// `add`, with a seam for tests: `interruptAfter: n` throws once n articles are written,
    /// inside the transaction, as a crash would strike.
    func add(_ graphs: [DocumentGraph], rebuild: Bool, interruptAfter: Int?) throws -> AddResult {
        try add(graphs.map(StorableDocument.init), rebuild: rebuild, interruptAfter: interruptAfter)
    }

    private func add(_ documents: [StorableDocument], rebuild: Bool, interruptAfter: Int?) throws -> AddResult {
        var stored: [Bool] = []
        return try add(documents, rebuild: rebuild, replacing: true, interruptAfter: interruptAfter, stored: &stored)
    }

    /// - Parameters:
    ///   - replacing: false skips an article whose id is stored (listed in `AddResult.skipped`) instead of
    ///     storing its new version.
    ///   - stored: set to whether each article was stored (added or replaced), in input order.
    private func add(
        _ documents: [StorableDocument], rebuild: Bool, replacing: Bool, interruptAfter: Int?, stored: inout [Bool]
    ) throws -> AddResult {
        stored = []
        stored.reserveCapacity(documents.count)
        return try database.write { db in
            try db.execute(sql: "INSERT INTO ingest_batch (added, replaced, skipped) VALUES (0, 0, 0)")
            let batch = Int(db.lastInsertedRowID)
            var result = AddResult(batch: batch, added: [], replaced: [], skipped: [], rebuilt: false)
            let insertSQL = """
                INSERT INTO document (url, date, title, agency, content_hash, batch, graph_json, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
            var insert = try db.makeStatement(sql: insertSQL)
            for (position, document) in documents.enumerated() {
                if position == interruptAfter { throw Interruption() }
                let info = document.graph.document
                let arguments: StatementArguments = [
                    info.url, info.date, info.title, info.agency, info.contentHash, batch, document.json, info.id,
                ]
                // Fast path: the insert succeeds exactly when neither the id nor the content hash is
                // stored (both are unique), which is the "added" case below; a fresh build never pays
                // the look-ups. A refused insert rolls back only itself, not the transaction.
                let refusal: DatabaseError
                do {
                    try insert.execute(arguments: arguments)
                    result.added.append(info.id)
                    stored.append(true)
                    continue
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    refusal = error
                    // A statement refused by a constraint is not reused: re-executed with the next
                    // article's arguments it failed again on the refused article's values.
                    insert = try db.makeStatement(sql: insertSQL)
                }
                if let storedAs = try String.fetchOne(
                    db, sql: "SELECT id FROM document WHERE content_hash = ?", arguments: [info.contentHash])
                {
                    result.skipped.append(.init(id: info.id, storedAs: storedAs))
                    stored.append(false)
                    continue
                }
                if !replacing {
                    // Not the content hash, so the id (or some other rule, which the stored id tells apart).
                    guard try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [info.id]) == true else { throw refusal }
                    result.skipped.append(.init(id: info.id, storedAs: info.id))
                    stored.append(false)
                    continue
                }
                // Not the content hash, so the id: a new version of a stored article replaces it.
                try db.execute(
                    sql: """
                        UPDATE document SET url = ?, date = ?, title = ?, agency = ?, content_hash = ?, batch = ?,
                            graph_json = ?
                        WHERE id = ?
                        """, arguments: arguments)
                // Neither hash nor id was stored: the insert broke some other rule; report it.
                guard db.changesCount == 1 else { throw refusal }
                result.replaced.append(info.id)
                stored.append(true)
            }
            try db.execute(
                sql: "UPDATE ingest_batch SET added = ?, replaced = ?, skipped = ? WHERE id = ?",
                arguments: [result.added.count, result.replaced.count, result.skipped.count, batch])
            if result.changedDocuments {
                try Self.setMeta(db, "documents_generation", String(try Self.generation(db, "documents_generation") + 1))
            }
            if rebuild, try Self.isStale(db) {
                try Self.rebuild(db)
                result.rebuilt = true
            }
            return result
        }
    }

    /// Re-resolves entities over every stored article (in document id order) and rewrites the
    /// derived tables, in one transaction.
    ///
    /// Articles are decoded one at a time from a cursor and only their summaries are kept, so memory
    /// grows with entities and meetings, not with the stored articles.
    /// Complexity: decoding every stored article plus `CorpusGraphBuilder.build()`.
    public func rebuild() throws {
        try database.write { db in try Self.rebuild(db) }
    }

    /// Writes the derived tables from `corpus`, a resolution of exactly the stored articles made
    /// while they were added (see `ResolvedCorpus`), without decoding any of them again.
    ///
    /// The tables are the same as `rebuild()` would write, because resolution does not depend on
    /// the order articles come in. When `corpus` does not hold exactly the stored articles (same ids,
    /// same content hashes) — an input that repeated an id or a content, which the store skipped or
    /// replaced while the builder kept the first copy — this falls back to `rebuild()`.
    ///
    /// - Returns: true when `corpus` was written, false when the stored articles were re-resolved.
    /// - Complexity: O(n) look-ups to compare the articles, plus writing the tables.
    @discardableResult
    public func rebuild(from corpus: ResolvedCorpus) throws -> Bool {
        // Whatever the store was opened with, this commit reaches the disk (with everything before it).
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        return try database.write { db in
            guard try Self.holdsExactly(corpus.articles, db) else {
                try Self.rebuild(db)
                return false
            }
            try Self.write(corpus, db)
            return true
        }
    }

    /// Writes the derived tables from `resolved`, as `rebuild(from:)` with its `ResolvedCorpus` would,
    /// and folds the people's roles and keys on another thread while this one writes the graph's tables.
    ///
    /// The two are independent and the tables come out the same; side by side they take the longer
    /// of the two rather than their sum, which is most of what a streamed build waits for at its end.
    /// The fold is made once (`ResolvedGraph.people()`): a caller that folded it already, or is folding it
    /// (`ResolvedGraph.foldPeople()`, as `didar build` does before its exports), is waited for, not repeated.
    ///
    /// - Returns: true when `resolved` was written, false when the stored articles were re-resolved
    ///   (the same fallback as `rebuild(from:)`).
    @discardableResult
    public func rebuild(from resolved: ResolvedGraph) throws -> Bool {
        let people = ConcurrentValue { resolved.people() }
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        return try database.write { db in
            guard try Self.holdsExactly(resolved.builder, db) else {
                try Self.rebuild(db)
                return false
            }
            try DerivedTables.withIndexesDeferred(db) {
                try DerivedTables.writeGraph(resolved.graph, meetings: resolved.meetings, spill: resolved.spill, into: db)
                let (roles, nameKeys) = people.value()
                try DerivedTables.writePeople(roles: roles, nameKeys: nameKeys, into: db)
            }
            try Self.stampDerived(db)
            return true
        }
    }

    /// Hands `spill` a node for every stored article (`ResolvedGraph(_:spilling:)` leaves them out), as
    /// `CorpusGraphBuilder` makes one from the article's metadata: labelled by its title (or its id), seen
    /// on its date. Read a row at a time, so the titles are never all in memory.
    public func spillArticleNodes(into spill: GraphSpill) throws {
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, title, date FROM document")
            while let row = try rows.next() {
                let id: String = row[0]
                let date: String? = row[2]
                _ = spill.take(GraphNode(
                    id: StableID.make(NodeKind.article.idPrefix, "article:" + id), kind: .article,
                    label: (row[1] as String?) ?? id, key: "article:" + id, firstSeen: date, lastSeen: date,
                    documentCount: 1, document: id))
            }
        }
        spill.flush()
    }

    private static func rebuild(_ db: Database) throws {
        try write(ResolvedCorpus(try storedBuilder(db)), db)
    }

    private static func write(_ corpus: ResolvedCorpus, _ db: Database) throws {
        try DerivedTables.write(corpus, into: db)
        try stampDerived(db)
    }

    /// Records which generation of the documents, and which layout, the derived tables were made from.
    private static func stampDerived(_ db: Database) throws {
        try setMeta(db, "derived_generation", String(try generation(db, "documents_generation")))
        try setMeta(db, "derived_format", DerivedTables.format)
    }

    /// True when the stored articles are exactly those `builder` was fed.
    ///
    /// A builder the store admitted articles to (`CorpusGraphBuilder.admittedByStore()`) holds exactly the
    /// articles this store took, when it was this store that admitted them: the counts tell it; other
    /// builders' articles are compared id by id.
    private static func holdsExactly(_ builder: CorpusGraphBuilder, _ db: Database) throws -> Bool {
        guard builder.admitsByStore else { return try holdsExactly(builder.articles, db) }
        // An id with a NUL reads back cut short, so the counts would agree while the ids do not.
        guard !builder.admittedIDWithNUL else { return false }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM document") == builder.admittedCount
    }

    /// True when the stored articles are exactly `articles`: the same ids with the same content hashes.
    private static func holdsExactly(_ articles: [String: DocumentInfo], _ db: Database) throws -> Bool {
        var stored = 0
        let rows = try Row.fetchCursor(db, sql: "SELECT id, content_hash FROM document")
        while let row = try rows.next() {
            stored += 1
            let id: String = row["id"]
            guard let article = articles[id], article.contentHash == row["content_hash"] else { return false }
        }
        // Every stored row matched a distinct key, so equal counts leave no extra article.
        return stored == articles.count
    }

    /// Closes the file now rather than when the last reference goes (before renaming it, say);
    /// any later call on this store throws.
    public func close() throws {
        try database.close()
    }

    // MARK: Reading

    /// The corpus ready for queries: read from the derived tables, or built in memory from the
    /// stored articles when they are stale (after `add(_:rebuild: false)`).
    public func index() throws -> CorpusIndex {
        try database.read { db in
            if try Self.isStale(db) { return CorpusIndex(builder: try Self.storedBuilder(db)) }
            return try DerivedTables.read(from: db)
        }
    }

    /// The resolved corpus graph (see `index()`).
    public func corpusGraph() throws -> CorpusGraph {
        try index().graph
    }

    /// True when articles were added since the derived tables were last rebuilt (or they were
    /// written by a version of this code with another layout).
    public func needsRebuild() throws -> Bool {
        try database.read { db in try Self.isStale(db) }
    }

    /// Every stored article's graph, sorted by document id.
    public func documents() throws -> [DocumentGraph] {
        try database.read { db in try Self.storedDocuments(db) }
    }

    /// Metadata of every stored article, sorted by document id.
    public func documentInfos() throws -> [DocumentInfo] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, url, date, title, agency, content_hash FROM document ORDER BY id")
                .map { row in
                    DocumentInfo(
                        id: row["id"], url: row["url"], date: row["date"], title: row["title"],
                        contentHash: row["content_hash"], agency: row["agency"])
                }
        }
    }

    /// Content hashes of every stored article, so a caller can skip extracting an article the
    /// store already holds (`add` would skip it anyway, but only after the costly extraction).
    public func storedContentHashes() throws -> Set<String> {
        try database.read { db in Set(try String.fetchAll(db, sql: "SELECT content_hash FROM document")) }
    }

    /// Number of stored articles.
    public func documentCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0 }
    }

    /// Runs SQLite's `PRAGMA integrity_check`; true when it answers "ok".
    public func integrityCheck() throws -> Bool {
        try database.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"]
        }
    }

    /// Names of the schema migrations applied to the file, in order ("v1", …).
    public func appliedMigrations() throws -> [String] {
        try database.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// Runs read-only SQL against the store (for reports and tests); rows as column → value text.
    public func rows(_ sql: String, arguments: [String] = []) throws -> [[String: String?]] {
        try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var values: [String: String?] = [:]
                for (column, value) in row {
                    values[column] = value.isNull ? nil : (String.fromDatabaseValue(value) ?? value.description)
                }
                return values
            }
        }
    }

    // MARK: Helpers

    private static func storedDocuments(_ db: Database) throws -> [DocumentGraph] {
        var documents: [DocumentGraph] = []
        try forEachStoredDocument(db) { documents.append($0) }
        return documents
    }

    /// A builder fed every stored article, decoded one at a time.
    private static func storedBuilder(_ db: Database) throws -> CorpusGraphBuilder {
        var builder = CorpusGraphBuilder()
        try forEachStoredDocument(db) { builder.add($0) }
        return builder
    }

    /// Decodes the stored articles one at a time, in document id order, from a cursor: only the
    /// row at hand is in memory.
    private static func forEachStoredDocument(_ db: Database, _ body: (DocumentGraph) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, graph_json FROM document ORDER BY id")
        while let row = try rows.next() {
            let id: String = row["id"]
            let graph: DocumentGraph
            do {
                graph = try JSONColumn.decode(DocumentGraph.self, from: row["graph_json"])
            } catch {
                throw StoreError.unreadableDocument(id: id, reason: String(describing: error))
            }
            try body(graph)
        }
    }

    /// Stale: documents changed since the last rebuild, or the rows were written by a version of
    /// this code that laid them out differently. An empty store is never stale.
    private static func isStale(_ db: Database) throws -> Bool {
        let documents = try generation(db, "documents_generation")
        if documents != (try generation(db, "derived_generation")) { return true }
        let format = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'derived_format'")
        return documents > 0 && format != DerivedTables.format
    }

    private static func generation(_ db: Database, _ key: String) throws -> Int {
        Int(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) ?? "0") ?? 0
    }

    private static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }
}
