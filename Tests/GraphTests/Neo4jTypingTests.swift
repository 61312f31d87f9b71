import Foundation
import Testing

@testable import Graph

/// The spreadsheet CSVs neutralize every cell a spreadsheet could run; the Neo4j CSVs type their
/// lists and dates so that an engine loads them as lists and dates.
@Suite("CSV neutralizing and Neo4j typing")
struct Neo4jTypingTests {
    @Test("cells beginning with TAB or CR, or spaces before a formula sign, are neutralized")
    func tabAndCarriageReturn() {
        #expect(CSVWriter.neutralised("\t=1+1") == "'\t=1+1")
        #expect(CSVWriter.neutralised("\r=1+1") == "'\r=1+1")
        #expect(CSVWriter.neutralised("\tplain") == "'\tplain")
        #expect(CSVWriter.neutralised("  =HYPERLINK(\"x\")") == "'  =HYPERLINK(\"x\")")
        #expect(CSVWriter.neutralised("علی احمدی") == "علی احمدی")
        #expect(CSVWriter.neutralised(" a - b") == " a - b")
    }

    static var graph: CorpusGraph {
        var person = GraphNode(id: "p_0000000000000001", kind: .person, label: "\t=cmd|' /C calc'!A0", key: "k1")
        person.titles = ["دکتر", "سید"]
        person.aliases = ["علی;احمدی", "علي احمدي"]
        person.firstSeen = "2021-11-23"
        person.lastSeen = "2021"
        let other = GraphNode(id: "p_0000000000000002", kind: .person, label: "رضا کاظمی", key: "k2")
        var met = GraphEdge(id: "e_0000000000000001", kind: .met, source: person.id, target: other.id)
        met.meetingIDs = ["m_1", "m_2"]
        met.documents = ["a.txt", "b.txt"]
        met.firstDate = "2021-11-23"
        met.lastDate = "2021-11-24"
        return CorpusGraph(nodes: [person, other], edges: [met])
    }

    @Test("the spreadsheet CSV neutralizes a label that begins with a TAB")
    func csvLabel() throws {
        let nodes = try #require(CSVWriter().write(Self.graph)["nodes.csv"])
        #expect(nodes.contains(",' =cmd|' /C calc'!A0,"))
    }

    @Test("Neo4j: list columns are string[] with one delimiter, dates are typed, partial dates left unset")
    func neo4jTypes() throws {
        let files = Neo4jWriter().write(Self.graph)
        let nodes = CSVTestReader.rows(try #require(files["nodes.csv"]))
        let header = nodes[0]
        #expect(header.contains("titles:string[]"))
        #expect(header.contains("aliases:string[]"))
        #expect(header.contains("first_seen:date"))
        #expect(header.contains("last_seen:date"))
        let row = try #require(nodes.first { $0.first == "p_0000000000000001" })
        func cell(_ name: String) -> String { row[header.firstIndex(of: name)!] }
        #expect(cell("titles:string[]") == "دکتر;سید")
        #expect(cell("aliases:string[]") == "علی,احمدی;علي احمدي")
        #expect(cell("first_seen:date") == "2021-11-23")
        #expect(cell("last_seen:date") == "")
        let relationships = CSVTestReader.rows(try #require(files["relationships.csv"]))
        let rHeader = relationships[0]
        #expect(rHeader.contains("meeting_ids:string[]") && rHeader.contains("document_ids:string[]"))
        #expect(rHeader.contains("first_date:date") && rHeader.contains("last_date:date"))
        let edge = relationships[1]
        #expect(edge[rHeader.firstIndex(of: "meeting_ids:string[]")!] == "m_1;m_2")
        #expect(edge[rHeader.firstIndex(of: "document_ids:string[]")!] == "a.txt;b.txt")
        #expect(edge[rHeader.firstIndex(of: "last_date:date")!] == "2021-11-24")
    }
}
