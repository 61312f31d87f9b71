import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Output safety end to end (issue 8): document ids, titles and urls come from the input, reach the
/// exports, and must not inject into DOT, XML or CSV; CSV cells that would start a spreadsheet formula
/// are neutralised.
@Suite("Output safety", .serialized)
struct OutputSafetyTests {
    /// Ids built to break out of each format's quoting.
    static let hostileIDs = [
        #"=HYPERLINK("http://x.example","1")"#,
        #"a"; x_injected -> y_injected [label="pwned"]; "b"#,
        "</data></node><node id=\"injected\"><!-- & ]]>",
        "+1\u{202E}@SUM(A1:A9)\r\n-2,\"3\"\u{0}",
    ]

    static func corpus() -> String {
        let text = BadInputFixtures.article.replacingOccurrences(of: "\n", with: "\\n")
        return hostileIDs.enumerated().map { i, id in
            let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{0}", with: "\\u0000")
            // Vary the text so each record is its own document (the store skips identical content).
            return "{\"id\": \"\(escaped)\", \"title\": \"@title \(i) =1+1\", \"url\": \"javascript:alert(\(i))<x>&amp;\", \"text\": \"\(text) \(i)\"}"
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 fields of a CSV text.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], field = "", quoted = false, atStart = true
        var scalars = Array(csv.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && atStart {
                quoted = true; atStart = false
            } else if c == "," || c == "\n" {
                cells.append(field); field = ""; atStart = true
            } else if c != "\r" {
                field.unicodeScalars.append(c); atStart = false
            }
        }
        if !field.isEmpty { cells.append(field) }
        return cells
    }

    @Test("hostile ids, titles and urls cannot inject into DOT, GraphML, GEXF, CSV or JSON")
    func noInjection() throws {
        let didar = try BinaryRunner()
        let folder = try TemporaryFolder("didar-safety")
        let input = try folder.write("hostile.jsonl", Self.corpus())
        let out = folder.url.appendingPathComponent("out")
        let run = try didar.run(["build", input.path, "-o", out.path, "--format", "svg"])
        #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
        let file = { (name: String) in try Data(contentsOf: out.appendingPathComponent(name)) }

        // The hostile ids did reach the exports (otherwise this test checks nothing).
        let evidence = String(decoding: try file("evidence.csv"), as: UTF8.self)
        #expect(evidence.contains("HYPERLINK") && evidence.contains("pwned"), "evidence.csv holds the documents: \(evidence.prefix(400))")

        // DOT: Graphviz parses it, and no node was smuggled in.
        let dot = Process()
        dot.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dot.arguments = ["dot", "-Tplain", out.appendingPathComponent("graph.dot").path]
        let pipe = Pipe()
        dot.standardOutput = pipe
        dot.standardError = FileHandle.nullDevice
        try dot.run()
        let plain = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        dot.waitUntilExit()
        #expect(dot.terminationStatus == 0, "graph.dot parses")
        #expect(!plain.contains("node x_injected") && !plain.contains("node y_injected") && !plain.contains("injected"), "no injected node")
        let svg = String(decoding: try file("graph.svg"), as: UTF8.self)
        #expect(!svg.contains("x_injected"))

        // XML: well formed, and no element named by the input.
        for name in ["graph.graphml", "graph.gexf", "graph.svg"] {
            let parser = XMLParser(data: try file(name))
            #expect(parser.parse(), "\(name) is well-formed XML: \(String(describing: parser.parserError))")
        }
        for name in ["graph.graphml", "graph.gexf"] {
            #expect(!String(decoding: try file(name), as: UTF8.self).contains("<node id=\"injected\""), "\(name)")
        }

        // CSV: no cell starts a formula; bidi controls and NUL are gone.
        for name in ["nodes.csv", "edges.csv", "evidence.csv", "merges.csv"] {
            let text = String(decoding: try file(name), as: UTF8.self)
            for cell in Self.cells(text) {
                if let first = cell.unicodeScalars.first {
                    #expect(!"=+-@".unicodeScalars.contains(first), "\(name): cell «\(cell)» starts a formula")
                }
                #expect(!cell.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{0}" }, "\(name): «\(cell)»")
            }
        }

        // JSON: valid.
        #expect(try JSONSerialization.jsonObject(with: try file("graph.json")) is [String: Any])
    }
}
