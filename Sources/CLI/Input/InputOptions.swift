import ArgumentParser
import Extractors

/// Where documents come from: the options every reading subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files (.txt), folders (read recursively, sorted), '-' for standard input, or JSON Lines corpora (.jsonl).", valueName: "inputs"))
    var inputs: [String] = []

    @Option(help: "JSON Lines: the field that holds the article text.")
    var textField = "text"

    @Option(help: "JSON Lines: the field that holds the document id.")
    var idField = "id"

    @Option(help: ArgumentHelp("JSON Lines: the field that holds the publication date, Jalali or Gregorian, with or without a time (default: the first of \(JSONLinesDecoder.commonDateFields.joined(separator: ", ")) that a record has).", valueName: "name"))
    var dateField: String?

    @Option(help: ArgumentHelp("JSON Lines: the field that holds the title (default: title).", valueName: "name"))
    var titleField = "title"

    @Option(help: ArgumentHelp("JSON Lines: the field that holds the article's address (default: url).", valueName: "name"))
    var urlField = "url"

    @Option(help: ArgumentHelp("In folders, also read files whose name matches this pattern (shell glob such as '*.md' or 'news-*'; repeatable). By default only .txt, .text, .jsonl and .ndjson are read; others are counted and named in the summary.", valueName: "glob"))
    var include: [String] = []

    @Flag(name: .shortAndLong, help: "No progress bar (it is drawn only on a terminal anyway).")
    var quiet = false

    @Flag(help: "Read standard input as JSON Lines rather than as one article.")
    var stdinJsonl = false

    @Flag(help: "Skip documents that cannot be read and report them at the end (exit code 3), instead of stopping (exit code 2).")
    var keepGoing = false

    @Option(help: "Largest document accepted, in bytes (a larger one is reported as too large).")
    var maxBytes = 8_000_000

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one input: a file, a folder, '-' or a .jsonl corpus") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        let fields: [(option: String, name: String?)] = [("--date-field", dateField), ("--title-field", titleField), ("--url-field", urlField)]
        for (option, name) in fields {
            if let name, name.isEmpty { throw ValidationError("\(option) needs a field name") }
        }
        if let empty = include.first(where: \.isEmpty) { throw ValidationError("--include needs a pattern, not «\(empty)»") }
    }
}
