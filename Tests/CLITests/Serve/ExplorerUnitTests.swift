import Testing

@testable import CLI

/// The small pieces: parameter shapes, highlighting and the clickable SVG.
@Suite("Explorer pieces")
struct ExplorerUnitTests {
    @Test("node ids must match the stable id pattern")
    func nodeIDs() {
        #expect(ExplorerParameters.isNodeID("p_0123456789abcdef"))
        #expect(ExplorerParameters.isNodeID("pl_0123456789abcdef"))
        for bad in ["", "p_", "p_0123456789ABCDEF", "p_0123456789abcde", "abc_0123456789abcdef", "../etc/passwd",
                    "p_0123456789abcdef0", "p-0123456789abcdef", "p_0123456789abcdeg", "p__123456789abcdef"] {
            #expect(!ExplorerParameters.isNodeID(bad), "\(bad)")
        }
    }

    @Test("dates must be real yyyy-mm-dd days")
    func dates() {
        for good in ["2023-01-31", "2024-02-29", "2000-02-29", "1999-12-01"] { #expect(ExplorerParameters.isISODate(good)) }
        for bad in ["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "23-01-01", "2023/01/01",
                    "2023-01-32", "۲۰۲۳-۰۱-۰۱", "2023-01-01T00:00", ""] {
            #expect(!ExplorerParameters.isISODate(bad), "\(bad)")
        }
    }

    @Test("names are found at word boundaries, across spellings, as scalar offsets")
    func highlighter() {
        let sentence = "آقای علوی با علویان و سيد امير حسين علوي دیدار کرد."
        let ranges = EvidenceHighlighter.ranges(of: ["امیرحسین علوی", "علوی"], in: sentence)
        let scalars = Array(sentence.unicodeScalars)
        let found = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(found == ["علوی", "امير حسين علوي"])
        #expect(EvidenceHighlighter.ranges(of: [""], in: sentence).isEmpty)
        #expect(EvidenceHighlighter.ranges(of: ["علوی"], in: "").isEmpty)
    }

    @Test("only nodes titled with a stable id become clickable")
    func clickableSVG() {
        let svg = """
        <g id="node1" class="node">
        <title>p_0123456789abcdef</title>
        </g>
        <g id="node2" class="node">
        <title>legend_person</title>
        </g>
        <g id="edge1" class="edge"><title>a&#45;&#45;b</title></g>
        """
        let marked = NetworkDrawing.clickable(svg: svg)
        #expect(marked.contains(#"<g id="node1" class="node" data-node="p_0123456789abcdef">"#))
        #expect(marked.contains(#"<g id="node2" class="node">"#))
        #expect(marked.components(separatedBy: "data-node").count == 2)
    }
}
