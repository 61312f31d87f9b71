import ArgumentParser

/// The documented exit codes of `didar` (listed in `didar --help` and the README).
enum ExitStatus {
    static let badInput = ExitCode(2)
    static let skippedSome = ExitCode(3)
    static let notFound = ExitCode(4)
    static let renderFailed = ExitCode(5)
    static let storeFailed = ExitCode(6)
    /// A name matches several people: the message lists them with the option that picks one by id.
    static let ambiguous = ExitCode(7)
    /// `didar serve`: the port is already in use by another program.
    static let portBusy = ExitCode(8)
    /// The inputs held no document at all: nothing was written (the previous outputs are untouched).
    static let nothingRead = ExitCode(9)
    /// Bad command-line usage (argument-parser's own code for validation errors).
    static let usage = ExitCode(64)
}

/// An error the user can act on: printed as `didar: <message>` and turned into an exit code.
struct UserFacingError: Error, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode
    var description: String { message }
}
