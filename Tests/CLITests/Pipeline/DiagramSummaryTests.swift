import Foundation
import Testing
@testable import CLI

/// What `didar build` says about its whole-corpus diagram.
@Suite("Diagram summary")
struct DiagramSummaryTests {
    @Test("a cut overview says what it drew, what it left out and the option that shows each part")
    func cut() {
        let summary = DiagramSummary(
            peopleInCorpus: 2_300, peopleInView: 1_234, peopleShown: 100, top: 100, communities: 9,
            institutionsLeftOut: 312, groupsLeftOut: 1)
        #expect(summary.lines == [
            "diagram: 100 people of 1,234 (the top 100 by meetings), 9 communities coloured",
            "left out of the diagram: 1,134 people with fewer meetings (--top 0 draws all); "
                + "1,066 people who met no one else (after the filters); "
                + "312 institutions and 1 group (--kind all draws them; --actors also exports them)",
        ])
    }

    @Test("a small corpus drawn whole says only what it drew")
    func whole() {
        let summary = DiagramSummary(
            peopleInCorpus: 12, peopleInView: 12, peopleShown: 12, top: 100, communities: 1,
            institutionsLeftOut: 0, groupsLeftOut: 0)
        #expect(summary.lines == ["diagram: 12 people, 1 community coloured"])
        #expect(DiagramSummary.number(1_234_567) == "1,234,567" && DiagramSummary.number(999) == "999")
        let stranded = DiagramSummary(
            peopleInCorpus: 7_015, peopleInView: 160, peopleShown: 81, top: 100, communities: 11,
            institutionsLeftOut: 0, groupsLeftOut: 0)
        #expect(stranded.lines[0] == "diagram: 81 people of 160 (the top 100 by meetings, less 19 who met none of the others), 11 communities coloured")
    }
}
