import ArgumentParser
import Graph
import Graphviz

/// How diagrams are cut out of a large corpus and laid out (`build` and `ego` share them).
struct DiagramFilterOptions: ParsableArguments {
    @Option(help: "Layout engine: dot, sfdp, neato, fdp, circo, twopi (default: dot up to 300 nodes, sfdp above).")
    var layout: String?

    @Option(help: "Diagram formats, comma-separated: svg, svg-cairo (text as outlines), png, pdf.")
    var format = "svg,png,pdf"

    @Option(help: "Draw only edges of at least this weight: meetings for met, articles for roles (every kind).")
    var minWeight = 1

    @Option(help: "Draw only meetings on or after this date (yyyy-mm-dd).")
    var since: String?

    @Option(help: "Draw only meetings on or before this date (yyyy-mm-dd).")
    var until: String?

    @Option(help: "Draw only the network around this person (any spelling).")
    var person: String?

    @Option(help: "With --person: how many meetings away to go.")
    var depth = 1

    @Option(help: "Which view to draw: people (the people's network; the default without --actors) | institutions | all (the actors' view: groups and institutions tied to their meetings).")
    var kind: GraphFilter.Scope?

    @Option(help: "Whole-corpus diagram: draw only the N people with the most meetings (0: all).")
    var top = 100

    @Flag(help: "Draw even a graph judged too large to lay out legibly (may take minutes).")
    var allowLarge = false

    func formats() throws -> [OutputFormat] {
        try format.split(separator: ",").map { name in
            guard let f = OutputFormat(named: String(name).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown format «\(name)»; choose from \(OutputFormat.known.map(\.name).joined(separator: ", "))")
            }
            return f
        }
    }

    func validate() throws {
        _ = try formats()
        for (name, date) in [("--since", since), ("--until", until)] {
            if let date, !DiagramFilterOptions.isISODate(date) { throw ValidationError("\(name) takes a date as yyyy-mm-dd, not «\(date)»") }
        }
        guard minWeight >= 1, depth >= 0 else { throw ValidationError("--min-weight must be at least 1 and --depth at least 0") }
        guard top >= 0 else { throw ValidationError("--top takes a number of people, 0 for all") }
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { Int($0) != nil }
    }
}

extension GraphFilter.Scope: ExpressibleByArgument {}
