/// What a run read: how many documents, and every one that was skipped with its reason.
///
/// Nothing is silently dropped: the CLI records each document and each error here and prints
/// `report` at the end of a run.
public struct InputSummary: Sendable, Hashable {
    /// Documents decoded successfully.
    public private(set) var read: Int = 0
    /// Bytes of the documents read (UTF-8), for throughput reports.
    public private(set) var bytes: Int = 0
    /// Every skipped document or line, in the order met.
    public private(set) var skipped: [InputError] = []

    /// An empty summary.
    public init() {}

    /// Counts one document that was read.
    public mutating func recordRead(_ document: SourceDocument) {
        read += 1
        bytes += document.text.utf8.count
    }

    /// Counts one input that was skipped, with its reason.
    public mutating func recordSkipped(_ error: InputError) {
        skipped.append(error)
    }

    /// Number of skipped inputs for each kind of error, in the order of `InputError.Kind.allCases`.
    public var skippedByKind: [(kind: InputError.Kind, count: Int)] {
        InputError.Kind.allCases.compactMap { kind in
            let n = skipped.count { $0.kind == kind }
            return n == 0 ? nil : (kind, n)
        }
    }

    /// A few lines for standard error: `read 1475 documents, skipped 2 (malformed-json: 1, empty: 1)`
    /// followed by one line per skipped input.
    public var report: String {
        var lines = ["read \(read) document\(read == 1 ? "" : "s"), skipped \(skipped.count)"]
        if !skipped.isEmpty {
            lines[0] += " (" + skippedByKind.map { "\($0.kind.rawValue): \($0.count)" }.joined(separator: ", ") + ")"
            lines += skipped.map { "  skipped \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
