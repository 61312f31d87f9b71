import Testing

@testable import Graph

/// A role-holder linked to a named person (`same-as-candidate`) is that person in the article of the link: its
/// meetings do not pair the two (issue 21: «no edge joins a person to an alias or role of the same person»).
@Suite("No met pair between a person and their own office")
struct SameAsPairTests {
    /// An article where the governor is named without his office and, in the same meeting, by office alone.
    static func governorTwice(date: String) -> DocumentGraph {
        DocumentGraph(
            document: SampleCorpus.document("doc-x", date: date),
            people: [
                SampleCorpus.person("p1", "ارسلان زارع"),
                SampleCorpus.unnamed("p2", role: "استاندار گیلان", gloss: "governor of Gilan"),
                SampleCorpus.person("p3", "علی احمدی"),
            ],
            meetings: [SampleCorpus.meeting("m1", ["p1", "p2", "p3"], sentence: "ارسلان زارع با علی احمدی دیدار کرد.")])
    }

    static func metLabels(_ graph: CorpusGraph) -> Set<[String]> {
        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.label) })
        return Set(graph.edges(of: .met).map { [labels[$0.source]!, labels[$0.target]!].sorted() })
    }

    @Test("the office linked to the named holder in that article is not paired with him; both meet the third")
    func linkedOfficeNotPaired() {
        let graph = SampleCorpus.build([
            SampleCorpus.namedGovernor(id: "doc-d", date: "2021-11-20"), SampleCorpus.namedGovernor(id: "doc-e", date: "2021-11-30"),
            Self.governorTwice(date: "2021-11-25"),
        ])
        #expect(graph.edges(of: .sameAsCandidate).map(\.documents) == [["doc-x"]])
        let met = Self.metLabels(graph)
        #expect(!met.contains(["ارسلان زارع", "استاندار گیلان"].sorted()))
        #expect(met.contains(["ارسلان زارع", "علی احمدی"].sorted()))
        #expect(met.contains(["استاندار گیلان", "علی احمدی"].sorted()))
    }

    @Test("without a link (the named holder seen only a year away) the pair stays")
    func unlinkedOfficeStaysPaired() {
        let graph = SampleCorpus.build([
            SampleCorpus.namedGovernor(id: "doc-d", date: "2020-11-20"), Self.governorTwice(date: "2021-11-25"),
        ])
        #expect(graph.edges(of: .sameAsCandidate).isEmpty)
        #expect(Self.metLabels(graph).contains(["ارسلان زارع", "استاندار گیلان"].sorted()))
    }
}
