import Foundation
import Synchronization

/// Runs Graphviz drawings off the server's event loops, one at a time, remembering recent results.
///
/// Graphviz is serialized inside `GraphvizRenderer` anyway; running the blocking call on its own
/// queue keeps the event loops free to answer searches while a drawing is made. At most
/// `maxWaiting` drawings may wait: beyond that the request is refused with 503 rather than letting a
/// burst pile up unbounded work. The last `cacheSize` results are kept, since the page asks for the
/// same network again when the user goes back or downloads what is on screen.
final class RenderQueue: Sendable {
    private let queue = DispatchQueue(label: "didar.serve.render")
    private let state: Mutex<State>
    private let maxWaiting: Int
    private let cacheSize: Int

    private struct State {
        var waiting = 0
        var cache: [String: [UInt8]] = [:]
        var order: [String] = []
    }

    /// A queue refusing work beyond `maxWaiting` waiting drawings and caching `cacheSize` results.
    init(maxWaiting: Int = 32, cacheSize: Int = 64) {
        self.maxWaiting = maxWaiting
        self.cacheSize = cacheSize
        state = Mutex(State())
    }

    /// The cached bytes for `key`, or the result of `work` run on the render queue.
    ///
    /// - Throws: `ExplorerError.failed` (503-worthy "busy") when too many drawings wait, or what `work` throws.
    func run(key: String, _ work: @escaping @Sendable () throws -> [UInt8]) async throws -> [UInt8] {
        let admitted: Result<[UInt8]?, ExplorerError> = state.withLock { state in
            if let hit = state.cache[key] { return .success(hit) }
            guard state.waiting < maxWaiting else { return .failure(.busy) }
            state.waiting += 1
            return .success(nil)
        }
        if let hit = try admitted.get() { return hit }
        defer { state.withLock { $0.waiting -= 1 } }
        let bytes: [UInt8] = try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
        state.withLock { state in
            if state.cache[key] == nil {
                state.cache[key] = bytes
                state.order.append(key)
                if state.order.count > cacheSize { state.cache[state.order.removeFirst()] = nil }
            }
        }
        return bytes
    }
}
