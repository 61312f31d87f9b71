import ArgumentParser
import Extractors
import Foundation
import Graph

/// `didar add`: grow a store article by article, over weeks, without ever duplicating anything.
struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles to the store incrementally (documents already stored are skipped by content hash).",
        discussion: """
        Each batch of articles is committed in one transaction; entities are re-resolved across the
        whole store at the end, so a person first seen surname-only can join a full name added later.
        A kill during `add` loses nothing already committed.

        Examples:
          didar add new-articles/ --db out/didar.sqlite
          didar add ../shared/data/fars-news/dev.jsonl --keep-going
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "The store (created when missing).")
    var db = "out/didar.sqlite"

    @Option(help: "Articles per transaction.")
    var batchSize = 256

    func run() throws {
        let store: GraphStore
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: db).deletingLastPathComponent(), withIntermediateDirectories: true)
            store = try GraphStore(path: db)
        } catch {
            throw UserFacingError(message: "cannot open the store at \(db): \(error)", exitCode: ExitStatus.storeFailed)
        }
        // A batch is one transaction: an interrupted add loses only the batch under way.
        Interruption.install {}
        let pipeline = try CorpusPipeline(lexiconDirectory: lexicons.directory)
        if let summary = LexiconOptions.summary(pipeline.extractor) { print(summary) }
        var reader = DocumentReader(options: input)
        var added = 0, replaced = 0, skipped = 0
        // Articles already stored (same content) are skipped before extraction, so re-running
        // `add` on a corpus that is mostly stored costs a read and a hash per article, no more.
        var stored: Set<String>
        do { stored = try store.storedContentHashes() } catch {
            throw UserFacingError(message: "the store at \(db) cannot be read: \(error)", exitCode: ExitStatus.storeFailed)
        }
        var batch: [SourceDocument] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            do {
                let result = try store.add(pipeline.storableDocuments(batch), rebuild: false)
                added += result.added.count
                replaced += result.replaced.count
                skipped += result.skipped.count
            } catch {
                throw UserFacingError(message: "the store refused a batch (nothing of it was written): \(error)", exitCode: ExitStatus.storeFailed)
            }
            batch.removeAll(keepingCapacity: true)
        }
        try readAll(&reader) { reader in
            try reader.forEachDocument { document in
                guard stored.insert(DocumentGraphMapper.contentHash(document.text)).inserted else {
                    skipped += 1
                    return
                }
                batch.append(document)
                if batch.count >= batchSize { try flush() }
            }
            try flush()
        }
        do {
            if try store.needsRebuild() { try store.rebuild() }
        } catch {
            throw UserFacingError(message: "re-resolving entities failed (the added documents are stored; run `didar add` again to retry): \(error)", exitCode: ExitStatus.storeFailed)
        }
        print("added \(added), replaced \(replaced), already stored \(skipped); the store now holds \(try store.documentCount()) documents (\(db))")
        try reader.finish()
    }
}
