import ArgumentParser
import Extractors
import Foundation

/// `didar extract`: the per-document record (JSON Lines) or a marked-up explanation for linguists.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what the rules find in each document.",
        discussion: """
        --json prints one record per document (the format of docs/extract-format.md), in input order;
        --explain prints each article with its mentions marked and the rules that fired.

        Examples:
          didar extract --json seeds > pred.jsonl
          didar extract --explain seeds/002_a3a8635b35913460.txt
          didar extract --json ../shared/data/fars-news/dev.jsonl --keep-going
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions

    @Flag(help: "One JSON record per document (the default).")
    var json = false

    @Flag(help: "The article with its mentions marked and the rules that fired.")
    var explain = false

    func validate() throws {
        if json && explain { throw ValidationError("choose one of --json and --explain") }
    }

    func run() throws {
        let extractor = try lexicons.loadExtractor()
        if let summary = LexiconOptions.summary(extractor) { FileHandle.standardError.write(Data("didar: \(summary)\n".utf8)) }
        var reader = DocumentReader(options: input, dateReader: extractor.dateReader)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let out = FileHandle.standardOutput
        var batch: [SourceDocument] = []
        let batcher = BatchExtractor(extractor: extractor)
        let progress = ProgressBar.forWork("extracting", quiet: input.quiet)
        func flush() throws {
            progress.advance(by: batch.count)
            if explain {
                for text in BatchExtractor.parallelMap(batch, { extractor.explain($0) }) {
                    out.write(Data((text + "\n").utf8))
                }
            } else {
                for record in batcher.extract(batch) {
                    var line = try encoder.encode(record)
                    line.append(0x0A)
                    out.write(line)
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        try readAll(&reader) { reader in
            try reader.forEachDocument { document in
                batch.append(document)
                if batch.count >= 64 { try flush() }
            }
            try flush()
        }
        progress.finish()
        try reader.refuseIfEmpty()
        try reader.finish()
    }
}

extension Lexicons {
    /// The bundled lexicons and the extractor, or a message that names the lexicon file and line at fault.
    static func loadExtractor() throws -> Extractor {
        try LexiconOptions.loadExtractor(directory: nil)
    }
}

