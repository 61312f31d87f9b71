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
          didar build seeds -o out                 graph, diagrams, exports and store from a folder of articles
          didar extract --json seeds/002_a3a8635b35913460.txt
          didar query "علوی"                        whom has this official met, when, where, with evidence
          didar query "سيد امير حسين علوي" --json   Arabic ي/ك and missing ZWNJ are fine
          didar path "علوی" "فتح‌اللهی"
          didar ego "صفوی" --depth 2 -o safavi.svg
          didar stats

        Exit codes:
          0   success
          1   an unexpected failure (a bug: please report it)
          2   bad input stopped the run (the message names the file and position; use --keep-going to skip)
          3   finished, but some documents were skipped (--keep-going); the summary lists them
          4   nothing matched (query, path, ego)
          5   rendering failed (Graphviz's message is printed)
          6   the store could not be opened or written
          64  bad command-line usage
        """,
        version: "0.1.0",
        subcommands: [
            Build.self, Extract.self, Add.self, Query.self, PathCommand.self, Ego.self, Stats.self, Bench.self,
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
