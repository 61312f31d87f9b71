/// The four things the scorer counts, in score.py's order.
public enum ScoredField: String, CaseIterable, Sendable, Codable {
    case people, roles, institutions, met
}

/// True positives, false positives and false negatives of one field, with score.py's precision, recall and F1.
public struct FieldCounts: Sendable, Hashable, Codable {
    public var tp = 0
    public var fp = 0
    public var fn = 0

    /// Creates the counts.
    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
    }

    /// score.py's `prf`: with nothing predicted, precision is 1 when nothing was missed either, else 0.
    public var precision: Double { tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1.0 : 0.0) }
    /// With nothing to find, recall is 1.
    public var recall: Double { tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1.0 }
    /// Harmonic mean, computed in score.py's order of operations so the last digit agrees.
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0
    }

    /// Adds another document's counts (micro-averaging).
    public static func += (lhs: inout FieldCounts, rhs: FieldCounts) {
        lhs.tp += rhs.tp
        lhs.fp += rhs.fp
        lhs.fn += rhs.fn
    }
}
