import Testing
@testable import Graph

@Suite("PathFinder")
struct PathFinderTests {
    let finder = PathFinder(index: CorpusFixture.index)

    @Test func shortestChainWithEvidenceAtEachStep() throws {
        let path = try #require(finder.shortestPath(
            from: CorpusFixture.id(CorpusFixture.sadegh), to: CorpusFixture.id(CorpusFixture.raisi)))
        #expect(path.length == 4)
        #expect(path.stops.map(\.label) == ["صادق لاریجانی", "علي لاريجاني", "محمد جواد ظریف", "حسن روحانی", "ابراهیم رئیسی"])
        #expect(path.steps.map { $0.encounters.first?.document } == ["d2", "d1", "d3", "d4"])
        #expect(path.steps.allSatisfy { $0.meetingCount == 1 && $0.encounters.count == 1 })
        #expect(path.steps[1].encounters.first?.place == "تهران")
    }

    @Test func reversedEndsGiveTheReversedChain() throws {
        let a = CorpusFixture.id(CorpusFixture.ali)
        let b = CorpusFixture.id(CorpusFixture.rouhani)
        let forward = try #require(finder.shortestPath(from: a, to: b))
        let backward = try #require(finder.shortestPath(from: b, to: a))
        #expect(forward.stops.map(\.id) == backward.stops.map(\.id).reversed())
    }

    @Test func unconnectedOrUnknownGivesNilAndSameEndsGiveAnEmptyChain() throws {
        let governor = CorpusFixture.roleHolderID(CorpusFixture.governorRole)
        #expect(finder.shortestPath(from: CorpusFixture.id(CorpusFixture.ali), to: governor) == nil)
        #expect(finder.shortestPath(from: CorpusFixture.id(CorpusFixture.ali), to: "p_missing") == nil)
        let same = try #require(finder.shortestPath(
            from: CorpusFixture.id(CorpusFixture.ali), to: CorpusFixture.id(CorpusFixture.ali)))
        #expect(same.length == 0)
        #expect(same.stops.count == 1)
    }

    @Test func dateRangeCutsLinksOutsideIt() {
        // The Rouhani–Raisi meeting is in 2022; until the end of 2021 Raisi is unreachable.
        let path = finder.shortestPath(
            from: CorpusFixture.id(CorpusFixture.ali), to: CorpusFixture.id(CorpusFixture.raisi),
            range: DateRange(until: "2021"))
        #expect(path == nil)
    }

    @Test func intermediariesAreLimitedToTheGivenKinds() {
        // With no kind allowed in the middle only direct meetings count.
        let a = CorpusFixture.id(CorpusFixture.sadegh)
        #expect(finder.shortestPath(from: a, to: CorpusFixture.id(CorpusFixture.zarif), through: []) == nil)
        #expect(finder.shortestPath(from: a, to: CorpusFixture.id(CorpusFixture.ali), through: [])?.length == 1)
    }
}

@Suite("EgoNetwork")
struct EgoNetworkTests {
    @Test func depthOneKeepsDirectContactsAndTheirEdges() {
        let center = CorpusFixture.id(CorpusFixture.rouhani)
        let ego = EgoNetwork(index: CorpusFixture.index, center: center, depth: 1)
        let people = Set(ego.graph.nodes(of: .person).map(\.label))
        #expect(people == ["حسن روحانی", "محمد جواد ظریف", "ابراهیم رئیسی"])
        #expect(ego.graph.edges(of: .met).count == 2)
        #expect(ego.graph.edges.allSatisfy { [.met, .holdsRole, .sameAsCandidate].contains($0.kind) })
    }

    @Test func depthTwoReachesFurtherAndUnknownCentreIsEmpty() {
        let center = CorpusFixture.id(CorpusFixture.rouhani)
        let ego = EgoNetwork(index: CorpusFixture.index, center: center, depth: 2)
        #expect(ego.graph.node(CorpusFixture.id(CorpusFixture.ali)) != nil)
        #expect(ego.graph.node(CorpusFixture.id(CorpusFixture.sadegh)) == nil)
        #expect(EgoNetwork(index: CorpusFixture.index, center: "p_missing").graph.nodes.isEmpty)
    }
}
