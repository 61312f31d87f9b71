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
