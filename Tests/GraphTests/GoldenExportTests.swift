import Foundation
import Testing

@testable import Graph

/// Exact expected text for every format, on the small sample corpus.
@Suite("Golden exports")
struct GoldenExportTests {
    let view = GraphFilter().apply(to: SampleCorpus.build(SampleCorpus.small))

    @Test func dot() throws {
        try Golden.check(DOTWriter(title: "دیدار").write(view), "graph.dot")
    }

    @Test func graphML() throws {
        try Golden.check(String(decoding: GraphMLWriter().write(view), as: UTF8.self), "graph.graphml")
    }

    @Test func gexf() throws {
        try Golden.check(String(decoding: GEXFWriter().write(view), as: UTF8.self), "graph.gexf")
    }

    @Test func csv() throws {
        for (name, text) in CSVWriter().write(view) { try Golden.check(text, name) }
    }

    @Test func nodeLinkJSON() throws {
        try Golden.check(String(decoding: NodeLinkJSONWriter().write(view), as: UTF8.self), "graph.json")
        try Golden.check(String(decoding: NodeLinkJSONWriter.merges(view.mergeLog), as: UTF8.self), "merges.json")
    }

    @Test func neo4j() throws {
        for (name, text) in Neo4jWriter().write(view) { try Golden.check(text, "neo4j-" + name) }
    }

    /// The actors' view, with a meeting an institution and a group took part in.
    @Test("the actors' view: groups, institutions and their meetings, in GraphML, CSV, Neo4j and DOT")
    func actorsView() throws {
        let actors = GraphFilter(scope: .all).apply(to: SampleCorpus.build(SampleCorpus.small + [SampleCorpus.ministryTakesPart]))
        try Golden.check(String(decoding: GraphMLWriter().write(actors), as: UTF8.self), "actors-graph.graphml")
        for (name, text) in CSVWriter().write(actors) where name == "nodes.csv" || name == "edges.csv" {
            try Golden.check(text, "actors-" + name)
        }
        try Golden.check(Neo4jWriter().write(actors)["relationships.csv"]!, "actors-neo4j-relationships.csv")
        try Golden.check(DOTWriter(title: "دیدار").write(actors), "actors-graph.dot")
    }

    @Test("writers are deterministic: building twice and in another order gives the same bytes")
    func deterministic() {
        let again = GraphFilter().apply(to: SampleCorpus.build(SampleCorpus.small.reversed()))
        #expect(DOTWriter().write(view) == DOTWriter().write(again))
        #expect(GraphMLWriter().write(view) == GraphMLWriter().write(again))
        #expect(GEXFWriter().write(view) == GEXFWriter().write(again))
        #expect(NodeLinkJSONWriter().write(view) == NodeLinkJSONWriter().write(again))
        #expect(CSVWriter().write(view) == CSVWriter().write(again))
        #expect(Neo4jWriter().write(view) == Neo4jWriter().write(again))
    }

    @Test("writers given the full corpus graph write its exported view")
    func fullGraphIsCut() {
        let full = SampleCorpus.build(SampleCorpus.small)
        #expect(full.nodes.contains { $0.kind == .meeting })
        #expect(full.exportedView == view)
        #expect(view.exportedView == view)
        #expect(DOTWriter().write(full) == DOTWriter().write(view))
        #expect(GraphMLWriter().write(full) == GraphMLWriter().write(view))
        #expect(GEXFWriter().write(full) == GEXFWriter().write(view))
        #expect(NodeLinkJSONWriter().write(full) == NodeLinkJSONWriter().write(view))
        #expect(CSVWriter().write(full) == CSVWriter().write(view))
        #expect(Neo4jWriter().write(full) == Neo4jWriter().write(view))
    }

    @Test("DOT carries charset, font, legend, shapes and weights")
    func dotContent() {
        let dot = DOTWriter().write(view)
        #expect(dot.hasPrefix("graph didar {\n"))
        #expect(dot.contains("charset=\"UTF-8\""))
        #expect(dot.components(separatedBy: "fontname=\"Noto Sans Arabic\"").count - 1 >= 3)
        // The legend is the graph's own label, outside the layout, not a cluster the engine can move.
        #expect(!dot.contains("cluster_legend"))
        #expect(dot.contains("label=<<table"))
        #expect(dot.contains("<td bgcolor=\"#cfe2ff\">person</td><td bgcolor=\"#eeeeee\">unnamed role-holder (dashed)</td>"))
        #expect(dot.contains("style=\"filled,dashed\""))
        #expect(dot.contains("weight=3, penwidth=3.25"))
        #expect(dot.contains("label=\"محمد جواد ظریف\\nوزیر امور خارجه\""))
        #expect(!DOTWriter(legend: false).write(view).contains("<table"))
        let actors = DOTWriter().write(GraphFilter(scope: .all).apply(to: SampleCorpus.build(SampleCorpus.small)))
        #expect(actors.contains("shape=box") && actors.contains("shape=hexagon") && actors.contains("shape=diamond"))
        #expect(actors.contains("class=\"attended\", dir=forward"))
    }

    @Test("pen width grows with the logarithm of the weight and is capped")
    func penWidth() {
        #expect(ExportAttributes.penWidth(weight: 1) == 1)
        #expect(ExportAttributes.penWidth(weight: 2) == 2.5)
        #expect(ExportAttributes.penWidth(weight: 4) == 4)
        #expect(ExportAttributes.penWidth(weight: 1000) == 8)
        #expect(ExportAttributes.format(3.5) == "3.5")
        #expect(ExportAttributes.format(2.25) == "2.25")
        #expect(ExportAttributes.format(2.05) == "2.05")
        #expect(ExportAttributes.format(4) == "4")
    }
}
