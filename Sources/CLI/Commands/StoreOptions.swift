import ArgumentParser
import Foundation
import Graph

/// The store a reading command opens (`--db`), read-only.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store to read (made by `didar build` or `didar add`).")
    var db = "out/didar.sqlite"

    /// The store's index, opened read-only: no reading command ever writes to the file (no schema
    /// migration either; an old store is reported with the command that upgrades it).
    func openIndex() throws -> CorpusIndex {
        try Self.open(db) { try $0.index() }
    }

    /// Opens the store at `path` read-only and runs `body` on it; every failure becomes a message
    /// saying what is at the path and what to do (exit code 6).
    static func open<T>(_ path: String, _ body: (GraphStore) throws -> T) throws -> T {
        do {
            return try body(GraphStore.openForReading(path: path))
        } catch let error as StoreFileError {
            throw UserFacingError(message: error.description, exitCode: ExitStatus.storeFailed)
        } catch {
            throw UserFacingError(message: "the store at \(path) cannot be read: \(error)", exitCode: ExitStatus.storeFailed)
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
