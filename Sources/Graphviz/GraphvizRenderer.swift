import Foundation

/// Draws DOT text through the Graphviz C library: SVG, PNG, PDF, or laid-out DOT/xdot.
///
/// All instances share one Graphviz context behind one lock (Graphviz is not thread-safe), so a
/// renderer is cheap to create and safe to use from any thread or task; calls simply take turns.
/// Every graph, layout and render buffer is freed before a call returns, and Graphviz's messages are
/// captured into ``GraphvizError`` instead of being printed to stderr.
///
/// Output is deterministic for a given DOT text, with one catch: name the graph (`digraph didar {`).
/// Graphviz names an anonymous graph `%N` from a process-wide counter, and SVG writes that name.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// let png = try renderer.render(dot: "digraph { a -> b }", format: .png)
/// let summary = try renderer.parse(dot: text)   // node and edge counts, or .syntax
/// ```
public struct GraphvizRenderer: Sendable {
    /// A renderer over the process-wide Graphviz context (created on first use).
    public init() {}

    /// Lays out `dot` with `engine` and renders it to `format`.
    ///
    /// - Throws: `.syntax` for invalid DOT, `.graphTooLarge` when ``LayoutAdvisor`` judges the graph too
    ///   big for `engine` (unless `options.allowsLargeGraphs`), `.missingFont` when a cairo format
    ///   would substitute `options.fontFamily`, `.layout`/`.render`/`.missingPlugin` when Graphviz fails.
    /// - Complexity: that of the layout engine; see ``LayoutAdvisor``.
    public func render(dot: String, format: OutputFormat, engine: LayoutEngine = .dot,
                       options: RenderOptions = RenderOptions()) throws(GraphvizError) -> [UInt8] {
        try rendering(dot: dot, format: format, engine: engine, options: options).bytes
    }

    /// ``render(dot:format:engine:options:)`` that also returns Graphviz's warnings (unknown colours,
    /// shapes or attributes), which Graphviz would otherwise print to stderr and this API swallows.
    public func rendering(dot: String, format: OutputFormat, engine: LayoutEngine = .dot,
                          options: RenderOptions = RenderOptions()) throws(GraphvizError) -> Rendering {
        try GraphvizSession.shared.render(dot: dot, formats: [format], engine: engine, options: options)[0]
    }

    /// Lays `dot` out once and renders it to every format in `formats`, in the same order.
    ///
    /// The layout is the expensive part (seconds for a few hundred nodes with `dot`), so drawing SVG,
    /// PNG and PDF this way costs one layout instead of three. Throws on the first failing format.
    public func renderings(dot: String, formats: [OutputFormat], engine: LayoutEngine = .dot,
                           options: RenderOptions = RenderOptions()) throws(GraphvizError) -> [Rendering] {
        try GraphvizSession.shared.render(dot: dot, formats: formats, engine: engine, options: options)
    }

    /// ``render(dot:format:engine:options:)`` returning `Data`, for writing straight to a file.
    public func renderData(dot: String, format: OutputFormat, engine: LayoutEngine = .dot,
                           options: RenderOptions = RenderOptions()) throws(GraphvizError) -> Data {
        Data(try render(dot: dot, format: format, engine: engine, options: options))
    }

    /// Reads `dot` with Graphviz's own parser (`agmemread`) and reports what it found.
    ///
    /// Use it to prove an exporter's DOT is valid for Graphviz. Throws `.syntax` with Graphviz's
    /// message (e.g. "syntax error in line 3 near '->'") when it is not.
    public func parse(dot: String) throws(GraphvizError) -> GraphSummary {
        try GraphvizSession.shared.summarize(dot: dot)
    }

    /// Throws `.missingFont` (with install advice) if cairo/pango would draw `family` with another font.
    ///
    /// The check draws a small Persian probe to PDF and reads the embedded font names, so it tests the
    /// same font lookup the PNG/PDF renderers use; the answer is cached for the life of the process.
    /// If the PDF's font names cannot be read, the check passes rather than guessing.
    public func verifyFont(family: String) throws(GraphvizError) {
        try GraphvizSession.shared.requireFont(family: family)
    }
}
