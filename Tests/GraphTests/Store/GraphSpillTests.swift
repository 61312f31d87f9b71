import Foundation
import GRDB
import Testing
@testable import Graph

/// A streamed build that leaves the article nodes and the `part-of` / `held-at` edges in a `GraphSpill`
/// (and keeps no article titles) writes the same derived tables, row for row and in the same order, as
/// one that keeps them in its graph.
@Suite("Graph spill")
struct GraphSpillTests {
    /// Streams `documents` into a store as `didar build` does, with a spill; the resolution is returned too.
    static func spilled(_ documents: [DocumentGraph], batch: Int, meetings: Bool, in folder: URL) throws -> (GraphStore, ResolvedGraph, reused: Bool) {
        let store = try GraphStore.inMemory()
        var builder = CorpusGraphBuilder(keepingArticleDetails: false)
        for start in stride(from: 0, to: documents.count, by: batch) {
            let slice = Array(documents[start..<min(start + batch, documents.count)])
            for document in slice { builder.add(document) }
            try store.add(slice, rebuild: false)
        }
        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path, meetings: meetings)
        try store.spillArticleNodes(into: spill)
        let resolved = ResolvedGraph(builder, spilling: spill)
        let reused = try store.rebuild(from: resolved)
        return (store, resolved, reused)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64], [false, true])
    func theTablesAreThoseOfABuildThatKeptEveryRow(seed: UInt64, meetings: Bool) throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomCorpus(seed: seed)
        let documents = random.documents(80)
        let (kept, _) = try StreamedBuildTests.streamed(documents, batch: 9)
        let (store, resolved, reused) = try Self.spilled(documents, batch: 9, meetings: meetings, in: folder)
        #expect(reused, "the streamed resolution is written, not recomputed")
        #expect(try DerivedTableDump.of(store) == DerivedTableDump.of(kept), "seed \(seed)")

        // The graph held for the exports has none of those rows, and the counts still include them.
        let whole = CorpusGraphBuilder.graph(documents)
        #expect(resolved.graph.nodes(of: .article).isEmpty)
        #expect(resolved.graph.edges(of: .partOf).isEmpty && resolved.graph.edges(of: .heldAt).isEmpty)
        #expect(resolved.graph.nodes(of: .meeting).isEmpty == meetings)
        #expect(whole.nodes(of: .meeting).count > 0 && whole.edges(of: .heldAt).count > 0, "the corpus has meetings and places")
        #expect(whole.nodes(of: .article).count == documents.count)
        for kind in NodeKind.allCases {
            #expect(try resolved.count(of: kind) == whole.nodes(of: kind).count, "\(kind)")
        }
        for kind in EdgeKind.allCases {
            #expect(try resolved.count(of: kind) == whole.edges(of: kind).count, "\(kind)")
        }
        // And so does every view it is made for (the actors' view needs the meetings).
        for scope in meetings ? [GraphFilter.Scope.people, .institutions] : GraphFilter.Scope.allCases {
            #expect(GraphFilter(scope: scope).apply(to: resolved.graph) == GraphFilter(scope: scope).apply(to: whole))
        }
    }

    @Test func rowsComeBackByIdThenInTheOrderGiven() throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path)
        // Two rows share an id: the first given comes first.
        let ids = ["a_3", "a_1", "a_2", "a_1"]
        for (label, id) in ids.enumerated() {
            #expect(spill.take(GraphNode(id: id, kind: .article, label: String(label), key: "article:" + id)))
        }
        #expect(!spill.take(GraphNode(id: "p_1", kind: .person, label: "x", key: "person:x")), "people stay in the graph")
        var read: [String] = []
        try GraphSpill.rows(of: spill, table: .node) { rows in
            // Read through the merge into a table of the store's node columns, in two steps.
            let queue = try DatabaseQueue()
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE copy (\(DerivedTables.nodeColumnNames))")
                let insert = try RowInserter(db, sql: "INSERT INTO copy (\(DerivedTables.nodeColumnNames)) VALUES (\(DerivedTables.nodePlaceholders))")
                try rows.insert(before: "a_2", with: insert)
                read = try String.fetchAll(db, sql: "SELECT id || ':' || label FROM copy ORDER BY rowid")
                try rows.insert(before: nil, with: insert)
                read += ["|"] + (try String.fetchAll(db, sql: "SELECT id || ':' || label FROM copy ORDER BY rowid"))
            }
        }
        #expect(read == ["a_1:1", "a_1:3", "|", "a_1:1", "a_1:3", "a_2:2", "a_3:0"])
        #expect(try spill.count(of: .article) == 4)
        spill.remove()
        #expect(!FileManager.default.fileExists(atPath: spill.path))
    }

    @Test func aFileLeftByAKilledBuildIsReplaced() throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("spill").path
        // Half a database, as a build killed while filling it might leave.
        try Data("SQLite format 3\u{0}garbage".utf8).write(to: URL(fileURLWithPath: path))
        let spill = try GraphSpill(path: path)
        #expect(spill.take(GraphEdge(id: "e_1", kind: .partOf, source: "m_1", target: "a_1")))
        #expect(try spill.count(of: .partOf) == 1)
        spill.remove()
    }

    @Test func aSpillThatCannotBeMadeIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("didar-no-such-folder-\(UUID().uuidString)/spill").path
        #expect(throws: (any Error).self) { try GraphSpill(path: path) }
    }

    @Test func aSpillWhoseFileWentAwayFailsWhenRead() throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path)
        // Closed under the writer's feet: the rows cannot be written, and reading says so.
        spill.remove()
        #expect(spill.take(GraphNode(id: "a_1", kind: .article, label: "t", key: "article:1")))
        #expect(throws: (any Error).self) { try spill.count(of: .article) }
    }
}
