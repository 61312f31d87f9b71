import ArgumentParser
import Foundation

/// The `didar` command: who met whom in Persian news.
@main
struct Didar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "didar",
        abstract: "Find the people, roles and institutions in Persian news and build the graph of who met whom.",
        discussion: """
        Examples:
          didar build seeds -o out
          didar extract --json seeds/002_a3a8635b35913460.txt
          didar query "علوی"
          didar query "سيد امير حسين علوي" --json
          didar path "علوی" "فتح‌اللهی"
          didar ego "صفوی" --depth 2 -o safavi.svg
          didar stats
        Names may be written with Arabic ي/ك, with or without ZWNJ and titles.

        Exit codes:
          0   success
          1   an unexpected failure (a bug: please report it)
          2   bad input stopped the run (use --keep-going to skip it)
          3   finished, but some documents were skipped (see the summary)
          4   nothing matched (query, path, ego)
          5   rendering failed (Graphviz's message is printed)
          6   the store or an output folder could not be opened or written (or --db is not a Didar store)
          7   a name matches several people: the message lists them with the option that picks one by id
          8   didar serve: the port is already in use (or cannot be listened on)
          9   the inputs held no document: nothing was written
          64  bad command-line usage

        Shell completion: didar --generate-completion-script bash|zsh|fish
        """,
        version: "0.1.0",
        subcommands: [
            Build.self, Extract.self, Add.self, Query.self, PathCommand.self, Ego.self, Why.self, Stats.self, Serve.self, Bench.self,
            Migrate.self, Eval.self, Audit.self,
        ]
    )

    /// One place turns an error into a message and an exit status (argument-parser's pattern):
    /// a `UserFacingError` prints `didar: <message>` and exits with its documented code.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UserFacingError {
            Terminal.warn("didar: \(error.message)")
            Foundation.exit(error.exitCode.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
