/// A Graphviz layout engine, named as Graphviz names it (`dot`, `sfdp`, …).
///
/// A struct rather than an enum so that a name typed by a user can be passed through unchanged:
/// Graphviz itself then reports an unknown engine together with the list of engines it has.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The engine's Graphviz name, as given to `gvLayout`.
    public let rawValue: String

    /// Wraps a Graphviz engine name; unknown names fail later, in `GraphvizRenderer`, with Graphviz's list.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Hierarchical layout: the clearest drawing, but its cost grows steeply (minutes at 1,000 nodes).
    public static let dot = LayoutEngine(rawValue: "dot")
    /// Multiscale force-directed layout: the engine for big graphs (seconds at 5,000 nodes).
    public static let sfdp = LayoutEngine(rawValue: "sfdp")
    /// Spring-model (stress majorization) layout for small and medium undirected graphs.
    public static let neato = LayoutEngine(rawValue: "neato")
    /// Force-directed (Fruchterman-Reingold) layout for small and medium graphs.
    public static let fdp = LayoutEngine(rawValue: "fdp")
    /// Circular layout, one circle per biconnected component.
    public static let circo = LayoutEngine(rawValue: "circo")
    /// Radial layout around a centre node.
    public static let twopi = LayoutEngine(rawValue: "twopi")

    /// The engines this project documents and tests, in a stable order.
    public static let known: [LayoutEngine] = [.dot, .sfdp, .neato, .fdp, .circo, .twopi]

    /// The engine's Graphviz name.
    public var description: String { rawValue }
}
