/// An output format together with the Graphviz renderer that produces it.
///
/// Formats are pinned to a renderer (`png:cairo:cairo`, never `png:gd`) because only the cairo/pango
/// renderers join Persian letters and lay them out right to left; gd draws them unjoined, left to right.
///
/// SVG comes in two flavours, and neither is right for every use:
/// - ``svg`` (Graphviz's core renderer) writes labels as real `<text>` in logical order with a
///   `font-family`: text stays selectable and searchable, and the browser shapes Persian itself, but the
///   viewer must have the font (Noto Sans Arabic) or it substitutes its own.
/// - ``svgOutlined`` (`svg:cairo`) draws every glyph as an outline, already shaped: it looks the same
///   everywhere, but the text cannot be selected or searched.
/// The CLI's default is ``svg`` because a graph of names is something people search in.
public struct OutputFormat: Hashable, Sendable, CustomStringConvertible {
    /// The short name users type (`svg`, `svg-cairo`, `png`, `pdf`, `dot`, `xdot`).
    public let name: String
    /// The full `format:renderer:device` triple handed to `gvRenderData`.
    public let graphvizName: String
    /// The usual file extension for this format, without the dot.
    public let fileExtension: String
    /// Whether the renderer is cairo's, i.e. whether the output shapes text with the installed fonts.
    public let usesCairo: Bool

    /// Describes a format; prefer the static members, or ``custom(_:)`` for anything else.
    public init(name: String, graphvizName: String, fileExtension: String, usesCairo: Bool) {
        self.name = name
        self.graphvizName = graphvizName
        self.fileExtension = fileExtension
        self.usesCairo = usesCairo
    }

    /// SVG from Graphviz's core renderer: selectable text, needs the font on the viewer's machine.
    public static let svg = OutputFormat(name: "svg", graphvizName: "svg:svg:core", fileExtension: "svg", usesCairo: false)
    /// SVG from cairo: glyph outlines, shaped here, identical everywhere, text not selectable.
    public static let svgOutlined = OutputFormat(name: "svg-cairo", graphvizName: "svg:cairo:cairo", fileExtension: "svg", usesCairo: true)
    /// PNG from cairo (never gd, which cannot shape Persian).
    public static let png = OutputFormat(name: "png", graphvizName: "png:cairo:cairo", fileExtension: "png", usesCairo: true)
    /// PDF from cairo, with the fonts embedded.
    public static let pdf = OutputFormat(name: "pdf", graphvizName: "pdf:cairo:cairo", fileExtension: "pdf", usesCairo: true)
    /// DOT text with the layout's positions added (`pos`, `bb`, …).
    public static let dot = OutputFormat(name: "dot", graphvizName: "dot", fileExtension: "gv", usesCairo: false)
    /// DOT text with positions plus explicit drawing operations.
    public static let xdot = OutputFormat(name: "xdot", graphvizName: "xdot", fileExtension: "xdot", usesCairo: false)

    /// The formats this project documents and tests, in a stable order.
    public static let known: [OutputFormat] = [.svg, .svgOutlined, .png, .pdf, .dot, .xdot]

    /// The known format with this short name (`"svg-cairo"`, `"png"`, …), or nil.
    public init?(named name: String) {
        guard let format = Self.known.first(where: { $0.name == name }) else { return nil }
        self = format
    }

    /// Any Graphviz format string, passed through unchecked; Graphviz reports an unknown one with its list.
    public static func custom(_ graphvizName: String) -> OutputFormat {
        OutputFormat(name: graphvizName, graphvizName: graphvizName, fileExtension: graphvizName, usesCairo: graphvizName.contains("cairo"))
    }

    /// The short name.
    public var description: String { name }
}
