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
          didar path --from-id p_0b18284358e504d3 --to-id p_… (ids as printed by `didar query`)
          didar path "هاشمی" "خاتمی" --from-id p_…            (an id for the ambiguous end only)

        A name shared by several people lists them and exits with code 7: pick that end with
        --from-id or --to-id (or type the id in place of the name).
        """
    )

    @Argument(help: "The first person (any spelling), or their id; may be left out with --from-id.")
    var from: String?

    @Argument(help: "The second person (any spelling), or their id; may be left out with --to-id.")
    var to: String?

    @Option(help: "Id of the first person (as printed by `didar query`), when the name matches several.")
    var fromId: String?

    @Option(help: "Id of the second person (as printed by `didar query`), when the name matches several.")
    var toId: String?

    @Flag(help: "Let the chain pass through unnamed role-holders and groups as well as named people.")
    var throughAll = false

    @Flag(help: "Print the path as JSON.")
    var json = false

    @OptionGroup var dates: DateOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        // Positional names fill the ends that have no id: `path --from-id X NAME` means NAME is the second.
        let names = [from, to].compactMap { $0 }
        let needed = (fromId == nil ? 1 : 0) + (toId == nil ? 1 : 0)
        guard names.count >= needed else {
            throw ValidationError("name two people, or give their ids with --from-id and --to-id")
        }
    }

    /// The names for the ends without an id, in order: with one id given, the one name is the other end.
    private var endNames: (from: String?, to: String?) {
        switch (fromId, toId) {
        case (nil, nil): (from, to)
        case (_?, nil): (to == nil ? nil : from, to ?? from)
        case (nil, _?): (from, nil)
        case (_?, _?): (nil, nil)
        }
    }

    func run() throws {
        let index = try store.openIndex()
        let names = endNames
        let a = try PersonResolver.resolve(names.from, id: fromId, picker: .from, in: index)
        let b = try PersonResolver.resolve(names.to, id: toId, picker: .to, in: index)
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
