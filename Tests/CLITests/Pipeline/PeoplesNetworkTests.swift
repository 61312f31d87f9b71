import Foundation
import Testing

/// `met` joins people only, on the seeds, through the built binary; `--actors` brings groups and
/// institutions back, tied to their meetings.
@Suite("People's network on the seeds", .serialized)
struct PeoplesNetworkTests {
    /// Rows of a CSV without quoted commas in the columns read here (ids and kinds), by header name.
    static func rows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    /// Builds the seeds into a temporary folder with `extra` options; returns the folder and stdout.
    static func build(_ extra: [String]) throws -> (URL, String) {
        let runner = try BinaryRunner()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("didar-people-\(UUID().uuidString)")
        let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
        let result = try runner.run(["build", seeds, "-o", folder.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, result.stdoutText)
    }

    @Test("default exports: no met edge joins an institution or a group, and none are nodes")
    func peopleOnly() throws {
        let (out, _) = try Self.build(["--no-draw"])
        defer { try? FileManager.default.removeItem(at: out) }
        let nodes = try Self.rows(out.appendingPathComponent("nodes.csv"))
        let kinds = Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"]!, $0["kind"]!) })
        #expect(Set(kinds.values) == ["person", "unnamed-role-holder"] || Set(kinds.values) == ["person"])
        let edges = try Self.rows(out.appendingPathComponent("edges.csv"))
        let met = edges.filter { $0["kind"] == "met" }
        #expect(!met.isEmpty)
        for edge in met {
            #expect(["person", "unnamed-role-holder"].contains(kinds[edge["source"]!]))
            #expect(["person", "unnamed-role-holder"].contains(kinds[edge["target"]!]))
        }
        let neo4j = try String(contentsOf: out.appendingPathComponent("neo4j/relationships.csv"), encoding: .utf8)
        #expect(!neo4j.contains(",ATTENDED,") && !neo4j.contains(",REPRESENTED,"))
    }

    @Test("--actors brings groups and institutions back, tied to meetings by attended and represented, never by met")
    func actors() throws {
        let (out, _) = try Self.build(["--no-draw", "--actors"])
        defer { try? FileManager.default.removeItem(at: out) }
        let nodes = try Self.rows(out.appendingPathComponent("nodes.csv"))
        let kinds = Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"]!, $0["kind"]!) })
        #expect(Set(kinds.values).isSuperset(of: ["person", "group", "institution", "meeting"]))
        let edges = try Self.rows(out.appendingPathComponent("edges.csv"))
        #expect(Set(edges.map { $0["kind"]! }).isSuperset(of: ["met", "holds-role", "attended"]))
        for edge in edges {
            switch edge["kind"] {
            case "met":
                #expect(["person", "unnamed-role-holder"].contains(kinds[edge["source"]!]))
                #expect(["person", "unnamed-role-holder"].contains(kinds[edge["target"]!]))
            case "attended":
                #expect(["person", "unnamed-role-holder", "group"].contains(kinds[edge["source"]!]))
                #expect(kinds[edge["target"]!] == "meeting")
            case "represented":
                #expect(kinds[edge["source"]!] == "institution" && kinds[edge["target"]!] == "meeting")
            default:
                break
            }
        }
    }

    @Test("a whole-corpus diagram cut by --top says what it left out and how to see it")
    func summary() throws {
        let (out, stdout) = try Self.build(["--top", "3", "--format", "svg"])
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(stdout.contains("diagram: 3 people of "))
        #expect(stdout.contains("with fewer meetings (--top 0 draws all)"))
        #expect(stdout.contains("(--kind all draws them; --actors also exports them)"))
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(!dot.contains("cluster_legend"))
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 <= 3)
    }
}
