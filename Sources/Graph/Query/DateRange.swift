/// An inclusive range of ISO dates (`yyyy-mm-dd`) with optional bounds, as `--since/--until` give.
///
/// Dates compare as strings, which orders ISO dates correctly; a bound may also be a prefix such
/// as `2021` or `2021-03` (a prefix `until` covers the whole year or month). Undated items are
/// outside any range that has a bound, the same rule `GraphFilter` applies.
public struct DateRange: Codable, Sendable, Hashable {
    /// Earliest date kept, or nil.
    public var since: String?
    /// Latest date kept, or nil.
    public var until: String?

    /// Creates a range; nil bounds are open.
    public init(since: String? = nil, until: String? = nil) {
        self.since = since
        self.until = until
    }

    /// The range with no bound.
    public static let all = DateRange()

    /// `until` widened to a full date, so a year or month prefix can be compared with full
    /// dates by plain string order ("2021" → "2021-12-31", "2021-02" → "2021-02-31").
    public var fullUntil: String? {
        guard let until else { return nil }
        switch until.count {
        case 4: return until + "-12-31"
        case 7: return until + "-31"
        default: return until
        }
    }

    /// True when neither bound is set.
    public var isUnbounded: Bool { since == nil && until == nil }

    /// True when `date` lies in the range; an undated item lies only in the unbounded range.
    public func contains(_ date: String?) -> Bool {
        overlaps(first: date, last: date)
    }

    /// True when the inclusive window `first…last` meets the range (a missing end takes the other).
    public func overlaps(first: String?, last: String?) -> Bool {
        if isUnbounded { return true }
        guard let low = first ?? last, let high = last ?? first else { return false }
        if let since, high < since { return false }
        // "2021-03-31" must count as inside until "2021-03", so compare on the bound's length.
        if let until, String(low.prefix(until.count)) > until { return false }
        return true
    }
}
