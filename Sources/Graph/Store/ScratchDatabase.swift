import GRDB

/// The SQLite file a build spills rows to while it streams (`GraphSpill`, `MeetingSpill`): written once, read
/// back before the build ends, and deleted with the build's other scratch files.
enum ScratchDatabase {
    /// Opens (creating) the scratch file at `path`. Nothing in it needs to survive a crash — a killed build
    /// starts again from its inputs — so it keeps no journal and never waits for the disk to sync.
    static func open(path: String, label: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = label
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}
