import Extractors

/// What a run read and what it skipped, printed at the end so that nothing is dropped silently.
struct InputReport {
    /// One document (or file) that could not be used, with the place and the reason.
    struct Skipped {
        var source: String
        var reason: String
    }

    /// Where the JSON Lines records' dates came from: for each field, how many records had it and
    /// how many of those dates could be read (Jalali or Gregorian, with or without a time).
    struct DateSource {
        var found = 0
        var readable = 0
        /// The first date that could not be read, as `file:line «value»`, for the summary.
        var firstUnreadable: String?
    }

    var read = 0
    var skipped: [Skipped] = []
    var duplicateIDs: [String] = []
    /// Files in the folders read that are not articles by their name (and no `--include` named them).
    var ignored: [String] = []
    /// JSON Lines records read, and where their dates came from.
    var records = 0
    var dates: [String: DateSource] = [:]
    /// The fields looked at for a date, for the summary of a corpus with none.
    var dateFieldsTried: [String] = []

    /// Parses the dates of records to report how many are usable (the extractor parses them again, with the text).
    let dateReader: DateReader

    /// Counts the record's date under the field it came from.
    mutating func countDate(of record: JSONLinesDecoder.Record, display: String, line: Int) {
        records += 1
        guard let field = record.dateField, let value = record.document.date else { return }
        var source = dates[field, default: DateSource()]
        source.found += 1
        if dateReader.parse(value)?.iso != nil {
            source.readable += 1
        } else if source.firstUnreadable == nil {
            source.firstUnreadable = "\(display):\(line) «\(value.prefix(40))»"
        }
        dates[field] = source
    }

    /// One line per date field used: «dates from date_jalali: 5,360 of 5,360 records», or what to do
    /// when no record had a date.
    var dateLines: [String] {
        guard records > 0 else { return [] }
        if dates.isEmpty {
            let tried = dateFieldsTried.joined(separator: ", ")
            return ["  no record has a date field (looked for \(tried)); name it with --date-field, otherwise dates come only from the text and the url"]
        }
        return dates.keys.sorted().map { field in
            let source = dates[field]!
            var line = "  dates from \(field): \(ProgressBar.grouped(source.readable)) of \(ProgressBar.grouped(records)) record\(records == 1 ? "" : "s")"
            if source.readable < source.found, let example = source.firstUnreadable {
                line += " (\(ProgressBar.grouped(source.found - source.readable)) not readable as a date, first \(example))"
            }
            return line
        }
    }

    /// The summary line about files left out of a folder walk.
    var ignoredLine: String? {
        guard !ignored.isEmpty else { return nil }
        let names = ignored.prefix(5).joined(separator: ", ") + (ignored.count > 5 ? ", …" : "")
        return "  ignored \(ignored.count) file\(ignored.count == 1 ? "" : "s") that \(ignored.count == 1 ? "is" : "are") not .txt, .text, .jsonl or .ndjson "
            + "(read them with --include GLOB): \(names)"
    }

    var summary: String {
        var lines = ["read \(read) document\(read == 1 ? "" : "s"), skipped \(skipped.count)"]
        for s in skipped { lines.append("  skipped \(s.source): \(s.reason)") }
        lines += dateLines
        if let ignoredLine { lines.append(ignoredLine) }
        if !duplicateIDs.isEmpty {
            lines.append("  \(duplicateIDs.count) duplicate id(s) renamed with a #N suffix: \(duplicateIDs.prefix(5).joined(separator: ", "))\(duplicateIDs.count > 5 ? ", …" : "")")
        }
        return lines.joined(separator: "\n")
    }
}

/// A document that could not be read: where, and why. Stops the run unless `--keep-going`.
struct InputFailure: Error, CustomStringConvertible {
    var source: String
    var reason: String
    var description: String { "\(source): \(reason)" }

    init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    /// The decoder's error, placed as `file:line` with the byte offset in the reason. The decoder
    /// knows nothing of command-line options, so the option that fixes a missing field is named here.
    init(_ error: InputError) {
        source = error.line.map { "\(error.source):\($0)" } ?? error.source
        reason = error.message + (error.byteOffset.map { " (byte \($0))" } ?? "")
        if error.kind == .missingField { reason += "; choose the text field with --text-field" }
    }
}
