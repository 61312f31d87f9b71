import Extractors

/// What a run read and what it skipped, printed at the end so that nothing is dropped silently.
struct InputReport {
    /// One document (or file) that could not be used, with the place and the reason.
    struct Skipped {
        var source: String
        var reason: String
    }

    var read = 0
    var skipped: [Skipped] = []
    var duplicateIDs: [String] = []

    var summary: String {
        var lines = ["read \(read) document\(read == 1 ? "" : "s"), skipped \(skipped.count)"]
        for s in skipped { lines.append("  skipped \(s.source): \(s.reason)") }
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

    /// The decoder's error, placed as `file:line` with the byte offset in the reason.
    init(_ error: InputError) {
        source = error.line.map { "\(error.source):\($0)" } ?? error.source
        reason = error.message + (error.byteOffset.map { " (byte \($0))" } ?? "")
    }
}
