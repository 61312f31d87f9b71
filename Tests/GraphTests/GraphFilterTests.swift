import Testing

@testable import Graph

@Suite("Graph filter")
struct GraphFilterTests {
    let graph = SampleCorpus.build(SampleCorpus.small)

    func id(_ label: String) -> String { SampleCorpus.node(graph, labelled: label)?.id ?? "missing:" + label }

    @Test("the default filter keeps the people's network: people, role-holders, met and same-as edges")
    func exportedView() {
        let view = GraphFilter().apply(to: graph)
        #expect(Set(view.nodes.map(\.kind)) == [.person, .unnamedRoleHolder])
        #expect(Set(view.edges.map(\.kind)) == [.met, .sameAsCandidate])
        #expect(view.nodes.count == graph.nodes.filter(\.kind.isPerson).count)
        #expect(view.edges.count == graph.edges.filter { [.met, .sameAsCandidate].contains($0.kind) }.count)
        #expect(graph.exportedView == view)
    }

    @Test("the actors' view brings back groups and institutions, tied to their meetings, never by met")
    func actorsView() throws {
        let full = SampleCorpus.build(SampleCorpus.small + [SampleCorpus.ministryTakesPart])
        let view = GraphFilter(scope: .all).apply(to: full)
        #expect(Set(view.nodes.map(\.kind)) == [.person, .unnamedRoleHolder, .group, .institution, .meeting])
        #expect(Set(view.edges.map(\.kind)) == [.met, .holdsRole, .sameAsCandidate, .attended, .represented])
        #expect(view.isView && view.exportedView == view)
        // Only the meetings of doc-a (the delegation) and doc-f (delegation and ministry) are nodes,
        // each tied to every participant.
        let meetings = view.nodes(of: .meeting)
        #expect(Set(meetings.compactMap(\.document)) == ["doc-a", "doc-f"])
        for meeting in meetings {
            let present = view.edges.filter { $0.target == meeting.id }.map(\.kind)
            #expect(present.filter { $0 == .attended }.count == 3)
        }
        #expect(view.edges(of: .represented).count == 1)
        for edge in view.edges(of: .met) {
            #expect(view.node(edge.source)?.kind.isPerson == true && view.node(edge.target)?.kind.isPerson == true)
        }
        // The people's view of the same corpus has none of them.
        let people = GraphFilter().apply(to: full)
        #expect(!people.nodes.contains { !$0.kind.isPerson })
    }

    @Test("minimum weight applies to every edge kind")
    func minWeight() {
        let view = GraphFilter(minWeight: 2, scope: .all).apply(to: graph)
        let met = view.edges(of: .met)
        #expect(!met.isEmpty)
        #expect(view.edges.allSatisfy { $0.weight >= 2 })
        // Zarif's role is stated in three articles, Larijani's in one.
        #expect(view.edges(of: .holdsRole).count == 1)
        #expect(GraphFilter(scope: .all).apply(to: graph).edges(of: .holdsRole).count == 2)
        // An attended edge is one meeting: above 1 no meeting node is left.
        #expect(view.nodes(of: .meeting).isEmpty && view.edges(of: .attended).isEmpty)
        let isolated = GraphFilter(minWeight: 2, dropIsolated: true).apply(to: graph)
        let touched = Set(isolated.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(isolated.nodes.map(\.id)) == touched)
    }

    @Test("dates keep only evidence in range and recompute weights")
    func dateRange() throws {
        let pair = [id("سید حسین حسینی"), id("محمدجواد ظریف")].sorted()
        let view = GraphFilter(since: "2021-11-26", until: "2021-11-26", dropIsolated: true).apply(to: graph)
        let edge = try #require(view.edges(of: .met).first { [$0.source, $0.target] == pair })
        #expect(edge.weight == 1)
        #expect(edge.evidence.map(\.date) == ["2021-11-26"])
        #expect(edge.firstDate == "2021-11-26" && edge.lastDate == "2021-11-26")
        for evidence in view.edges.flatMap(\.evidence) { #expect(evidence.date == "2021-11-26") }
        // The governor, seen on 2021-11-20 and 2021-11-30, spans the day but met nobody on it.
        #expect(view.node(id("ارسلان زارع")) == nil)
        let spanning = GraphFilter(since: "2021-11-26", until: "2021-11-26").apply(to: graph)
        #expect(spanning.node(id("ارسلان زارع")) != nil)
        #expect(GraphFilter(since: "2021-12-01").apply(to: graph).nodes.isEmpty)
        let before = GraphFilter(until: "2021-11-19").apply(to: graph)
        #expect(before.edges.isEmpty)
    }

    @Test("an ego network keeps nodes within the given depth")
    func egoNetwork() {
        let imam = id("حسینی")
        let one = GraphFilter(ego: imam, depth: 1).apply(to: graph)
        #expect(Set(one.nodes.map(\.id)) == [imam, id("سید حسین حسینی"), id("محمدجواد ظریف")])
        let two = GraphFilter(ego: imam, depth: 2).apply(to: graph)
        #expect(two.nodes.count > one.nodes.count)
        #expect(two.node(id("علی لاریجانی")) != nil)
        #expect(two.node(id("ارسلان زارع")) == nil)
        let zero = GraphFilter(ego: imam, depth: 0).apply(to: graph)
        #expect(zero.nodes.map(\.id) == [imam] && zero.edges.isEmpty)
        let unknown = GraphFilter(ego: "p_0000000000000000").apply(to: graph)
        #expect(unknown.nodes.isEmpty && unknown.edges.isEmpty)
    }

    @Test("scope people drops institutions and groups; scope institutions keeps them and their role-holders")
    func scopes() {
        let people = GraphFilter(scope: .people).apply(to: graph)
        #expect(!people.nodes.contains { $0.kind == .institution || $0.kind == .group })
        #expect(people.edges(of: .holdsRole).isEmpty)
        let institutions = GraphFilter(scope: .institutions).apply(to: graph)
        #expect(Set(institutions.nodes.map(\.id)) == [
            id("مجلس شورای اسلامی"), id("وزارت امور خارجه"), id("علی لاریجانی"), id("محمدجواد ظریف"),
        ])
        #expect(institutions.edges(of: .holdsRole).count == 2)
        #expect(institutions.edges(of: .met).count == 1)
    }

    @Test("the merge log is cut to the kept nodes")
    func mergeLogFollows() {
        let view = GraphFilter(ego: id("حسینی"), depth: 0).apply(to: graph)
        #expect(view.mergeLog.decisions.map(\.rule) == ["surname-no-shared-role"])
    }
}
