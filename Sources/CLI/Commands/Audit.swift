import ArgumentParser
import Foundation
import Graph

/// `didar audit`: how many of the graph's `met` edges are right, judged by a person on a seeded sample.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a seeded sample of met edges to judge, or report the precision of a judged sheet.",
        discussion: """
        Without --judged: draws --sample met edges at random, fixed by --seed (the same store and seed give the same sheet), and writes a judging sheet, CSV or TSV by the extension of -o (CSV on standard output without -o). Each row is one edge: its two ends and, for every meeting behind it, the document, date, trigger, offsets and sentence. Fill in `verdict` (y or n, correct or wrong) and, for a wrong edge, a short `reason`. Only edges between people (named, or known by a role) are drawn, unless --all-kinds. A sheet that already holds verdicts is never drawn over (exit 64).

        With --judged: reads the sheet back and reports the precision with its 95 % Wilson interval and the wrong edges counted by reason. Rows without a verdict are left out and counted.

        Examples:
          didar audit --db out/didar.sqlite --sample 40 --seed 7 -o audit.csv
          didar audit --judged audit.csv
          didar audit --judged audit.tsv --json
        """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "How many edges to draw.")
    var sample = 40

    @Option(help: "Seed of the draw.")
    var seed: UInt64 = 7

    @Flag(help: "Draw from every met edge, not only those between people.")
    var allKinds = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the sheet here (.csv or .tsv).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Report the verdicts of this judged sheet (.csv or .tsv).", valueName: "sheet"))
    var judged: String?

    @Flag(help: "Print the sample, or the report, as JSON.")
    var json = false

    func validate() throws {
        guard sample > 0 else { throw ValidationError("--sample must be positive") }
        if let path = output ?? judged, AuditSheet.Format(pathExtension: URL(fileURLWithPath: path).pathExtension) == nil {
            throw ValidationError("the sheet «\(path)» must end in .csv or .tsv")
        }
        if judged != nil && output != nil { throw ValidationError("--judged reads a sheet; -o writes one: give one of them") }
    }

    func run() throws {
        if let judged { return try report(judged) }
        let graph = try store.openIndex().graph
        let rows = EdgeAudit.sample(graph, size: sample, seed: seed, allKinds: allKinds)
        if rows.isEmpty {
            throw UserFacingError(message: "the store at \(store.db) has no met edges\(allKinds ? "" : " between people") to draw", exitCode: ExitStatus.notFound)
        }
        if json {
            print(try JSONOutput.string(rows))
            return
        }
        guard let output else {
            print(AuditSheet.render(rows, format: .csv), terminator: "")
            return
        }
        let url = URL(fileURLWithPath: output)
        let format = AuditSheet.Format(pathExtension: url.pathExtension)!
        // A judged sheet is hours of reading: a new draw never replaces one that holds verdicts.
        if let data = FileManager.default.contents(atPath: output), let text = String(data: data, encoding: .utf8),
           let judgedRows = try? AuditSheet.read(text, format: format) {
            let verdicts = judgedRows.count { !($0.cells["verdict"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
            if verdicts > 0 {
                throw UserFacingError(message: "\(output) already holds \(verdicts) verdict\(verdicts == 1 ? "" : "s"); draw into another file (or remove it first)", exitCode: ExitStatus.usage)
            }
        }
        do {
            try AtomicFile.write(AuditSheet.render(rows, format: format), to: url)
        } catch {
            throw UserFacingError(message: "\(output): cannot be written (\(DocumentReader.reason(error)))", exitCode: ExitStatus.badInput)
        }
        let pool = rows.count < sample ? " (all there are)" : ""
        Terminal.warn("didar: \(rows.count) edges\(pool) drawn with seed \(seed) into \(output); fill in `verdict` (y/n) and `reason`, then run `didar audit --judged \(output)`")
    }

    /// Reads a judged sheet and prints the precision and the reasons.
    private func report(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserFacingError(message: "\(path): no such file, or it cannot be read", exitCode: ExitStatus.badInput)
        }
        let judgement: AuditJudgement
        do {
            let rows = try AuditSheet.read(String(decoding: data, as: UTF8.self), format: AuditSheet.Format(pathExtension: url.pathExtension)!)
            judgement = try AuditJudgement(rows: rows)
        } catch let e as AuditSheet.ReadError {
            throw UserFacingError(message: "\(path):\(e.line): \(e.reason)", exitCode: ExitStatus.badInput)
        }
        if json {
            print(try JSONOutput.string(judgement))
            return
        }
        let percent = { (x: Double) in String(format: "%.0f %%", x * 100) }
        print("judged \(judgement.judged) edges: \(judgement.correct) correct, \(judgement.wrong) wrong" + (judgement.unjudged > 0 ? " (\(judgement.unjudged) rows without a verdict left out)" : ""))
        if judgement.judged > 0 {
            print("precision \(String(format: "%.3f", judgement.precision)) (\(percent(judgement.precision)); 95 % Wilson interval \(percent(judgement.low))–\(percent(judgement.high)))")
        }
        if !judgement.wrongByReason.isEmpty {
            var table = TextTable(headers: ["wrong", "reason"])
            for r in judgement.wrongByReason { table.rows.append([String(r.count), r.reason]) }
            print(table.render())
        }
    }
}
