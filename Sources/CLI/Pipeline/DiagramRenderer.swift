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
    /// The overview cut (`--top N`): at most this many people, 0 for all, nil for no cut and no
    /// community colours (an ego diagram is small already).
    var top: Int?
}

/// What was drawn, before the layout: the DOT text and, for an overview, what it kept and left out.
struct PreparedDiagram {
    var dot: String
    var nodes: Int
    var overview: Overview.Result?
}

/// Draws the (filtered) corpus graph through Graphviz, choosing the layout by size and refusing,
/// with advice, a graph too large to draw legibly instead of hanging.
struct DiagramRenderer {
    var options: DiagramOptions

    /// The DOT text of the filtered graph (what is drawn).
    func dot(_ graph: CorpusGraph) -> (dot: String, nodes: Int) {
        let prepared = prepare(graph)
        return (prepared.dot, prepared.nodes)
    }

    /// Filters `graph`, cuts the overview (`options.top`) and writes the DOT text, communities coloured.
    func prepare(_ graph: CorpusGraph) -> PreparedDiagram {
        let shown = options.filter.apply(to: graph)
        guard let top = options.top else {
            return PreparedDiagram(dot: DOTWriter(title: options.title).write(shown), nodes: shown.nodes.count)
        }
        let overview = Overview(top: top).apply(to: shown)
        let writer = DOTWriter(title: options.title, communities: overview.communities)
        return PreparedDiagram(dot: writer.write(overview.graph), nodes: overview.graph.nodes.count, overview: overview)
    }

    /// Renders to each format; the keys are `graph.svg`, `graph.png`, ….
    func render(_ graph: CorpusGraph, formats: [OutputFormat]? = nil, baseName: String = "graph") throws -> [String: Data] {
        try render(prepare(graph), formats: formats, baseName: baseName)
    }

    /// Renders a prepared diagram to each format.
    func render(_ prepared: PreparedDiagram, formats: [OutputFormat]? = nil, baseName: String = "graph") throws -> [String: Data] {
        let (text, nodes) = (prepared.dot, prepared.nodes)
        let engine = options.layout.map { LayoutEngine(rawValue: $0) }
            ?? (prepared.overview != nil
                ? LayoutAdvisor.recommendedOverviewEngine(nodeCount: nodes) : LayoutAdvisor.recommendedEngine(nodeCount: nodes))
        if !options.allowLarge, LayoutAdvisor.isTooLargeToDraw(nodes: nodes, engine: engine) {
            throw UserFacingError(
                message: "the graph has \(nodes) nodes, too many to draw legibly with \(engine). \(LayoutAdvisor.advice(nodes: nodes, engine: engine)) Filters: --top N, --min-weight, --since/--until, --person NAME --depth N, --kind people; or `didar ego NAME`. Exports (GraphML, GEXF, CSV, JSON) are written regardless.",
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
