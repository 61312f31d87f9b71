import Testing
@testable import Graph

@Suite("CorpusStats")
struct CorpusStatsTests {
    let stats = CorpusStats(index: CorpusFixture.index, limit: 3)

    @Test func countsByKind() {
        #expect(stats.documents == 4)
        let nodes = Dictionary(uniqueKeysWithValues: stats.nodes.map { ($0.name, $0.count) })
        #expect(nodes["person"] == 5)
        #expect(nodes["unnamed-role-holder"] == 1)
        #expect(nodes["meeting"] == 4)
        #expect(nodes["institution"] == 2)
        let edges = Dictionary(uniqueKeysWithValues: stats.edges.map { ($0.name, $0.count) })
        #expect(edges["met"] == 4)
        #expect(stats.nodes.map(\.name) == NodeKind.allCases.map(\.rawValue))
    }

    @Test func betweennessOnAPathPeaksInTheMiddle() {
        // صادق — علی — ظریف — روحانی — رئیسی: ظریف lies on 4 shortest paths, علی and روحانی on 3.
        #expect(stats.topByBetweenness.first?.label == "محمد جواد ظریف")
        #expect(stats.topByBetweenness.first?.betweenness == 4)
        #expect(stats.topByBetweenness.map(\.betweenness) == [4, 3, 3])
        #expect(stats.topByDegree.map(\.degree) == [2, 2, 2])
        #expect(stats.topByDegree.count == 3)
    }

    @Test func largestInstitutionsAndMeetingsPerMonth() {
        #expect(stats.largestInstitutions.map(\.people) == [1, 1])
        #expect(stats.meetingsPerMonth.map(\.month) == ["2021-01", "2021-02", "2022-05"])
        #expect(stats.meetingsPerMonth.map(\.meetings) == [1, 2, 1])
        #expect(stats.undatedMeetings == 0)
    }

    @Test func brandesOnAStarAndATriangle() {
        let star: [String: [String]] = ["c": ["a", "b", "d"], "a": ["c"], "b": ["c"], "d": ["c"]]
        let result = Betweenness.compute(star)
        #expect(result["c"] == 3)
        #expect(result["a"] == 0)
        let triangle: [String: [String]] = ["a": ["b", "c"], "b": ["a", "c"], "c": ["a", "b"]]
        #expect(Betweenness.compute(triangle).values.allSatisfy { $0 == 0 })
        // A square: each node is the middle of half the paths between its two neighbours.
        let square: [String: [String]] = ["a": ["b", "d"], "b": ["a", "c"], "c": ["b", "d"], "d": ["c", "a"]]
        #expect(Betweenness.compute(square).values.allSatisfy { $0 == 0.5 })
    }
}
