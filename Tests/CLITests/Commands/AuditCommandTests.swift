import Foundation
import Graph
import Testing

/// `didar audit` end to end on a store built from the seeds: the sheet, its determinism, its offsets
/// against the seed texts, and the report of a judged sheet.
@Suite("didar audit", .serialized)
struct AuditCommandTests {
    /// One `--no-draw` build of the seeds for the suite.
    final class SeedStore: @unchecked Sendable {
        let folder: TemporaryFolder
        let db: String
        let runner: BinaryRunner

        init() throws {
            runner = try BinaryRunner()
            folder = try TemporaryFolder("didar-audit")
            let out = folder.url.appendingPathComponent("out")
            db = out.appendingPathComponent("didar.sqlite").path
            let result = try runner.run(["build", BinaryRunner.packageRoot.appendingPathComponent("seeds").path, "-o", out.path, "--no-draw"])
            guard result.status == 0 else { throw StoreCommandsTests.SeedBuild.BuildFailed(stderr: result.stderr) }
        }
    }

    nonisolated(unsafe) static var shared: SeedStore?
    static func store() throws -> SeedStore {
        if let shared { return shared }
        let made = try SeedStore()
        shared = made
        return made
    }

    func audit(_ arguments: [String]) throws -> BinaryRunner.Outcome {
        let s = try Self.store()
        return try s.runner.run(["audit", "--db", s.db] + arguments)
    }

    /// The sheet's rows as column → cell.
    func rows(_ path: String, format: AuditSheet.Format) throws -> [[String: String]] {
        try AuditSheet.read(String(contentsOfFile: path, encoding: .utf8), format: format).map(\.cells)
    }

    @Test("the same store and seed give the same sheet; the sheet has every column, one row per edge")
    func deterministic() throws {
        let s = try Self.store()
        let a = s.folder.path("a.csv"), b = s.folder.path("b.csv")
        #expect(try audit(["--sample", "4", "--seed", "7", "-o", a]).status == 0)
        #expect(try audit(["--sample", "4", "--seed", "7", "-o", b]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let header = try String(contentsOfFile: a, encoding: .utf8).split(separator: "\r\n").first.map(String.init)
        #expect(header == AuditSheet.columns.joined(separator: ","))
        let sheet = try rows(a, format: .csv)
        #expect(sheet.count == 4)
        #expect(Set(sheet.map { $0["edge"]! }).count == 4)
        #expect(sheet.allSatisfy { $0["verdict"] == "" && $0["reason"] == "" })
        #expect(sheet.allSatisfy { ["person", "unnamed-role-holder"].contains($0["a_kind"]!) && ["person", "unnamed-role-holder"].contains($0["b_kind"]!) })
        // --json gives the same draw as data.
        let json = try audit(["--sample", "4", "--seed", "7", "--json"])
        let drawn = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(drawn.compactMap { $0["edgeID"] as? String } == sheet.map { $0["edge"]! })
    }

    @Test("a sample larger than the pool is every people edge once; --all-kinds draws from more")
    func wholePool() throws {
        let s = try Self.store()
        let people = s.folder.path("people.tsv"), all = s.folder.path("all.tsv")
        #expect(try audit(["--sample", "1000", "-o", people]).status == 0)
        #expect(try audit(["--sample", "1000", "--all-kinds", "-o", all]).status == 0)
        let peopleRows = try rows(people, format: .tsv), allRows = try rows(all, format: .tsv)
        let metBetweenPeople = try GraphStore(path: s.db).rows("""
            SELECT COUNT(*) AS n FROM edge e JOIN node a ON a.id = e.source JOIN node b ON b.id = e.target
            WHERE e.kind = 'met' AND a.kind IN ('person', 'unnamed-role-holder') AND b.kind IN ('person', 'unnamed-role-holder')
            """).first?["n"] ?? nil
        #expect(String(peopleRows.count) == metBetweenPeople)
        #expect(Set(peopleRows.map { $0["edge"]! }).count == peopleRows.count)
        #expect(allRows.count >= peopleRows.count)
        #expect(Set(peopleRows.map { $0["edge"]! }).isSubset(of: Set(allRows.map { $0["edge"]! })))
        // Another seed draws the same pool in another order.
        let other = s.folder.path("other.tsv")
        #expect(try audit(["--sample", "1000", "--seed", "8", "-o", other]).status == 0)
        let otherRows = try rows(other, format: .tsv)
        #expect(Set(otherRows.map { $0["edge"]! }) == Set(peopleRows.map { $0["edge"]! }))
        if peopleRows.count > 3 { #expect(otherRows.map { $0["edge"]! } != peopleRows.map { $0["edge"]! }) }
    }

    @Test("sentence and trigger offsets cut their text out of the seed article")
    func offsets() throws {
        let s = try Self.store()
        let path = s.folder.path("offsets.csv")
        #expect(try audit(["--sample", "1000", "-o", path]).status == 0)
        let sheet = try rows(path, format: .csv)
        #expect(!sheet.isEmpty)
        let sep = AuditSheet.meetingSeparator
        for row in sheet {
            let documents = row["documents"]!.components(separatedBy: sep)
            // A cell that would start a spreadsheet formula carries a leading «'».
            func shown(_ cell: String) -> String {
                cell.hasPrefix("'") && "=+-@".contains(cell.dropFirst().first ?? " ") ? String(cell.dropFirst()) : cell
            }
            let sentences = shown(row["sentences"]!).components(separatedBy: sep)
            let triggers = shown(row["triggers"]!).components(separatedBy: sep)
            let sentenceOffsets = row["sentence_offsets"]!.components(separatedBy: sep)
            let triggerOffsets = row["trigger_offsets"]!.components(separatedBy: sep)
            #expect(documents.count == Int(row["meetings"]!))
            // Every meeting names the rule that found it and the frame's line («meeting.frame.verb (meeting-frames.txt:27)»).
            let rules = row["rules"]!.components(separatedBy: sep)
            #expect(rules.count == documents.count)
            #expect(rules.allSatisfy { $0.hasPrefix("meeting.") && $0.contains("(meeting-frames.txt:") }, "\(row["edge"]!) rules: \(rules)")
            for (i, document) in documents.enumerated() {
                var text = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("seeds/\(document)"), encoding: .utf8)
                if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
                let scalars = Array(text.unicodeScalars)
                func cut(_ range: String) -> String {
                    let bounds = range.split(separator: "-").compactMap { Int($0) }
                    guard bounds.count == 2, bounds[0] <= bounds[1], bounds[1] <= scalars.count else { return "<\(range)>" }
                    return String(String.UnicodeScalarView(scalars[bounds[0]..<bounds[1]]))
                }
                #expect(cut(triggerOffsets[i]) == triggers[i], "\(row["edge"]!) trigger")
                #expect(cut(sentenceOffsets[i]) == sentences[i], "\(row["edge"]!) sentence")
            }
        }
    }

    @Test("a judged sheet gives the precision, its Wilson interval and the wrong edges by reason")
    func judged() throws {
        let s = try Self.store()
        let path = s.folder.path("judged.csv")
        #expect(try audit(["--sample", "4", "-o", path]).status == 0)
        let sheet = try String(contentsOfFile: path, encoding: .utf8)
        var lines = sheet.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        let verdicts = [("y", ""), ("correct", ""), ("n", "alias of the same person"), ("wrong", "alias of the same person")]
        for (i, (verdict, reason)) in verdicts.enumerated() {
            // The last two cells are the empty verdict and reason.
            lines[i + 1] = String(lines[i + 1].dropLast(1)) + verdict + "," + reason
        }
        try lines.joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = try audit(["--judged", path, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        #expect(json["correct"] as? Int == 2 && json["wrong"] as? Int == 2 && json["unjudged"] as? Int == 0)
        #expect(json["precision"] as? Double == 0.5)
        let low = try #require(json["low"] as? Double), high = try #require(json["high"] as? Double)
        #expect(abs(low - 0.1500) < 0.0005 && abs(high - 0.8500) < 0.0005, "\(low) \(high)")
        let reasons = json["wrongByReason"] as? [[String: Any]]
        #expect(reasons?.first?["reason"] as? String == "alias of the same person" && reasons?.first?["count"] as? Int == 2)
        // A row left without a verdict is counted apart and does not move the precision.
        let partial = s.folder.path("partial.csv")
        try (lines.prefix(4) + [lines[4].replacingOccurrences(of: ",wrong,alias of the same person", with: ",,")] + lines.dropFirst(5))
            .joined(separator: "\r\n").write(toFile: partial, atomically: true, encoding: .utf8)
        let partialJSON = try #require(try JSONSerialization.jsonObject(with: try audit(["--judged", partial, "--json"]).stdout) as? [String: Any])
        #expect(partialJSON["unjudged"] as? Int == 1 && partialJSON["judged"] as? Int == 3 && partialJSON["wrong"] as? Int == 1)
        let text = try audit(["--judged", path])
        #expect(text.stdoutText.contains("judged 4 edges: 2 correct, 2 wrong"), "\(text.stdoutText)")
        #expect(text.stdoutText.contains("95 % Wilson interval 15 %–85 %"), "\(text.stdoutText)")

        // Drawing again into the judged sheet is refused and leaves the verdicts as they were; an unjudged
        // sheet may be drawn over.
        let judgedBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try audit(["--sample", "4", "--seed", "8", "-o", path])
        #expect(again.status == 64, "\(again.stderr)")
        #expect(again.stderr.contains("already holds 4 verdicts"), "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == judgedBytes)
        let blank = s.folder.path("blank.csv")
        #expect(try audit(["--sample", "4", "-o", blank]).status == 0)
        #expect(try audit(["--sample", "4", "--seed", "8", "-o", blank]).status == 0)
    }

    @Test("the sheet survives cells with separators, quotes, line breaks and formula-like starts, in CSV and TSV")
    func sheetRoundTrip() throws {
        let end = EdgeAudit.End(id: "p_1", label: "=علوی", kind: .person, role: "شهردار، رشت")
        let meeting = EdgeAudit.Meeting(meetingID: "m_1", document: "a.txt", date: nil, sentence: "- «نقل \"قول\"»,\tبا\nخط", sentenceStart: 3,
                                        sentenceEnd: 9, trigger: "دیدار", triggerStart: 4, triggerEnd: 9)
        let row = EdgeAudit.Row(number: 1, edgeID: "e_1", a: end, b: end, meetings: [meeting, meeting])
        let csv = try AuditSheet.read(AuditSheet.render([row], format: .csv), format: .csv)
        #expect(csv.count == 1 && csv[0].line == 2)
        #expect(csv[0].cells["a_label"] == "'=علوی" && csv[0].cells["a_role"] == "شهردار، رشت")
        #expect(csv[0].cells["sentences"] == "'- «نقل \"قول\"»,\tبا\nخط ‖ - «نقل \"قول\"»,\tبا\nخط")
        #expect(csv[0].cells["trigger_offsets"] == "4-9 ‖ 4-9" && csv[0].cells["verdict"] == "")
        let tsv = try AuditSheet.read(AuditSheet.render([row], format: .tsv), format: .tsv)
        #expect(tsv[0].cells["sentences"] == "'- «نقل \"قول\"», با خط ‖ - «نقل \"قول\"», با خط")
        #expect(tsv[0].cells["edge"] == "e_1")
    }

    @Test("the Wilson interval of the issue's measurement: 24 of 40 is 45–74 %")
    func wilson() {
        let (p, low, high) = AuditJudgement.wilson(successes: 24, trials: 40)
        #expect(p == 0.6)
        #expect(Int((low * 100).rounded()) == 45 && Int((high * 100).rounded()) == 74)
        #expect(AuditJudgement.wilson(successes: 0, trials: 0) == (0, 0, 1))
        let (_, l1, h1) = AuditJudgement.wilson(successes: 10, trials: 10)
        #expect(h1 > 0.9999 && h1 <= 1 && l1 > 0.69 && l1 < 0.73)
    }

    @Test("clear errors: no store, a sheet without its columns, an unknown verdict, a sheet of another kind")
    func errors() throws {
        let s = try Self.store()
        var r = try s.runner.run(["audit", "--db", s.folder.path("nowhere.sqlite")])
        #expect(r.status == 6 && r.stderr.contains("no store at"), "\(r.stderr)")
        let noColumns = try s.folder.write("no-columns.csv", "n,edge,reason\r\n1,e_1,\r\n")
        r = try s.runner.run(["audit", "--judged", noColumns.path])
        #expect(r.status == 2 && r.stderr.contains("\(noColumns.path):1: the header lacks the column(s) verdict"), "\(r.stderr)")
        let unknown = try s.folder.write("unknown.csv", "edge,sentences,verdict,reason\r\ne_1,\"two\nlines\",y,\r\ne_2,x,maybe,\r\n")
        r = try s.runner.run(["audit", "--judged", unknown.path])
        #expect(r.status == 2 && r.stderr.contains("\(unknown.path):4: unknown verdict «maybe»"), "\(r.stderr)")
        r = try s.runner.run(["audit", "--judged", s.folder.path("sheet.xlsx")])
        #expect(r.status == 64)
    }
}
