import ArgumentParser
import Extractors
import Foundation
import Graph

/// `didar bench`: throughput of each stage on a corpus, as JSON on standard output.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the throughput of a stage (text, extract, build, render) on a corpus.",
        discussion: """
        Prints one JSON object per stage: mb_per_s, mb_per_cpu_s, docs_per_s, seconds (wall),
        cpu_seconds, peak_rss_mb, documents, bytes. `text` is decoding, normalization, sentence
        splitting and tokenization on one core; `extract` is every rule on every core; `build` is
        extraction with every batch streamed into a new store, resolution, every export and the
        store's derived tables, through the code of `didar build --no-draw`; `render` is drawing the
        built graph as SVG through Graphviz. The corpus is read into memory first (not
        timed), so stages are measured apart from the disk.

        `adversarial` (not part of `all`) extracts, on one core, three articles made to be hard: 50,000
        titles in a row, a 1 MB sentence without punctuation, 5,000 names in one list; it prints the
        microseconds per byte of each, of the text layer and of the whole extraction, beside the
        corpus's ordinary prose.

        Examples:
          didar bench --stage text                       the dev corpus (../shared/data/fars-news/dev.jsonl)
          didar bench --stage build --synthesize 10000   a synthesized corpus of 10,000 articles
          didar bench --synthesize 100000 --write-corpus big.jsonl
                                                         only write the synthesized corpus (streamed)
          didar bench --stage all seeds
          didar bench --stage adversarial
        """
    )

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case text, extract, build, render, all, adversarial
    }

    @Option(help: "text | extract | build | render | all | adversarial (default: text; none when only --write-corpus is asked).")
    var stage: Stage?

    @Argument(help: "The corpus: files, folders or JSON Lines (default: ../shared/data/fars-news/dev.jsonl).")
    var inputs: [String] = []

    @Option(help: "Make a corpus of N articles by recombining the corpus's sentences and varying names from the lexicons.")
    var synthesize: Int?

    @Option(help: "Draw the synthesized corpus's people from a pool of this many, whatever N (default: 40·N^0.6, growing with N).")
    var pool: Int?

    @Option(help: "Write the synthesized corpus to this JSON Lines file as well.")
    var writeCorpus: String?

    @Option(help: "Repeat the stage this many times and report the fastest run (reduces noise).")
    var repeats = 1

    @Option(help: "Seed of the synthesizer's random generator (the same seed gives the same corpus).")
    var seed: UInt64 = 1

    func validate() throws {
        if let n = synthesize, n < 1 { throw ValidationError("--synthesize takes a positive number of articles") }
        if writeCorpus != nil, synthesize == nil { throw ValidationError("--write-corpus needs --synthesize N") }
        if let pool, synthesize == nil || pool < 1 { throw ValidationError("--pool takes a positive number of people, with --synthesize N") }
        if repeats < 1 { throw ValidationError("--repeats takes a positive number") }
    }

    func run() throws {
        // The default corpus is named here, since the input options refuse to parse without one.
        let options = try InputOptions.parse(["--keep-going"] + (inputs.isEmpty ? ["../shared/data/fars-news/dev.jsonl"] : inputs))
        var reader = DocumentReader(options: options, dateReader: DateReader(lexicons: try TextLexicons.bundled()))
        var documents: [SourceDocument] = []
        try reader.forEachDocument { documents.append($0) }

        if let n = synthesize {
            var synthesizer = CorpusSynthesizer(seed: seed, lexicons: try Lexicons.loadExtractor().lexicons, source: documents)
            synthesizer.fixedPool = pool
            if let path = writeCorpus, stage == nil {
                // Only the corpus is wanted: stream it to the file, never holding it whole.
                try CorpusSynthesizer.writeJSONLines(to: URL(fileURLWithPath: path)) { write in
                    try synthesizer.forEachDocument(count: n, write)
                }
                return
            }
            documents = synthesizer.synthesize(count: n)
            if let path = writeCorpus {
                try CorpusSynthesizer.writeJSONLines(to: URL(fileURLWithPath: path)) { write in
                    for document in documents { try write(document) }
                }
            }
        }
        let chosen = stage ?? .text
        if chosen == .adversarial {
            let data = try JSONSerialization.data(withJSONObject: try adversarial(documents), options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        for s in chosen == .all ? [.text, .extract, .build, .render] : [chosen] {
            let data = try JSONSerialization.data(withJSONObject: try measure(s, documents), options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// Times one stage (the fastest of `repeats` runs) and adds the throughput figures.
    private func measure(_ stage: Stage, _ documents: [SourceDocument]) throws -> [String: Any] {
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let run = try prepare(stage, documents)
        var best: (wall: Double, cpu: Double)?
        var extra: [String: Any] = [:]
        for _ in 0..<repeats {
            let before = ResourceUsage.now()
            extra = try run()
            let after = ResourceUsage.now()
            let sample = (wall: after.wall - before.wall, cpu: after.cpu - before.cpu)
            if best == nil || sample.wall < best!.wall { best = sample }
        }
        let wall = max(best!.wall, 1e-9)
        var result: [String: Any] = [
            "stage": stage.rawValue,
            "documents": documents.count,
            "bytes": bytes,
            "seconds": round3(wall),
            "cpu_seconds": round3(best!.cpu),
            "mb_per_s": round3(Double(bytes) / 1_000_000 / wall),
            // On a loaded machine wall time includes waiting for a core; CPU time does not.
            "mb_per_cpu_s": round3(Double(bytes) / 1_000_000 / max(best!.cpu, 1e-9)),
            "docs_per_s": round3(Double(documents.count) / wall),
            "peak_rss_mb": round3(ResourceUsage.peakRSSMegabytes()),
            "threads": stage == .text ? 1 : ProcessInfo.processInfo.activeProcessorCount,
        ]
        result.merge(extra) { a, _ in a }
        return result
    }

    /// The work a stage times; what it needs but does not measure (the graph a drawing draws) is made here.
    private func prepare(_ stage: Stage, _ documents: [SourceDocument]) throws -> () throws -> [String: Any] {
        switch stage {
        case .text:
            // One core: decode to scalars, normalize, split sentences, tokenize, mark boilerplate.
            let analyzer = try TextAnalyzer.bundled()
            return {
                var tokens = 0
                for d in documents { tokens += analyzer.analyze(d).tokens.count }
                return ["tokens": tokens]
            }
        case .extract:
            let batcher = BatchExtractor(extractor: try Lexicons.loadExtractor())
            return {
                var people = 0, meetings = 0
                for start in stride(from: 0, to: documents.count, by: CorpusPipeline.batchSize) {
                    for record in batcher.extract(Array(documents[start..<min(start + CorpusPipeline.batchSize, documents.count)])) {
                        people += record.people.count
                        meetings += record.meetings.count
                    }
                }
                return ["people": people, "meetings": meetings]
            }
        case .build:
            let pipeline = try CorpusPipeline()
            return { try Self.build(documents, pipeline) }
        case .render:
            let graph = try CorpusPipeline().buildGraph(documents)
            return {
                let rendered = try DiagramRenderer(options: DiagramOptions(filter: GraphFilter(dropIsolated: true), allowLarge: true))
                    .render(graph, formats: [.svg])
                return ["rendered_bytes": rendered.values.reduce(0) { $0 + $1.count }]
            }
        case .all, .adversarial:
            return { [:] }
        }
    }

    /// What `didar build --no-draw` does after reading, through the same code: extraction with each
    /// batch streamed into a new store, resolution, every export beside the store's derived tables (in
    /// a temporary folder, removed after); with the seconds each part took (`resolve_seconds` makes the
    /// graph; `store_seconds`, the people's roles and keys and the derived tables, overlaps
    /// `export_seconds`, which includes the fold of the roles and keys; `exports_and_store_seconds` is the
    /// two together).
    private static func build(_ documents: [SourceDocument], _ pipeline: CorpusPipeline) throws -> [String: Any] {
        var clock = ResourceUsage.now()
        func lap() -> Double {
            let now = ResourceUsage.now()
            defer { clock = now }
            return ((now.wall - clock.wall) * 1000).rounded() / 1000
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("didar-bench-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try StoreWriter(replacing: folder.appendingPathComponent("didar.sqlite"))
        // Time spent storing batches on the merging thread, while the workers extract the next batch.
        var appendSeconds = 0.0
        let builder = try pipeline.run({ each in for document in documents { try each(document) } }, meetings: try store.makeMeetingSpill()) { batch in
            let start = ResourceUsage.now().wall
            defer { appendSeconds += ResourceUsage.now().wall - start }
            return try store.append(batch)
        }
        let extractSeconds = lap()
        let resolved = ResolvedGraph(builder, spilling: try store.makeSpill(meetings: true))
        let graph = resolved.graph
        // Counted with the rows the spill holds, as before it held them.
        let nodeCount = try NodeKind.allCases.reduce(0) { $0 + (try resolved.count(of: $1)) }
        let edgeCount = try EdgeKind.allCases.reduce(0) { $0 + (try resolved.count(of: $1)) }
        let resolveSeconds = lap()
        // As `didar build` does: the store's derived tables on their own thread beside the exports,
        // and each export file let go once it is made (counted, not kept).
        let tables = BackgroundTask { () throws -> (reused: Bool, seconds: Double) in
            let start = ResourceUsage.now().wall
            let reused = try store.finish(resolved)
            return (reused, ((ResourceUsage.now().wall - start) * 1000).rounded() / 1000)
        }
        let exportBytes = ByteCounter()
        do {
            resolved.foldPeople()
            try GraphExports.write(graph, beside: tables) { _ in ExportSink(consume: { exportBytes.add($0.count) }) }
        } catch {
            _ = try? tables.wait()
            throw error
        }
        let exportSeconds = lap()
        let (reused, storeSeconds) = try tables.wait()
        try store.commit()
        let tailSeconds = exportSeconds + lap()
        return [
            "nodes": nodeCount,
            "edges": edgeCount,
            "people": graph.nodes(of: .person).count,
            "export_bytes": exportBytes.total,
            "extract_seconds": extractSeconds,
            "store_append_seconds": (appendSeconds * 1000).rounded() / 1000,
            "resolve_seconds": resolveSeconds,
            "export_seconds": exportSeconds,
            "store_seconds": storeSeconds,
            "exports_and_store_seconds": tailSeconds,
            "store_reused_resolution": reused,
        ]
    }

    /// The adversarial cases beside the corpus's prose, on one core: for each, the text layer alone and
    /// the whole extraction (text layer included), in microseconds per UTF-8 byte (fastest of `repeats`).
    private func adversarial(_ prose: [SourceDocument]) throws -> [String: Any] {
        let extractor = try Lexicons.loadExtractor()
        let analyzer = extractor.analyzer
        func timed(_ work: () -> Void) -> Double {
            var best = Double.infinity
            for _ in 0..<repeats {
                let before = ResourceUsage.now()
                work()
                best = min(best, ResourceUsage.now().cpu - before.cpu)
            }
            return best
        }
        func row(_ documents: [SourceDocument]) -> [String: Any] {
            let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
            var tokens = 0, people = 0, meetings = 0, participants = 0
            let text = timed { tokens = documents.reduce(0) { $0 + analyzer.analyze($1).tokens.count } }
            let extract = timed {
                people = 0; meetings = 0; participants = 0
                for document in documents {
                    let record = extractor.extract(document)
                    people += record.people.count
                    meetings += record.meetings.count
                    participants += record.meetings.reduce(0) { $0 + $1.participants.count }
                }
            }
            let perByte = { (seconds: Double) in ((seconds * 1e6 / Double(max(bytes, 1))) * 10_000).rounded() / 10_000 }
            return [
                "documents": documents.count, "bytes": bytes, "tokens": tokens,
                "text_cpu_seconds": round3(text), "extract_cpu_seconds": round3(extract),
                "text_us_per_byte": perByte(text), "extract_us_per_byte": perByte(extract),
                "people": people, "meetings": meetings, "participants": participants,
            ]
        }
        let ordinary = row(prose)
        let base = ordinary["extract_us_per_byte"] as? Double ?? 0
        var cases: [String: Any] = [:]
        for item in AdversarialCorpus(lexicons: extractor.lexicons).cases() {
            var measured = row([item.document])
            let perByte = measured["extract_us_per_byte"] as? Double ?? 0
            measured["extract_vs_prose"] = base > 0 ? (perByte / base * 100).rounded() / 100 : 0
            cases[item.name] = measured
        }
        return ["stage": "adversarial", "prose": ordinary, "cases": cases, "peak_rss_mb": round3(ResourceUsage.peakRSSMegabytes()), "threads": 1]
    }

    private func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// Bytes counted from several threads (the exports' sinks in `didar bench --stage build`).
private final class ByteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ bytes: Int) { lock.withLock { count += bytes } }
    var total: Int { lock.withLock { count } }
}
