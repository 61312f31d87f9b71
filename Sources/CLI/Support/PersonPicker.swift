import Extractors
import Graph

/// Finds the person a user named in an in-memory corpus graph (for `build --person`), with the same
/// keys as the store's look-up: full name, title-stripped, surname. Several matches or none become a
/// message that lists the candidates or the nearest names.
enum PersonPicker {
    static func candidates(named text: String, in graph: CorpusGraph) throws(LexiconError) -> [GraphNode] {
        let keys = try NameQuery.keys(for: text)
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

    /// The one person or role-holder `text` names; an id (as `didar query` prints it) is taken as is.
    static func uniqueNode(named text: String, in graph: CorpusGraph) throws -> GraphNode {
        if NodeIDText.isNodeID(text) {
            guard let node = graph.node(text), node.kind == .person || node.kind == .unnamedRoleHolder else {
                throw UserFacingError(message: "no person or role-holder has the id \(text) in this corpus", exitCode: ExitStatus.notFound)
            }
            return node
        }
        let found = try candidates(named: text, in: graph)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            throw UserFacingError(message: "no person matches «\(text)» in this corpus", exitCode: ExitStatus.notFound)
        }
        let list = found.sorted { $0.id < $1.id }.map { "  \($0.id)  \($0.label)\($0.role.map { " — " + $0 } ?? "")" }
        throw UserFacingError(message: "«\(text)» matches \(found.count) people; give one's id to --person (for example --person \(found.map(\.id).min()!)):\n" + list.joined(separator: "\n"), exitCode: ExitStatus.ambiguous)
    }
}
