import Foundation

/// The judging sheet of `didar audit`: one row per sampled edge, written as CSV (RFC 4180) or TSV, and
/// read back once a person has filled in `verdict` and `reason`.
///
/// A row lists every meeting behind the edge; the meeting fields hold one value per meeting, in the same
/// order, separated by « ‖ ». TSV cells cannot hold tabs or line breaks, so those become spaces there.
/// Judges open the sheet in a spreadsheet: a text cell that starts with `=`, `+`, `-` or `@` gets a leading
/// `'` so it is shown rather than run as a formula (as `CSVWriter` does for the exports).
public enum AuditSheet {
    /// Separator of the values of several meetings within one cell.
    public static let meetingSeparator = " ‖ "

    /// The sheet's columns, in order.
    public static let columns = [
        "n", "edge", "a_id", "a_label", "a_kind", "a_role", "b_id", "b_label", "b_kind", "b_role",
        "meetings", "documents", "dates", "triggers", "rules", "trigger_offsets", "sentence_offsets", "sentences",
        "verdict", "reason",
    ]

    /// The columns a judged sheet must keep for `read` to count it.
    public static let requiredColumns = ["edge", "verdict", "reason"]

    /// The cell separator of a sheet, chosen by the file's extension.
    public enum Format: Sendable {
        case csv, tsv

        /// `.csv` or `.tsv` (any case); nil for anything else.
        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "csv": self = .csv
            case "tsv", "tab": self = .tsv
            default: return nil
            }
        }
    }

    /// The sheet of `rows` with empty `verdict` and `reason` cells.
    public static func render(_ rows: [EdgeAudit.Row], format: Format) -> String {
        var lines = [line(columns, format)]
        for row in rows {
            let m = row.meetings
            func joined(_ values: [String]) -> String { values.joined(separator: meetingSeparator) }
            let cells = [
                String(row.number), row.edgeID, row.a.id, neutralised(row.a.label), row.a.kind.rawValue, neutralised(row.a.role ?? ""),
                row.b.id, neutralised(row.b.label), row.b.kind.rawValue, neutralised(row.b.role ?? ""),
                String(m.count), neutralised(joined(m.map(\.document))), joined(m.map { $0.date ?? "" }),
                neutralised(joined(m.map { $0.trigger ?? "" })), neutralised(joined(m.map { $0.rule ?? "" })),
                joined(m.map { t in t.triggerStart.flatMap { s in t.triggerEnd.map { "\(s)-\($0)" } } ?? "" }),
                joined(m.map { "\($0.sentenceStart)-\($0.sentenceEnd)" }), neutralised(joined(m.map(\.sentence))),
                "", "",
            ]
            lines.append(line(cells, format))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `text` with a leading `'` when its first scalar would start a spreadsheet formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func line(_ cells: [String], _ format: Format) -> String {
        switch format {
        case .csv:
            return cells.map { cell in
                cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",")
        case .tsv:
            return cells.map { cell in
                String(String.UnicodeScalarView(cell.unicodeScalars.map { ["\t", "\r", "\n"].contains($0) ? " " : $0 }))
            }.joined(separator: "\t")
        }
    }

    /// One judged row: the edge, the verdict as written, the reason, and the line it starts on.
    public struct JudgedRow: Sendable, Hashable {
        public var line: Int
        public var cells: [String: String]
    }

    /// A sheet that cannot be read: the line and why.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The rows of a sheet as column name → cell (header from the first row; a leading BOM and blank rows
    /// are ignored).
    public static func read(_ text: String, format: Format) throws -> [JudgedRow] {
        var records = parse(text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text, format: format)
        records.removeAll { $0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = records.first else { throw ReadError(line: 1, reason: "the sheet is empty") }
        let names = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let missing = requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else {
            throw ReadError(line: header.line, reason: "the header lacks the column(s) \(missing.joined(separator: ", ")) (it has: \(names.joined(separator: ", ")))")
        }
        return records.dropFirst().map { record in
            var cells: [String: String] = [:]
            for (i, name) in names.enumerated() where cells[name] == nil {
                cells[name] = i < record.cells.count ? record.cells[i] : ""
            }
            return JudgedRow(line: record.line, cells: cells)
        }
    }

    /// Splits CSV (quoted cells may hold separators, quotes and line breaks) or TSV into records, each
    /// with the line number it starts on.
    static func parse(_ text: String, format: Format) -> [(line: Int, cells: [String])] {
        let separator: Unicode.Scalar = format == .csv ? "," : "\t"
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = String.UnicodeScalarView()
        var line = 1, start = 1, quoted = false, wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            wasQuoted = false
        }
        while let s = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if s == "\"" {
                    let next = scalars.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    if s == "\n" { line += 1 }
                    cell.append(s)
                }
                continue
            }
            switch s {
            case "\"" where format == .csv && cell.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
            case separator:
                endCell()
            case "\r":
                break
            case "\n":
                endCell()
                records.append((start, cells))
                cells = []
                line += 1
                start = line
            default:
                cell.append(s)
            }
        }
        if !cell.isEmpty || !cells.isEmpty {
            endCell()
            records.append((start, cells))
        }
        return records
    }
}
