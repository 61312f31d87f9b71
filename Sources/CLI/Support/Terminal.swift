import Foundation

/// What the output streams are connected to, so tables get colour and a progress bar appears only on a terminal.
enum Terminal {
    static let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1
    static var colour: Bool { stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    static func bold(_ s: String) -> String { colour ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { colour ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func accent(_ s: String) -> String { colour ? "\u{1B}[36m\(s)\u{1B}[0m" : s }

    /// Prints to standard error (progress, warnings and summaries never go to standard output).
    static func warn(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}

/// A plain text table with aligned columns; column widths count Unicode scalars other than
/// combining marks and ZWNJ, which is what a terminal shows for Persian.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    static func width(_ s: String) -> Int {
        s.unicodeScalars.filter { !($0.properties.generalCategory == .nonspacingMark || $0.value == 0x200C || $0.value == 0x200D) }.count
    }

    func render() -> String {
        var widths = headers.map(TextTable.width)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], TextTable.width(cell)) }
        }
        func line(_ cells: [String], style: (String) -> String = { $0 }) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, (i < widths.count ? widths[i] : 0) - TextTable.width(c)))
                return style(c) + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var out = [line(headers, style: Terminal.bold)]
        out += rows.map { line($0) }
        return out.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private var lastDrawn = -1
    private let label: String
    private let enabled: Bool

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
        self.enabled = Terminal.stderrIsTTY && total > 20
    }

    func advance(by n: Int = 1) {
        guard enabled else { return }
        done += n
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let filled = percent / 4
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 25 - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))".utf8))
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
