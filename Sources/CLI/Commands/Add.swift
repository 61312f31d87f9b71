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
        // The store is checked before anything is written to it, and a new one is made only once
        // there is a document to put in it: a run that reads nothing leaves no file behind.
        let existing: StoreFile
        do { existing = try StoreFile.inspect(path: db) } catch {
            throw UserFacingError(message: error.description, exitCode: ExitStatus.storeFailed)
        }
        var opened: GraphStore?
        func store() throws -> GraphStore {
            if let opened { return opened }
            do {
                try OutputFolder.prepare(URL(fileURLWithPath: db).deletingLastPathComponent(), for: "the store")
                let made = try GraphStore(path: db)
                opened = made
                return made
            } catch let error as UserFacingError {
                throw error
            } catch let error as StoreFileError {
                throw UserFacingError(message: error.description, exitCode: ExitStatus.storeFailed)
            } catch {
                throw UserFacingError(message: "cannot open the store at \(db): \(error)", exitCode: ExitStatus.storeFailed)
            }
        }
        // A batch is one transaction: an interrupted add loses only the batch under way.
        Interruption.install {}
        let pipeline = try CorpusPipeline(lexiconDirectory: lexicons.directory)
        if let summary = LexiconOptions.summary(pipeline.extractor) { print(summary) }
        var reader = DocumentReader(options: input, dateReader: pipeline.extractor.dateReader)
        var added = 0, replaced = 0, skipped = 0
        // Articles already stored (same content) are skipped before extraction, so re-running
        // `add` on a corpus that is mostly stored costs a read and a hash per article, no more.
        var stored: Set<String> = []
        if existing != .absent && existing != .empty {
            do { stored = try store().storedContentHashes() } catch let error as UserFacingError { throw error } catch {
                throw UserFacingError(message: "the store at \(db) cannot be read: \(error)", exitCode: ExitStatus.storeFailed)
            }
        }
        var batch: [SourceDocument] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let target = try store()
            do {
                let result = try target.add(pipeline.storableDocuments(batch), rebuild: false)
                added += result.added.count
                replaced += result.replaced.count
                skipped += result.skipped.count
            } catch {
                throw UserFacingError(message: "the store refused a batch (nothing of it was written): \(error)", exitCode: ExitStatus.storeFailed)
            }
            batch.removeAll(keepingCapacity: true)
        }
        let progress = ProgressBar.forWork("adding", total: nil, quiet: input.quiet)
        try readAll(&reader) { reader in
            try reader.forEachDocument { document in
                progress.advance()
                guard stored.insert(DocumentGraphMapper.contentHash(document.text)).inserted else {
                    skipped += 1
                    return
                }
                batch.append(document)
                if batch.count >= batchSize { try flush() }
            }
            try flush()
        }
        progress.finish()
        try reader.refuseIfEmpty()
        guard let target = opened else {
            // Every document read was already stored: nothing to write.
            print("added 0, replaced 0, already stored \(skipped); the store is unchanged (\(db))")
            return try reader.finish()
        }
        do {
            if try target.needsRebuild() {
                try ProgressBar.during("re-resolving entities over the store", quiet: input.quiet) { try target.rebuild() }
            }
        } catch {
            throw UserFacingError(message: "re-resolving entities failed (the added documents are stored; run `didar add` again to retry): \(error)", exitCode: ExitStatus.storeFailed)
        }
        print("added \(added), replaced \(replaced), already stored \(skipped); the store now holds \(try target.documentCount()) documents (\(db))")
        try reader.finish()
    }
}
