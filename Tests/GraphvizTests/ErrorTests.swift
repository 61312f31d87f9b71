import Testing
@testable import Graphviz

@Suite("GraphvizTests: errors carry Graphviz's own message")
struct ErrorTests {
    let renderer = GraphvizRenderer()

    @Test func malformedDOTIsASyntaxErrorWithGraphvizsComplaint() {
        #expect {
            try renderer.render(dot: "digraph { a -> ; }", format: .svg)
        } throws: { error in
            guard case .syntax(let message) = error as? GraphvizError else { return false }
            return message.contains("syntax error") && message.contains("line 1")
        }
    }

    @Test func parseReportsTheLineOfTheSyntaxError() {
        #expect {
            try renderer.parse(dot: "graph g {\n a -- b;\n b -- ;\n}")
        } throws: { error in
            guard case .syntax(let message) = error as? GraphvizError else { return false }
            return message.contains("syntax error in line 3")
        }
    }

    @Test func emptyTextIsASyntaxError() {
        #expect(throws: GraphvizError.syntax(message: "Graphviz found no graph in the DOT text")) {
            try renderer.parse(dot: "")
        }
    }

    @Test func theParserRecoversAfterASyntaxError() throws {
        // Graphviz's lexer keeps state between agmemread calls; a failure must not poison the next read.
        for _ in 0..<3 {
            #expect(throws: GraphvizError.self) { try renderer.parse(dot: "digraph { -> }") }
            #expect(try renderer.parse(dot: "digraph g { a -> b }").edgeCount == 1)
        }
    }

    @Test func unknownLayoutNamesTheEnginesThatExist() {
        #expect {
            try renderer.render(dot: "graph g { a -- b }", format: .svg, engine: LayoutEngine(rawValue: "nosuchlayout"))
        } throws: { error in
            guard case .layout(let engine, let message) = error as? GraphvizError else { return false }
            return engine == "nosuchlayout" && message.contains("nosuchlayout") && message.contains("sfdp")
        }
    }

    @Test func unknownFormatNamesTheFormatsThatExist() {
        #expect {
            try renderer.render(dot: "graph g { a -- b }", format: .custom("nosuchformat"))
        } throws: { error in
            guard case .render(let format, let message) = error as? GraphvizError else { return false }
            return format == "nosuchformat" && message.contains("nosuchformat") && message.contains("svg")
        }
    }

    @Test func aMissingFontIsReportedWithInstallAdvice() {
        let family = "Didar Font That Is Not Installed"
        #expect {
            try renderer.render(dot: PersianFixtures.meetingDOT, format: .png, options: RenderOptions(fontFamily: family))
        } throws: { error in
            guard case .missingFont(let missing, let substitute, let advice) = error as? GraphvizError else { return false }
            return missing == family && substitute != nil && advice.contains("fonts-noto-core")
        }
    }

    @Test(arguments: ["Noto Sans Arabic", "Noto Naskh Arabic"])
    func installedPersianFontsPassTheFontCheck(family: String) throws {
        try renderer.verifyFont(family: family)
    }

    @Test func tooLargeForDotIsRefusedWithAdviceButAllowedOnRequest() throws {
        let dot = PersianFixtures.chain(nodes: 700)
        #expect(throws: GraphvizError.graphTooLarge(nodes: 700, engine: "dot", advice: LayoutAdvisor.advice(nodes: 700, engine: .dot))) {
            try renderer.render(dot: dot, format: .svg, engine: .dot)
        }
        // A chain is cheap even for dot; the guard is about typical graphs, and can be overridden.
        let svg = try renderer.render(dot: dot, format: .svg, engine: .dot, options: RenderOptions(allowsLargeGraphs: true))
        #expect(String(decoding: svg, as: UTF8.self).contains("نفر 699"))
    }

    @Test func errorsDescribeThemselvesForTheTerminal() {
        let error = GraphvizError.missingPlugin(plugin: "png", message: "Format: \"png:cairo:cairo\" not recognized", advice: "apt-get install libgvc6")
        #expect(error.description.contains("png"))
        #expect(error.description.contains("apt-get install libgvc6"))
    }
}

@Suite("GraphvizTests: warnings are returned, not printed")
struct WarningTests {
    // Graphviz warns about an unknown colour once per process (emit_once), so every test that
    // expects such a warning uses a colour name of its own.
    @Test func unknownColourAndShapeComeBackAsWarnings() throws {
        let dot = "graph g { a -- b [color=nosuchcolor]; c [shape=nosuchshape]; }"
        let rendering = try GraphvizRenderer().rendering(dot: dot, format: .svg)
        #expect(rendering.bytes.count > 100)
        #expect(rendering.warnings.contains { $0.contains("nosuchcolor") }, "\(rendering.warnings)")
        #expect(rendering.warnings.contains { $0.contains("nosuchshape") }, "\(rendering.warnings)")
    }

    @Test func aCleanGraphHasNoWarnings() throws {
        #expect(try GraphvizRenderer().rendering(dot: PersianFixtures.meetingDOT, format: .png).warnings.isEmpty)
    }
}

@Suite("GraphvizTests: fonts named inside the DOT are checked too")
struct NamedFontTests {
    @Test func aMissingFontNamedByANodeFailsCairoFormatsOnly() throws {
        let dot = #"graph g { a [label="الف"]; b [label="ب", fontname="Didar Missing Naskh"]; }"#
        #expect {
            try GraphvizRenderer().render(dot: dot, format: .pdf)
        } throws: { error in
            guard case .missingFont(let family, _, _) = error as? GraphvizError else { return false }
            return family == "Didar Missing Naskh"
        }
        // Core SVG leaves the font to the viewer, so it is not checked; nor when checks are off.
        _ = try GraphvizRenderer().render(dot: dot, format: .svg)
        _ = try GraphvizRenderer().render(dot: dot, format: .pdf, options: RenderOptions(checksFonts: false))
    }

    @Test func genericFamiliesAreLeftToFontconfig() throws {
        let dot = #"graph g { a [fontname="sans-serif"]; b [fontname="Times-Roman"]; c [fontname="Helvetica-Bold"]; }"#
        let png = try GraphvizRenderer().render(dot: dot, format: .png)
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func warningsFromParsingSurviveTheFontProbe() throws {
        let dot = #"graph g { a [color=probecolour, fontname="Noto Naskh Arabic", label="الف"]; }"#
        let rendering = try GraphvizRenderer().rendering(dot: dot, format: .png)
        #expect(rendering.warnings.contains { $0.contains("probecolour") }, "\(rendering.warnings)")
    }
}
