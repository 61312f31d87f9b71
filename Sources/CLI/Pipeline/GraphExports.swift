import Foundation
import Graph

/// Every export of the corpus graph, by the file name it gets in the output folder.
///
/// GraphML, GEXF, node-link JSON and the node/edge CSVs carry the same view of the graph: by
/// default the people's network (people and unnamed role-holders; `met` and `same-as-candidate`
/// edges), with `scope: .all` the actors' view (groups, institutions and their meetings too; see
/// `GraphFilter`); `evidence.csv` ties every `met` edge to its meetings, documents, sentences and
/// offsets; `neo4j/` is the bulk-import form.
///
/// The writers run side by side on every core (each only reads the graph), and their files are handed
/// over in a fixed order once all are done. They used to run one at a time for the memory peak, when
/// GraphML and GEXF were built as `XMLDocument` trees several times their size; printed as a stream, all
/// the files of a 100,000-article corpus together are ~150 MB, less than the build holds before them.
enum GraphExports {
    /// Each writer's files, by name.
    /// The slowest first (as measured with callgrind on the dev corpus), so the last to start is a short one.
    private static func writers(_ graph: CorpusGraph, title: String?) -> [@Sendable () -> [String: Data]] {
        [
            { ["graph.gexf": GEXFWriter().write(graph)] },
            { ["graph.graphml": GraphMLWriter().write(graph)] },
            { ["graph.json": NodeLinkJSONWriter().write(graph)] },
            // nodes.csv, edges.csv, evidence.csv and merges.csv
            { CSVWriter().write(graph).mapValues { Data($0.utf8) } },
            { Dictionary(uniqueKeysWithValues: Neo4jWriter().write(graph).map { ("neo4j/" + $0.key, Data($0.value.utf8)) }) },
            { ["graph.dot": Data(DOTWriter(title: title).write(graph).utf8)] },
        ]
    }

    /// Writes every export, then hands each file to `take`, in the writers' order and by name within one.
    static func write(
        _ graph: CorpusGraph, scope: GraphFilter.Scope = .people, title: String? = nil, to take: (String, Data) throws -> Void
    ) throws {
        // Cut once: every writer takes a view as it is (and would cut a full graph to the people's view).
        let view = graph.isView ? graph : GraphFilter(scope: scope).apply(to: graph)
        var outputs = BatchExtractor.parallelMap(writers(view, title: title)) { $0() }
        for index in outputs.indices {
            for name in outputs[index].keys.sorted() { try take(name, outputs[index][name]!) }
            outputs[index] = [:]
        }
        MemoryRelease.returnFreedPages()
    }

    /// Every export in memory, by file name (for tests and tools; `didar build` writes them as they come).
    static func all(_ graph: CorpusGraph, scope: GraphFilter.Scope = .people, title: String? = nil) throws -> [String: Data] {
        var files: [String: Data] = [:]
        try write(graph, scope: scope, title: title) { files[$0] = $1 }
        return files
    }
}
