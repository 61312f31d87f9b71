import Foundation
import Testing
import Graphviz

@Suite("GraphvizTests: concurrency and memory")
struct ResourceTests {
    @Test func eightConcurrentRendersAllSucceed() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<8 {
                group.addTask {
                    let format: OutputFormat = index.isMultiple(of: 2) ? .png : .svg
                    let dot = "digraph g\(index) { a\(index) [label=\"نفر \(index)\"]; a\(index) -> b; }"
                    return (index, try GraphvizRenderer().render(dot: dot, format: format))
                }
            }
            var collected: [Int: [UInt8]] = [:]
            for try await (index, bytes) in group { collected[index] = bytes }
            return collected
        }
        #expect(results.count == 8)
        for (index, bytes) in results {
            if index.isMultiple(of: 2) {
                #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            } else {
                #expect(String(decoding: bytes, as: UTF8.self).contains("نفر \(index)"))
            }
        }
    }

    /// Resident memory is a process-wide figure: with the whole suite running in parallel, other tests'
    /// allocations land in it too. So this test runs in a process of its own: `make test` runs it
    /// alone with `DIDAR_MEMORY_TEST=1` after the suite (`swift test --filter threeHundredRendersKeepMemoryFlat`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DIDAR_MEMORY_TEST"] == "1", "runs alone: make test sets DIDAR_MEMORY_TEST=1"))
    func threeHundredRendersKeepMemoryFlat() throws {
        let renderer = GraphvizRenderer()
        // A 40-node graph makes every leak visible: its PNG is ~100 KB, so 300 leaked buffers would
        // add ~30 MB, and a leaked layout or graph a few MB. Warm up first: plugins, fonts and caches
        // load on first use and stay.
        let dot = PersianFixtures.chain(nodes: 40)
        for _ in 0..<20 { _ = try renderer.renderings(dot: dot, formats: [.png, .svg, .pdf]) }
        let before = try residentBytes()
        for round in 0..<300 {
            let format: OutputFormat = [.png, .svg, .pdf][round % 3]
            _ = try renderer.render(dot: dot, format: format)
            _ = try? renderer.parse(dot: "digraph { a -> ; }")  // the error path must not leak either
        }
        let after = try residentBytes()
        // Measured growth is well under 1 MB alone in its process; the slack covers allocator noise.
        #expect(after - before < 8 * 1_048_576, "resident memory grew by \(after - before) bytes")
    }

    /// Resident set size from /proc/self/statm (Linux), in bytes.
    private func residentBytes() throws -> Int {
        let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
        let fields = statm.split(separator: " ")
        let pages = Int(fields[1]) ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
