import ArgumentParser
import Crypto
import Extractors
import Foundation

/// `didar eval`: how far to trust the extraction, measured against the user's own annotated articles.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extraction against hand-annotated articles (precision, recall, F1 per field).",
        discussion: """
        Runs the extraction on the inputs as `didar extract` does (only the articles the gold file names are extracted) and scores it as ../shared/eval/score.py does, with the same matching rules and the same figures: people, roles, institutions and met pairs, micro-averaged over the gold documents. Mention offsets are checked against the original text. Gold format: ../shared/gold/seeds.jsonl; scoring rules: ../shared/docs/scoring.md.

        --errors lists every miss and false alarm, grouped by class and by the rule that produced it («no rule fired» for a miss). --pred scores records written earlier by `didar extract --json`.

        Examples:
          didar eval --gold ../shared/gold/seeds.jsonl seeds
          didar eval --gold dev.jsonl ../shared/data/fars-news/dev.jsonl --errors
          didar eval --gold ../shared/gold/seeds.jsonl --pred pred.jsonl --texts seeds
        """
    )

    @Option(help: ArgumentHelp("The annotated articles (JSON Lines, one article a line).", valueName: "file"))
    var gold: String

    @Argument(help: ArgumentHelp("Article files, folders or JSON Lines corpora holding the gold articles (as for `didar extract`).", valueName: "inputs"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Score these records (`didar extract --json` output) instead of running the extraction.", valueName: "file"))
    var pred: String?

    @Option(help: ArgumentHelp("With --pred: the folder of original texts (<id> or <id>.txt) to check offsets against.", valueName: "dir"))
    var texts: String?

    @OptionGroup var lexicons: LexiconOptions

    @Option(help: "JSON Lines inputs: the field that holds the article text.")
    var textField = "text"

    @Option(help: "JSON Lines inputs: the field that holds the document id.")
    var idField = "id"

    @Flag(help: "Skip input documents that cannot be read instead of stopping.")
    var keepGoing = false

    @Flag(help: "Print score.py's JSON object (plus `per_document` and `errors` when asked for).")
    var json = false

    @Flag(help: "Counts (tp/fp/fn) for every document.")
    var perDoc = false

    @Flag(help: "Every miss and false alarm, by class and by the rule that produced it.")
    var errors = false

    func validate() throws {
        if pred != nil && !inputs.isEmpty { throw ValidationError("give either inputs to extract or --pred, not both") }
        if pred == nil && inputs.isEmpty { throw ValidationError("name the articles to extract (files, folders, .jsonl corpora), or give --pred") }
        if texts != nil && pred == nil { throw ValidationError("--texts goes with --pred (when extracting, the inputs are the texts)") }
    }

    func run() throws {
        let goldDocuments = try Self.readGold(gold)
        let goldIDs = Set(goldDocuments.map(\.id))
        var predictions = PredictionSet()
        var originals: [String: String] = [:]
        if let pred {
            try Self.forEachLine(of: pred) { data, line in
                do { predictions.insert(try PredictedDocument(jsonLine: data, line: line)) } catch let e as EvaluationInputError {
                    throw UserFacingError(message: "\(pred):\(e.line): \(e.reason)", exitCode: ExitStatus.badInput)
                }
            }
        } else {
            try extract(wanted: goldIDs, into: &predictions, originals: &originals)
        }
        let textOf: (String) -> String? = { id in
            if let texts { return Self.readText(folder: texts, id: id) }
            return predictions.record(forGoldID: id).flatMap { originals[$0.document] }
        }
        warnAboutGold(goldDocuments, text: textOf)
        let evaluation = Evaluation(gold: goldDocuments, predictions: predictions, text: textOf)
        if !evaluation.missing.isEmpty {
            let shown = evaluation.missing.prefix(5).joined(separator: ", ") + (evaluation.missing.count > 5 ? ", …" : "")
            Terminal.warn("didar: warning: \(evaluation.missing.count) of \(evaluation.goldCount) gold articles have no record in \(pred ?? "the inputs") and count as entirely missed (\(shown))")
        }
        if json {
            print(evaluation.json(perDocument: perDoc, errors: errors))
        } else {
            EvalReport(evaluation: evaluation).print(perDocument: perDoc, errors: errors)
        }
    }

    /// Reads the inputs as `didar extract` does and extracts the articles the gold file names.
    private func extract(wanted: Set<String>, into predictions: inout PredictionSet, originals: inout [String: String]) throws {
        let extractor = try lexicons.loadExtractor()
        if let summary = LexiconOptions.summary(extractor) { Terminal.warn("didar: \(summary)") }
        let options = try InputOptions.parse(["--text-field", textField, "--id-field", idField] + (keepGoing ? ["--keep-going"] : []) + ["--"] + inputs)
        var reader = DocumentReader(options: options, dateReader: extractor.dateReader)
        let batcher = BatchExtractor(extractor: extractor)
        var batch: [SourceDocument] = []
        func flush() {
            for record in batcher.extract(batch) { predictions.insert(PredictedDocument(record)) }
            batch.removeAll(keepingCapacity: true)
        }
        try readAll(&reader) { reader in
            try reader.forEachDocument { document in
                guard PredictionSet.isWanted(document: document.id, goldIDs: wanted) else { return }
                originals[PredictedDocument.baseName(document.id)] = document.text
                batch.append(document)
                if batch.count >= 64 { flush() }
            }
            flush()
        }
        try reader.finish()
    }

    /// Warnings that change no figure: a gold text that is not the annotated one, a pair naming nobody.
    private func warnAboutGold(_ documents: [GoldDocument], text: (String) -> String?) {
        for g in documents {
            if let expected = g.sha256?.lowercased(), let original = text(g.id) {
                let digest = SHA256.hash(data: Data(original.utf8)).map { String(format: "%02x", $0) }.joined()
                if digest != expected { Terminal.warn("didar: warning: \(g.id): the text differs from the one annotated (sha256)") }
            }
            for name in g.pairNamesNotInPeople {
                Terminal.warn("didar: warning: \(gold): \(g.id): the pair name «\(name)» is no person's name; the pair is not scored")
            }
        }
    }

    /// The gold file's records; a line that is not a gold record stops with its file and line.
    static func readGold(_ path: String) throws -> [GoldDocument] {
        var documents: [GoldDocument] = []
        try forEachLine(of: path) { data, line in
            do { documents.append(try GoldDocument(jsonLine: data, line: line)) } catch let e as EvaluationInputError {
                throw UserFacingError(message: "\(path):\(e.line): \(e.reason)", exitCode: ExitStatus.badInput)
            }
        }
        if documents.isEmpty { throw UserFacingError(message: "\(path): no gold records", exitCode: ExitStatus.badInput) }
        return documents
    }

    /// Calls `body` with every non-blank line of a JSON Lines file and its 1-based number.
    static func forEachLine(of path: String, _ body: (Data, Int) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserFacingError(message: "\(path): no such file, or it cannot be read", exitCode: ExitStatus.badInput)
        }
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let isBlank = line.allSatisfy { [0x20, 0x09, 0x0D, 0x0B, 0x0C].contains($0) }
            if !isBlank { try body(Data(line), number) }
        }
    }

    /// score.py's `--texts` look-up: `<dir>/<id>`, else `<dir>/<id>.txt`, read as UTF-8 without its BOM.
    static func readText(folder: String, id: String) -> String? {
        for name in [id, id + ".txt"] {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        }
        return nil
    }
}

/// The human-readable report: score.py's table (same layout and digits), then what was asked for.
struct EvalReport {
    let evaluation: Evaluation

    func print(perDocument: Bool, errors: Bool) {
        if perDocument {
            for d in evaluation.documents {
                let cells = ScoredField.allCases.map { f in
                    let c = d.counts[f]!
                    return "\(f.rawValue):\(c.tp)/\(c.fp)/\(c.fn)"
                }
                Swift.print(d.id, cells.joined(separator: "  "), "(tp/fp/fn)")
            }
        }
        for bad in evaluation.badOffsets.prefix(20) {
            Swift.print("bad offsets: \(bad.document) «\(bad.text ?? "")» [\(bad.start.map(String.init) ?? "?"), \(bad.end.map(String.init) ?? "?"))")
        }
        if !evaluation.missing.isEmpty {
            Swift.print("documents with no prediction:", evaluation.missing.joined(separator: " "))
        }
        Swift.print(Self.pad("", 14) + ["P", "R", "F1"].map { Self.rightAligned($0, 7) }.joined() + ["tp", "fp", "fn"].map { Self.rightAligned($0, 6) }.joined())
        for field in ScoredField.allCases {
            let c = evaluation.totals[field]!
            Swift.print(Self.pad(field.rawValue, 14) + [c.precision, c.recall, c.f1].map { String(format: "%7.3f", $0) }.joined()
                        + [c.tp, c.fp, c.fn].map { Self.rightAligned(String($0), 6) }.joined())
        }
        Swift.print("documents: \(evaluation.goldCount), bad offsets: \(evaluation.badOffsets.count)")
        if errors { printErrors() }
    }

    /// Every mistake, by class (in the scorer's order), then by rule (most frequent first).
    private func printErrors() {
        let mistakes = evaluation.mistakes
        Swift.print("\n" + Terminal.bold("Errors (\(mistakes.count)): by class, then by the rule that produced them"))
        if mistakes.isEmpty { Swift.print("  none") }
        for kind in ExtractionMistake.Kind.allCases {
            let ofKind = mistakes.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            Swift.print("\n" + Terminal.bold("\(kind.rawValue) (\(ofKind.count))"))
            let byRule = Dictionary(grouping: ofKind, by: \.rule).sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
            for (rule, items) in byRule {
                Swift.print("  " + Terminal.accent(rule) + " (\(items.count))")
                for m in items {
                    Swift.print("    \(m.document)  «\(m.text)»" + (m.detail.isEmpty ? "" : Terminal.dim("  \(m.detail)")))
                }
            }
        }
    }

    /// Python's `f"{s:14}"`: left-aligned in `width` characters.
    static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    /// Python's `f"{s:>7}"` for strings and `f"{n:6}"` for numbers: right-aligned.
    static func rightAligned(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
