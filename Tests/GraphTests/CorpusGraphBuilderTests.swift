import Testing

@testable import Graph

@Suite("Corpus graph builder")
struct CorpusGraphBuilderTests {
    let graph = SampleCorpus.build(SampleCorpus.small)

    @Test("met is the projection of shared meetings, weighted by distinct meetings")
    func metProjection() throws {
        let spokesman = try #require(SampleCorpus.node(graph, labelled: "سید حسین حسینی"))
        let minister = try #require(SampleCorpus.node(graph, labelled: "محمدجواد ظریف"))
        let pair = [spokesman.id, minister.id].sorted()
        let edge = try #require(graph.edges(of: .met).first { [$0.source, $0.target] == pair })
        // doc-b (surname merged into the spokesman) and both meetings of doc-c.
        #expect(edge.weight == 3)
        #expect(edge.meetingIDs.count == 3)
        #expect(edge.documents == ["doc-b", "doc-c"])
        #expect(edge.firstDate == "2021-11-25")
        #expect(edge.lastDate == "2021-11-27")
        #expect(edge.evidence.map(\.date) == ["2021-11-25", "2021-11-26", "2021-11-27"])
        let last = try #require(edge.evidence.last)
        #expect(last.sentence == 3)
        #expect(last.start == 90)
        #expect(last.end == 90 + last.text.unicodeScalars.count)
        #expect(last.text == "سخنگو و وزیر بار دیگر دیدار کردند.")
    }

    @Test("no self-loops, met stored once per unordered pair with source < target")
    func noSelfLoops() {
        // A meeting whose two participants resolve to one person must not loop.
        let selfMeeting = DocumentGraph(
            document: SampleCorpus.document("doc-self", date: "2021-11-28"),
            people: [
                SampleCorpus.person("p1", "محمدجواد ظریف"),
                SampleCorpus.person(
                    "p2", "ظریف", surname: "ظریف", roles: [SampleCorpus.role("وزیر امور خارجه")]),
            ],
            meetings: [SampleCorpus.meeting("m1", ["p1", "p2"])])
        let graph = SampleCorpus.build(SampleCorpus.small + [selfMeeting])
        for edge in graph.edges {
            #expect(edge.source != edge.target)
            if edge.kind == .met { #expect(edge.source < edge.target) }
        }
        let pairs = graph.edges(of: .met).map { "\($0.source)|\($0.target)" }
        #expect(Set(pairs).count == pairs.count)
    }

    @Test("met joins people only; a group attends and an institution is represented at the meeting")
    func metJoinsPeopleOnly() throws {
        let graph = SampleCorpus.build(SampleCorpus.small + [SampleCorpus.ministryTakesPart])
        for edge in graph.edges(of: .met) {
            #expect(graph.node(edge.source)?.kind.isPerson == true && graph.node(edge.target)?.kind.isPerson == true)
        }
        let delegation = try #require(SampleCorpus.node(graph, labelled: "هیئت عراقی"))
        let ministry = try #require(SampleCorpus.node(graph, labelled: "وزارت امور خارجه"))
        #expect(delegation.kind == .group && ministry.kind == .institution)
        // The delegation was at doc-a's and doc-f's meetings; the ministry took part in doc-f's only.
        let attended = graph.edges(of: .attended).filter { $0.source == delegation.id }
        #expect(attended.count == 2)
        #expect(attended.allSatisfy { graph.node($0.target)?.kind == .meeting && $0.weight == 1 })
        let represented = graph.edges(of: .represented)
        #expect(represented.map(\.source) == [ministry.id])
        #expect(graph.node(represented[0].target)?.document == "doc-f")
        #expect(!graph.edges(of: .attended).contains { graph.node($0.source)?.kind == .institution })
        // The two people of doc-f still meet, and nothing else does there.
        let doc = graph.edges(of: .met).filter { $0.documents.contains("doc-f") }
        #expect(doc.count == 1)
    }

    @Test("holds-role links a person to the institution of the role, with gloss and dates")
    func holdsRole() throws {
        let minister = try #require(SampleCorpus.node(graph, labelled: "محمدجواد ظریف"))
        let ministry = try #require(SampleCorpus.node(graph, labelled: "وزارت امور خارجه"))
        #expect(ministry.gloss == "Ministry of Foreign Affairs")
        let edge = try #require(graph.edges(of: .holdsRole).first { $0.source == minister.id })
        #expect(edge.target == ministry.id)
        #expect(edge.role == "وزیر امور خارجه")
        #expect(edge.roleGloss == "foreign minister")
        #expect(edge.former == false)
        #expect(edge.firstDate == "2021-11-24")
        #expect(edge.lastDate == "2021-11-26")
        #expect(edge.weight == 3)
    }

    @Test("meetings, articles and places are nodes with attended, part-of and held-at edges")
    func meetingStructure() {
        #expect(graph.nodes(of: .article).count == 5)
        #expect(graph.nodes(of: .meeting).count == 6)
        #expect(graph.nodes(of: .place).map(\.label) == ["تهران"])
        #expect(graph.edges(of: .partOf).count == 6)
        #expect(graph.edges(of: .heldAt).count == 1)
        // doc-a: two people and a group attend; doc-b: three; doc-c: three and two; doc-d/e: two each.
        #expect(graph.edges(of: .attended).count == 3 + 3 + 3 + 2 + 2 + 2)
    }

    @Test("an article added twice counts once")
    func duplicatesIgnored() {
        var builder = CorpusGraphBuilder()
        for document in SampleCorpus.small { builder.add(document) }
        builder.add(SampleCorpus.spokesmanAndImam)
        #expect(builder.duplicateDocuments == ["doc-c"])
        #expect(builder.documentCount == 5)
        #expect(builder.build() == graph)
    }

    @Test("the same article under a second id counts once")
    func sameContentUnderAnotherIdIgnored() {
        var builder = CorpusGraphBuilder()
        for document in SampleCorpus.small { builder.add(document) }
        var republished = SampleCorpus.spokesmanAndImam
        republished.document.id = "doc-c-mirror"
        builder.add(republished)
        #expect(builder.duplicateDocuments == ["doc-c-mirror"])
        #expect(builder.documentCount == 5)
        #expect(builder.build() == graph)
    }

    @Test("dangling local ids are counted and skipped")
    func danglingReferences() {
        var builder = CorpusGraphBuilder()
        builder.add(DocumentGraph(
            document: SampleCorpus.document("doc-bad", date: nil),
            people: [SampleCorpus.person("p1", "علی لاریجانی")],
            meetings: [SampleCorpus.meeting("m1", ["p1", "p9"], groups: ["g9"])]))
        #expect(builder.danglingReferences == 2)
        let graph = builder.build()
        #expect(graph.edges(of: .met).isEmpty)
        #expect(graph.edges(of: .attended).count == 1)
    }

    @Test("an undated meeting falls back to the article date, and to nothing without one")
    func meetingDates() throws {
        let edge = try #require(graph.edges(of: .met).first { $0.documents == ["doc-a"] })
        #expect(edge.evidence.first?.date == "2021-11-24")
        let undated = SampleCorpus.build([
            DocumentGraph(
                document: SampleCorpus.document("doc-u", date: nil),
                people: [SampleCorpus.person("p1", "الف ب"), SampleCorpus.person("p2", "پ ت")],
                meetings: [SampleCorpus.meeting("m1", ["p1", "p2"])])
        ])
        #expect(undated.edges(of: .met).first?.firstDate == nil)
    }
}
