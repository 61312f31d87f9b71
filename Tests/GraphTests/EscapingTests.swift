import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Graph

/// Hostile names must never break or inject into any format.
@Suite("Escaping hostile names")
struct EscapingTests {
    static let hostile = [
        "Ali \"the\" Quote", "line\nbreak\rreturn", "<script>alert(1)</script>", "evil\u{202E}txt.exe",
        "=cmd|' /C calc'!A0", "back\\slash\\N", "bell\u{07}nul\u{00}del\u{7F}", "isolate\u{2066}x\u{2069}",
        "\"\u{0301}combining quote", "+SUM(1)", "-2+3", "@import", "amp & co", "نیم‌فاصله",
    ]

    static var graph: CorpusGraph {
        let people = hostile.enumerated().map { index, name in
            SampleCorpus.person(
                "p\(index)", name, key: "k\(index)", surname: "s\(index)",
                roles: [SampleCorpus.role(name, key: "r\(index)", gloss: name, institution: "i1")])
        }
        let document = DocumentGraph(
            document: SampleCorpus.document("doc\"<>\n,=x", date: "2021-01-01"),
            people: people,
            institutions: [InstitutionRecord(localID: "i1", name: "<b>&\"", key: "i", gloss: "=HYPERLINK()")],
            meetings: [SampleCorpus.meeting("m1", people.map(\.localID), sentence: "said \"hi\",\nthen <left> =1")])
        // The actors' view, so the hostile institution is written too.
        return GraphFilter(scope: .all).apply(to: SampleCorpus.build([document]))
    }

    @Test("clean strips bidi controls and control characters, keeps ZWNJ")
    func clean() {
        #expect(ExportText.clean("a\u{202E}b\u{2066}c\u{2069}d\u{202A}") == "abcd")
        #expect(ExportText.clean("a\nb\tc\rd") == "a b c d")
        #expect(ExportText.clean("a\u{0}b\u{1B}c\u{85}d\u{FFFE}") == "abcd")
        #expect(ExportText.clean("نیم‌فاصله") == "نیم‌فاصله")
    }

    @Test("clean's byte-level check finds exactly the scalars it changes")
    func byteCheckAgreesWithTheScalarRule() {
        // Every scalar next to the edges of the ranges `clean` changes, plus Persian letters and ASCII.
        let scalars: [UInt32] = [
            0x00, 0x09, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0x200C, 0x200E, 0x2029, 0x202A,
            0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x0627, 0x06CC, 0x41,
        ]
        func changedByClean(_ value: UInt32) -> Bool {
            switch value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let picked = (0..<Int.random(in: 0...6, using: &random)).map { _ in scalars.randomElement(using: &random)! }
            let text = String(String.UnicodeScalarView(picked.compactMap(Unicode.Scalar.init)))
            #expect(ExportText.needsCleaning(text) == picked.contains(where: changedByClean), "\(picked)")
            #expect(ExportText.clean(text) == ExportText.clean(ExportText.clean(text)))
        }
    }

    @Test("DOT: every string stays inside its quotes")
    func dot() {
        let dot = DOTWriter().write(Self.graph)
        for line in dot.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            // Each statement is one line; count unescaped quotes: they must pair up.
            var quotes = 0
            var escaped = false
            for scalar in line.unicodeScalars {
                if escaped { escaped = false; continue }
                if scalar == "\\" { escaped = true } else if scalar == "\"" { quotes += 1 }
            }
            #expect(quotes % 2 == 0, "unbalanced quotes in: \(line)")
        }
        #expect(!dot.unicodeScalars.contains { $0.value >= 0x202A && $0.value <= 0x202E })
        #expect(!dot.unicodeScalars.contains { $0.value >= 0x2066 && $0.value <= 0x2069 })
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!dot.contains("<script>"))
        #expect(dot.contains("&lt;script&gt;"))
        #expect(dot.contains("Ali \\\"the\\\" Quote"))
        #expect(dot.contains("back\\\\slash\\\\N"))
        #expect(dot.contains("line break return"))
        #expect(dot.contains("\\\"\u{0301}combining quote"))
        #expect(dot.contains("نیم‌فاصله"))
    }

    @Test("DOTWriter.escaped escapes by scalar")
    func dotEscapedUnit() {
        #expect(DOTWriter.escaped("a\"b") == "a\\\"b")
        #expect(DOTWriter.escaped("\\") == "\\\\")
        #expect(DOTWriter.escaped("<&>") == "&lt;&amp;&gt;")
        #expect(DOTWriter.escaped("x\ny") == "x y")
        // Graphviz decodes entities in labels: a literal "&#x202E;" must not become a bidi override.
        #expect(DOTWriter.escaped("&#x202E;") == "&amp;#x202E;")
    }

    @Test("CSV: RFC 4180 quoting and formula neutralisation")
    func csv() throws {
        let files = CSVWriter().write(Self.graph)
        let nodes = try #require(files["nodes.csv"])
        #expect(nodes.contains(",'=cmd|' /C calc'!A0,"))
        #expect(nodes.contains(",'+SUM(1),"))
        #expect(nodes.contains(",'-2+3,"))
        #expect(nodes.contains(",'@import,"))
        #expect(nodes.contains("\"Ali \"\"the\"\" Quote\""))
        #expect(!nodes.contains("\u{202E}"))
        let evidence = try #require(files["evidence.csv"])
        #expect(evidence.contains("\"said \"\"hi\"\", then <left> =1\""))
        #expect(evidence.contains("\"doc\"\"<> ,=x\""))
        // Every row has as many fields as the header.
        for (name, text) in files {
            let rows = CSVTestReader.rows(text)
            let width = rows.first?.count ?? 0
            for row in rows { #expect(row.count == width, "ragged row in \(name): \(row)") }
        }
        #expect(CSVWriter.neutralised("=\u{0301}x") == "'=\u{0301}x")
    }

    @Test("GraphML and GEXF: well-formed XML that round-trips the hostile text")
    func xml() throws {
        for data in [GraphMLWriter().write(Self.graph), GEXFWriter().write(Self.graph)] {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>"))
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            let document = try XMLDocument(data: data)
            #expect(document.rootElement() != nil)
        }
    }

    @Test("JSON: valid and holds the cleaned names")
    func json() throws {
        let data = NodeLinkJSONWriter().write(Self.graph)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let nodes = try #require(object?["nodes"] as? [[String: Any]])
        let labels = Set(nodes.compactMap { $0["label"] as? String })
        #expect(labels.contains("Ali \"the\" Quote"))
        #expect(labels.contains("eviltxt.exe"))
        #expect(labels.contains("<script>alert(1)</script>"))
    }

    @Test("Neo4j: quoted fields, no neutralisation, no bidi controls")
    func neo4j() throws {
        let files = Neo4jWriter().write(Self.graph)
        let nodes = try #require(files["nodes.csv"])
        #expect(nodes.hasPrefix("id:ID,:LABEL,kind,label,"))
        #expect(nodes.contains(",Person,person,=cmd|' /C calc'!A0,"))
        #expect(!nodes.contains("\u{202E}"))
        for (name, text) in files {
            let rows = CSVTestReader.rows(text)
            for row in rows { #expect(row.count == rows[0].count, "ragged row in \(name)") }
        }
    }
}

/// A minimal RFC 4180 reader for checking what the writers produce.
enum CSVTestReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
