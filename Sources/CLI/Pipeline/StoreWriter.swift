import Foundation
import Graph

/// Writes the store for `didar build`: a new database file filled in full, then renamed over the old
/// one, so a build that is interrupted leaves the previous store whole.
enum StoreWriter {
    static func replace(_ url: URL, with documents: [DocumentGraph]) throws {
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tmp.path + suffix) }
        do {
            // The store is closed (and its WAL checkpointed) when it goes out of scope here.
            try autoreleasepool {
                let store = try GraphStore(path: tmp.path)
                _ = try store.add(documents)
            }
            if rename(tmp.path, url.path) != 0 {
                throw UserFacingError(message: "cannot move the new store into place at \(url.path): \(String(cString: strerror(errno)))", exitCode: ExitStatus.storeFailed)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        } catch let error as UserFacingError {
            throw error
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tmp.path + suffix) }
            throw UserFacingError(message: "the store could not be written at \(url.path): \(error)", exitCode: ExitStatus.storeFailed)
        }
    }
}

#if !canImport(ObjectiveC)
/// Linux has no autorelease pool; a plain scope does the same job here.
@inline(__always) func autoreleasepool<T>(invoking body: () throws -> T) rethrows -> T { try body() }
#endif
