import Foundation
import Testing

/// Golden files beside the tests, in `Tests/GraphTests/Fixtures/golden/`.
///
/// `DIDAR_RECORD=1 swift test --filter GraphTests` rewrites them from the current output; review the
/// diff before committing. Without the variable a missing or different file fails the test.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["DIDAR_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it when `DIDAR_RECORD=1`.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); record with DIDAR_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
                ?? "line counts differ: \(expectedLines.count) vs \(actualLines.count)"
            Issue.record("\(name) differs from its golden file at \(where_)", sourceLocation: sourceLocation)
        }
    }
}
