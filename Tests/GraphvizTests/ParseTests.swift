import Testing
import Graphviz

@Suite("GraphvizTests: parsing DOT with Graphviz's own parser")
struct ParseTests {
    let renderer = GraphvizRenderer()

    @Test func countsNodesAndEdgesOfThePersianFixture() throws {
        let summary = try renderer.parse(dot: PersianFixtures.meetingDOT)
        #expect(summary == GraphSummary(name: "didar", isDirected: true, isStrict: false, nodeCount: 4, edgeCount: 3))
    }

    @Test func strictUndirectedGraphMergesDuplicateEdges() throws {
        let summary = try renderer.parse(dot: "strict graph g { a -- b; b -- a; a -- b; c; }")
        #expect(summary.isStrict && !summary.isDirected)
        #expect(summary.nodeCount == 3)
        #expect(summary.edgeCount == 1)
    }

    @Test func quotedPersianIdentifiersAndEscapesRoundTrip() throws {
        let dot = #"graph "شبکه" { "علی \"رضا\"" -- "زهرا"; "زهرا" [label="خانم\nزهرا"]; }"#
        let summary = try renderer.parse(dot: dot)
        #expect(summary.name == "شبکه")
        #expect(summary.nodeCount == 2 && summary.edgeCount == 1)
    }
}
