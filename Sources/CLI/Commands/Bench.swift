import ArgumentParser
import Extractors
import Foundation
import Graph

/// `didar bench`: throughput of each stage on a corpus, as JSON on standard output.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the throughput of a stage (text, extract, build, render) on a corpus.",
        discussion: """
        Prints one JSON object per stage: mb_per_s, docs_per_s, seconds (wall), cpu_seconds,
        peak_rss_mb, documents, bytes. `build` is extraction, resolution and every export except drawing.

        Examples:
          didar bench --stage text                       the dev corpus (../shared/data/fars-news/dev.jsonl)
          didar bench --stage build --synthesize 10000   a synthesized corpus of 10,000 articles
          didar bench --stage all seeds
        """
    )

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case text, extract, build, render, all
    }

    @Option(help: "text | extract | build | render | all")
    var stage: Stage = .text

    @Argument(help: "The corpus: files, folders or JSON Lines (default: ../shared/data/fars-news/dev.jsonl).")
    var inputs: [String] = []

    @Option(help: "Make a corpus of N articles by recombining the corpus's sentences and varying names from the lexicons.")
    var synthesize: Int?

    @Option(help: "Write the synthesized corpus to this JSON Lines file as well.")
    var writeCorpus: String?

    @Option(help: "Repeat the text stage this many times and report the best (reduces noise).")
    var repeats = 1

    @Option(help: "Seed of the synthesizer's random generator (the same seed gives the same corpus).")
    var seed: UInt64 = 1

    func run() throws {
        var options = try InputOptions.parse([])
        options.inputs = inputs.isEmpty ? ["../shared/data/fars-news/dev.jsonl"] : inputs
        options.keepGoing = true
        var reader = DocumentReader(options: options)
        var documents: [SourceDocument] = []
        try reader.forEachDocument { documents.append($0) }
        if let n = synthesize {
            let extractor = try Lexicons.loadExtractor()
            documents = CorpusSynthesizer(seed: seed, lexicons: extractor.lexicons).synthesize(count: n, from: documents)
            if let path = writeCorpus {
                try CorpusSynthesizer.writeJSONLines(documents, to: URL(fileURLWithPath: path))
            }
        }
        let stages: [Stage] = stage == .all ? [.text, .extract, .build, .render] : [stage]
        for s in stages {
            let result = try measure(s, documents)
            let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    private func measure(_ stage: Stage, _ documents: [SourceDocument]) throws -> [String: Any] {
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var best: (wall: Double, cpu: Double)?
        var extra: [String: Any] = [:]
        for _ in 0..<(stage == .text ? max(1, repeats) : 1) {
            let before = ResourceUsage.now()
            extra = try runStage(stage, documents)
            let after = ResourceUsage.now()
            let sample = (after.wall - before.wall, after.cpu - before.cpu)
            if best == nil || sample.0 < best!.wall { best = sample }
        }
        let wall = max(best!.wall, 1e-9)
        var result: [String: Any] = [
            "stage": stage.rawValue,
            "documents": documents.count,
            "bytes": bytes,
            "seconds": round3(wall),
            "cpu_seconds": round3(best!.cpu),
            "mb_per_s": round3(Double(bytes) / 1_000_000 / wall),
            "docs_per_s": round3(Double(documents.count) / wall),
            "peak_rss_mb": round3(ResourceUsage.peakRSSMegabytes()),
            "threads": stage == .text ? 1 : ProcessInfo.processInfo.activeProcessorCount,
        ]
        result.merge(extra) { a, _ in a }
        return result
    }

    private func runStage(_ stage: Stage, _ documents: [SourceDocument]) throws -> [String: Any] {
        switch stage {
        case .text:
            // One core: read + normalize + split + tokenize, the text layer alone.
            let analyzer = TextAnalyzer()
            var tokens = 0
            for d in documents { tokens += analyzer.analyze(d).tokens.count }
            return ["tokens": tokens]
        case .extract:
            let batcher = BatchExtractor(extractor: try Lexicons.loadExtractor())
            var people = 0
            for batch in stride(from: 0, to: documents.count, by: 256).map({ Array(documents[$0..<min($0 + 256, documents.count)]) }) {
                people += batcher.extract(batch).reduce(0) { $0 + $1.people.count }
            }
            return ["people": people]
        case .build:
            let pipeline = try CorpusPipeline()
            let graph = pipeline.buildGraph(documents)
            let exports = try GraphExports.all(graph)
            return ["nodes": graph.nodes.count, "edges": graph.edges.count, "export_bytes": exports.values.reduce(0) { $0 + $1.count }]
        case .render:
            let pipeline = try CorpusPipeline()
            let graph = pipeline.buildGraph(documents)
            let rendered = try DiagramRenderer(options: DiagramOptions()).render(graph, formats: [.svg])
            return ["rendered_bytes": rendered.values.reduce(0) { $0 + $1.count }]
        case .all:
            return [:]
        }
    }

    private func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
