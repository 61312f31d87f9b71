extension CorpusGraph {
    /// The exported graph (see `CorpusGraph`): actors as nodes, `met`, `holds-role` and
    /// `same-as-candidate` edges; meetings, articles and places only as evidence.
    ///
    /// Every writer calls this on what it is given, so passing the full corpus graph and passing a
    /// `GraphFilter` result both write the exported graph. O(1) when the graph is already a view.
    public var exportedView: CorpusGraph {
        let isView = nodes.allSatisfy(\.kind.isActor) && edges.allSatisfy(\.kind.isExported)
        return isView ? self : GraphFilter().apply(to: self)
    }
}

extension EdgeKind {
    /// True for the kinds the exported graph keeps: `met`, `holds-role`, `same-as-candidate`.
    public var isExported: Bool {
        switch self {
        case .met, .holdsRole, .sameAsCandidate: true
        case .attended, .partOf, .heldAt: false
        }
    }
}
