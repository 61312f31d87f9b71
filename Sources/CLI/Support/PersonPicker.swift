import Extractors
import Graph

/// Finds the person a user named in an in-memory corpus graph (for `build --person`), with the same
/// keys as the store's look-up: full name, title-stripped, surname. Several matches or none become a
/// message that lists the candidates or the nearest names.
enum PersonPicker {
    static func candidates(named text: String, in graph: CorpusGraph) -> [GraphNode] {
        let keys = NameQuery.keys(for: text)
        let people = graph.nodes.filter { $0.kind == .person || $0.kind == .unnamedRoleHolder }
        // Most specific key first: a full-name match wins over a surname match.
        for key in keys {
            let found = people.filter { node in
                node.key == key || node.aliases.contains { PersianNormalizer.key($0) == key }
            }
            if !found.isEmpty { return found }
            let bySurname = people.filter { node in
                node.kind == .person && PersianNormalizer.normalize(node.label).split(separator: " ").last.map { PersianNormalizer.key(String($0)) } == key
            }
            if !bySurname.isEmpty { return bySurname }
        }
        return []
    }

    static func uniqueNode(named text: String, in graph: CorpusGraph) throws -> GraphNode {
        let found = candidates(named: text, in: graph)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            throw UserFacingError(message: "no person matches «\(text)» in this corpus", exitCode: ExitStatus.notFound)
        }
        let list = found.sorted { $0.id < $1.id }.map { "  \($0.id)  \($0.label)\($0.role.map { " — " + $0 } ?? "")" }
        throw UserFacingError(message: "«\(text)» matches \(found.count) people; name one more precisely:\n" + list.joined(separator: "\n"), exitCode: ExitStatus.notFound)
    }
}
