import Foundation
import Testing

/// Runs the built `didar` executable from a test, as a user would: arguments, optional standard input,
/// captured output and exit status. Tests that need the real process (exit codes, signals, files
/// left on disk) use it; everything else should call the code directly.
///
/// The binary is looked up beside the test bundle (SwiftPM puts `didar` and the `.xctest` in the same
/// build folder), then in `$DIDAR_BINARY`, then in `<package>/.build/debug/didar`.
struct BinaryRunner {
    /// What one run produced.
    struct Outcome {
        var status: Int32
        /// True when the process ended by a signal (`status` is then the signal number).
        var signaled: Bool
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The path of the `didar` executable, or nil with the places tried.
    static func locate() -> Result<URL, BinaryMissing> {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["DIDAR_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        // Linux: the test runner is `<build>/debug/DidarPackageTests.xctest`; macOS: a bundle in the same folder.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("didar"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("didar"))
        for bundle in Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("didar"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/didar"))
        for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) {
            return .success(url)
        }
        return .failure(BinaryMissing(tried: candidates.map(\.path)))
    }

    /// Why the binary could not be found: build it first (`swift build --product didar`).
    struct BinaryMissing: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "the didar executable is missing; build it with `swift build --product didar` (tried: \(tried.joined(separator: ", ")))"
        }
    }

    /// The package root (two folders above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let executable: URL

    /// A runner for the located binary; records a test issue and throws when it is missing.
    init() throws {
        switch Self.locate() {
        case .success(let url): executable = url
        case .failure(let missing):
            Issue.record("\(missing)")
            throw missing
        }
    }

    /// Starts `didar` with `arguments` in `directory` (not waited for); output goes to the given files.
    func start(_ arguments: [String], in directory: URL? = nil, stdout: FileHandle? = nil, stderr: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A `didar` process started for a signal test, with the default disposition of every signal.
    final class Child {
        let pid: pid_t
        private var reaped: Int32?

        init(pid: pid_t) { self.pid = pid }

        /// Sends `signal` to the process (nothing once it has been reaped).
        func send(_ signal: Int32) { if reaped == nil { kill(pid, signal) } }

        /// True while the process has not exited.
        var isRunning: Bool {
            if reaped != nil { return false }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { reaped = status }
            return reaped == nil
        }

        /// Waits for the end: the exit status, or the signal that ended the process.
        func wait() -> (status: Int32, signal: Int32?) {
            var status: Int32 = reaped ?? 0
            if reaped == nil {
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                reaped = status
            }
            let signal = status & 0x7F
            return signal == 0 ? ((status >> 8) & 0xFF, nil) : (0, signal)
        }
    }

    /// Starts `didar` with posix_spawn, every signal unblocked and at its default action.
    ///
    /// Not `Process`: a child inherits the signal mask of the thread that starts it, and the test
    /// runner's threads may block SIGINT and SIGTERM, so a signal test through `Process` can see a
    /// build ignore the very signal it tests.
    func spawn(_ arguments: [String]) throws -> Child {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environ)
        guard result == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(result))]) }
        return Child(pid: pid)
    }

    /// Runs `didar` to completion (killed after `timeout` seconds, which fails the test) and returns its output.
    func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil, timeout: TimeInterval = 300) throws -> Outcome {
        // Output goes to files, not pipes: a pipe that nobody drains would block a chatty child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("didar-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        var input: FileHandle? = nil
        if let stdin {
            let inURL = scratch.appendingPathComponent("stdin")
            try stdin.write(to: inURL)
            input = try FileHandle(forReadingFrom: inURL)
            process.standardInput = input
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer { try? input?.close() }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("didar \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                       stdout: try Data(contentsOf: outURL), stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A temporary folder for one test, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init(_ label: String = "didar-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` at `relativePath` (folders made as needed) and returns its URL.
    @discardableResult
    func write(_ relativePath: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, Data(text.utf8))
    }

    func path(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }
}
