import Foundation
import Graph
import Graphviz

/// What a diagram shows and how it is laid out: the `--layout`, `--format` and filter options.
struct DiagramOptions {
    var layout: String?
    var formats: [OutputFormat] = [.svg, .png, .pdf]
    var filter = GraphFilter()
    var allowLarge = false
    var title: String?
}

/// Draws the (filtered) corpus graph through Graphviz, choosing the layout by size and refusing,
/// with advice, a graph too large to draw legibly instead of hanging.
struct DiagramRenderer {
    var options: DiagramOptions

    /// The DOT text of the filtered graph (what is drawn).
    func dot(_ graph: CorpusGraph) -> (dot: String, nodes: Int) {
        let shown = options.filter.apply(to: graph)
        return (DOTWriter(title: options.title).write(shown), shown.nodes.count)
    }

    /// Renders to each format; the keys are `graph.svg`, `graph.png`, ….
    func render(_ graph: CorpusGraph, formats: [OutputFormat]? = nil, baseName: String = "graph") throws -> [String: Data] {
        let (text, nodes) = dot(graph)
        let engine = options.layout.map { LayoutEngine(rawValue: $0) } ?? LayoutAdvisor.recommendedEngine(nodeCount: nodes)
        if !options.allowLarge, LayoutAdvisor.isTooLargeToDraw(nodes: nodes, engine: engine) {
            throw UserFacingError(
                message: "the graph has \(nodes) nodes, too many to draw legibly with \(engine). \(LayoutAdvisor.advice(nodes: nodes, engine: engine)) Filters: --min-weight, --since/--until, --person NAME --depth N, --kind people; or `didar ego NAME`. Exports (GraphML, GEXF, CSV, JSON) are written regardless.",
                exitCode: ExitStatus.renderFailed)
        }
        // One layout, drawn in every format (a layout of a few hundred nodes takes seconds).
        let chosen = formats ?? options.formats
        let renderings: [Rendering]
        do {
            renderings = try GraphvizRenderer().renderings(
                dot: text, formats: chosen, engine: engine, options: RenderOptions(allowsLargeGraphs: true))
        } catch {
            throw UserFacingError(message: "Graphviz could not draw \(baseName): \(error)", exitCode: ExitStatus.renderFailed)
        }
        var files: [String: Data] = [:]
        for (format, rendering) in zip(chosen, renderings) {
            files["\(baseName).\(format.fileExtension)"] = Data(rendering.bytes)
            for warning in Set(rendering.warnings).sorted() { Terminal.warn("didar: Graphviz: \(warning)") }
        }
        return files
    }
}
