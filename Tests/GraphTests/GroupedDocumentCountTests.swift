import Testing
@testable import Graph

/// `GroupedDocumentCount` counts distinct ids that arrive grouped, as a `Set` would.
@Suite("Grouped document count")
struct GroupedDocumentCountTests {
    @Test func groupedIdsAreCountedOnce() {
        var count = GroupedDocumentCount()
        for id in ["a", "a", "b", "c", "c", "c"] { count.add(id) }
        #expect(count.count == 3)
        #expect(GroupedDocumentCount().count == 0)
    }

    @Test func anEntityNamedTwiceInOneArticleCountsItOnce() {
        // Through the builder: two local ids with one institution key in one article, and in another.
        var random = RandomCorpus(seed: 2)
        let documents = random.documents(40)
        let graph = CorpusGraphBuilder.graph(documents)
        func keys(_ document: DocumentGraph, _ kind: NodeKind) -> [String] {
            switch kind {
            case .institution: document.institutions.map(\.key)
            case .group: document.groups.map(\.key)
            default: document.places.map(\.key)
            }
        }
        var checked = 0
        for node in graph.nodes where node.kind == .institution || node.kind == .group || node.kind == .place {
            let key = String(node.key.drop { $0 != ":" }.dropFirst())
            let expected = Set(documents.filter { keys($0, node.kind).contains(key) }.map(\.document.id)).count
            #expect(node.documentCount == expected, "\(node.key)")
            checked += 1
        }
        #expect(checked > 0)
    }
}
