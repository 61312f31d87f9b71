import ArgumentParser
import Graph

/// `didar path A B`: the shortest chain of meetings between two people, with evidence at each step.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "The shortest chain of meetings between two people, with the evidence of each step.",
        discussion: """
        Examples:
          didar path "علوی" "فتح‌اللهی"
          didar path "صفوی" "حسینی" --json
        """
    )

    @Argument(help: "The first person (any spelling).")
    var from: String

    @Argument(help: "The second person (any spelling).")
    var to: String

    @Option(help: "Id of the first person, when the name matches several.")
    var fromId: String?

    @Option(help: "Id of the second person, when the name matches several.")
    var toId: String?

    @Flag(help: "Let the chain pass through unnamed role-holders and groups as well as named people.")
    var throughAll = false

    @Flag(help: "Print the path as JSON.")
    var json = false

    @OptionGroup var dates: DateOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let index = try store.openIndex()
        let a = try PersonResolver.resolve(from, id: fromId, in: index)
        let b = try PersonResolver.resolve(to, id: toId, in: index)
        let through: Set<NodeKind> = throughAll ? [.person, .unnamedRoleHolder, .group] : [.person]
        guard let path = PathFinder(index: index).shortestPath(from: a.id, to: b.id, range: dates.range, through: through) else {
            throw UserFacingError(message: "«\(a.label)» and «\(b.label)» are not connected by any chain of meetings in this store\(throughAll ? "" : " (try --through-all)")", exitCode: ExitStatus.notFound)
        }
        if json {
            print(try JSONOutput.string(path))
            return
        }
        print(Terminal.bold(path.stops.map(\.label).joined(separator: " → ")) + "  (\(path.length) step\(path.length == 1 ? "" : "s"))")
        for (n, step) in path.steps.enumerated() {
            print("")
            print("\(n + 1). \(step.from.label)\(step.from.role.map { " (\($0))" } ?? "") — \(step.to.label)\(step.to.role.map { " (\($0))" } ?? ""): \(step.meetingCount) meeting(s)")
            for e in step.encounters.prefix(3) {
                print("   «\(e.text.trimmingCharacters(in: .whitespacesAndNewlines))»")
                print(Terminal.dim("     \(e.document), sentence \(e.sentence), characters \(e.start)–\(e.end)\(e.date.map { ", " + $0 } ?? "")"))
            }
        }
    }
}
