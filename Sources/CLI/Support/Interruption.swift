import Dispatch
import Foundation

/// Ends the run cleanly on Ctrl-C (SIGINT) or SIGTERM: removes this run's temporary files from the
/// output folder and exits with 128 + the signal number, leaving the previous outputs untouched.
///
/// Installing handlers also makes the signals count when the parent process started `didar` with
/// them ignored (shell scripts' background jobs, some test runners): an interrupted build must stop,
/// not finish and replace the outputs it was told to leave alone. kill -9 cannot be caught; the next
/// build removes what such a run left behind (`AtomicFile.removeStaleTemporaries`).
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; `cleanup` runs once, on the signal's queue, before the process exits.
    static func install(cleanup: @escaping @Sendable () -> Void) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)   // the dispatch source receives it instead of the default action
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                cleanup()
                Terminal.warn("didar: interrupted (\(sig == SIGINT ? "SIGINT" : "SIGTERM")); the previous outputs are left as they were")
                _exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The temporary files this process may have made in `directory` (staging folder, store being written).
    static func removeOwnTemporaries(in directory: URL) {
        let pid = ProcessInfo.processInfo.processIdentifier
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name == ".staging-\(pid)" || name.hasSuffix(".tmp-\(pid)") || name.contains(".tmp-\(pid)-") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
