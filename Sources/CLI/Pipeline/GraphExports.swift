import Foundation
import Graph

/// Every export of the corpus graph, by the file name it gets in the output folder.
///
/// GraphML, GEXF, node-link JSON and the node/edge CSVs carry the same graph (people, unnamed
/// role-holders, groups and institutions; `met` and `holds-role` edges); `evidence.csv` ties every
/// edge to its meetings, documents, sentences and offsets; `neo4j/` is the bulk-import form.
///
/// One writer at a time, each file handed over (to be written to disk) and its memory given back before the
/// next starts: on a corpus of 100,000 articles the exports are 150 MB, and a build already holds its
/// graph (and, while the store's tables are written beside the exports, the resolution) in memory.
enum GraphExports {
    /// Each writer's files, by name.
    private static func writers(_ graph: CorpusGraph, title: String?) -> [() -> [String: Data]] {
        [
            { ["graph.graphml": GraphMLWriter().write(graph)] },
            { ["graph.json": NodeLinkJSONWriter().write(graph)] },
            { ["graph.gexf": GEXFWriter().write(graph)] },
            // nodes.csv, edges.csv, evidence.csv and merges.csv
            { CSVWriter().write(graph).mapValues { Data($0.utf8) } },
            { ["graph.dot": Data(DOTWriter(title: title).write(graph).utf8)] },
            { Dictionary(uniqueKeysWithValues: Neo4jWriter().write(graph).map { ("neo4j/" + $0.key, Data($0.value.utf8)) }) },
        ]
    }

    /// Writes every export, handing each file to `take` as soon as its writer is done.
    static func write(_ graph: CorpusGraph, title: String? = nil, to take: (String, Data) throws -> Void) throws {
        // Every writer cuts what it is given to the exported view, in O(1) when it is one already: cut once.
        for writer in writers(graph.exportedView, title: title) {
            var files = writer()
            for name in files.keys.sorted() { try take(name, files[name]!) }
            files = [:]
            MemoryRelease.returnFreedPages()
        }
    }

    /// Every export in memory, by file name (for tests and tools; `didar build` writes them as they come).
    static func all(_ graph: CorpusGraph, title: String? = nil) throws -> [String: Data] {
        var files: [String: Data] = [:]
        try write(graph, title: title) { files[$0] = $1 }
        return files
    }
}
