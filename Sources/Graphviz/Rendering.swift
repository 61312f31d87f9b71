/// The bytes of one rendered graph and the warnings Graphviz raised while drawing it.
public struct Rendering: Hashable, Sendable {
    /// The output file's content (PNG, PDF, SVG or DOT text as UTF-8).
    public let bytes: [UInt8]
    /// Graphviz's warnings, in order, without the "Warning: " label (e.g. "nosuchcolor is not a known color.").
    /// Graphviz reports some of them (unknown colours) only the first time in a process.
    public let warnings: [String]

    /// Wraps a render's result; normally produced by ``GraphvizRenderer/rendering(dot:format:engine:options:)``.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
