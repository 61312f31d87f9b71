import Foundation
import Testing
@testable import Graph

/// The store on a synthetic corpus of 800 dense articles (as many edges as the 1,475-article dev
/// set has several times over): batches, rebuild, read-back and every query, with timings printed
/// so regressions show in the log. Kept under the dev size so the debug test run stays quick;
/// at 1,500 articles a release build takes about 4 s to rebuild and 1 s to read back.
@Suite("GraphStore at scale")
struct StoreScaleTests {
    @Test func largeCorpusRoundTripsThroughAFileInBatches() throws {
        let documents = ScaleTests.corpus(count: 800, seed: 7)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("didar-scale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try GraphStore(path: folder.appendingPathComponent("didar.sqlite").path)
        let clock = ContinuousClock()

        var started = clock.now
        for start in stride(from: 0, to: documents.count, by: 256) {
            try store.add(Array(documents[start..<min(start + 256, documents.count)]), rebuild: false)
        }
        let adding = clock.now - started
        started = clock.now
        try store.rebuild()
        let rebuilding = clock.now - started
        started = clock.now
        let index = try store.index()
        let reading = clock.now - started

        let expected = CorpusIndex(documents: documents)
        #expect(index.graph == expected.graph)
        #expect(index.roles == expected.roles)

        started = clock.now
        let stats = CorpusStats(index: index)
        let statistics = clock.now - started
        let top = try #require(stats.topByDegree.first)
        started = clock.now
        let card = try #require(PersonCard(index: index, id: top.id, depth: 2))
        let carding = clock.now - started
        #expect(card.contacts.count == index.metEdges[top.id, default: []].count)
        let other = try #require(stats.topByDegree.last)
        #expect(PathFinder(index: index).shortestPath(from: top.id, to: other.id) != nil)
        #expect(try store.add(documents).added.isEmpty)
        #expect(try store.integrityCheck())
        print("""
            store scale: \(documents.count) articles, \(index.graph.nodes.count) nodes, \(index.graph.edges.count) edges; \
            add \(adding), rebuild \(rebuilding), read \(reading), stats \(statistics), card \(carding)
            """)
    }
}
