import Dispatch
import Extractors

/// Runs the extractor over a batch of documents on every core, keeping the input order.
///
/// Documents are independent, so a batch is split across `DispatchQueue.concurrentPerform`;
/// each result lands in its own slot, so the output order (and every id derived from it) is
/// the same as a sequential run's.
struct BatchExtractor: Sendable {
    let extractor: Extractor

    func extract(_ documents: [SourceDocument]) -> [DocumentExtraction] {
        let slots = ResultSlots<DocumentExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            slots.set(i, extractor.extract(documents[i]))
        }
        return slots.values()
    }

    /// Applies `transform` to every element on every core, in order.
    static func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
        return slots.values()
    }
}

/// Fixed slots written by index from several threads; each slot is written once, by one thread.
/// A raw buffer, not an array property, so concurrent writes to distinct slots need no exclusive access.
final class ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int
    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: max(count, 1))
        buffer.initialize(repeating: nil, count: max(count, 1))
    }
    deinit {
        buffer.deinitialize(count: max(count, 1))
        buffer.deallocate()
    }
    func set(_ i: Int, _ value: T) { buffer[i] = value }
    func values() -> [T] { (0..<count).map { buffer[$0]! } }
}
