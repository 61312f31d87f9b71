import Foundation
import Graph
import Graphviz

/// Turns an ego network into what the page shows and downloads: SVG (with clickable nodes), PNG,
/// GraphML or node-link JSON.
///
/// Drawing goes through the shared `GraphvizRenderer` (serialized inside), with `dot` as long as the
/// network is small enough to stay interactive; a bigger one is refused before Graphviz sees it.
enum NetworkDrawing {
    /// What the network can be downloaded as.
    enum Format: String, CaseIterable, Sendable {
        case svg, png, graphml, json

        /// The HTTP content type.
        var contentType: String {
            switch self {
            case .svg: "image/svg+xml; charset=utf-8"
            case .png: "image/png"
            case .graphml: "application/graphml+xml; charset=utf-8"
            case .json: "application/json; charset=utf-8"
            }
        }

        /// Whether the format needs a Graphviz layout (and so the node limit).
        var isDrawing: Bool { self == .svg || self == .png }
    }

    /// The default most nodes the server lays out for one request: beyond it `dot` stops feeling
    /// interactive (see `LayoutAdvisor`) and a drawing of so many names is unreadable anyway.
    static let defaultNodeLimit = LayoutAdvisor.dotRecommendedLimit

    /// Advice for a network above `limit` nodes.
    static func advice(nodes: Int, limit: Int) -> String {
        "This network has \(nodes) nodes; the explorer draws at most \(limit). Raise the minimum number of meetings, "
            + "narrow the date range or use depth 1 — or download it as GraphML and open it in a tool built for "
            + "large graphs such as Gephi."
    }

    /// The bytes of `network` in `format`; `title` is drawn at the top of SVG and PNG.
    ///
    /// - Throws: `GraphvizError` when Graphviz cannot draw it (for example a missing font for PNG).
    static func render(_ network: CorpusGraph, format: Format, title: String?) throws -> [UInt8] {
        switch format {
        case .graphml:
            return Array(GraphMLWriter().write(network))
        case .json:
            return Array(NodeLinkJSONWriter().write(network))
        case .svg, .png:
            // No legend cluster: on a small ego network it takes more room than the people; the
            // page shows the legend in HTML beside the drawing instead.
            let dot = DOTWriter(title: title, legend: false).write(network)
            let engine = LayoutAdvisor.recommendedEngine(nodeCount: network.nodes.count)
            let bytes = try GraphvizRenderer().render(dot: dot, format: format == .svg ? .svg : .png, engine: engine)
            return format == .svg ? Array(clickable(svg: String(decoding: bytes, as: UTF8.self)).utf8) : bytes
        }
    }

    /// `svg` with every actor node marked `data-node="ID"`, so the page can open that person on a click.
    ///
    /// Graphviz writes each node as `<g id="nodeN" class="node"><title>NODE_ID</title>`; the title is
    /// the DOT node id, which for this project's nodes is a stable id such as `p_0123456789abcdef`.
    /// Only titles that match the id pattern are marked (the legend's sample nodes are not), so nothing
    /// from a label ever reaches an attribute.
    static func clickable(svg: String) -> String {
        var output = ""
        output.reserveCapacity(svg.utf8.count + 1024)
        var rest = svg[...]
        let marker = "class=\"node\">"
        while let range = rest.range(of: marker) {
            output += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            var attribute = ""
            if let open = after.range(of: "<title>"), after[..<open.lowerBound].allSatisfy(\.isWhitespace),
                let close = after[open.upperBound...].range(of: "</title>") {
                let id = String(after[open.upperBound..<close.lowerBound])
                if ExplorerParameters.isNodeID(id) { attribute = " data-node=\"\(id)\"" }
            }
            output += "class=\"node\"" + attribute + ">"
            rest = after
        }
        output += rest
        return output
    }
}
