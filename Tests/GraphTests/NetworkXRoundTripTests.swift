import Foundation
import Testing

@testable import Graph

/// Loads what the writers produce with networkx, the reference reader for GraphML, GEXF and
/// node-link JSON, and checks counts and attributes. Needs `python3` with networkx
/// (`python3 -m pip install networkx`); the test fails, not skips, when it is missing.
@Suite("networkx round trip")
struct NetworkXRoundTripTests {
    static let script = #"""
        import json, sys
        import networkx as nx
        folder = sys.argv[1]
        expected = json.load(open(f"{folder}/expected.json", encoding="utf-8"))
        failures = []
        def check(what, actual, wanted):
            if actual != wanted:
                failures.append(f"{what}: {actual!r} != {wanted!r}")

        graphml = nx.read_graphml(f"{folder}/graph.graphml")
        gexf = nx.read_gexf(f"{folder}/graph.gexf")
        data = json.load(open(f"{folder}/graph.json", encoding="utf-8"))
        try:
            linked = nx.node_link_graph(data, edges="edges")
        except TypeError:  # networkx < 3.4 calls the parameter `link`
            linked = nx.node_link_graph(data, link="edges")

        for name, g in [("graphml", graphml), ("gexf", gexf), ("json", linked)]:
            check(f"{name} nodes", g.number_of_nodes(), expected["nodes"])
            check(f"{name} edges", g.number_of_edges(), expected["edges"])
            node = g.nodes[expected["minister"]]
            check(f"{name} minister label", node["label"], "محمد جواد ظریف")
            check(f"{name} minister role_gloss", node["role_gloss"], "foreign minister")
            check(f"{name} ministry gloss", g.nodes[expected["ministry"]]["gloss"], "Ministry of Foreign Affairs")
            kinds = sorted({d["kind"] for _, _, d in g.edges(data=True)})
            check(f"{name} edge kinds", kinds, ["attended", "holds-role", "met", "same-as-candidate"])
            check(f"{name} node kinds", sorted({d["kind"] for _, d in g.nodes(data=True)}), expected["node_kinds"])
            met = [d for u, v, d in g.edges(data=True) if {u, v} == set(expected["pair"])]
            check(f"{name} pair edges", len(met), 1)
            if met:
                check(f"{name} pair weight", met[0]["weight"], 3.0 if name == "gexf" else 3)
                check(f"{name} pair first_date", met[0]["first_date"], "2021-11-25")

        check("graphml weight type", type(next(d["weight"] for _, _, d in graphml.edges(data=True))).__name__, "int")
        check("graphml penwidth type", type(next(d["penwidth"] for _, _, d in graphml.edges(data=True))).__name__, "float")
        check("graphml documents type", type(graphml.nodes[expected["minister"]]["documents"]).__name__, "int")
        check("gexf mode", gexf.graph.get("mode"), "dynamic")
        pair = [d for u, v, d in gexf.edges(data=True) if {u, v} == set(expected["pair"])][0]
        check("gexf spells", pair.get("spells"), [("2021-11-25", "2021-11-25"), ("2021-11-26", "2021-11-26"), ("2021-11-27", "2021-11-27")])
        check("gexf minister start", gexf.nodes[expected["minister"]].get("start"), "2021-11-24")
        jpair = [d for u, v, d in linked.edges(data=True) if {u, v} == set(expected["pair"])][0]
        check("json evidence count", len(jpair["evidence"]), 3)
        check("json evidence text", jpair["evidence"][2]["text"], "سخنگو و وزیر بار دیگر دیدار کردند.")
        check("json multigraph", linked.is_multigraph(), False)
        if failures:
            print("\n".join(failures))
            sys.exit(1)
        print("OK")
        """#

    @Test("GraphML, GEXF and node-link JSON load in networkx with the right counts and attributes")
    func roundTrip() throws {
        let graph = SampleCorpus.build(SampleCorpus.small)
        // The actors' view: it has every node and edge kind an export can hold (doc-a's meeting, with a
        // group, is a node there).
        let view = GraphFilter(scope: .all).apply(to: graph)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("didar-networkx-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        try GraphMLWriter().write(view).write(to: folder.appendingPathComponent("graph.graphml"))
        try GEXFWriter().write(view).write(to: folder.appendingPathComponent("graph.gexf"))
        try NodeLinkJSONWriter().write(view).write(to: folder.appendingPathComponent("graph.json"))
        try Data(Self.script.utf8).write(to: folder.appendingPathComponent("check.py"))
        let minister = try #require(SampleCorpus.node(view, labelled: "محمدجواد ظریف")).id
        let spokesman = try #require(SampleCorpus.node(view, labelled: "سید حسین حسینی")).id
        let ministry = try #require(SampleCorpus.node(view, labelled: "وزارت امور خارجه")).id
        let expected: [String: Any] = [
            "nodes": view.nodes.count, "edges": view.edges.count, "minister": minister, "ministry": ministry,
            "pair": [minister, spokesman], "node_kinds": Set(view.nodes.map(\.kind.rawValue)).sorted(),
        ]
        #expect(Set(view.nodes.map(\.kind)) == [.person, .unnamedRoleHolder, .group, .institution, .meeting])
        try JSONSerialization.data(withJSONObject: expected).write(to: folder.appendingPathComponent("expected.json"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder.appendingPathComponent("check.py").path, folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "networkx check failed:\n\(text)")
        #expect(text.contains("OK"))
    }
}
