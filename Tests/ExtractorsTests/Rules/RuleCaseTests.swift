import Foundation
import Testing
@testable import Extractors

/// One line of `Fixtures/rule-cases.tsv`: a sentence and what the rules must find in it.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var id: String
    var knownIssue: Bool
    var text: String
    var people: [String]
    var roles: [String]
    var pairs: [(String, String)]
    var absent: [String]
    var rule: String?
    /// `rule-cases.tsv:line`.
    var source: String
    var testDescription: String { id }

    /// Every case of the file, in file order; a malformed line stops the suite with its line number.
    static let all: [RuleCase] = {
        let url = Bundle.module.url(forResource: "rule-cases", withExtension: "tsv", subdirectory: "Fixtures")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/rule-cases.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [RuleCase] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(f.count == 8, "rule-cases.tsv:\(n + 1): \(f.count) columns, 8 expected")
            precondition(f[1] == "pass" || f[1] == "known-issue", "rule-cases.tsv:\(n + 1): status «\(f[1])»")
            func items(_ s: String) -> [String] {
                s == "-" ? [] : s.components(separatedBy: " ; ").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            let pairs = items(f[5]).map { p -> (String, String) in
                let two = p.components(separatedBy: " + ")
                precondition(two.count == 2, "rule-cases.tsv:\(n + 1): pair «\(p)» is not `A + B`")
                return (two[0], two[1])
            }
            cases.append(RuleCase(id: f[0], knownIssue: f[1] == "known-issue", text: f[2].replacingOccurrences(of: "⏎", with: "\n"),
                                  people: items(f[3]), roles: items(f[4]), pairs: pairs, absent: items(f[6]),
                                  rule: f[7] == "-" ? nil : f[7], source: "rule-cases.tsv:\(n + 1)"))
        }
        return cases
    }()

    /// What the record lacks of this case (empty when the case holds).
    func failures(_ r: DocumentExtraction) -> [String] {
        let key = PersianNormalizer.key
        var failures: [String] = []
        func person(_ name: String) -> ExtractedPerson? {
            r.people.first { key($0.name) == key(name) || $0.roles.contains { key($0.text) == key(name) } && $0.unnamed }
        }
        for name in people where person(name) == nil {
            failures.append("no person «\(name)» (people: \(r.people.map(\.name).joined(separator: ", ")))")
        }
        let roleTexts = r.people.flatMap(\.roles).map(\.text)
        for role in roles where !roleTexts.contains(where: { key($0) == key(role) }) {
            failures.append("no role «\(role)» (roles: \(roleTexts.joined(separator: ", ")))")
        }
        for (a, b) in pairs {
            guard let pa = person(a), let pb = person(b) else { failures.append("pair «\(a)» + «\(b)»: a person is missing"); continue }
            if !r.met.contains(where: { Set([$0.a, $0.b]) == Set([pa.id, pb.id]) }) {
                failures.append("«\(a)» and «\(b)» did not meet")
            }
        }
        for name in absent {
            if let p = r.people.first(where: { key($0.name) == key(name) }), r.meetings.contains(where: { $0.participants.contains(p.id) }) {
                failures.append("«\(name)» takes part in a meeting")
            }
        }
        if let rule, !r.meetings.contains(where: { $0.rule == rule }) {
            failures.append("no meeting by rule \(rule) (rules: \(r.meetings.map(\.rule).joined(separator: ", ")))")
        }
        return failures
    }
}

/// The rule cases of `Fixtures/rule-cases.tsv`, one test per line: a linguist adds a case without Swift.
@Suite("Rule cases (Fixtures/rule-cases.tsv)")
struct RuleCaseTests {
    static let extractor: Extractor = {
        do { return try Extractor.bundled() } catch { preconditionFailure("bundled lexicons: \(error)") }
    }()

    @Test("the file has cases and every frame's example is one of them, with the frame's id")
    func everyFrameIsACase() {
        #expect(RuleCase.all.count >= 15)
        for frame in Self.extractor.lexicons.frames.frames {
            #expect(RuleCase.all.contains { $0.text == frame.example && $0.rule == frame.id && !$0.knownIssue },
                    "frame \(frame.id) (\(frame.source)): its example is not a passing case with its id")
        }
    }

    @Test("a rule case holds", arguments: RuleCase.all)
    func ruleCase(_ c: RuleCase) {
        let record = Self.extractor.extract(SourceDocument(id: c.id, text: c.text))
        let failures = c.failures(record)
        if c.knownIssue {
            // Fails today: recorded as a known issue; when the rules start getting it right, withKnownIssue
            // reports that no issue was recorded, and the line can be marked `pass`.
            withKnownIssue("\(c.source) is a known issue") {
                for f in failures { Issue.record("\(c.source): \(f)") }
            }
        } else {
            for f in failures { Issue.record("\(c.source): \(f)") }
        }
    }
}
