import Dispatch

/// Work started on a background queue at once; `wait()` blocks until it is done and returns its
/// result or rethrows its error.
///
/// The pipeline's overlap is made of these: a batch extracted while the previous one is merged, the
/// store's derived tables written while the exports are made. Each task's work touches nothing the
/// waiting thread uses until `wait()` returns (the caller's promise, hence `@unchecked Sendable`).
final class BackgroundTask<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the worker before `done.leave()`, read only after `done.wait()`.
    private var result: Result<Value, Error>?

    init(_ work: @escaping () throws -> Value) {
        nonisolated(unsafe) let work = work
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try work() }
            done.leave()
        }
    }

    /// The work's result, once it is done.
    func wait() throws -> Value {
        done.wait()
        return try result!.get()
    }
}

extension BackgroundTask: BackgroundWork {
    func whenDone(_ body: @escaping @Sendable () -> Void) {
        done.notify(queue: .global(qos: .userInitiated), execute: body)
    }
}
