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
        // By index, reading the kind in place: iterating the arrays copied every node and edge (a dozen
        // strings and lists each, all retained and released), and each writer asks once per file.
        nodes.indices.allSatisfy { nodes[$0].kind != .article && nodes[$0].kind != .place }
            && edges.indices.allSatisfy { edges[$0].kind.isExported }
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
