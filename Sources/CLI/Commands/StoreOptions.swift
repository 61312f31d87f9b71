import ArgumentParser
import Foundation
import Graph

/// The store a reading command opens (`--db`), read-only.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store to read (made by `didar build` or `didar add`).")
    var db = "out/didar.sqlite"

    func openIndex() throws -> CorpusIndex {
        guard FileManager.default.fileExists(atPath: db) else {
            throw UserFacingError(message: "no store at \(db): run `didar build <articles> -o out` (or `didar add <articles> --db \(db)`) first, or point --db at one", exitCode: ExitStatus.storeFailed)
        }
        do {
            return try GraphStore(path: db).index()
        } catch {
            throw UserFacingError(message: "the store at \(db) cannot be read: \(error)", exitCode: ExitStatus.storeFailed)
        }
    }
}

/// Date bounds shared by the query commands.
struct DateOptions: ParsableArguments {
    @Option(help: "Only meetings on or after this date (yyyy-mm-dd, or yyyy-mm, or yyyy).")
    var since: String?

    @Option(help: "Only meetings on or before this date (yyyy-mm-dd, or yyyy-mm, or yyyy).")
    var until: String?

    var range: DateRange { DateRange(since: since, until: until) }

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            guard let value else { continue }
            let parts = value.split(separator: "-")
            guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ Int($0) != nil }) else {
                throw ValidationError("\(name) takes a date such as 2021-11-24 (or 2021-11, or 2021), not «\(value)»")
            }
        }
    }
}

/// Turns a name the user typed into exactly one person of the store, or a helpful error:
/// several candidates are listed with their roles, none gets «did you mean …».
enum PersonResolver {
    static func resolve(_ name: String, id: String? = nil, in index: CorpusIndex) throws -> PersonLookup.Candidate {
        let lookup = PersonLookup(index: index)
        if let id {
            guard let node = index.graph.node(id), node.kind.isActor else {
                throw UserFacingError(message: "no person has the id \(id)", exitCode: ExitStatus.notFound)
            }
            guard let found = lookup.candidates(for: [node.key]).candidates.first(where: { $0.id == id }) else {
                throw UserFacingError(message: "the id \(id) is not a person or role-holder", exitCode: ExitStatus.notFound)
            }
            return found
        }
        let keys = NameQuery.keys(for: name)
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
        throw UserFacingError(
            message: "«\(name)» matches \(result.candidates.count) people; choose one with --id:\n" + table.render(),
            exitCode: ExitStatus.notFound)
    }
}
