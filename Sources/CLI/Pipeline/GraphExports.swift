import Foundation
import Graph

/// Every export of the corpus graph, by the file name it gets in the output folder.
///
/// GraphML, GEXF, node-link JSON and the node/edge CSVs carry the same graph (people, unnamed
/// role-holders, groups and institutions; `met` and `holds-role` edges); `evidence.csv` ties every
/// edge to its meetings, documents, sentences and offsets; `neo4j/` is the bulk-import form.
enum GraphExports {
    static func all(_ graph: CorpusGraph, title: String? = nil) throws -> [String: Data] {
        var files: [String: Data] = [:]
        files["graph.dot"] = Data(DOTWriter(title: title).write(graph).utf8)
        files["graph.graphml"] = GraphMLWriter().write(graph)
        files["graph.gexf"] = GEXFWriter().write(graph)
        files["graph.json"] = NodeLinkJSONWriter().write(graph)
        // nodes.csv, edges.csv, evidence.csv and merges.csv
        for (name, text) in CSVWriter().write(graph) { files[name] = Data(text.utf8) }
        for (name, text) in Neo4jWriter().write(graph) { files["neo4j/" + name] = Data(text.utf8) }
        return files
    }
}
