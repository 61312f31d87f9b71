import Foundation

/// The verdicts of a judged sheet: precision with its 95 % Wilson interval, and the wrong edges by reason.
public struct AuditJudgement: Sendable, Codable, Hashable {
    /// A reason written for wrong edges and how many wrong edges gave it.
    public struct ReasonCount: Sendable, Codable, Hashable {
        public var reason: String
        public var count: Int
    }

    public var judged: Int
    public var correct: Int
    public var wrong: Int
    /// Rows left without a verdict (not counted in the precision).
    public var unjudged: Int
    public var precision: Double
    /// Lower and upper ends of the 95 % Wilson score interval of the precision.
    public var low: Double
    public var high: Double
    /// The wrong edges grouped by their reason (trimmed; «(no reason given)» when empty), most frequent first.
    public var wrongByReason: [ReasonCount]

    /// Accepted spellings of a verdict (case and spaces ignored).
    public static let correctWords: Set<String> = ["y", "yes", "correct", "right", "true", "1", "ok", "درست", "بله"]
    public static let wrongWords: Set<String> = ["n", "no", "wrong", "incorrect", "false", "0", "غلط", "نادرست", "خیر"]

    /// Tallies the rows of a judged sheet; an unknown verdict is an error naming its line.
    public init(rows: [AuditSheet.JudgedRow]) throws {
        var correct = 0, wrong = 0, unjudged = 0
        var reasons: [String: Int] = [:]
        for row in rows {
            let verdict = (row.cells["verdict"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if verdict.isEmpty {
                unjudged += 1
            } else if Self.correctWords.contains(verdict) {
                correct += 1
            } else if Self.wrongWords.contains(verdict) {
                wrong += 1
                let reason = (row.cells["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                reasons[reason.isEmpty ? "(no reason given)" : reason, default: 0] += 1
            } else {
                throw AuditSheet.ReadError(line: row.line, reason: "unknown verdict «\(verdict)» (write y or n, correct or wrong)")
            }
        }
        self.judged = correct + wrong
        self.correct = correct
        self.wrong = wrong
        self.unjudged = unjudged
        let (p, low, high) = Self.wilson(successes: correct, trials: correct + wrong)
        precision = p
        self.low = low
        self.high = high
        wrongByReason = reasons.map { ReasonCount(reason: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
    }

    /// The share of successes and its Wilson score interval at 95 % (z = 1.96); (0, 0, 1) with no trials.
    public static func wilson(successes: Int, trials: Int, z: Double = 1.959963984540054) -> (p: Double, low: Double, high: Double) {
        guard trials > 0 else { return (0, 0, 1) }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * ((p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()) / (1 + z2 / n)
        return (p, max(0, centre - half), min(1, centre + half))
    }
}
