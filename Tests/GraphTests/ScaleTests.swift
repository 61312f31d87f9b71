import Foundation
import Testing

@testable import Graph

/// Invariants on a seeded synthetic corpus the size of the dev set, so they are checked on far
/// more shapes than the hand-made sample (shared surnames, repeated roles, unnamed holders).
@Suite("Scale and invariants")
struct ScaleTests {
    /// A reproducible corpus of `count` articles drawn from pools of names, roles and institutions.
    static func corpus(count: Int, seed: UInt64) -> [DocumentGraph] {
        var rng = SeededGenerator(seed: seed)
        let givenNames = (0..<60).map { "نام\($0)" }
        let surnames = (0..<40).map { "خانواده\($0)" }
        let roles = (0..<30).map { "نقش\($0)" }
        let institutions = (0..<15).map { "نهاد\($0)" }
        var documents: [DocumentGraph] = []
        for index in 0..<count {
            let month = 1 + index % 12
            let day = 1 + (index * 7) % 28
            let date = "2021-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
            let institutionLocal = (0..<2).map { "i\($0)" }
            let institutionKeys = (0..<2).map { _ in institutions.randomElement(using: &rng)! }
            var people: [PersonRecord] = []
            for slot in 0..<Int.random(in: 2...6, using: &rng) {
                let surname = surnames.randomElement(using: &rng)!
                let roleText = roles.randomElement(using: &rng)!
                let role = SampleCorpus.role(
                    roleText, gloss: "gloss " + roleText, institution: Bool.random(using: &rng) ? "i\(slot % 2)" : nil,
                    former: Int.random(in: 0..<10, using: &rng) == 0, at: slot * 10)
                switch Int.random(in: 0..<10, using: &rng) {
                case 0..<6:
                    let name = givenNames.randomElement(using: &rng)! + " " + surname
                    people.append(SampleCorpus.person("p\(slot)", name, surname: surname, roles: [role], at: slot * 10))
                case 6..<8:
                    people.append(SampleCorpus.person("p\(slot)", surname, surname: surname, roles: [role], at: slot * 10))
                default:
                    people.append(PersonRecord(
                        localID: "p\(slot)", name: roleText, unnamed: true, nameKey: roleText, roles: [role],
                        mentions: [SampleCorpus.span(roleText, at: slot * 10)]))
                }
            }
            let ids = people.map(\.localID)
            var meetings: [MeetingRecord] = []
            for number in 0..<Int.random(in: 1...3, using: &rng) {
                let participants = Array(ids.shuffled(using: &rng).prefix(Int.random(in: 2...ids.count, using: &rng)))
                meetings.append(SampleCorpus.meeting(
                    "m\(number)", participants, sentence: "جمله \(number) از خبر \(index).", sentenceIndex: number,
                    at: 100 * number, date: number == 2 ? nil : date,
                    institutions: Bool.random(using: &rng) ? ["i0"] : []))
            }
            documents.append(DocumentGraph(
                document: SampleCorpus.document("syn-\(index)", date: date),
                people: people,
                institutions: zip(institutionLocal, institutionKeys).map {
                    InstitutionRecord(localID: $0.0, name: $0.1, key: $0.1, gloss: "gloss " + $0.1)
                },
                meetings: meetings))
        }
        return documents
    }

    /// 800 articles: large enough for every resolution rule to fire many times, small enough for a
    /// debug-build test run (the release bench of 1,500 articles is in the report, not a test).
    static let documents = corpus(count: 800, seed: 7)
    static let graph = SampleCorpus.build(documents)

    @Test("graph invariants hold on 800 synthetic articles")
    func invariants() throws {
        let graph = Self.graph

        let ids = Set(graph.nodes.map(\.id))
        #expect(ids.count == graph.nodes.count)
        #expect(Set(graph.edges.map(\.id)).count == graph.edges.count)
        #expect(graph.nodes.map(\.id) == graph.nodes.map(\.id).sorted())
        for edge in graph.edges {
            #expect(edge.source != edge.target)
            #expect(ids.contains(edge.source) && ids.contains(edge.target))
            if edge.kind == .met {
                #expect(edge.source < edge.target)
                #expect(edge.weight == edge.meetingIDs.count)
                #expect(Set(edge.evidence.map(\.meetingID)) == Set(edge.meetingIDs))
                #expect(edge.evidence == edge.evidence.sorted())
            }
        }
        // Every merge into a full name is backed by a shared role or institution and logged once per article.
        for decision in graph.mergeLog.decisions where decision.rule.hasPrefix("surname-shares") {
            #expect(decision.outcome == .merged)
            #expect(ids.contains(decision.intoID))
        }
        #expect(!graph.mergeLog.decisions(rule: "surname-ambiguous").isEmpty)
        // Every unnamed occurrence with a date and a current role is either linked or kept apart, with a reason.
        let unnamedRules = ["unnamed-same-role-dates-agree", "unnamed-ambiguous", "unnamed-dates-disagree"]
        #expect(!graph.mergeLog.decisions.filter { unnamedRules.contains($0.rule) }.isEmpty)
        #expect(graph.edges(of: .sameAsCandidate).count
            == Set(graph.mergeLog.decisions(rule: "unnamed-same-role-dates-agree").map { $0.fromID + $0.intoID }).count)
    }

    @Test("the result does not depend on article order")
    func orderIndependence() {
        var rng = SeededGenerator(seed: 99)
        let shuffled = Self.documents.shuffled(using: &rng)
        let forward = Self.graph
        let mixed = SampleCorpus.build(shuffled)
        #expect(forward == mixed)
        #expect(DOTWriter().write(GraphFilter().apply(to: forward)) == DOTWriter().write(GraphFilter().apply(to: mixed)))
    }

    @Test("filters respect their bounds on a large graph, and writers stay well-formed")
    func filtersAndWriters() throws {
        let graph = Self.graph
        let heavy = GraphFilter(minWeight: 3, since: "2021-03-01", until: "2021-06-30").apply(to: graph)
        for edge in heavy.edges(of: .met) {
            #expect(edge.weight >= 3)
            for item in edge.evidence { #expect(item.date! >= "2021-03-01" && item.date! <= "2021-06-30") }
        }
        let centre = try #require(graph.edges(of: .met).max { ($0.weight, $1.id) < ($1.weight, $0.id) }?.source)
        let ego = GraphFilter(ego: centre, depth: 1, scope: .people).apply(to: graph)
        let neighbours = Set(ego.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(ego.nodes.map(\.id)).isSubset(of: neighbours.union([centre])))
        let view = GraphFilter().apply(to: graph)
        func timed(_ name: String, _ write: () -> Int) -> Int {
            let start = Date()
            let bytes = write()
            print("scale: \(name) wrote \(bytes) bytes in \(Date().timeIntervalSince(start)) s")
            return bytes
        }
        let outputs = [
            timed("dot") { DOTWriter().write(view).utf8.count },
            timed("graphml") { GraphMLWriter().write(view).count },
            timed("gexf") { GEXFWriter().write(view).count },
            timed("json") { NodeLinkJSONWriter().write(view).count },
            timed("csv") { CSVWriter().write(view).values.map(\.utf8.count).reduce(0, +) },
            timed("neo4j") { Neo4jWriter().write(view).values.map(\.utf8.count).reduce(0, +) },
        ]
        #expect(outputs.allSatisfy { $0 > 0 })
    }
}
