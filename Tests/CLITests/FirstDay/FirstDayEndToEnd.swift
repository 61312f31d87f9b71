import Foundation
import Testing

/// The end-to-end suites of issue 20 (items 1, 2, 3, 5, 6), which run the built `didar`.
///
/// Serialized as one group: each test blocks a thread while its child process runs, and on a 2-core
/// machine several such suites side by side would starve the explorer's asynchronous HTTP tests.
@Suite("First day on a real corpus, end to end", .serialized)
struct FirstDayEndToEnd {}

extension BinaryRunner {
    /// `run` on a thread of its own: a test awaiting a child process then holds none of the few
    /// threads Swift's concurrency runs tests on (two on this machine), which the explorer's HTTP tests need.
    func runDetached(_ arguments: [String], timeout: TimeInterval = 300) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    continuation.resume(returning: try self.run(arguments, timeout: timeout))
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }
}
