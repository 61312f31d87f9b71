import ArgumentParser

/// The documented exit codes of `didar` (listed in `didar --help` and the README).
enum ExitStatus {
    static let badInput = ExitCode(2)
    static let skippedSome = ExitCode(3)
    static let notFound = ExitCode(4)
    static let renderFailed = ExitCode(5)
    static let storeFailed = ExitCode(6)
}

/// An error the user can act on: printed as `didar: <message>` and turned into an exit code.
struct UserFacingError: Error, CustomStringConvertible {
    var message: String
    var exitCode: ExitCode
    var description: String { message }
}
