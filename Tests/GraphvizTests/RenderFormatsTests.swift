import Foundation
import Testing
@testable import Graphviz

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("GraphvizTests: rendering formats")
struct RenderFormatsTests {
    let renderer = GraphvizRenderer()

    @Test func pngStartsWithPNGSignature() throws {
        let png = try renderer.render(dot: PersianFixtures.meetingDOT, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1_000)
        if let path = ProcessInfo.processInfo.environment["DIDAR_KEEP_PNG"] {
            // Lets a person look at the drawing: DIDAR_KEEP_PNG=/tmp/meeting.png swift test …
            try Data(png).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func pdfStartsWithPDFHeaderAndEmbedsThePersianFont() throws {
        let pdf = try renderer.render(dot: PersianFixtures.meetingDOT, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let fonts = PDFFontNames.embeddedFontNames(in: pdf)
        #expect(fonts.contains { PDFFontNames.name($0, belongsTo: "Noto Sans Arabic") }, "fonts: \(fonts)")
    }

    @Test func coreSVGParsesAsXMLAndKeepsTheLabelText() throws {
        let svg = try renderer.render(dot: PersianFixtures.meetingDOT, format: .svg)
        let text = String(decoding: svg, as: UTF8.self)
        for word in PersianFixtures.labelWords {
            #expect(text.contains(word), "missing \(word)")
        }
        #expect(text.contains("Noto Sans Arabic"))
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }

    @Test func cairoSVGDrawsOutlinesNotText() throws {
        let svg = try renderer.render(dot: PersianFixtures.meetingDOT, format: .svgOutlined)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(!text.contains("حسن"), "cairo SVG should carry glyph outlines, not text")
        #expect(XMLParser(data: Data(svg)).parse())
    }

    @Test(arguments: [OutputFormat.dot, .xdot])
    func laidOutDOTCarriesPositionsAndReparses(format: OutputFormat) throws {
        let output = try renderer.render(dot: PersianFixtures.meetingDOT, format: format)
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("pos="))
        let summary = try renderer.parse(dot: text)
        #expect(summary.nodeCount == 4)
        #expect(summary.edgeCount == 3)
    }

    @Test(arguments: LayoutEngine.known)
    func everyDocumentedEngineLaysOutTheFixture(engine: LayoutEngine) throws {
        let svg = try renderer.render(dot: PersianFixtures.meetingDOT, format: .svg, engine: engine)
        #expect(String(decoding: svg, as: UTF8.self).contains("سرگئی لاوروف"))
    }

    @Test func fontOptionBecomesTheDefaultButKeepsExplicitFonts() throws {
        let dot = #"graph { a [label="الف"]; b [label="ب", fontname="Noto Naskh Arabic"]; }"#
        let svg = String(decoding: try renderer.render(dot: dot, format: .svg), as: UTF8.self)
        #expect(svg.contains("font-family=\"Noto Sans Arabic"))
        #expect(svg.contains("font-family=\"Noto Naskh Arabic"))
    }

    @Test func renderDataMatchesRender() throws {
        // Named: Graphviz names an anonymous graph "%N" from a process-wide counter, so only a
        // named graph renders to identical bytes twice.
        let dot = "digraph g { a -> b }"
        #expect(try renderer.renderData(dot: dot, format: .svg) == Data(try renderer.render(dot: dot, format: .svg)))
    }
}

@Suite("GraphvizTests: one layout, several formats")
struct SeveralFormatsTests {
    @Test func renderingsMatchSeparateRendersFormatByFormat() throws {
        let renderer = GraphvizRenderer()
        let formats: [OutputFormat] = [.svg, .dot, .png]
        let together = try renderer.renderings(dot: PersianFixtures.meetingDOT, formats: formats)
        #expect(together.count == 3)
        // SVG and laid-out DOT are text and deterministic for a named graph: byte-identical either way.
        #expect(together[0].bytes == (try renderer.render(dot: PersianFixtures.meetingDOT, format: .svg)))
        #expect(together[1].bytes == (try renderer.render(dot: PersianFixtures.meetingDOT, format: .dot)))
        #expect(Array(together[2].bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func anUnknownFormatInTheListFailsTheCall() {
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer().renderings(dot: "graph g { a }", formats: [.svg, .custom("nosuchformat")])
        }
    }
}
