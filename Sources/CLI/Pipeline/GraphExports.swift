import Foundation
import Graph

/// Every export of the corpus graph, by the file name it gets in the output folder.
///
/// GraphML, GEXF, node-link JSON and the node/edge CSVs carry the same graph (people, unnamed
/// role-holders, groups and institutions; `met` and `holds-role` edges); `evidence.csv` ties every
/// edge to its meetings, documents, sentences and offsets; `neo4j/` is the bulk-import form.
///
/// The writers are independent (each reads the graph, none writes it), so they run side by side on every
/// core: on a large corpus the XML writers alone take seconds, and this is the serial end of a build.
enum GraphExports {
    static func all(_ graph: CorpusGraph, title: String? = nil) throws -> [String: Data] {
        let writers: [@Sendable () -> [String: Data]] = [
            { ["graph.graphml": GraphMLWriter().write(graph)] },
            { ["graph.gexf": GEXFWriter().write(graph)] },
            { ["graph.json": NodeLinkJSONWriter().write(graph)] },
            // nodes.csv, edges.csv, evidence.csv and merges.csv
            { CSVWriter().write(graph).mapValues { Data($0.utf8) } },
            { ["graph.dot": Data(DOTWriter(title: title).write(graph).utf8)] },
            { Dictionary(uniqueKeysWithValues: Neo4jWriter().write(graph).map { ("neo4j/" + $0.key, Data($0.value.utf8)) }) },
        ]
        var files: [String: Data] = [:]
        for part in BatchExtractor.parallelMap(writers, { $0() }) {
            files.merge(part) { first, _ in first }
        }
        return files
    }
}
