/// Everything that can go wrong when Graphviz reads, lays out or draws a graph.
///
/// Each case carries Graphviz's own message (captured through its error writer, never printed to
/// stderr) so the CLI can show the user what Graphviz complained about, plus advice where a fix is
/// known (a package to install, an engine to switch to).
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text is not valid for Graphviz's parser; `message` is e.g. "syntax error in line 1 near ';'".
    case syntax(message: String)
    /// The layout engine failed or does not exist (then `message` lists the engines that do).
    case layout(engine: String, message: String)
    /// The renderer failed or the format does not exist (then `message` lists the formats that do).
    case render(format: String, message: String)
    /// A documented format or layout (`plugin`, e.g. "png" or "layout sfdp") whose Graphviz plugin is
    /// not installed here (e.g. no cairo → no PNG).
    case missingPlugin(plugin: String, message: String, advice: String)
    /// The requested font family is not installed; Graphviz would silently draw with another font.
    case missingFont(family: String, substitute: String?, advice: String)
    /// The graph has more nodes than `engine` lays out in reasonable time; `advice` names an alternative.
    case graphTooLarge(nodes: Int, engine: String, advice: String)

    /// A one-paragraph explanation fit for a terminal.
    public var description: String {
        switch self {
        case .syntax(let message):
            return "Graphviz cannot parse the DOT text: \(message)"
        case .layout(let engine, let message):
            return "Graphviz layout '\(engine)' failed: \(message)"
        case .render(let format, let message):
            return "Graphviz cannot render '\(format)': \(message)"
        case .missingPlugin(let plugin, let message, let advice):
            return "Graphviz has no plugin for '\(plugin)' (\(message)). \(advice)"
        case .missingFont(let family, let substitute, let advice):
            let fallback = substitute.map { " (Graphviz would fall back to \($0))" } ?? ""
            return "Font '\(family)' is not installed\(fallback). \(advice)"
        case .graphTooLarge(let nodes, let engine, let advice):
            return "\(nodes) nodes is too many for the '\(engine)' layout. \(advice)"
        }
    }
}
