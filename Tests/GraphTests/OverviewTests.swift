import Testing

@testable import Graph

/// The overview cut (`--top`) and the community detection, on hand-made people's networks.
@Suite("Overview and communities")
struct OverviewTests {
    /// A people's network: `pairs` are met edges "a-b:weight" between people named by letters.
    static func network(_ pairs: [String], isolated: [String] = []) -> CorpusGraph {
        var names: Set<String> = Set(isolated)
        var edges: [GraphEdge] = []
        var meeting = 0
        for pair in pairs {
            let parts = pair.split(separator: ":")
            let ends = parts[0].split(separator: "-").map(String.init)
            let weight = parts.count > 1 ? Int(parts[1])! : 1
            names.formUnion(ends)
            let (a, b) = ("p_" + ends[0], "p_" + ends[1])
            let ids = (0..<weight).map { _ -> String in
                meeting += 1
                return "m_\(meeting)"
            }
            edges.append(GraphEdge(
                id: GraphEdge.makeID(kind: .met, source: min(a, b), target: max(a, b)), kind: .met,
                source: min(a, b), target: max(a, b), weight: weight, meetingIDs: ids))
        }
        let nodes = names.map { GraphNode(id: "p_" + $0, kind: .person, label: $0, key: "person:" + $0) }
        return CorpusGraph(nodes: nodes, edges: edges)
    }

    /// Two triangles joined by one light edge, and a pair apart.
    static let twoTriangles = network(["a-b:2", "a-c:2", "b-c:2", "d-e:2", "d-f:2", "e-f:2", "c-d", "x-y"])

    @Test("greedy modularity splits two triangles joined by a bridge, and numbers communities by size")
    func communities() {
        let found = Communities(Self.twoTriangles)
        #expect(found.members == [["p_a", "p_b", "p_c"], ["p_d", "p_e", "p_f"], ["p_x", "p_y"]])
        #expect(found.index["p_a"] == 0 && found.index["p_f"] == 1 && found.index["p_y"] == 2)
        #expect(found.nontrivialCount == 3)
    }

    @Test("communities do not depend on the order of the input")
    func deterministic() {
        // A ring of eight with equal weights: every merge is a tie, broken by ids.
        let ring = ["a-b", "b-c", "c-d", "d-e", "e-f", "f-g", "g-h", "h-a"]
        let one = Communities(Self.network(ring))
        let other = Communities(Self.network(ring.reversed()))
        #expect(one == other)
        #expect(one.members.flatMap { $0 }.sorted() == ["p_a", "p_b", "p_c", "p_d", "p_e", "p_f", "p_g", "p_h"])
        #expect(one.members.count > 1 && one.members.count < 8)
    }

    @Test("a person with no edge is a community of one; a graph without edges has only those")
    func loners() {
        let found = Communities(Self.network(["a-b"], isolated: ["z"]))
        #expect(found.members == [["p_a", "p_b"], ["p_z"]])
        #expect(found.nontrivialCount == 1)
        #expect(Communities(Self.network([], isolated: ["q", "r"])).members == [["p_q"], ["p_r"]])
    }

    @Test("people rank by distinct meetings, then people met, then id")
    func ranking() {
        // c and d (the bridge): 5 meetings, 3 people met; a, b, e and f: 4 meetings; x and y: 1.
        let ranked = Overview.ranking(Self.twoTriangles)
        #expect(Array(ranked.prefix(3)) == ["p_c", "p_d", "p_a"])
        #expect(ranked.suffix(2) == ["p_x", "p_y"])
        #expect(Overview.meetingCounts(Self.twoTriangles)["p_c"] == 5)
    }

    @Test("--top keeps the N people with most meetings and the edges among them; 0 keeps all")
    func top() {
        let cut = Overview(top: 4).apply(to: Self.twoTriangles)
        #expect(cut.limited && cut.peopleInView == 8 && cut.peopleShown == 4)
        #expect(Set(cut.graph.nodes.map(\.id)) == ["p_a", "p_b", "p_c", "p_d"])
        #expect(cut.graph.edges.allSatisfy { cut.graph.node($0.source) != nil && cut.graph.node($0.target) != nil })
        #expect(cut.graph.edges.count == 4)  // the triangle and the bridge
        let all = Overview(top: 0).apply(to: Self.twoTriangles)
        #expect(!all.limited && all.graph == Self.twoTriangles && all.peopleShown == 8)
        let roomy = Overview(top: 100).apply(to: Self.twoTriangles)
        #expect(!roomy.limited && roomy.graph.nodes.count == 8)
    }

    @Test("a person the cut leaves without an edge is not drawn")
    func cutDropsStranded() {
        // e is fourth by meetings but met only people ranked below the cut.
        let graph = Self.network(["a-b:3", "a-c:3", "b-c:3", "e-f:2", "e-g:2", "e-h:1"])
        let cut = Overview(top: 4).apply(to: graph)
        #expect(cut.graph.node("p_e") == nil)
        #expect(cut.peopleShown == 3)
    }

    @Test("in the actors' view the cut keeps the chosen people's meetings and who else took part, nothing further")
    func actorsCut() {
        var graph = Self.network(["a-b:3", "a-c:3", "b-c:3", "x-y:1"])
        var nodes = graph.nodes, edges = graph.edges
        nodes += [
            GraphNode(id: "m_1", kind: .meeting, label: "دیدار", key: "meeting:1"),
            GraphNode(id: "m_2", kind: .meeting, label: "دیدار", key: "meeting:2"),
            GraphNode(id: "i_1", kind: .institution, label: "وزارت", key: "institution:1"),
            GraphNode(id: "g_1", kind: .group, label: "هیئت", key: "group:1"),
            GraphNode(id: "g_2", kind: .group, label: "هیئت دوم", key: "group:2"),
        ]
        func edge(_ kind: EdgeKind, _ source: String, _ target: String) -> GraphEdge {
            GraphEdge(id: GraphEdge.makeID(kind: kind, source: source, target: target), kind: kind, source: source, target: target)
        }
        // a was at m_1 with the ministry and a delegation; x was at m_2 with another delegation.
        edges += [
            edge(.attended, "p_a", "m_1"), edge(.represented, "i_1", "m_1"), edge(.attended, "g_1", "m_1"),
            edge(.attended, "p_x", "m_2"), edge(.attended, "g_2", "m_2"),
        ]
        graph = CorpusGraph(nodes: nodes, edges: edges)
        let cut = Overview(top: 3).apply(to: graph)
        #expect(Set(cut.graph.nodes.map(\.id)) == ["p_a", "p_b", "p_c", "m_1", "i_1", "g_1"])
        #expect(cut.peopleShown == 3 && cut.peopleInView == 5)
    }

    @Test("the DOT legend names each coloured community after its best-connected member, outside the layout")
    func legend() {
        let dot = DOTWriter(title: "دیدار", communities: Communities(Self.twoTriangles)).write(Self.twoTriangles)
        #expect(!dot.contains("cluster_legend"))
        #expect(dot.contains("label=<<table"))
        #expect(dot.contains("<td bgcolor=\"\(DOTWriter.communityColors[0])\">c (3)</td>"))
        #expect(dot.contains("<td bgcolor=\"\(DOTWriter.communityColors[1])\">d (3)</td>"))
        #expect(dot.contains("\"p_a\" [label=\"a\", shape=ellipse, fillcolor=\"\(DOTWriter.communityColors[0])\""))
        #expect(dot.contains("<b>دیدار</b>"))
        // People are filled by community, so the legend does not give them the kind's colour.
        #expect(dot.contains("<td>person</td>") && !dot.contains("<td bgcolor=\"#cfe2ff\">person</td>"))
        #expect(DOTWriter.html("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }
}
