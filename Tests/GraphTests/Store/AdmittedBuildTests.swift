import Foundation
import Testing
@testable import Graph

/// A streamed build that lets the store decide which articles are new (`GraphStore.admit(_:)` and
/// `CorpusGraphBuilder.admittedByStore()`, so the builder keeps no table of the articles) keeps the very
/// articles a builder that checks them itself keeps: the same graph, the same repeats, the same tables.
@Suite("Articles admitted by the store")
struct AdmittedBuildTests {
    @Test func anArticleIsStoredOnlyWhenItsIdAndItsContentAreBothNew() throws {
        var random = RandomCorpus(seed: 4)
        let (documents, sameContent, newVersion) = random.fiveWithRepeats()
        let store = try GraphStore.inMemory()
        let input = documents + [documents[0], sameContent, newVersion, sameContent]
        let stored = try store.admit(input.map(StorableDocument.init))
        #expect(stored == [true, true, true, true, true, false, false, false, false])
        #expect(try store.documentCount() == 5)
        // A new version of a stored id is refused, not stored over the first copy (as the builder keeps it).
        #expect(try !store.storedContentHashes().contains("new-hash"))
        #expect(try store.integrityCheck())
    }

    @Test(arguments: [1, 2, 3] as [UInt64], [5, 64])
    func theGraphRepeatsAndTablesAreThoseOfABuilderThatChecksItself(seed: UInt64, batch: Int) throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomCorpus(seed: seed)
        let documents = random.documents(60)
        // Repeats of every kind, one of them inside the batch of its first copy when batches are large.
        var sameContent = documents[3]
        sameContent.document.id = "copy-of-3"
        var newVersion = documents[7]
        newVersion.document.contentHash = "edited"
        newVersion.people = Array(newVersion.people.prefix(1))
        var input = documents
        input.insert(sameContent, at: 10)
        input += [documents[1], newVersion]

        var checking = CorpusGraphBuilder()
        for document in input { checking.add(document) }

        let store = try GraphStore.inMemory()
        var admitted = CorpusGraphBuilder.admittedByStore()
        for start in stride(from: 0, to: input.count, by: batch) {
            let slice = Array(input[start..<min(start + batch, input.count)])
            for (document, isNew) in zip(slice, try store.admit(slice.map(StorableDocument.init))) {
                if isNew { admitted.addAdmitted(document) } else { admitted.noteRepeat(document.document.id) }
            }
        }
        #expect(admitted.duplicateDocuments == checking.duplicateDocuments)
        #expect(admitted.duplicateDocuments == ["copy-of-3", documents[1].document.id, documents[7].document.id])
        #expect(admitted.documentCount == documents.count)

        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path, meetings: true)
        try store.spillArticleNodes(into: spill)
        let resolved = ResolvedGraph(admitted, spilling: spill)
        #expect(try store.rebuild(from: resolved), "the streamed resolution is written, not recomputed")
        let reference = try GraphStore.inMemory()
        try reference.add(documents)
        #expect(try DerivedTableDump.of(store) == DerivedTableDump.of(reference), "seed \(seed)")
        let whole = checking.build()
        for scope in [GraphFilter.Scope.people, .institutions] {
            #expect(GraphFilter(scope: scope).apply(to: resolved.graph) == GraphFilter(scope: scope).apply(to: whole))
        }
    }

    @Test func aStoreThatHoldsOtherArticlesIsResolvedAgainFromItsOwn() throws {
        // The count is the check: a builder fed from one store, written into another that holds more.
        var random = RandomCorpus(seed: 5)
        let documents = random.documents(20)
        let store = try GraphStore.inMemory()
        var admitted = CorpusGraphBuilder.admittedByStore()
        for (document, isNew) in zip(documents.prefix(15), try store.admit(documents.prefix(15).map(StorableDocument.init))) where isNew {
            admitted.addAdmitted(document)
        }
        let other = try GraphStore.inMemory()
        try other.add(documents, rebuild: false)
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path, meetings: true)
        try other.spillArticleNodes(into: spill)
        #expect(try !other.rebuild(from: ResolvedGraph(admitted, spilling: spill)))
        let reference = try GraphStore.inMemory()
        try reference.add(documents)
        #expect(try DerivedTableDump.of(other) == DerivedTableDump.of(reference))
    }
}
