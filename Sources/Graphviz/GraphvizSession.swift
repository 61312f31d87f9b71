// The one file that talks to the Graphviz C library. Everything else in this module is plain Swift.
//
// Graphviz is not thread-safe (the cgraph manual says so, and two threads with separate contexts
// crash), so every call below runs while holding one process-wide lock, on one process-wide `GVC_t`:
// a context per render would also leak a few KB of plugin configuration each time.
import CGraphviz
import Foundation

/// Messages Graphviz hands to the error writer during the current call, in pieces
/// ("Error", ": ", "syntax error in line 1 near ';'\n"). Only touched while `GraphvizSession.lock` is held.
nonisolated(unsafe) private var capturedPieces: [String] = []

/// The writer installed with `agseterrf`: collects Graphviz's messages instead of letting it print to stderr.
private let collectMessage: agusererrf = { piece in
    if let piece { capturedPieces.append(String(cString: piece)) }
    return 0
}

/// What a font probe found: the family itself, another font in its place, or nothing readable.
enum FontVerdict: Sendable, Equatable {
    case installed
    case substituted(by: String?)
    case undetermined
}

/// The process-wide Graphviz context and the lock that serializes every use of it.
final class GraphvizSession: @unchecked Sendable {
    /// The only session: Graphviz keeps global state, so a second one would not be independent anyway.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    /// `GVC_t *`, created once and kept for the life of the process (freeing it at exit gains nothing).
    private let context: OpaquePointer
    /// Font probes are whole renders; their answers do not change while the process runs.
    private var fontVerdicts: [String: FontVerdict] = [:]

    private init() {
        guard let context = gvContext() else {
            fatalError("gvContext() returned NULL: the Graphviz library could not allocate its context")
        }
        self.context = context
        _ = didar_install_error_writer(collectMessage)
    }

    /// Runs `body` holding the Graphviz lock, for code (tests) that calls the C library directly.
    func withExclusiveAccess<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Parses `dot` with Graphviz's own parser and reports its size.
    func summarize(dot: String) throws(GraphvizError) -> GraphSummary {
        lock.lock()
        defer { lock.unlock() }
        beginCall()
        let graph = try read(dot)
        defer { agclose(graph) }
        return GraphSummary(
            name: agnameof(UnsafeMutableRawPointer(graph)).map { String(cString: $0) } ?? "",
            isDirected: agisdirected(graph) != 0,
            isStrict: agisstrict(graph) != 0,
            nodeCount: Int(agnnodes(graph)),
            edgeCount: Int(agnedges(graph))
        )
    }

    /// Parses `dot`, lays it out once and renders it to each of `formats`, in order; see `GraphvizRenderer`.
    func render(dot: String, formats: [OutputFormat], engine: LayoutEngine, options: RenderOptions) throws(GraphvizError) -> [Rendering] {
        lock.lock()
        defer { lock.unlock() }
        beginCall()
        let graph = try read(dot)
        defer { agclose(graph) }
        let nodes = Int(agnnodes(graph))
        if !options.allowsLargeGraphs, LayoutAdvisor.isTooLargeToDraw(nodes: nodes, engine: engine) {
            throw .graphTooLarge(nodes: nodes, engine: engine.rawValue, advice: LayoutAdvisor.advice(nodes: nodes, engine: engine))
        }
        if let family = options.fontFamily { setDefaultFont(family, in: graph) }
        if options.checksFonts, formats.contains(where: \.usesCairo) {
            // Cairo substitutes a missing font without a word; check every family the drawing names.
            for family in fontFamiliesNamed(in: graph) where !FontAliases.isGeneric(family) {
                try requireFontLocked(family: family)
            }
        }
        try layOut(graph, engine: engine)
        defer { gvFreeLayout(context, graph) }
        // Warnings raised while parsing or laying out concern every output; a renderer's concern its own.
        let layoutWarnings = takeWarnings()
        var renderings: [Rendering] = []
        for format in formats {
            let bytes = try renderLaidOut(graph, format: format)
            renderings.append(Rendering(bytes: bytes, warnings: layoutWarnings + takeWarnings()))
        }
        return renderings
    }

    /// Throws `.missingFont` when cairo/pango would draw `family` with another font.
    func requireFont(family: String) throws(GraphvizError) {
        lock.lock()
        defer { lock.unlock() }
        beginCall()
        try requireFontLocked(family: family)
    }

    // MARK: - Work done with the lock held

    private func requireFontLocked(family: String) throws(GraphvizError) {
        let verdict: FontVerdict
        if let known = fontVerdicts[family] {
            verdict = known
        } else {
            verdict = try probeFont(family: family)
            fontVerdicts[family] = verdict
        }
        if case .substituted(let substitute) = verdict {
            throw .missingFont(family: family, substitute: substitute, advice: RenderOptions.fontInstallAdvice)
        }
    }

    /// Draws a Persian probe label in `family` to PDF and reads back which font cairo embedded.
    private func probeFont(family: String) throws(GraphvizError) -> FontVerdict {
        // The probe runs in the middle of another call: keep that call's messages out of its way.
        let callersPieces = capturedPieces
        capturedPieces.removeAll()
        defer { capturedPieces = callersPieces }
        let quoted = family.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let probe = "graph probe { node [shape=plaintext, fontname=\"\(quoted)\"]; p [label=\"دیدار\"]; }"
        let graph = try read(probe)
        defer { agclose(graph) }
        try layOut(graph, engine: .dot)
        defer { gvFreeLayout(context, graph) }
        let pdf = try renderLaidOut(graph, format: .pdf)
        let names = PDFFontNames.embeddedFontNames(in: pdf)
        if names.isEmpty { return .undetermined }
        if names.contains(where: { PDFFontNames.name($0, belongsTo: family) }) { return .installed }
        return .substituted(by: names.first)
    }

    /// Makes `family` the font of every graph, node and edge that names none, leaving explicit choices alone.
    ///
    /// Declaring a new attribute with `agattr` on a graph that already has nodes gives those nodes an
    /// empty value in Graphviz 2.42 rather than the default, so existing objects are filled in one by one.
    private func setDefaultFont(_ family: String, in graph: UnsafeMutablePointer<Agraph_t>) {
        let symbols = [
            Int32(AGRAPH): didar_agattr(graph, Int32(AGRAPH), "fontname", family),
            Int32(AGNODE): didar_agattr(graph, Int32(AGNODE), "fontname", family),
            Int32(AGEDGE): didar_agattr(graph, Int32(AGEDGE), "fontname", family),
        ]
        forEachObject(in: graph) { object, kind in
            guard let symbol = symbols[kind] ?? nil else { return }
            if let value = agxget(object, symbol), value.pointee != 0 { return }
            _ = didar_agxset(object, symbol, family)
        }
    }

    /// Every non-empty `fontname` the graph, its subgraphs, nodes and edges name, sorted.
    private func fontFamiliesNamed(in graph: UnsafeMutablePointer<Agraph_t>) -> [String] {
        var symbols: [Int32: UnsafeMutablePointer<Agsym_t>] = [:]
        for kind in [Int32(AGRAPH), Int32(AGNODE), Int32(AGEDGE)] {
            symbols[kind] = didar_agattr_lookup(graph, kind, "fontname")
        }
        var families = Set<String>()
        forEachObject(in: graph) { object, kind in
            guard let symbol = symbols[kind], let value = agxget(object, symbol), value.pointee != 0 else { return }
            families.insert(String(cString: value))
        }
        return families.sorted()
    }

    /// Calls `body` for the root graph, every subgraph, node and edge, with its cgraph kind.
    private func forEachObject(in graph: UnsafeMutablePointer<Agraph_t>, _ body: (UnsafeMutableRawPointer, Int32) -> Void) {
        func visitSubgraphs(of parent: UnsafeMutablePointer<Agraph_t>) {
            var subgraph = agfstsubg(parent)
            while let current = subgraph {
                body(UnsafeMutableRawPointer(current), Int32(AGRAPH))
                visitSubgraphs(of: current)
                subgraph = agnxtsubg(current)
            }
        }
        body(UnsafeMutableRawPointer(graph), Int32(AGRAPH))
        visitSubgraphs(of: graph)
        var node = agfstnode(graph)
        while let currentNode = node {
            body(UnsafeMutableRawPointer(currentNode), Int32(AGNODE))
            var edge = agfstout(graph, currentNode)
            while let currentEdge = edge {
                body(UnsafeMutableRawPointer(currentEdge), Int32(AGEDGE))
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, currentNode)
        }
    }

    /// `agmemread`, with Graphviz's complaint turned into `.syntax`.
    private func read(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = agmemread(dot) else {
            throw .syntax(message: takeMessages(orElse: "Graphviz found no graph in the DOT text"))
        }
        return graph
    }

    /// `gvLayout`; on success the caller must `gvFreeLayout`.
    private func layOut(_ graph: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine) throws(GraphvizError) {
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            let message = takeMessages(orElse: "gvLayout failed without a message")
            if LayoutEngine.known.contains(engine), message.contains("not recognized") {
                throw .missingPlugin(plugin: "layout \(engine.rawValue)", message: message, advice: Self.pluginAdvice)
            }
            throw .layout(engine: engine.rawValue, message: message)
        }
    }

    /// `gvRenderData` on a laid-out graph, copied into Swift memory and freed.
    private func renderLaidOut(_ graph: UnsafeMutablePointer<Agraph_t>, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        guard didar_render_data(context, graph, format.graphvizName, &buffer, &length) == 0 else {
            if let buffer { gvFreeRenderData(buffer) }
            var message = takeMessages(orElse: "gvRenderData failed without a message")
            if !message.contains("Use one of") {
                // Through gvRenderData Graphviz says only "renderer for X is unavailable"; add the list
                // the `dot` program would print, so the user sees what exists.
                message += ". Use one of: " + pluginNames(kind: "device").joined(separator: " ")
            }
            if OutputFormat.known.contains(format), message.contains("not recognized") || message.contains("unavailable") {
                throw .missingPlugin(plugin: format.name, message: message, advice: Self.pluginAdvice)
            }
            throw .render(format: format.graphvizName, message: message)
        }
        guard let buffer else { return [] }
        defer { gvFreeRenderData(buffer) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { [UInt8](UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// Names of the installed plugins of one kind ("device", "layout", "render"), as Graphviz lists them.
    private func pluginNames(kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for index in 0..<Int(count) {
            guard let name = list[index] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return names
    }

    private static let pluginAdvice =
        "Install Graphviz's renderers and layouts with `apt-get install libgvc6` (pulled in by libgraphviz-dev; it also registers the plugins). If they were copied by hand, run `dot -c` as root."

    /// Forgets messages and error counts from earlier calls, so each error carries only its own message.
    private func beginCall() {
        capturedPieces.removeAll(keepingCapacity: true)
        _ = agreseterrors()
    }

    /// The warnings captured since `beginCall` ("nosuchcolor is not a known color."), without their label.
    private func takeWarnings() -> [String] {
        let text = capturedPieces.joined()
        capturedPieces.removeAll(keepingCapacity: true)
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            return line.hasPrefix("Warning: ") ? String(line.dropFirst("Warning: ".count)) : nil
        }
    }

    /// The messages captured since `beginCall`, without Graphviz's "Error: " labels, or `fallback`.
    private func takeMessages(orElse fallback: String) -> String {
        let text = capturedPieces.joined()
        capturedPieces.removeAll(keepingCapacity: true)
        let lines = text.split(whereSeparator: \.isNewline).map { line -> String in
            var line = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
            return line
        }.filter { !$0.isEmpty }
        return lines.isEmpty ? fallback : lines.joined(separator: "\n")
    }
}
