import Foundation
import Graph

/// Writes the store for `didar build` while the articles stream in: a new database file next to the
/// store, filled batch by batch, given its derived tables at the end, then renamed over the old one.
/// A build that fails or is interrupted leaves the previous store whole (the new file is a hidden
/// temporary, `.<name>.tmp-<pid>`, which `Interruption` and `AtomicFile.removeStaleTemporaries` clear).
///
/// ```swift
/// let writer = try StoreWriter(replacing: url)
/// let builder = try pipeline.run(source) { batch in try writer.append(batch) }
/// try writer.commit(ResolvedGraph(builder))
/// ```
final class StoreWriter {
    let url: URL
    private let temporary: URL
    private var store: GraphStore?
    /// Derived tables written and the file closed, not yet renamed over the store.
    private var finished = false
    /// The spills made (`makeSpill()`), deleted once the tables are written or the store discarded.
    private var spills: [GraphSpill] = []
    /// The meeting spills made (`makeMeetingSpill()`), deleted with them.
    private var meetingSpills: [MeetingSpill] = []

    /// Creates the new, empty store file (removing what a killed build of this folder left).
    init(replacing url: URL) throws {
        self.url = url
        let dir = url.deletingLastPathComponent()
        temporary = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            AtomicFile.removeStaleTemporaries(in: dir)
            removeTemporary()
            store = try GraphStore.replacement(path: temporary.path)
        } catch {
            removeTemporary()
            throw failure(error)
        }
    }

    /// A new spill beside the new store file (`.<name>.tmp-<pid>-spill`, cleared like the store's
    /// temporary), for the rows of the resolved graph that only the store's tables need, holding already
    /// a node for every article appended. Call it once every batch is appended.
    ///
    /// - Parameter meetings: take the meetings too (`GraphSpill.init(path:meetings:)`): when no actors' view
    ///   is exported or drawn.
    func makeSpill(meetings: Bool) throws -> GraphSpill {
        guard let store else { throw failure(CocoaError(.fileNoSuchFile)) }
        do {
            let spill = try GraphSpill(path: temporary.path + "-spill", meetings: meetings)
            spills.append(spill)
            try store.spillArticleNodes(into: spill)
            return spill
        } catch {
            throw failure(error)
        }
    }

    /// A new spill beside the new store file (`.<name>.tmp-<pid>-meetings`, cleared like the store's
    /// temporary) for the meetings of the articles about to be appended (`CorpusPipeline.run(_:progress:meetings:store:)`),
    /// deleted with the other spills once the tables are written.
    func makeMeetingSpill() throws -> MeetingSpill {
        do {
            let spill = try MeetingSpill(path: temporary.path + "-meetings")
            meetingSpills.append(spill)
            return spill
        } catch {
            throw failure(error)
        }
    }

    /// Stores one batch of articles (one transaction, derived tables left for `commit`); the caller
    /// keeps nothing of the batch afterwards. An article whose id or content is stored already is
    /// skipped, never stored over the first copy (`GraphStore.admit(_:)`).
    ///
    /// - Returns: for each article in order, whether it was stored (new).
    @discardableResult
    func append(_ documents: [StorableDocument]) throws -> [Bool] {
        guard let store else { throw failure(CocoaError(.fileNoSuchFile)) }
        do {
            return try store.admit(documents)
        } catch {
            discard()
            throw failure(error)
        }
    }

    /// Writes the derived tables from `resolved` (the builder fed the same batches), closes the file and
    /// renames it over the store.
    ///
    /// - Returns: false when the stored articles had to be re-resolved from the file (the input held
    ///   repeated ids or contents, see `GraphStore.rebuild(from:)`).
    @discardableResult
    func commit(_ resolved: ResolvedGraph) throws -> Bool {
        let reused = try finish(resolved)
        try commit()
        return reused
    }

    /// Writes the derived tables from `resolved` (the people's roles and keys are folded on another
    /// thread meanwhile) and closes the new file, still under its temporary name: after this the caller
    /// may let the resolution go (a build does, before drawing) and `commit()` later.
    @discardableResult
    func finish(_ resolved: ResolvedGraph) throws -> Bool {
        guard let store else { throw failure(CocoaError(.fileNoSuchFile)) }
        do {
            let reused = try store.rebuild(from: resolved)
            try store.close()
            self.store = nil
            finished = true
            removeSpills()
            return reused
        } catch {
            discard()
            throw failure(error)
        }
    }

    /// Renames the finished file over the store.
    func commit() throws {
        guard finished else { throw failure(CocoaError(.fileNoSuchFile)) }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw UserFacingError(message: "cannot move the new store into place at \(url.path): \(reason)", exitCode: ExitStatus.storeFailed)
        }
        finished = false
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    }

    /// Drops the new store file, leaving the previous store untouched.
    func discard() {
        try? store?.close()
        store = nil
        finished = false
        removeTemporary()
    }

    deinit {
        // Neither committed nor discarded: an error path left early; never leave the temporary behind.
        if store != nil || finished { discard() }
    }

    private func removeSpills() {
        for spill in spills { spill.remove() }
        spills = []
        for spill in meetingSpills { spill.remove() }
        meetingSpills = []
    }

    private func removeTemporary() {
        removeSpills()
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
    }

    private func failure(_ error: Error) -> Error {
        if error is UserFacingError { return error }
        return UserFacingError(message: "the store could not be written at \(url.path): \(error)", exitCode: ExitStatus.storeFailed)
    }
}
