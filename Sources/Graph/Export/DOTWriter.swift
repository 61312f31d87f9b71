// DOT, the Graphviz language: https://graphviz.org/doc/info/lang.html (attributes:
// https://graphviz.org/doc/info/attrs.html).
//
// Writes an undirected `graph`; `holds-role`, `same-as-candidate`, `attended` and `represented`
// edges carry `dir=forward` so their arrow still shows. Not supported: evidence sentences (only dates and counts go into the
// tooltip; use CSV or JSON for evidence), HTML-like labels, and per-edge layout hints.

/// Writes the exported graph as DOT text for Graphviz, ready for the `Graphviz` renderer.
///
/// - `charset="UTF-8"` and `fontname="Noto Sans Arabic"` on graph, nodes and edges, so Persian
///   labels join and run right to left with the cairo/pango renderers.
/// - Nodes by kind: person ellipse (blue), unnamed role-holder dashed ellipse (grey), group
///   hexagon (green), institution box (amber), meeting diamond (lilac, actors' view only); label
///   "name\nmain role". Given `communities`, people are filled with their community's colour instead.
/// - Edges: `met` with `weight` = meetings and `penwidth` growing with it, tooltip with the dates;
///   `holds-role` dotted with the role as tooltip; `same-as-candidate` dashed; `attended` and
///   `represented` thin arrows into the meeting (`represented` dashed).
/// - A legend outside the drawing (the graph's own label, an HTML-like table under the title): one
///   cell per kind present and, with `communities`, one per coloured community named after its
///   best-connected member. Layout engines never move it, as they did a legend cluster.
/// - Every string is quoted and escaped (see `quoted(_:)`), so no name can break or inject DOT.
/// - Output is deterministic: nodes then edges, each in id order.
public struct DOTWriter: Sendable {
    /// Graph label drawn at the top, if any.
    public var title: String?
    /// Whether to draw the legend (with the title in it).
    public var legend: Bool
    /// Font used for every label.
    public var fontName: String
    /// Communities to colour people by (see `Communities`), or nil to colour by kind.
    public var communities: Communities?

    /// Creates a writer.
    public init(
        title: String? = nil, legend: Bool = true, fontName: String = "Noto Sans Arabic", communities: Communities? = nil
    ) {
        self.title = title
        self.legend = legend
        self.fontName = fontName
        self.communities = communities
    }

    /// Fill colours of the largest communities (ColorBrewer Set3, light enough for black labels);
    /// smaller communities keep the colour of their kind.
    public static let communityColors = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd",
        "#ccebc5", "#ffed6f",
    ]

    /// The DOT text of `graph`.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> String {
        let graph = graph.exportedView
        let font = Self.quoted(fontName)
        var lines = ["graph didar {"]
        // `pack`: lay the connected parts out side by side in a square, not in one long strip.
        var graphAttributes = ["charset=\"UTF-8\"", "fontname=\(font)", "overlap=false", "splines=true", "pack=true"]
        let legendLabel = legend ? legendTable(graph) : nil
        if let legendLabel {
            graphAttributes += ["label=<\(legendLabel)>", "labelloc=t", "labeljust=l"]
        } else if let title {
            graphAttributes += ["label=\(Self.quoted(title))", "labelloc=t"]
        }
        lines.append("  graph [\(graphAttributes.joined(separator: ", "))];")
        lines.append("  node [fontname=\(font), style=filled, fontsize=11];")
        lines.append("  edge [fontname=\(font), fontsize=9];")

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
            lines.append("  \(Self.quoted(node.id)) [label=\"\(label)\", \(style(of: node)), "
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
            case .attended:
                attributes += ["dir=forward", "color=\"#7a6aa8\"", "arrowsize=0.6"]
            case .represented:
                attributes += ["dir=forward", "style=dashed", "color=\"#b08900\"", "arrowsize=0.6"]
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

    /// The community colour of a person, if its community is one of the coloured ones.
    private func communityColor(of id: String) -> String? {
        guard let number = communities?.index[id], number < Self.communityColors.count,
            let members = communities?.members[number], members.count > 1
        else { return nil }
        return Self.communityColors[number]
    }

    /// Shape and colour of a node: its kind's, with the fill of its community when it has one.
    private func style(of node: GraphNode) -> String {
        Self.style(of: node.kind, fill: communityColor(of: node.id))
    }

    /// The legend: a title row, one cell per kind present and one per coloured community, as the
    /// inside of an HTML-like label; nil when there is nothing to explain.
    private func legendTable(_ graph: CorpusGraph) -> String? {
        let kinds = Set(graph.nodes.map(\.kind)).sorted()
        guard !kinds.isEmpty else { return nil }
        var rows: [String] = []
        if let title { rows.append("<tr><td align=\"left\"><b>\(Self.html(title))</b></td></tr>") }
        // With communities, people are filled by community, so their kinds are told by the outline alone.
        let colouredPeople = communities.map { $0.nontrivialCount > 0 } ?? false
        var cells = kinds.map { kind in
            let name = kind == .unnamedRoleHolder ? "unnamed role-holder (dashed)" : kind.rawValue
            if colouredPeople && kind.isPerson { return "<td>\(Self.html(name))</td>" }
            return "<td bgcolor=\"\(Self.fill(of: kind))\">\(Self.html(name))</td>"
        }
        cells.insert("<td>legend:</td>", at: 0)
        rows.append("<tr><td align=\"left\"><table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"3\"><tr>"
            + cells.joined() + "</tr></table></td></tr>")
        if let communities {
            let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
            var degree: [String: Int] = [:]
            for edge in graph.edges where edge.kind == .met {
                degree[edge.source, default: 0] += edge.weight
                degree[edge.target, default: 0] += edge.weight
            }
            var items: [String] = []
            for (number, members) in communities.members.enumerated()
            where number < Self.communityColors.count && members.count > 1 {
                // Named after its member with the most meetings in the drawing (then the smallest id).
                let centre = members.min { (-(degree[$0] ?? 0), $0) < (-(degree[$1] ?? 0), $1) }!
                let name = "\(labels[centre] ?? centre) (\(members.count))"
                items.append("<td bgcolor=\"\(Self.communityColors[number])\">\(Self.html(name))</td>")
            }
            if !items.isEmpty {
                rows.append("<tr><td align=\"left\"><table border=\"0\" cellborder=\"1\" cellspacing=\"2\" cellpadding=\"3\"><tr>"
                    + "<td>communities (people):</td>" + items.joined() + "</tr></table></td></tr>")
            }
        }
        return "<table border=\"0\" cellspacing=\"0\">" + rows.joined() + "</table>"
    }

    /// `text` cleaned and escaped for an HTML-like label: `&`, `<`, `>` and `"` as entities.
    static func html(_ text: String) -> String {
        var out = ""
        for scalar in ExportText.clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The fill colour of a kind (the one in `style(of:)`).
    private static func fill(of kind: NodeKind) -> String {
        switch kind {
        case .person: "#cfe2ff"
        case .unnamedRoleHolder: "#eeeeee"
        case .group: "#d1e7dd"
        case .institution: "#fff3cd"
        case .place: "#f8d7da"
        case .meeting: "#e2d9f3"
        case .article: "#ffffff"
        }
    }

    /// Shape and colour of a kind, filled with `fill` instead of the kind's colour when given.
    private static func style(of kind: NodeKind, fill color: String? = nil) -> String {
        let fill = "fillcolor=\"\(color ?? fill(of: kind))\""
        return switch kind {
        case .person: "shape=ellipse, \(fill)"
        case .unnamedRoleHolder: "shape=ellipse, style=\"filled,dashed\", \(fill)"
        case .group: "shape=hexagon, \(fill)"
        case .institution: "shape=box, \(fill)"
        case .place: "shape=house, \(fill)"
        case .meeting: "shape=diamond, \(fill)"
        case .article: "shape=note, \(fill)"
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
