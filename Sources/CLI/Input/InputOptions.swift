import ArgumentParser

/// Where documents come from: the options every reading subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files (.txt), folders (read recursively, sorted), '-' for standard input, or JSON Lines corpora (.jsonl).", valueName: "inputs"))
    var inputs: [String] = []

    @Option(help: "JSON Lines: the field that holds the article text.")
    var textField = "text"

    @Option(help: "JSON Lines: the field that holds the document id.")
    var idField = "id"

    @Flag(help: "Read standard input as JSON Lines rather than as one article.")
    var stdinJsonl = false

    @Flag(help: "Skip documents that cannot be read and report them at the end (exit code 3), instead of stopping (exit code 2).")
    var keepGoing = false

    @Option(help: "Largest document accepted, in bytes (a larger one is reported as too large).")
    var maxBytes = 8_000_000

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one input: a file, a folder, '-' or a .jsonl corpus") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }
}
