import Dispatch

/// A value computed on a background thread from the moment it is made; `value()` waits for it.
///
/// The store uses it to fold the people's roles and keys while it writes the graph's tables: two
/// independent halves of the end of a build. The work must not touch what the waiting thread
/// changes (it reads immutable values only, hence `@unchecked Sendable`).
final class ConcurrentValue<Value>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the worker before `done.leave()`, read only after `done.wait()`.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            done.leave()
        }
    }

    /// The value, once it is computed (waits, then returns it; may be called more than once).
    func value() -> Value {
        done.wait()
        return result!
    }
}
