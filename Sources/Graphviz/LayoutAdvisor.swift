/// Which layout engine suits a graph of a given size, and when a graph is too big to draw at all.
///
/// The limits come from timings of each engine by graph size (benchmarks/README.md, "Layout engines by
/// graph size"): a limit is where a render stops feeling interactive and starts to look like a hang.
public enum LayoutAdvisor {
    /// Largest graph for which `dot` is recommended (its drawings are the clearest).
    public static let dotRecommendedLimit = 300

    /// The engine to use for a graph with `nodeCount` nodes: `dot` while it is fast, `sfdp` above.
    ///
    /// ```swift
    /// LayoutAdvisor.recommendedEngine(nodeCount: 40)    // .dot
    /// LayoutAdvisor.recommendedEngine(nodeCount: 2_000) // .sfdp
    /// ```
    public static func recommendedEngine(nodeCount: Int) -> LayoutEngine {
        nodeCount <= dotRecommendedLimit ? .dot : .sfdp
    }

    /// The engine for an overview of a network (people joined by meetings): `neato` while it is fast
    /// (3.6 s at 1,000 nodes; its spring layout shows groups of people as groups), `sfdp` above.
    /// `dot` ranks nodes in layers, which suits a hierarchy, not a network.
    public static func recommendedOverviewEngine(nodeCount: Int) -> LayoutEngine {
        nodeCount <= 1_000 ? .neato : .sfdp
    }

    /// The most nodes `engine` is allowed to lay out before the renderer refuses, or nil for no limit
    /// (an engine this project has not measured).
    public static func nodeLimit(for engine: LayoutEngine) -> Int? {
        switch engine {
        case .dot: return 500  // ~4 s at 500 idle (49 s on the busy shared machine), minutes at 1,000
        case .neato: return 2_000  // ~3.6 s at 1,000, ~2 min at 5,000
        case .fdp: return 400  // ~66 s at 1,000, roughly quadratic
        case .circo: return 200  // ~1 min at 300 on a busy machine; its cost explodes on non-cyclic graphs
        case .twopi: return 5_000  // ~2.5 s at 2,000
        case .sfdp: return 50_000  // ~2.4 s at 5,000, roughly linear
        default: return nil
        }
    }

    /// Whether a graph with `nodes` nodes is too large for `engine` to lay out in reasonable time.
    public static func isTooLargeToDraw(nodes: Int, engine: LayoutEngine = .dot) -> Bool {
        guard let limit = nodeLimit(for: engine) else { return false }
        return nodes > limit
    }

    /// A sentence telling the user what to do instead of drawing `nodes` nodes with `engine`.
    public static func advice(nodes: Int, engine: LayoutEngine) -> String {
        if engine != .sfdp, !isTooLargeToDraw(nodes: nodes, engine: .sfdp) {
            return "Use the sfdp layout (e.g. --layout sfdp), or draw a smaller part of the graph (filter by person or date)."
        }
        return "Draw a smaller part of the graph (filter by person or date), or export it (GraphML/GEXF) to a tool built for large graphs such as Gephi."
    }
}
