import Foundation
import Testing
@testable import Graph

@Suite("GraphStore")
struct GraphStoreTests {
    typealias F = CorpusFixture

    @Test func storedGraphEqualsTheBuilderGraph() throws {
        let store = try GraphStore.inMemory()
        let result = try store.add(F.all)
        #expect(result.added == ["d1", "d2", "d3", "d4"])
        #expect(result.rebuilt)
        let stored = try store.index()
        let expected = CorpusIndex(documents: F.all)
        #expect(stored.graph == expected.graph)
        #expect(stored.roles == expected.roles)
        #expect(stored.nameKeys == expected.nameKeys)
        #expect(!stored.graph.mergeLog.decisions.isEmpty)
        #expect(try store.integrityCheck())
    }

    @Test func addingTheSameArticlesAgainChangesNothing() throws {
        let store = try GraphStore.inMemory()
        try store.add(F.all)
        let before = try store.corpusGraph()
        let again = try store.add(F.all)
        #expect(again.added.isEmpty)
        #expect(again.replaced.isEmpty)
        #expect(again.skipped.map(\.id) == ["d1", "d2", "d3", "d4"])
        #expect(!again.rebuilt)
        #expect(try store.documentCount() == 4)
        #expect(try store.corpusGraph() == before)
        #expect(try store.rows("SELECT COUNT(*) AS n FROM node").first?["n"] == "\(before.nodes.count)")
    }

    @Test func sameContentUnderAnotherIdOrTwiceInOneBatchIsSkipped() throws {
        let store = try GraphStore.inMemory()
        var copy = F.d1
        copy.document.id = "d1-copy"
        let result = try store.add([F.d1, F.d1, copy])
        #expect(result.added == ["d1"])
        #expect(result.skipped == [.init(id: "d1", storedAs: "d1"), .init(id: "d1-copy", storedAs: "d1")])
        #expect(try store.documentCount() == 1)
        #expect(try store.storedContentHashes() == ["h1"])
    }

    @Test func twoBatchesGiveTheSameCorpusAsOne() throws {
        let once = try GraphStore.inMemory()
        try once.add(F.all)
        let twice = try GraphStore.inMemory()
        try twice.add([F.d3, F.d1])
        let second = try twice.add([F.d4, F.d2, F.d1])
        #expect(second.added == ["d4", "d2"])
        #expect(second.skipped.map(\.id) == ["d1"])
        let a = try once.index()
        let b = try twice.index()
        #expect(a.graph == b.graph)
        #expect(a.roles == b.roles)
        #expect(a.nameKeys == b.nameKeys)
    }

    @Test func reResolutionAfterAddMergesAcrossBatches() throws {
        // Alone, the surname-only «ظریف» of d3 has no full-name candidate and stays its own node;
        // once d1 arrives it joins «محمد جواد ظریف».
        let store = try GraphStore.inMemory()
        try store.add([F.d3])
        let alone = try store.corpusGraph().nodes(of: .person).map(\.label).sorted()
        #expect(alone.contains("ظریف"))
        try store.add([F.d1])
        let merged = try store.corpusGraph().nodes(of: .person)
        #expect(!merged.map(\.label).contains("ظریف"))
        #expect(merged.first { $0.id == F.id(F.zarif) }?.aliases == ["ظریف"])
    }

    @Test func anEditedArticleReplacesTheStoredVersion() throws {
        let store = try GraphStore.inMemory()
        try store.add(F.all)
        var edited = F.d4
        edited.document.contentHash = "h4-edited"
        edited.meetings = []
        let result = try store.add([edited])
        #expect(result.replaced == ["d4"])
        #expect(result.added.isEmpty)
        #expect(try store.documentCount() == 4)
        #expect(try store.corpusGraph().edges(of: .met).count == 3)
        #expect(try store.documentInfos().first { $0.id == "d4" }?.contentHash == "h4-edited")
    }

    @Test func deferredRebuildStillAnswersFromStoredArticles() throws {
        let store = try GraphStore.inMemory()
        let result = try store.add(F.all, rebuild: false)
        #expect(!result.rebuilt)
        #expect(try store.needsRebuild())
        #expect(try store.corpusGraph() == CorpusIndex(documents: F.all).graph)
        #expect(try store.rows("SELECT COUNT(*) AS n FROM node").first?["n"] == "0")
        try store.rebuild()
        #expect(try !store.needsRebuild())
        #expect(try store.corpusGraph() == CorpusIndex(documents: F.all).graph)
    }

    @Test func derivedTablesHoldMeetingsParticipantsRolesAndKeys() throws {
        let store = try GraphStore.inMemory()
        try store.add(F.all)
        let meetings = try store.rows("SELECT * FROM meeting ORDER BY date")
        #expect(meetings.count == 4)
        #expect(meetings.first?["sentence_text"] == "لاریجانی با ظریف در تهران دیدار کرد.")
        #expect(meetings.first?["trigger"] == "دیدار")
        #expect(meetings.first?["trigger_start"] == "5")
        #expect(meetings.first?["place_id"] == StableID.make("pl_", "place:تهران"))
        let participants = try store.rows("SELECT COUNT(*) AS n FROM participant")
        #expect(participants.first?["n"] == "8")
        let roles = try store.rows(
            "SELECT first_seen, last_seen FROM role_held WHERE person_id = ?", arguments: [F.id(F.ali)])
        #expect(roles.count == 1)
        #expect(roles.first?["first_seen"] == "2021-01-10")
        #expect(roles.first?["last_seen"] == "2021-02-05")
        let keys = try store.rows("SELECT node_id FROM name_key WHERE key = ? ORDER BY node_id", arguments: ["لاریجانی"])
        #expect(keys.count == 2)
        let evidence = try store.rows("SELECT start_offset, end_offset FROM evidence WHERE document = 'd2'")
        #expect(evidence.first?["start_offset"] == "40")
    }

    @Test func fileStoreKeepsEverythingWhenReopened() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("didar-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out/didar.sqlite").path
        var expected: CorpusGraph?
        do {
            let store = try GraphStore(path: path)
            try store.add([F.d1, F.d2])
            try store.add([F.d3, F.d4])
            expected = try store.corpusGraph()
        }
        let reopened = try GraphStore(path: path)
        #expect(try reopened.appliedMigrations() == ["v1", "v2: evidence meeting kind", "v3: evidence rule"])
        #expect(try reopened.documentCount() == 4)
        #expect(try reopened.corpusGraph() == expected)
        #expect(try reopened.integrityCheck())
        #expect(try reopened.add(F.all).added.isEmpty)
        #expect(try reopened.rows("SELECT COUNT(*) AS n FROM ingest_batch").first?["n"] == "3")
    }

    @Test func aFailedBatchLeavesTheStoreAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("didar-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("didar.sqlite").path
        let store = try GraphStore(path: path)
        try store.add([F.d1, F.d2])
        let before = try store.corpusGraph()
        #expect(throws: GraphStore.Interruption.self) {
            try store.add([F.d3, F.d4], rebuild: true, interruptAfter: 1)
        }
        let reopened = try GraphStore(path: path)
        #expect(try reopened.documentCount() == 2)
        #expect(try reopened.corpusGraph() == before)
        #expect(try reopened.integrityCheck())
        #expect(try reopened.add([F.d3, F.d4]).added == ["d3", "d4"])
    }

    @Test func openingSomethingThatIsNotADatabaseFails() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("didar-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("not.sqlite").path
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try GraphStore(path: path) }
    }
}
