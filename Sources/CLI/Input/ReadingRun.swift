/// Runs a reading loop and turns a document that stopped it into exit code 2, after saying which
/// document, where, and how many were read before it.
func readAll(_ reader: inout DocumentReader, _ body: (inout DocumentReader) throws -> Void) throws {
    do {
        try body(&reader)
    } catch let failure as InputFailure {
        Terminal.warn("didar: \(failure.source): \(failure.reason)")
        Terminal.warn("didar: stopped (use --keep-going to skip such documents); \(reader.report.read) document(s) read before it, nothing written")
        throw ExitStatus.badInput
    }
}

extension DocumentReader {
    /// Prints the summary of what was read and skipped (standard error); exit code 3 when anything was skipped.
    func finish() throws {
        Terminal.warn("didar: " + report.summary)
        if !report.skipped.isEmpty { throw ExitStatus.skippedSome }
    }
}
