import Foundation
import Graph
import Testing
@testable import CLI

/// `didar build` keeps the rows only the store needs in a scratch file and prints its exports into their
/// files as it goes: the files and the store are what the whole graph gives, and nothing is left behind.
@Suite("Spilled build on the seeds", .serialized)
struct SpilledBuildTests {
    @Test(arguments: [["--no-draw"], ["--no-draw", "--actors"]])
    func theExportsAreThoseOfTheStoredGraphAndNoScratchFileIsLeft(options: [String]) throws {
        let (out, stdout) = try PeoplesNetworkTests.build(options)
        defer { try? FileManager.default.removeItem(at: out) }
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "scratch files left: \(left)")

        // The store's graph (read back from its tables) holds the spilled rows, and exporting it in memory
        // gives the files the build printed.
        let graph = try GraphStore(path: out.appendingPathComponent("didar.sqlite").path).index().graph
        let documents = try FileManager.default.contentsOfDirectory(atPath: BinaryRunner.packageRoot.appendingPathComponent("seeds").path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.count
        #expect(graph.nodes(of: .article).count > 0 && graph.nodes(of: .article).count <= documents)
        #expect(!graph.nodes(of: .meeting).isEmpty && !graph.edges(of: .partOf).isEmpty)
        let scope: GraphFilter.Scope = options.contains("--actors") ? .all : .people
        for (name, data) in try GraphExports.all(graph, scope: scope) {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == data, "\(name)")
        }
        // The summary counts the rows the graph held for the exports did not.
        let lines = stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("article ") && $0.hasSuffix(" \(graph.nodes(of: .article).count)") })
        #expect(lines.contains { $0.hasPrefix("part-of edges ") && $0.hasSuffix(" \(graph.edges(of: .partOf).count)") })
    }
}
