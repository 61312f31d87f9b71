import Foundation
import Testing

@testable import CLI

/// `LineStream` reads a corpus in 1 MB chunks and keeps only the unread rest between them: every line must
/// come back whole and in order across chunk boundaries (the rest is copied into a new buffer each chunk).
@Suite("Line stream")
struct LineStreamTests {
    @Test("lines across many chunk boundaries come back as written, CRs and a BOM dropped, an over-long line reported")
    func linesAcrossChunks() throws {
        var rng = SplitMix64(seed: 3)  // the synthesizer's generator: the same lines on every run
        var expected: [String] = []
        var file = Data([0xEF, 0xBB, 0xBF])
        // ~3.5 MB of lines from empty to 40 KB long, Persian and ASCII, some ending in CR LF.
        while file.count < 3_500_000 {
            let length = [0, 1, 17, 900, 4_000, 40_000].randomElement(using: &rng)!
            let line = String(repeating: Bool.random(using: &rng) ? "دیدار " : "meet ", count: length / 6 + 1)
            expected.append(line)
            file.append(Data(line.utf8))
            file.append(contentsOf: Bool.random(using: &rng) ? [0x0D, 0x0A] : [0x0A])
        }
        file.append(Data(String(repeating: "x", count: 200_000).utf8))  // the last line, no line break, too long
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("linestream-\(UUID().uuidString).jsonl")
        try file.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var stream = LineStream(handle: handle, maxLineBytes: 100_000)
        var lines: [String] = []
        var tooLong: [(Int, Int)] = []
        while let next = try stream.next() {
            switch next {
            case .line(_, let bytes): lines.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let number, let bytes): tooLong.append((number, bytes))
            }
        }
        #expect(lines.count == expected.count)
        #expect(lines == expected)
        #expect(tooLong.count == 1 && tooLong.first?.0 == expected.count + 1 && tooLong.first?.1 == 200_000)
    }
}
