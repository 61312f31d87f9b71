extension CorpusGraph {
    /// The exported graph (see `CorpusGraph`) in its default view, the people's network: people and
    /// unnamed role-holders as nodes, `met` and `same-as-candidate` edges.
    ///
    /// Every writer calls this on what it is given, so passing the full corpus graph writes the
    /// people's network, and passing a `GraphFilter` result (any scope, the actors' view included)
    /// writes that result as it is. O(1) when the graph is already a view.
    public var exportedView: CorpusGraph {
        isView ? self : GraphFilter().apply(to: self)
    }

    /// True when the graph is already an exported view: no article or place node and none of the
    /// edges that only the full corpus graph holds (`part-of`, `held-at`). A full graph of any
    /// non-empty corpus has an article node, so it is never taken for a view.
    public var isView: Bool {
        nodes.allSatisfy { $0.kind != .article && $0.kind != .place } && edges.allSatisfy(\.kind.isExported)
    }
}

extension EdgeKind {
    /// True for the kinds an exported view may hold: `met`, `same-as-candidate`, and in the
    /// actors' view `holds-role`, `attended` and `represented`.
    public var isExported: Bool {
        switch self {
        case .met, .holdsRole, .sameAsCandidate, .attended, .represented: true
        case .partOf, .heldAt: false
        }
    }
}
