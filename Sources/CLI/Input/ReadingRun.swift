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

extension DocumentReader {
    /// Stops a run that read no document at all, before it writes anything: prints what was read,
    /// skipped and ignored, and exits with code 9 (so an empty or wrong input never replaces a good store).
    func refuseIfEmpty() throws {
        guard report.read == 0 else { return }
        Terminal.warn("didar: " + report.summary)
        var message = "no documents were read from \(options.inputs.joined(separator: " ")): nothing was written"
        if !report.ignored.isEmpty {
            message += "; the folder holds other files only (read them with --include GLOB, e.g. --include '*.md')"
        } else if !report.skipped.isEmpty {
            message += "; every document was skipped (see above)"
        }
        throw UserFacingError(message: message, exitCode: ExitStatus.nothingRead)
    }
}
