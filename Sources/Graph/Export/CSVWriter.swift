// CSV: RFC 4180, https://www.rfc-editor.org/rfc/rfc4180 (formula injection:
// https://owasp.org/www-community/attacks/CSV_Injection).
//
// Writes UTF-8 without a byte-order mark, CRLF line ends, a header row, and quotes a field only
// when it holds a comma, a quote, CR or LF (a quote is doubled). Text and date cells that start with `=`,
// `+`, `-`, `@`, TAB or CR (or spaces and then one of the four) get a leading `'` so a spreadsheet shows them instead of running them; number
// columns are never touched. Not supported: types (everything is text), nested lists
// (joined with "; " or " "), and spreadsheets that need a BOM to guess UTF-8.

/// Writes an exported view (the people's network by default) as CSV files: `nodes.csv`, `edges.csv`, `evidence.csv` and `merges.csv`.
///
/// - `nodes.csv`: id, kind, label, role, role_gloss, institution, gloss, titles, aliases, first_seen,
///   last_seen, documents, mentions, key.
/// - `edges.csv`: id, source, target, kind, weight, first_date, last_date, role, role_gloss, former,
///   meetings, meeting_ids, document_ids.
/// - `evidence.csv`: edge_id, source, target, meeting_id, document, sentence, start, end, date,
///   kind, trigger, text, rule, rule_source — one row per evidence sentence of every `met` edge; `rule` is the
///   id of the rule that found the meeting (docs/rules.md), `rule_source` the lexicon line behind it.
/// - `merges.csv`: outcome, rule, from_id, into_id, from_key, into_key, documents, reason.
///
/// Rows are in id order (evidence in edge order, then date, document and offset).
public struct CSVWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The files `write` makes, in the order it makes them.
    public static let fileNames = ["nodes.csv", "edges.csv", "evidence.csv", "merges.csv"]

    /// Every CSV file of `graph`, by file name.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> [String: String] {
        // Collecting sinks cannot fail.
        ExportSink.collectingText { open in write(graph, to: open) }
    }

    /// Prints every CSV file of `graph` (`fileNames`, in that order), each into the sink `open` gives
    /// for its name, row by row; the caller finishes the sinks.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph, to open: (String) throws -> ExportSink) rethrows {
        let graph = graph.exportedView
        nodes(graph, to: try open("nodes.csv"))
        edges(graph, to: try open("edges.csv"))
        evidence(graph, to: try open("evidence.csv"))
        Self.merges(graph.mergeLog, to: try open("merges.csv"))
    }

    /// `nodes.csv`.
    public func nodes(_ graph: CorpusGraph) -> String {
        Self.collect { nodes(graph, to: $0) }
    }

    /// `edges.csv`.
    public func edges(_ graph: CorpusGraph) -> String {
        Self.collect { edges(graph, to: $0) }
    }

    /// `evidence.csv`.
    public func evidence(_ graph: CorpusGraph) -> String {
        Self.collect { evidence(graph, to: $0) }
    }

    /// `nodes.csv`, into `sink`.
    func nodes(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let header = ["id"] + ExportAttributes.node.map(\.name)
        let rows = graph.nodes.lazy.map { node in
            [Cell.text(node.id)] + ExportAttributes.node.map { Cell($0.value(node)) }
        }
        Self.table(header: header, rows: rows, to: sink)
    }

    /// `edges.csv`, into `sink`.
    func edges(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let columns = ExportAttributes.edge.filter { $0.name != "penwidth" && $0.name != "kind" }
        let header = ["id", "source", "target", "kind"] + columns.map(\.name)
        let rows = graph.edges.lazy.map { edge in
            [Cell.text(edge.id), .text(edge.source), .text(edge.target), .text(edge.kind.rawValue)]
                + columns.map { Cell($0.value(edge)) }
        }
        Self.table(header: header, rows: rows, to: sink)
    }

    /// `evidence.csv`, into `sink`.
    func evidence(_ graph: CorpusGraph, to sink: ExportSink) {
        let graph = graph.exportedView
        let header = [
            "edge_id", "source", "target", "meeting_id", "document", "sentence", "start", "end", "date", "kind",
            "trigger", "text", "rule", "rule_source",
        ]
        // Made a row at a time as the table is printed: the evidence is most of a large corpus's CSV.
        let rows = graph.edges.lazy.flatMap { edge in
            edge.evidence.lazy.map { item -> [Cell] in
                [
                    .text(edge.id), .text(edge.source), .text(edge.target), .text(item.meetingID), .text(item.document),
                    .number(item.sentence), .number(item.start), .number(item.end), .plain(item.date),
                    .plain(item.kind?.rawValue), .text(item.trigger ?? ""), .text(item.text),
                    .text(item.rule ?? ""), .text(item.ruleSource ?? ""),
                ]
            }
        }
        Self.table(header: header, rows: rows, to: sink)
    }

    /// `merges.csv`: every resolution decision, in the log's order.
    public static func merges(_ log: MergeLog) -> String {
        collect { merges(log, to: $0) }
    }

    /// `merges.csv`, into `sink`.
    static func merges(_ log: MergeLog, to sink: ExportSink) {
        let header = ["outcome", "rule", "from_id", "into_id", "from_key", "into_key", "documents", "reason"]
        let rows = log.decisions.lazy.map { decision -> [Cell] in
            [
                .text(decision.outcome.rawValue), .text(decision.rule), .text(decision.fromID), .text(decision.intoID),
                .text(decision.fromKey), .text(decision.intoKey), .text(decision.documents.joined(separator: " ")),
                .text(decision.reason),
            ]
        }
        table(header: header, rows: rows, to: sink)
    }

    /// One cell: text and dates are cleaned and neutralised (a date comes from input and is not
    /// trusted); numbers are written as they are.
    enum Cell {
        case text(String)
        case number(Int)
        case plain(String?)

        init(_ value: ExportAttributes.Value?) {
            switch value {
            case nil: self = .text("")
            case .string(let text): self = .text(text)
            case .int(let number): self = .number(number)
            case .double, .boolean: self = .plain(value!.text)  // digits, a point, true or false
            }
        }

        var rendered: String {
            switch self {
            case .text(let text): CSVWriter.neutralised(ExportText.clean(text))
            case .number(let number): String(number)
            case .plain(let text): CSVWriter.neutralised(ExportText.clean(text ?? ""))
            }
        }
    }

    /// `text` with a leading `'` when a spreadsheet could take it for a formula: it starts with `=`, `+`,
    /// `-`, `@`, TAB or CR (OWASP's list), or with spaces before one of the four (`ExportText.clean`
    /// turns a TAB or CR into a space, and spreadsheets that trim a cell would still run what follows).
    static func neutralised(_ text: String) -> String {
        // Scalars, not Characters: "=" plus a combining mark is still a formula to a spreadsheet.
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        if first == "\t" || first == "\r" { return "'" + text }
        guard let firstVisible = scalars.first(where: { $0 != " " && $0 != "\t" && $0 != "\r" && $0 != "\n" }),
              "=+-@".unicodeScalars.contains(firstVisible)
        else { return text }
        return "'" + text
    }

    /// `field` quoted per RFC 4180 when it needs it.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The header row, then each row, every line ended by CRLF.
    static func table(header: [String], rows: some Sequence<[Cell]>, to sink: ExportSink) {
        sink.append(header.map(quoted).joined(separator: ",") + "\r\n")
        for row in rows {
            sink.append(row.map { quoted($0.rendered) }.joined(separator: ",") + "\r\n")
        }
    }

    /// What `print` writes into a sink, as a string.
    private static func collect(_ print: (ExportSink) -> Void) -> String {
        let sink = ExportSink.collecting()
        print(sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }
}
