import Testing
import Graphviz

@Suite("GraphvizTests: layout advice")
struct LayoutAdvisorTests {
    @Test func dotForSmallGraphsSfdpForLargeOnes() {
        #expect(LayoutAdvisor.recommendedEngine(nodeCount: 1) == .dot)
        #expect(LayoutAdvisor.recommendedEngine(nodeCount: LayoutAdvisor.dotRecommendedLimit) == .dot)
        #expect(LayoutAdvisor.recommendedEngine(nodeCount: LayoutAdvisor.dotRecommendedLimit + 1) == .sfdp)
    }

    @Test func theRecommendedEngineIsNeverTooLarge() {
        for nodes in [1, 10, 300, 301, 1_000, 5_000, 20_000] {
            let engine = LayoutAdvisor.recommendedEngine(nodeCount: nodes)
            #expect(!LayoutAdvisor.isTooLargeToDraw(nodes: nodes, engine: engine), "\(nodes) nodes with \(engine)")
        }
    }

    @Test func hugeGraphsAreTooLargeEvenForSfdpAndTheAdviceSaysSo() {
        #expect(LayoutAdvisor.isTooLargeToDraw(nodes: 1_000, engine: .dot))
        #expect(LayoutAdvisor.isTooLargeToDraw(nodes: 100_000, engine: .sfdp))
        #expect(LayoutAdvisor.advice(nodes: 1_000, engine: .dot).contains("sfdp"))
        #expect(LayoutAdvisor.advice(nodes: 100_000, engine: .sfdp).contains("smaller part"))
        #expect(!LayoutAdvisor.isTooLargeToDraw(nodes: 100_000, engine: LayoutEngine(rawValue: "unmeasured")))
    }

    @Test func formatsAreFoundByTheirShortNames() {
        #expect(OutputFormat(named: "png") == .png)
        #expect(OutputFormat(named: "svg-cairo") == .svgOutlined)
        #expect(OutputFormat(named: "gif") == nil)
        #expect(OutputFormat.png.graphvizName == "png:cairo:cairo", "PNG must never come from gd")
    }
}
