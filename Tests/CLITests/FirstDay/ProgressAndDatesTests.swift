import Extractors
import Foundation
import Testing

@testable import CLI

/// Issue 20, item 5: progress on long work; item 2: dates from any field.
@Suite("Progress bar and date fields")
struct ProgressAndDatesTests {
    /// Collects what a bar draws.
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        func append(_ line: String) { lock.lock(); stored.append(line); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return stored }
    }

    /// A clock the test moves by hand.
    final class Clock: @unchecked Sendable {
        var now: TimeInterval = 100
    }

    @Test("counts and rate are drawn as documents are extracted, then the line is cleared")
    func countsAndRate() {
        let lines = Lines(), clock = Clock()
        let bar = ProgressBar(label: "extracting", enabled: true, sink: lines.append, clock: { clock.now })
        clock.now = 102
        bar.advance(by: 1_000)
        clock.now = 104
        bar.advance(by: 1_000)
        bar.finish()
        let drawn = lines.all
        #expect(drawn.count == 3)
        #expect(drawn[0].hasSuffix("extracting 1,000 documents · 500/s · 2.0 s"))
        #expect(drawn[1].hasSuffix("extracting 2,000 documents · 500/s · 4.0 s"))
        #expect(drawn[2] == "\r\u{1B}[K")
    }

    @Test("with a known total: a bar and a percentage")
    func withTotal() {
        let clock = Clock()
        let bar = ProgressBar(label: "adding", total: 200, enabled: true, sink: { _ in }, clock: { clock.now })
        clock.now = 101
        bar.advance(by: 50)
        #expect(bar.line(now: 101).contains("25% 50/200 documents"))
        #expect(bar.line(now: 101).contains("50/s"))
    }

    @Test("nothing is drawn when not a terminal, with --quiet, or when disabled")
    func quiet() {
        #expect(ProgressBar.shouldDraw(quiet: false, isTerminal: true) == (ProcessInfo.processInfo.environment["TERM"] != "dumb"))
        #expect(!ProgressBar.shouldDraw(quiet: true, isTerminal: true))
        #expect(!ProgressBar.shouldDraw(quiet: false, isTerminal: false))
        let lines = Lines()
        let bar = ProgressBar(label: "extracting", enabled: false, sink: lines.append)
        bar.advance(by: 10)
        bar.finish()
        #expect(lines.all.isEmpty)
    }

    @Test("a long step shows its elapsed time while it runs")
    func duringStep() {
        // Disabled (tests never run on a terminal): the work is still done and its value returned.
        #expect(ProgressBar.during("resolving", quiet: true) { 41 + 1 } == 42)
    }

    @Test("common date fields are recognized without a flag; a named one is the only one read")
    func dateFields() throws {
        let decoder = JSONLinesDecoder()
        for field in ["date", "date_jalali", "published", "pubDate", "time"] {
            let line = #"{"id": "x", "\#(field)": "1400/09/03", "text": "متن خبر"}"#
            let record = try #require(try decoder.decodeRecord(Array(line.utf8), lineNumber: 1, source: "c.jsonl"))
            #expect(record.dateField == field)
            #expect(record.document.date == "1400/09/03")
        }
        let named = JSONLinesDecoder(dateField: "tarikh")
        let line = #"{"id": "x", "date": "2020-01-01", "tarikh": "2021-11-24", "text": "متن خبر"}"#
        let record = try #require(try named.decodeRecord(Array(line.utf8), lineNumber: 1, source: "c.jsonl"))
        #expect(record.dateField == "tarikh" && record.document.date == "2021-11-24")
    }

    @Test("Jalali and Gregorian dates, with or without a time, are read", arguments: [
        ("1381/10/11", "2003-01-01"), ("1400/09/03 19:11", "2021-11-24"), ("۱۴۰۰/۰۹/۰۳", "2021-11-24"),
        ("2021-11-24", "2021-11-24"), ("2021-11-24T10:30:00Z", "2021-11-24"), ("2021-11-24 10:30:00", "2021-11-24"),
        ("1400-09-03", "2021-11-24"), ("2021/11/24", "2021-11-24"),
    ])
    func dateForms(value: String, iso: String) throws {
        var report = InputReport(dateReader: DateReader(lexicons: try TextLexicons.bundled()))
        let record = JSONLinesDecoder.Record(document: SourceDocument(id: "x", text: "t", date: value), dateField: "date")
        report.countDate(of: record, display: "c.jsonl", line: 1)
        #expect(report.dates["date"]?.readable == 1, "\(value)")
        #expect(try DateReader(lexicons: TextLexicons.bundled()).parse(value)?.iso == iso, "\(value)")
    }
}

extension FirstDayEndToEnd {
    /// Progress through the built binary: never drawn when standard error is not a terminal.
    @Suite("Progress, end to end")
    struct PipedProgressTests {
        @Test("a build piped to a file prints no progress escapes")
        func pipedBuild() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-progress")
            try folder.write("in/a.txt", StoreSafetyTests.article)
            let r = try await runner.runDetached(["build", folder.path("in"), "-o", folder.path("out"), "--no-draw"])
            #expect(r.status == 0)
            #expect(!r.stderr.contains("\r") && !r.stderr.contains("\u{1B}["))
        }
    }
}
