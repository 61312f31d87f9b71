import Extractors
import Foundation
import Graph

/// The whole flow from documents to the corpus graph: extract each document (in parallel),
/// map its record into the graph's input, and resolve entities across documents (streaming:
/// a document's text is dropped once its graph record, with the evidence spans, is taken).
struct CorpusPipeline {
    let extractor: Extractor
    let batchSize = 256

    init() throws {
        extractor = try Lexicons.loadExtractor()
    }

    /// Extracts a batch on every core and maps each record to a `DocumentGraph`, in input order.
    func documentGraphs(_ documents: [SourceDocument]) -> [DocumentGraph] {
        let extractor = self.extractor
        return BatchExtractor.parallelMap(documents) { document in
            DocumentGraphMapper.map(extractor.extract(document), of: document)
        }
    }

    /// The corpus graph of a set of documents held in memory (the benchmark's entry point).
    func buildGraph(_ documents: [SourceDocument]) -> CorpusGraph {
        var builder = CorpusGraphBuilder()
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            for graph in documentGraphs(Array(documents[start..<min(start + batchSize, documents.count)])) {
                builder.add(graph)
            }
        }
        return builder.build()
    }

    /// Reads, extracts and resolves everything the reader yields, batch by batch; returns the
    /// per-document graphs too (the store keeps them, so entities can be re-resolved later).
    func run(_ reader: inout DocumentReader, progress: ProgressBar? = nil) throws -> (graph: CorpusGraph, documents: [DocumentGraph]) {
        var builder = CorpusGraphBuilder()
        var all: [DocumentGraph] = []
        var batch: [SourceDocument] = []
        func flush() {
            for graph in documentGraphs(batch) {
                builder.add(graph)
                all.append(graph)
            }
            progress?.advance(by: batch.count)
            batch.removeAll(keepingCapacity: true)
        }
        try reader.forEachDocument { document in
            batch.append(document)
            if batch.count >= batchSize { flush() }
        }
        flush()
        progress?.finish()
        return (builder.build(), all)
    }
}
