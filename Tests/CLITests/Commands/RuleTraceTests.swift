import Foundation
import Testing

/// Issue 19 end to end through the binary: a researcher's lexicons (`--lexicons`), lexicon errors at start-up,
/// and rule ids from the sentence to `evidence.csv` and `didar why`.
@Suite("Rule ids and user lexicons, end to end", .serialized)
struct RuleTraceTests {
    @Test("a user lexicon with one new surname makes `extract --lexicons DIR` find a person it missed")
    func userSurname() throws {
        let runner = try BinaryRunner()
        let folder = try TemporaryFolder("didar-lexicons")
        // No role after the name: a role would confirm «آذرخش», a given name, as the surname.
        let article = try folder.write("a.txt", "علی آذرخش با محمد رضایی دیدار کرد.\n")
        let before = try runner.run(["extract", "--json", article.path])
        #expect(before.status == 0)
        #expect(!before.stdoutText.contains("علی آذرخش"))
        let dir = folder.url.appendingPathComponent("mine")
        try folder.write("mine/surnames.txt", "# our corpus's surnames\nآذرخش\n")
        let after = try runner.run(["extract", "--json", "--lexicons", dir.path, article.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdoutText.contains("\"name\":\"علی آذرخش\""))
        #expect(after.stderr.contains("your lexicons: \(dir.path)/surnames.txt (1 entry)"))

        // `eval` reads the same folder, so a researcher measures what their lexicon adds.
        let gold = try folder.write("gold.jsonl", #"{"id":"a.txt","people":[{"name":"علی آذرخش"},{"name":"محمد رضایی"}],"institutions":[],"met":[{"pair":["علی آذرخش","محمد رضایی"]}]}"# + "\n")
        let scored = { (extra: [String]) throws -> String in
            let run = try runner.run(["eval", "--gold", gold.path] + extra + [article.path], in: folder.url)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdoutText.split(separator: "\n").first { $0.hasPrefix("met") }.map(String.init) ?? ""
        }
        let without = try scored([]), with = try scored(["--lexicons", dir.path])
        #expect(without.hasSuffix("0     0     1"), "no pair without the surname: \(without)")
        #expect(with.hasSuffix("1     0     0"), "the pair found with it: \(with)")
    }

    @Test("an unknown attribute value stops `extract` at start with the file and line, bundled or user")
    func badValueStops() throws {
        let runner = try BinaryRunner()
        let folder = try TemporaryFolder("didar-lexicons")
        let article = try folder.write("a.txt", "محمد رضایی گفت.\n")
        try folder.write("mine/meeting-frames.txt", "# ours\nmeeting.frame.ours | kind=meet | cameo=040 | parties=list | triggers=رایزنی | example=x\n")
        let dir = folder.url.appendingPathComponent("mine")
        let r = try runner.run(["extract", "--json", "--lexicons", dir.path, article.path])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("\(dir.path)/meeting-frames.txt:2: «kind=meet» on «meeting.frame.ours» is not an allowed value"))
    }

    @Test("evidence.csv has a rule on every row and `didar why` prints the meetings behind an edge with their rules")
    func ruleIDsReachTheOutputs() throws {
        let runner = try BinaryRunner()
        let folder = try TemporaryFolder("didar-seeds")
        let out = folder.url.appendingPathComponent("out")
        let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
        let build = try runner.run(["build", seeds, "-o", out.path])
        try #require(build.status == 0, "\(build.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("evidence.csv"), encoding: .utf8)
        // CSV rows end in CRLF (RFC 4180), which Swift reads as one Character.
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",").map(String.init)
        let rule = try #require(header.firstIndex(of: "rule"))
        #expect(lines.count > 3)
        for line in lines.dropFirst() {
            // The rule column holds a frame id: «meeting.…» (the sentence text, quoted, comes before it).
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count >= header.count && fields[fields.count - (header.count - rule)].hasPrefix("meeting."), "\(line)")
        }
        let db = out.appendingPathComponent("didar.sqlite").path
        let why = try runner.run(["why", "علوی", "فتح اللهی", "--db", db])
        #expect(why.status == 0, "\(why.stderr)")
        #expect(why.stdoutText.contains("rule: meeting.frame."))
        #expect(why.stdoutText.contains("meeting-frames.txt:"))
        #expect(why.stdoutText.contains("trigger: «"))
        let graphml = try String(contentsOf: out.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphml.contains("<data key=\"e_rules\">meeting.frame."))
    }
}
