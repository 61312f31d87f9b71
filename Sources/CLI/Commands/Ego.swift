import ArgumentParser
import Foundation
import Graph
import Graphviz

/// `didar ego NAME`: the network around one person, drawn through Graphviz.
struct Ego: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the network around one person (SVG, PNG, PDF or DOT, by the file's extension).",
        discussion: """
        Examples:
          didar ego "علوی" -o alavi.png
          didar ego "صفوی" --depth 2 -o safavi.svg
          didar ego "آتش‌زر" --since 2021-01-01 --min-weight 2 -o atashzar.pdf
          didar ego --id p_0b18284358e504d3 -o alavi.svg

        A name shared by several people lists them and exits with code 7: pick one with --id.
        """
    )

    @Argument(help: "The person's name (any spelling), or their id.")
    var name: String?

    @Option(help: "Pick a person by id (as printed by `didar query`) when a name matches several; the name may then be left out.")
    var id: String?

    @Option(help: "How many meetings away to go.")
    var depth = 1

    @Option(help: "Only met edges supported by at least this many meetings.")
    var minWeight = 1

    @Option(help: "Which view to draw: people (default) | institutions | all (the actors' view).")
    var kind: GraphFilter.Scope = .people

    @Option(help: "Layout engine: dot, sfdp, neato, fdp, circo, twopi (default by size).")
    var layout: String?

    @Option(name: .shortAndLong, help: "The file to write: .svg, .png, .pdf or .dot.")
    var output: String

    @OptionGroup var dates: DateOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard ["svg", "png", "pdf", "dot", "gv"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw ValidationError("-o must end in .svg, .png, .pdf or .dot")
        }
        guard depth >= 1, depth <= 4 else { throw ValidationError("--depth is between 1 and 4") }
        guard name != nil || id != nil else { throw ValidationError("name a person, or give their id with --id") }
    }

    func run() throws {
        let index = try store.openIndex()
        let person = try PersonResolver.resolve(name, id: id, in: index)
        let ego = EgoNetwork(index: index, center: person.id, depth: depth, range: dates.range, minWeight: minWeight, scope: kind)
        let url = URL(fileURLWithPath: output)
        let ext = url.pathExtension.lowercased()
        let title = "\(person.label) — \(depth == 1 ? "people met" : "\(depth) steps")"
        if ext == "dot" || ext == "gv" {
            try AtomicFile.write(DOTWriter(title: title).write(ego.graph), to: url)
        } else {
            let format = OutputFormat(named: ext)!
            var options = DiagramOptions(layout: layout, formats: [format])
            options.title = title
            let files = try DiagramRenderer(options: options).render(ego.graph, baseName: "ego")
            try AtomicFile.write(files["ego.\(format.fileExtension)"]!, to: url)
        }
        let people = ego.graph.nodes.filter { $0.kind == .person || $0.kind == .unnamedRoleHolder }.count
        print("wrote \(url.path): \(people) people, \(ego.graph.edges(of: .met).count) met edges around «\(person.label)»")
    }
}
