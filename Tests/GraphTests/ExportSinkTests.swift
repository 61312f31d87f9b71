import Foundation
import Testing
@testable import Graph

/// The writers print the same bytes into a sink, chunk by chunk, as they return whole; a sink reports
/// its consumer's failure once, when finished.
@Suite("Export sinks")
struct ExportSinkTests {
    /// A graph with evidence, roles and every kind of node, from the random corpus of the store tests.
    static let graph: CorpusGraph = {
        var random = RandomCorpus(seed: 5)
        return CorpusGraphBuilder.graph(random.documents(60))
    }()

    /// A folder of its own for one test's files, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("didar-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Prints with `write` into file sinks of `chunk`-byte chunks and reads the files back, by name.
    static func printed(chunk: Int, _ write: ((String) throws -> ExportSink) throws -> Void) throws -> [String: Data] {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var sinks: [(String, ExportSink)] = []
        try write { name in
            let sink = try ExportSink.file(at: folder.appendingPathComponent(name), chunkSize: chunk)
            sinks.append((name, sink))
            return sink
        }
        var files: [String: Data] = [:]
        for (name, sink) in sinks {
            try sink.finish()
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test(arguments: [1, 7, 4096, ExportSink.defaultChunkSize])
    func everyWriterPrintsTheBytesItReturns(chunk: Int) throws {
        for scope in [GraphFilter.Scope.people, .all] {
            let view = GraphFilter(scope: scope).apply(to: Self.graph)
            #expect(try Self.printed(chunk: chunk) { GEXFWriter().write(view, to: try $0("graph.gexf")) }
                == ["graph.gexf": GEXFWriter().write(view)])
            #expect(try Self.printed(chunk: chunk) { GraphMLWriter().write(view, to: try $0("graph.graphml")) }
                == ["graph.graphml": GraphMLWriter().write(view)])
            let json = try Self.printed(chunk: chunk) { NodeLinkJSONWriter().write(view, to: try $0("graph.json")) }
            #expect(json == ["graph.json": Data(NodeLinkJSONWriter().document(view).prettyPrinted())])
            #expect(try Self.printed(chunk: chunk) { try CSVWriter().write(view, to: $0) }
                == CSVWriter().write(view).mapValues { Data($0.utf8) })
            #expect(try Self.printed(chunk: chunk) { try Neo4jWriter().write(view, to: $0) }
                == Neo4jWriter().write(view).mapValues { Data($0.utf8) })
        }
        #expect(CSVWriter().write(Self.graph).keys.sorted() == CSVWriter.fileNames.sorted())
    }

    @Test func anEmptyGraphPrintsItsEmptyLists() throws {
        let empty = CorpusGraph(nodes: [], edges: [])
        let json = try Self.printed(chunk: 3) { NodeLinkJSONWriter().write(empty, to: try $0("graph.json")) }
        #expect(json["graph.json"] == Data(NodeLinkJSONWriter().document(empty).prettyPrinted()))
        #expect(String(decoding: json["graph.json"]!, as: UTF8.self).contains("\"edges\" : [\n\n  ]"))
    }

    @Test func aFailingConsumerIsReportedOnceAndGetsNothingMore() throws {
        struct DiskFull: Error {}
        var chunks: [[UInt8]] = []
        let sink = ExportSink(chunkSize: 4, consume: { bytes in
            if chunks.count == 1 { throw DiskFull() }
            chunks.append(bytes)
        })
        sink.append("abcd")   // handed on
        sink.append("efgh")   // refused: the failure is kept
        sink.append("ijkl")   // dropped
        #expect(chunks == [Array("abcd".utf8)])
        #expect(throws: DiskFull.self) { try sink.finish() }
        #expect(throws: DiskFull.self) { try sink.finish() }
        #expect(chunks.count == 1)
    }

    @Test func theLastShortChunkIsHandedOnWhenFinished() throws {
        var received: [UInt8] = []
        var closed = 0
        let sink = ExportSink(chunkSize: 5, consume: { received += $0 }, close: { closed += 1 })
        sink.append("abcdefg")
        #expect(received == Array("abcdefg".utf8), "a chunk is at least the chunk size, not cut")
        sink.append("hi")
        #expect(received.count == 7)
        try sink.finish()
        try sink.finish()
        #expect(String(decoding: received, as: UTF8.self) == "abcdefghi")
        #expect(closed == 1)
    }

    @Test func aFileThatCannotBeMadeIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("didar-no-such-folder-\(UUID().uuidString)/graph.json")
        #expect(throws: (any Error).self) { try ExportSink.file(at: url) }
    }
}

extension CorpusGraphBuilder {
    /// The whole graph of `documents`.
    static func graph(_ documents: [DocumentGraph]) -> CorpusGraph {
        var builder = CorpusGraphBuilder()
        for document in documents { builder.add(document) }
        return builder.build()
    }
}
