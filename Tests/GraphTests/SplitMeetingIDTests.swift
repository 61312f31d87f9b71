import Testing

@testable import Graph

/// A star held «به طور جداگانه» is several meetings read off one trigger; each must keep a node of its own.
@Suite("Meetings split from one trigger")
struct SplitMeetingIDTests {
    @Test("meetings sharing a trigger's offsets get distinct ids; the first keeps the plain one")
    func distinctIDs() throws {
        let star = DocumentGraph(
            document: SampleCorpus.document("doc-star", date: "2021-12-01"),
            people: [
                SampleCorpus.person("p1", "حسن کریمی"), SampleCorpus.person("p2", "رضا صادقی"),
                SampleCorpus.person("p3", "علی نوری"),
            ],
            meetings: [SampleCorpus.meeting("m1", ["p1", "p2"]), SampleCorpus.meeting("m2", ["p1", "p3"])])
        let graph = SampleCorpus.build([star])
        let meetings = graph.nodes(of: .meeting)
        #expect(meetings.count == 2)
        #expect(Set(meetings.map(\.id)).count == 2)
        #expect(Set(meetings.map(\.key)) == ["meeting:doc-star@0-5", "meeting:doc-star@0-5#2"])
        // The star: the host met each guest, the guests did not meet.
        #expect(graph.edges(of: .met).count == 2)
    }
}
