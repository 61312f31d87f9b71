import CGraphviz
import Testing
@testable import Graphviz

/// The inline helpers in `Sources/CGraphviz/shim.h` paper over Graphviz 2.42's signatures; these tests
/// call them directly so a header change on another Graphviz release shows up here, not in the CLI.
/// They hold the session's lock, since cgraph keeps global state that other tests use concurrently.
@Suite("GraphvizTests: C shim helpers")
struct ShimTests {
    @Test func directedAndUndirectedDescriptorsOpenTheRightKindOfGraph() throws {
        try GraphvizSession.shared.withExclusiveAccess {
            let directed = try #require(didar_agopen("d", didar_directed_desc()))
            defer { agclose(directed) }
            let undirected = try #require(didar_agopen("u", didar_undirected_desc()))
            defer { agclose(undirected) }
            #expect(agisdirected(directed) == 1)
            #expect(agisdirected(undirected) == 0)
        }
    }

    @Test func attributeHelpersSetAndReadBackPersianValues() throws {
        try GraphvizSession.shared.withExclusiveAccess {
            let graph = try #require(didar_agopen("g", didar_directed_desc()))
            defer { agclose(graph) }
            let node = try #require("n1".withCString { agnode(graph, UnsafeMutablePointer(mutating: $0), 1) })
            let object = UnsafeMutableRawPointer(node)
            #expect(didar_agsafeset(object, "label", "علی", "") == 0)
            let symbol = try #require(didar_agattr(graph, Int32(AGNODE), "fontname", "Noto Sans Arabic"))
            #expect(didar_agxset(object, symbol, "Noto Naskh Arabic") == 0)
            let label = try #require("label".withCString { agget(object, UnsafeMutablePointer(mutating: $0)) })
            #expect(String(cString: label) == "علی")
            #expect(String(cString: agxget(object, symbol)) == "Noto Naskh Arabic")
            #expect(agnnodes(graph) == 1)
        }
    }
}
