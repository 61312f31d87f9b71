import Foundation
import Testing

/// The browser end-to-end test (scripts/web-e2e.sh: headless Chromium against `didar serve` over a
/// store built from seeds/), run by `swift test` only when `DIDAR_E2E=1`, because it installs
/// Debian packages when they are missing and takes a browser's start-up time.
@Suite("Web end-to-end")
struct WebEndToEndTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["DIDAR_E2E"] == "1" }

    @Test("headless Chromium searches «علوی», clicks through to «فتح‌اللهی» and sees the card",
          .enabled(if: enabled), .timeLimit(.minutes(10)))
    func browser() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The `didar` built with these tests sits beside the test bundle; the script must not run
        // `swift build` itself while `swift test` holds the build folder.
        let didar = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("didar")
        let executable = FileManager.default.isExecutableFile(atPath: didar.path) ? didar
            : URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("didar")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "no didar binary at \(executable.path)")

        let process = Process()
        process.executableURL = root.appendingPathComponent("scripts/web-e2e.sh")
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["DIDAR"] = executable.path
        environment["SCREENSHOT"] = environment["SCREENSHOT"] ?? NSTemporaryDirectory() + "didar-web-e2e.png"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/web-e2e.sh failed:\n\(log)")
    }
}
