import ArgumentParser
import Foundation
import Graph

/// `didar migrate`: upgrades a store written by an older version in place, the one step the reading
/// commands (which never write) ask for.
struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Upgrade a store written by an older version of Didar in place (reading commands never change a store).",
        discussion: """
        Examples:
          didar migrate --db out/didar.sqlite
        """
    )

    @Option(help: "The store to upgrade.")
    var db = "out/didar.sqlite"

    func run() throws {
        let state: StoreFile
        do { state = try StoreFile.inspect(path: db) } catch {
            throw UserFacingError(message: error.description, exitCode: ExitStatus.storeFailed)
        }
        switch state {
        case .absent, .empty:
            throw UserFacingError(message: StoreFileError.missing(path: db).description, exitCode: ExitStatus.storeFailed)
        case .current:
            print("\(db) is already at the current schema; nothing to do")
        case .older(let pending):
            do {
                // Opening for writing runs the pending migrations, each in its own transaction.
                let store = try GraphStore(path: db)
                try store.close()
            } catch {
                throw UserFacingError(message: "the store at \(db) could not be upgraded (it is unchanged): \(error)", exitCode: ExitStatus.storeFailed)
            }
            print("upgraded \(db): \(pending.joined(separator: ", "))")
        }
    }
}
