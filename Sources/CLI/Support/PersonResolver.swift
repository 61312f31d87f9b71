import Graph

/// Turns what the user typed — a name in any spelling, or the id `didar query` prints — into
/// exactly one person of the store, or a helpful error: several candidates are listed with their
/// roles and the option of *this* command that picks one (exit code 7), none gets «did you mean …»
/// (exit code 4).
enum PersonResolver {
    /// How the calling command lets the user pick by id: `--id` for query and ego, `--from-id` or
    /// `--to-id` for the two ends of `path`, `--person` for build (which takes an id in place of the name).
    struct Picker {
        var option: String
        static let id = Picker(option: "--id")
        static let from = Picker(option: "--from-id")
        static let to = Picker(option: "--to-id")
    }

    /// The one person meant by `name` or `id` (the id wins; a name that is itself a node id is taken as one).
    static func resolve(_ name: String?, id: String? = nil, picker: Picker = .id, in index: CorpusIndex) throws -> PersonLookup.Candidate {
        let lookup = PersonLookup(index: index)
        if let id = id ?? name.flatMap({ NodeIDText.isNodeID($0) ? $0 : nil }) {
            return try byID(id, lookup: lookup, index: index)
        }
        guard let name, !name.isEmpty else {
            throw UserFacingError(message: "name a person, or give their id with \(picker.option)", exitCode: ExitStatus.usage)
        }
        let keys = try NameQuery.keys(for: name)
        let result = lookup.candidates(for: keys)
        if let unique = result.unique { return unique }
        if result.candidates.isEmpty {
            let suggestions = keys.first.map { lookup.suggestions(for: $0) } ?? []
            let names = suggestions.flatMap(\.labels)
            var message = "no person matches «\(name)»"
            if !names.isEmpty { message += "; did you mean " + names.prefix(5).map { "«\($0)»" }.joined(separator: ", ") + "?" }
            message += "\n(`didar stats` lists the most connected people)"
            throw UserFacingError(message: message, exitCode: ExitStatus.notFound)
        }
        var table = TextTable(headers: ["id", "name", "role", "meetings", "documents"])
        for c in result.candidates {
            table.rows.append([c.id, c.label, c.role ?? "", String(c.meetingCount), String(c.documentCount)])
        }
        let example = result.candidates[0].id
        throw UserFacingError(
            message: "«\(name)» matches \(result.candidates.count) people; choose one with \(picker.option) (for example \(picker.option) \(example)):\n"
                + table.render(),
            exitCode: ExitStatus.ambiguous)
    }

    private static func byID(_ id: String, lookup: PersonLookup, index: CorpusIndex) throws -> PersonLookup.Candidate {
        guard let node = index.graph.node(id) else {
            throw UserFacingError(message: "no node has the id \(id) in this store (ids come from `didar query NAME`)", exitCode: ExitStatus.notFound)
        }
        guard node.kind == .person || node.kind == .unnamedRoleHolder, let found = lookup.candidate(id: id) else {
            throw UserFacingError(
                message: "the id \(id) is \(node.kind.rawValue) «\(node.label)», not a person or role-holder",
                exitCode: ExitStatus.notFound)
        }
        return found
    }
}

/// The shape of a stable node id (`p_0b18284358e504d3`: a one- or two-letter kind prefix, `_`, 16 hex
/// digits), so that an id typed where a name goes is taken as an id.
enum NodeIDText {
    static func isNodeID(_ text: String) -> Bool {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 16 else { return false }
        return parts[0].allSatisfy { ("a"..."z").contains($0) }
            && parts[1].allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }
}
