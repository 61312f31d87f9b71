import Foundation
import Testing
@testable import Graph

/// A streamed build keeps its meetings in a `MeetingSpill` instead of memory: they read back as a builder
/// that kept them in memory has them, in the same order and by id, and the graph and the store's tables
/// made from them are the same.
@Suite("Meeting spill")
struct MeetingSpillTests {
    /// Two builders fed `documents` as the store admits them: one keeps its meetings in memory, the other
    /// in `spill`.
    static func builders(_ documents: [DocumentGraph], spill: MeetingSpill) -> (memory: CorpusGraphBuilder, spilled: CorpusGraphBuilder) {
        var memory = CorpusGraphBuilder.admittedByStore()
        var spilled = CorpusGraphBuilder.admittedByStore(spillingMeetingsTo: spill)
        for document in documents {
            memory.addAdmitted(document)
            spilled.addAdmitted(document)
        }
        return (memory, spilled)
    }

    /// Every meeting of `log`, in its order.
    static func inOrder(_ log: MeetingLog) -> [MeetingSummary] {
        var meetings: [MeetingSummary] = []
        log.forEach { meetings.append($0) }
        return meetings
    }

    /// The first meeting of each id, as `log` gives them.
    static func byID(_ log: MeetingLog) throws -> [MeetingSummary] {
        var meetings: [MeetingSummary] = []
        try log.firstByID { next in
            while let meeting = try next() { meetings.append(meeting) }
        }
        return meetings
    }

    @Test(arguments: [1, 2, 3] as [UInt64], [5, 4096])
    func spilledMeetingsReadBackAsTheyWereKeptInMemory(seed: UInt64, batchSize: Int) throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomCorpus(seed: seed)
        let documents = random.documents(80)
        let spill = try MeetingSpill(path: folder.appendingPathComponent("meetings").path, batchSize: batchSize)
        defer { spill.remove() }
        let (memory, spilled) = Self.builders(documents, spill: spill)

        let kept = Self.inOrder(memory.meetings)
        #expect(kept.count == documents.reduce(0) { $0 + $1.meetings.count } && kept.count > 50)
        #expect(memory.meetings.inMemory == kept.count)
        #expect(spilled.meetings.inMemory == 0, "a spilling builder keeps no meeting in memory")
        #expect(Self.inOrder(spilled.meetings) == kept)
        // Read twice, as resolution does.
        #expect(Self.inOrder(spilled.meetings) == kept)

        // By id: the first appended of each id, ids ascending.
        var firsts: [String: MeetingSummary] = [:]
        for meeting in kept where firsts[meeting.id] == nil { firsts[meeting.id] = meeting }
        let expected = firsts.keys.sorted().map { firsts[$0]! }
        #expect(try Self.byID(memory.meetings) == expected)
        #expect(try Self.byID(spilled.meetings) == expected)
        try spilled.meetings.check()
    }

    @Test(arguments: [1, 2] as [UInt64], [false, true])
    func theGraphAndTablesAreThoseOfABuildThatKeptTheMeetings(seed: UInt64, spillMeetingNodes: Bool) throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomCorpus(seed: seed)
        let documents = random.documents(60)
        let meetings = try MeetingSpill(path: folder.appendingPathComponent("meetings").path, batchSize: 16)
        defer { meetings.remove() }
        let store = try GraphStore.inMemory()
        var builder = CorpusGraphBuilder.admittedByStore(spillingMeetingsTo: meetings)
        for start in stride(from: 0, to: documents.count, by: 9) {
            let slice = Array(documents[start..<min(start + 9, documents.count)])
            for (document, isNew) in zip(slice, try store.admit(slice.map(StorableDocument.init))) where isNew {
                builder.addAdmitted(document)
            }
        }
        let spill = try GraphSpill(path: folder.appendingPathComponent("spill").path, meetings: spillMeetingNodes)
        defer { spill.remove() }
        try store.spillArticleNodes(into: spill)
        let resolved = ResolvedGraph(builder, spilling: spill)
        #expect(try store.rebuild(from: resolved), "the streamed resolution is written, not recomputed")

        let reference = try GraphStore.inMemory()
        try reference.add(documents)
        #expect(try DerivedTableDump.of(store) == DerivedTableDump.of(reference), "seed \(seed)")
        #expect(try store.rows("SELECT count(*) AS n FROM meeting") == [["n": "\(Self.inOrder(builder.meetings).count)"]])
        let whole = CorpusGraphBuilder.graph(documents)
        for scope in spillMeetingNodes ? [GraphFilter.Scope.people, .institutions] : GraphFilter.Scope.allCases {
            #expect(GraphFilter(scope: scope).apply(to: resolved.graph) == GraphFilter(scope: scope).apply(to: whole))
        }
    }

    @Test func aSummaryComesBackWholeWhateverItsText() throws {
        let meeting = MeetingSummary(
            id: "m_00000000000000ff", key: "meeting:x\u{0}y@3-8#2", document: "x\u{0}y", kind: .visit, cameo: "",
            trigger: Span(start: -1, end: Int.max, text: "دیدار 👋", sentence: 0),
            sentence: Span(start: 0, end: 40, text: "«جمله»\n\u{200C}\u{0}", sentence: 12),
            date: nil, placeKey: "", participants: [0, Int32.max, -3], groupKeys: ["هیئت", ""],
            institutionKeys: [], rule: "meeting.frame.noun", ruleSource: nil)
        let bytes = Data(meeting.encoded())
        #expect(try MeetingSummary(decoding: bytes) == meeting)
        #expect(throws: StoreError.self) { try MeetingSummary(decoding: bytes.dropLast()) }
        #expect(throws: StoreError.self) { try MeetingSummary(decoding: bytes + [0]) }
    }

    @Test func aSpillWhoseFileWentAwayFailsTheStoresTables() throws {
        let folder = try ExportSinkTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = RandomCorpus(seed: 6)
        let documents = random.documents(10)
        let meetings = try MeetingSpill(path: folder.appendingPathComponent("meetings").path)
        let store = try GraphStore.inMemory()
        var builder = CorpusGraphBuilder.admittedByStore(spillingMeetingsTo: meetings)
        for (document, isNew) in zip(documents, try store.admit(documents.map(StorableDocument.init))) where isNew {
            builder.addAdmitted(document)
        }
        // Closed under the writer's feet: the meetings cannot be written, and the tables say so.
        meetings.remove()
        let resolved = ResolvedGraph(builder)
        #expect(throws: (any Error).self) { try builder.meetings.check() }
        #expect(throws: (any Error).self) { try store.rebuild(from: resolved) }
    }
}
