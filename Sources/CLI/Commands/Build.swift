import ArgumentParser
import Extractors
import Foundation
import Graph
import Graphviz

/// `didar build`: articles in, the who-met-whom graph out — diagrams, exports and the store.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the who-met-whom graph of a set of articles: DOT, SVG/PNG/PDF, GraphML, GEXF, CSV, JSON, Neo4j and the store.",
        discussion: """
        Writes into the output folder: graph.dot graph.svg graph.png graph.pdf graph.graphml graph.gexf
        graph.json nodes.csv edges.csv evidence.csv merges.csv neo4j/ didar.sqlite. Every file is written
        whole or not at all: an interrupted build leaves the previous outputs in place.

        The exports and the diagram are the people's network: people and unnamed role-holders joined by
        met (they were at the same meeting). --actors adds groups and institutions, tied to the meetings
        they took part in (attended, represented) and to their role-holders (holds-role). The diagram
        of a large corpus draws the --top N people with the most meetings (0: all), communities
        coloured; the summary says what it left out.

        Examples:
          didar build seeds -o out
          didar build ../shared/data/fars-news/dev.jsonl -o out/fars --keep-going --layout sfdp
          didar build seeds -o out/ego --person "علوی" --depth 2 --format png
          didar build seeds -o out/actors --actors --top 0
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var diagram: DiagramFilterOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output = "out"

    @Option(help: "The store to write (default: <output>/didar.sqlite). It is rebuilt from these inputs.")
    var db: String?

    @Flag(help: "Skip the diagrams (exports and store only).")
    var noDraw = false

    @Flag(help: "Export and draw the actors' view: groups and institutions too, tied to the meetings they took part in (met always joins people only).")
    var actors = false

    /// The view exports and the diagram show: the people's network unless `--actors` (or `--kind`) says otherwise.
    var exportScope: GraphFilter.Scope { actors ? .all : .people }

    func run() throws {
        let outDir = URL(fileURLWithPath: output)
        let storeURL = db.map { URL(fileURLWithPath: $0) } ?? outDir.appendingPathComponent("didar.sqlite")
        let storeDir = storeURL.deletingLastPathComponent()
        // Before any work: the store's path must hold a Didar store or nothing (someone else's database
        // or a text file is never replaced), and both folders must be writable.
        do { _ = try StoreFile.inspect(path: storeURL.path) } catch {
            throw UserFacingError(message: error.description, exitCode: ExitStatus.storeFailed)
        }
        try OutputFolder.prepare(outDir, for: "the outputs")
        try OutputFolder.prepare(storeDir, for: "the store")
        Interruption.install {
            Interruption.removeOwnTemporaries(in: outDir)
            Interruption.removeOwnTemporaries(in: storeDir)
        }
        let pipeline = try CorpusPipeline(lexiconDirectory: lexicons.directory)
        if let summary = LexiconOptions.summary(pipeline.extractor) { print(summary) }
        var reader = DocumentReader(options: input, dateReader: pipeline.extractor.dateReader)
        // Each batch goes to the new store as soon as it is merged, so no article is kept whole.
        let store = try StoreWriter(replacing: storeURL)
        var resolved: ResolvedGraph?
        var repeatedTexts: [String] = []
        var diagramLines: [String] = []
        do {
            try readAll(&reader) { reader in
                let progress = ProgressBar.forWork("extracting", quiet: input.quiet)
                // The meetings too go to a file beside the new store as they are merged, not to memory.
                let meetings = try store.makeMeetingSpill()
                let builder = try pipeline.run({ try reader.forEachDocument($0) }, progress: progress, meetings: meetings) { batch in
                    try store.append(batch)
                }
                repeatedTexts = builder.duplicateDocuments
                // An empty or wrong input must not replace a good store with an empty one.
                guard reader.report.read > 0 else { return }
                // The rows only the store needs (a node per article, its meetings' `part-of` and `held-at`
                // edges; the meetings themselves unless an actors' view is exported or drawn) go to a file
                // beside it rather than into the graph held for the exports.
                let actorsShown = exportScope == .all || (!noDraw && (diagram.kind ?? exportScope) == .all)
                let spill = try store.makeSpill(meetings: !actorsShown)
                resolved = ProgressBar.during("resolving entities", quiet: input.quiet) { ResolvedGraph(builder, spilling: spill) }
            }
            try reader.refuseIfEmpty()
        } catch {
            store.discard()
            throw error
        }
        // Read through the optional, never bound to a local, so that `resolved = nil` frees it.
        guard resolved != nil else { return store.discard() }
        let graph = resolved!.graph
        let counts: SummaryCounts
        do {
            counts = try SummaryCounts(resolved!)
        } catch {
            store.discard()
            throw UserFacingError(message: "the store could not be written: \(error)", exitCode: ExitStatus.storeFailed)
        }

        var staged = try StagedOutputs(directory: outDir)
        do {
            // The exports need only the graph; the store also needs each person's roles and keys. The
            // store's tables are written on a thread of their own while this one folds the roles and keys
            // and then makes the exports, so side by side they take about half the sum on two cores. The
            // file is renamed into place only with the other outputs, so a failure below still leaves the
            // previous store.
            let tables = BackgroundTask { [resolved] in try store.finish(resolved!) }
            do {
                let exportsFolder = staged
                let written = try ProgressBar.during("writing the exports and the store", quiet: input.quiet) {
                    // The fold first, which lets every person occurrence go (the store's thread, writing the
                    // graph's tables meanwhile, takes the same fold): the exports never run beside them.
                    resolved!.foldPeople()
                    MemoryRelease.returnFreedPages()
                    // Each export is printed into its staged file as it is made, never held whole; one
                    // writer at a time while the store's tables hold the other core.
                    return try GraphExports.write(graph, scope: exportScope, beside: tables) { name in
                        try exportsFolder.sink(for: name)
                    }
                }
                for name in written { staged.adopt(name) }
            } catch {
                _ = try? tables.wait()
                throw error
            }
            _ = try tables.wait()
            // The resolution (every person occurrence of every article) is not needed for drawing.
            resolved = nil
            MemoryRelease.returnFreedPages()
            if !noDraw {
                var options = DiagramOptions(layout: diagram.layout, formats: try diagram.formats(), allowLarge: diagram.allowLarge)
                options.filter = try diagramFilter(graph)
                // The whole corpus gets the overview cut (`--top`) and community colours; a person's network is small.
                if options.filter.ego == nil { options.top = diagram.top }
                let renderer = DiagramRenderer(options: options)
                let prepared = renderer.prepare(graph)
                let drawing = "drawing the diagram (\(options.formats.map(\.fileExtension).joined(separator: ", ")))"
                let files = try ProgressBar.during(drawing, quiet: input.quiet) { try renderer.render(prepared) }
                for (name, data) in files {
                    try staged.add(name, data)
                }
                if let overview = prepared.overview {
                    diagramLines = DiagramSummary(graph: graph, scope: options.filter.scope, overview: overview, top: diagram.top).lines
                }
            }
            try store.commit()
            try staged.commit()
        } catch {
            store.discard()
            staged.discard()
            throw error
        }
        printSummary(counts, files: staged.relativePaths + [db ?? "didar.sqlite"], outDir: outDir)
        for line in diagramLines { print(line) }
        if !repeatedTexts.isEmpty {
            // Ids are unique by now (the reader renames repeats), so these repeat an earlier article's text.
            let shown = repeatedTexts.prefix(5).joined(separator: ", ") + (repeatedTexts.count > 5 ? ", …" : "")
            print("\(repeatedTexts.count) article(s) repeat an earlier article's text and count once (the first copy is kept): \(shown)")
        }
        try reader.finish()
    }

    /// The diagram filter from the options; `--person` is resolved to a node id by the same look-up as `didar query`.
    func diagramFilter(_ graph: CorpusGraph) throws -> GraphFilter {
        // A diagram is for reading: nodes with no edge at all (an institution only named in passing) are left out.
        var filter = GraphFilter(minWeight: diagram.minWeight, since: diagram.since, until: diagram.until, depth: diagram.depth, scope: diagram.kind ?? exportScope, dropIsolated: true)
        if let name = diagram.person {
            filter.ego = try PersonPicker.uniqueNode(named: name, in: graph).id
        }
        return filter
    }

    private func printSummary(_ counts: SummaryCounts, files: [String], outDir: URL) {
        var table = TextTable(headers: ["what", "count"])
        for (kind, n) in counts.nodes where n > 0 { table.rows.append([kind.rawValue, String(n)]) }
        for (kind, n) in counts.edges where n > 0 { table.rows.append(["\(kind.rawValue) edges", String(n)]) }
        print(table.render())
        print("wrote \(files.count) files to \(outDir.path): \(files.sorted().joined(separator: " "))")
    }
}

/// How many nodes and edges of each kind the build made, those only the store holds included.
private struct SummaryCounts {
    var nodes: [(NodeKind, Int)]
    var edges: [(EdgeKind, Int)]

    init(_ resolved: ResolvedGraph) throws {
        nodes = try NodeKind.allCases.map { ($0, try resolved.count(of: $0)) }
        edges = try EdgeKind.allCases.map { ($0, try resolved.count(of: $0)) }
    }
}
