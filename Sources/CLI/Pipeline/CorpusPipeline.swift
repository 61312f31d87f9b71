import Dispatch
import Extractors
import Foundation
import Graph

/// The whole flow from documents to the corpus graph: extract each document (in parallel),
/// map its record into the graph's input, and resolve entities across documents.
///
/// Streaming: documents are read and extracted one batch at a time, and a document's text is
/// dropped once its `DocumentGraph` (spans, names and the evidence sentences of meetings, never the
/// article) is taken; the graphs go to the store and only the builder's summaries stay, so memory
/// grows with the entities and evidence of the corpus, not its bytes.
struct CorpusPipeline {
    let extractor: Extractor
    /// Documents extracted together: enough to keep every core busy, few enough that their texts stay small.
    static let batchSize = 256

    /// Display forms of names (ZWNJs restored), made from the extractor's own lexicons, so a researcher's
    /// zwnj-words.txt counts too and the files are read once; each text's form is made once (`DisplayCache`).
    let display: DisplayCache

    /// - Parameter lexiconDirectory: the folder of the researcher's own lexicon files (`--lexicons`), if any.
    init(lexiconDirectory: String? = nil) throws {
        extractor = try LexiconOptions.loadExtractor(directory: lexiconDirectory)
        display = DisplayCache(DisplayForm(zwnjWords: extractor.lexicons["zwnj-words"]))
    }

    /// Extracts a batch on every core and maps each record to a `DocumentGraph`, in input order.
    func documentGraphs(_ documents: [SourceDocument]) -> [DocumentGraph] {
        let (extractor, display) = (self.extractor, self.display)
        return BatchExtractor.parallelMap(documents) { document in
            DocumentGraphMapper.map(extractor.extract(document), of: document, display: display)
        }
    }

    /// Extracts a batch on every core and makes each article's graph ready for the store (its JSON
    /// encoded on the same worker), in input order.
    func storableDocuments(_ documents: [SourceDocument]) -> [StorableDocument] {
        let (extractor, display) = (self.extractor, self.display)
        return BatchExtractor.parallelMap(documents) { document in
            StorableDocument(DocumentGraphMapper.map(extractor.extract(document), of: document, display: display))
        }
    }

    /// The corpus graph of a set of documents held in memory (the benchmark's entry point).
    func buildGraph(_ documents: [SourceDocument]) -> CorpusGraph {
        var builder = CorpusGraphBuilder()
        for start in stride(from: 0, to: documents.count, by: Self.batchSize) {
            for graph in documentGraphs(Array(documents[start..<min(start + Self.batchSize, documents.count)])) {
                builder.add(graph)
            }
        }
        return builder.build()
    }

    /// Reads, extracts and merges everything `source` yields, batch by batch, into a builder;
    /// hands each batch's articles, encoded for the store, to `store` (which writes them and says which
    /// were new) and merges those into the builder, keeping nothing of the batch afterwards. Resolve with
    /// `ResolvedGraph(_:spilling:)` and write that store's tables from it.
    ///
    /// Reading overlaps extraction: while one batch is extracted (and encoded) on the worker threads,
    /// this thread reads and decodes the next and then stores and merges the previous one, so the
    /// serial part (disk, JSON, merging, the store) does not leave the cores idle. Batches are merged in
    /// input order, so ids do not depend on timing.
    ///
    /// - Parameters:
    ///   - source: calls its argument once per document, in order (`DocumentReader.forEachDocument`).
    ///   - store: stores a batch without replacing any stored article (`GraphStore.admit(_:)`) and says,
    ///     for each article in order, whether it was new: the store, not the builder, remembers which
    ///     ids and texts were seen (`CorpusGraphBuilder.admittedByStore()`), so no table of the articles
    ///     grows in memory.
    ///   - meetings: where the builder keeps the meetings instead of memory (`StoreWriter.makeMeetingSpill()`).
    func run(
        _ source: (_ each: (SourceDocument) throws -> Void) throws -> Void, progress: ProgressBar? = nil,
        meetings: MeetingSpill? = nil, store: @escaping ([StorableDocument]) throws -> [Bool]
    ) throws -> CorpusGraphBuilder {
        var builder = CorpusGraphBuilder.admittedByStore(spillingMeetingsTo: meetings)
        var batch: [SourceDocument] = []
        batch.reserveCapacity(Self.batchSize)
        // The batch on the worker threads; the batch's documents (and texts) go once its work is done.
        var inFlight: BackgroundTask<[StorableDocument]>?

        // Waits for a batch and merges it, in order.
        func collect(_ pending: BackgroundTask<[StorableDocument]>?) throws {
            guard let pending else { return }
            let documents = try pending.wait()
            let stored = try store(documents)
            for (document, isNew) in zip(documents, stored) {
                if isNew {
                    builder.addAdmitted(document.graph)
                } else {
                    builder.noteRepeat(document.graph.document.id)
                }
            }
            progress?.advance(by: documents.count)
        }
        // Hands the batch just read to the workers, then merges the one before it while they work.
        func dispatch() throws {
            let previous = inFlight
            inFlight = nil
            if !batch.isEmpty {
                let documents = batch
                inFlight = BackgroundTask { storableDocuments(documents) }
                batch = []
                batch.reserveCapacity(Self.batchSize)
            }
            try collect(previous)
        }
        try source { document in
            batch.append(document)
            if batch.count >= Self.batchSize { try dispatch() }
        }
        try dispatch()
        try collect(inFlight)
        inFlight = nil
        progress?.finish()
        return builder
    }
}
