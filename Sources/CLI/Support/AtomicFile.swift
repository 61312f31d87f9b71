import Foundation
import Graph

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, are flushed to disk, and the temporary file is renamed over the target.
///
/// A rename within one file system is atomic, so an interrupted run (SIGINT, SIGTERM, kill -9)
/// leaves either the previous file or the new one, never a mix.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: tmp.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: tmp)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            if rename(tmp.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Removes what a killed run left in `directory`: hidden `.staging-<pid>` folders and
    /// `.<name>.tmp-<pid>` files (with their SQLite `-wal`/`-shm`) whose process no longer runs.
    /// A kill -9 cannot clean up after itself, so the next run does; a live run's files are kept.
    static func removeStaleTemporaries(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(".") {
            let pidText: Substring
            if name.hasPrefix(".staging-") {
                pidText = name.dropFirst(".staging-".count)
            } else if let range = name.range(of: ".tmp-") {
                pidText = name[range.upperBound...].prefix { $0.isNumber }
            } else {
                continue
            }
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

/// A set of output files staged together and put in place only when every one of them is ready,
/// so an interrupted build keeps the previous outputs (each file is replaced by an atomic rename).
struct StagedOutputs {
    let directory: URL
    private var staged: [(tmp: URL, final: URL)] = []
    private let stage: URL

    init(directory: URL) throws {
        self.directory = directory
        stage = directory.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)")
        AtomicFile.removeStaleTemporaries(in: directory)
        try? FileManager.default.removeItem(at: stage)
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
    }

    /// Writes one output (a relative path such as `graph.dot` or `neo4j/nodes.csv`) into the staging folder.
    mutating func add(_ relativePath: String, _ data: Data) throws {
        let tmp = stage.appendingPathComponent(relativePath)
        try makeParent(of: tmp)
        try data.write(to: tmp)
        staged.append((tmp, directory.appendingPathComponent(relativePath)))
    }

    /// A sink printing one output (a relative path such as `neo4j/nodes.csv`) into the staging folder as
    /// it is written; `adopt` it once its sink is finished. Safe to call from several threads for
    /// different paths.
    func sink(for relativePath: String) throws -> ExportSink {
        let tmp = stage.appendingPathComponent(relativePath)
        try makeParent(of: tmp)
        return try ExportSink.file(at: tmp)
    }

    /// Makes the folder an output goes in (`neo4j/`) inside the staging folder, never the staging folder
    /// itself: an interrupted run's signal handler removes the staging folder while the writers may still be
    /// running, and a writer that made it again would leave it behind.
    private func makeParent(of tmp: URL) throws {
        let parent = tmp.deletingLastPathComponent()
        guard parent.standardizedFileURL.path != stage.standardizedFileURL.path else { return }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: false)
        } catch {
            // Another writer (sinks are opened from several threads) may have made it first.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else { throw error }
        }
    }

    /// Stages an output whose file `sink(for:)` wrote.
    mutating func adopt(_ relativePath: String) {
        staged.append((stage.appendingPathComponent(relativePath), directory.appendingPathComponent(relativePath)))
    }

    mutating func add(_ relativePath: String, _ text: String) throws {
        try add(relativePath, Data(text.utf8))
    }

    /// Moves every staged file into place (one atomic rename each) and removes the staging folder.
    func commit() throws {
        for (tmp, final) in staged {
            try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(tmp.path, final.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        }
        try? FileManager.default.removeItem(at: stage)
    }

    /// Drops everything staged (on failure), leaving the previous outputs untouched.
    func discard() {
        try? FileManager.default.removeItem(at: stage)
    }

    var relativePaths: [String] { staged.map { $0.final.path.replacingOccurrences(of: directory.path + "/", with: "") } }
}
