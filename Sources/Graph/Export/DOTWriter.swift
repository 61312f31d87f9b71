// DOT, the Graphviz language: https://graphviz.org/doc/info/lang.html (attributes:
// https://graphviz.org/doc/info/attrs.html).
//
// Writes an undirected `graph`; `holds-role` and `same-as-candidate` edges carry `dir=forward` so
// their arrow still shows. Not supported: evidence sentences (only dates and counts go into the
// tooltip; use CSV or JSON for evidence), HTML-like labels, and per-edge layout hints.

/// Writes the exported graph as DOT text for Graphviz, ready for the `Graphviz` renderer.
///
/// - `charset="UTF-8"` and `fontname="Noto Sans Arabic"` on graph, nodes and edges, so Persian
///   labels join and run right to left with the cairo/pango renderers.
/// - Nodes by kind: person ellipse (blue), unnamed role-holder dashed ellipse (grey), group
///   hexagon (green), institution box (amber); label "name\nmain role".
/// - Edges: `met` with `weight` = meetings and `penwidth` growing with it, tooltip with the dates;
///   `holds-role` dotted with the role as tooltip; `same-as-candidate` dashed.
/// - A legend cluster with one sample node per kind present.
/// - Every string is quoted and escaped (see `quoted(_:)`), so no name can break or inject DOT.
/// - Output is deterministic: nodes then edges, each in id order.
public struct DOTWriter: Sendable {
    /// Graph label drawn at the top, if any.
    public var title: String?
    /// Whether to draw the legend cluster.
    public var legend: Bool
    /// Font used for every label.
    public var fontName: String

    /// Creates a writer.
    public init(title: String? = nil, legend: Bool = true, fontName: String = "Noto Sans Arabic") {
        self.title = title
        self.legend = legend
        self.fontName = fontName
    }

    /// The DOT text of `graph`.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> String {
        let graph = graph.exportedView
        let font = Self.quoted(fontName)
        var lines = ["graph didar {"]
        var graphAttributes = ["charset=\"UTF-8\"", "fontname=\(font)", "overlap=false", "splines=true"]
        if let title { graphAttributes += ["label=\(Self.quoted(title))", "labelloc=t"] }
        lines.append("  graph [\(graphAttributes.joined(separator: ", "))];")
        lines.append("  node [fontname=\(font), style=filled, fontsize=11];")
        lines.append("  edge [fontname=\(font), fontsize=9];")

        if legend {
            let kinds = Set(graph.nodes.map(\.kind)).sorted()
            if !kinds.isEmpty {
                lines.append("  subgraph cluster_legend {")
                lines.append("    label=\"Legend\"; fontname=\(font); style=rounded; color=\"#999999\";")
                for kind in kinds {
                    lines.append("    \(Self.quoted("legend_" + kind.rawValue)) [label=\(Self.quoted(kind.rawValue)), "
                        + "\(Self.style(of: kind))];")
                }
                lines.append("  }")
            }
        }

        for node in graph.nodes {
            var label = Self.escaped(node.label)
            if let role = node.role, !role.isEmpty, node.kind != .unnamedRoleHolder || role != node.label {
                label += "\\n" + Self.escaped(role)
            }
            var tooltip = [node.kind.rawValue]
            if let gloss = node.roleGloss ?? node.gloss { tooltip.append(gloss) }
            if let first = node.firstSeen, let last = node.lastSeen {
                tooltip.append(first == last ? first : "\(first) … \(last)")
            }
            lines.append("  \(Self.quoted(node.id)) [label=\"\(label)\", \(Self.style(of: node.kind)), "
                + "tooltip=\(Self.quoted(tooltip.joined(separator: " · ")))];")
        }

        for edge in graph.edges {
            var attributes = ["class=\(Self.quoted(edge.kind.rawValue))"]
            switch edge.kind {
            case .met:
                attributes += [
                    "weight=\(edge.weight)", "penwidth=\(ExportAttributes.format(ExportAttributes.penWidth(weight: edge.weight)))",
                    "color=\"#555555\"",
                ]
            case .holdsRole:
                attributes += ["dir=forward", "style=dotted", "color=\"#b08900\"", "arrowsize=0.6"]
            case .sameAsCandidate:
                attributes += ["dir=forward", "style=dashed", "color=\"#888888\""]
            default:
                attributes += ["dir=forward", "color=\"#aaaaaa\""]
            }
            attributes.append("tooltip=\(Self.quoted(Self.tooltip(of: edge)))")
            lines.append("  \(Self.quoted(edge.source)) -- \(Self.quoted(edge.target)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of a tooltip: what the edge is and when.
    private static func tooltip(of edge: GraphEdge) -> String {
        var parts: [String] = []
        switch edge.kind {
        case .met: parts.append("\(edge.weight) meeting" + (edge.weight == 1 ? "" : "s"))
        default: parts.append(edge.kind.rawValue)
        }
        if let role = edge.role { parts.append(role) }
        if let gloss = edge.roleGloss { parts.append(gloss) }
        let dates = Array(Set(edge.evidence.compactMap(\.date))).sorted()
        if !dates.isEmpty {
            parts.append(dates.count <= 6 ? dates.joined(separator: ", ") : "\(dates.first!) … \(dates.last!)")
        } else if let first = edge.firstDate, let last = edge.lastDate {
            parts.append(first == last ? first : "\(first) … \(last)")
        }
        return parts.joined(separator: " · ")
    }

    /// Shape and colour of a kind.
    private static func style(of kind: NodeKind) -> String {
        switch kind {
        case .person: "shape=ellipse, fillcolor=\"#cfe2ff\""
        case .unnamedRoleHolder: "shape=ellipse, style=\"filled,dashed\", fillcolor=\"#eeeeee\""
        case .group: "shape=hexagon, fillcolor=\"#d1e7dd\""
        case .institution: "shape=box, fillcolor=\"#fff3cd\""
        case .place: "shape=house, fillcolor=\"#f8d7da\""
        case .meeting: "shape=diamond, fillcolor=\"#e2d9f3\""
        case .article: "shape=note, fillcolor=\"#ffffff\""
        }
    }

    /// `text` as a complete double-quoted DOT string.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// `text` escaped for the inside of a double-quoted DOT string.
    ///
    /// After `ExportText.clean` (no line breaks, controls or bidi overrides are left): a backslash
    /// is doubled, so it cannot start an escape such as `\N` or `\l`; a quote becomes `\"`; and `&`,
    /// `<`, `>` become character entities, because Graphviz decodes entities in every label and the
    /// SVG renderer must never see a raw `<`.
    static func escaped(_ text: String) -> String {
        // Scalars, not Characters: a quote followed by a combining mark is one Character that would
        // slip past a Character comparison, yet Graphviz still sees the bare quote.
        let clean = ExportText.clean(text)
        // Most labels hold none of the five: returned as they are (all five are ASCII, so bytes tell).
        if !clean.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) {
            return clean
        }
        var out = String.UnicodeScalarView()
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
