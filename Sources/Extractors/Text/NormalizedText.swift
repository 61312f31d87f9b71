/// A normalized view of a whole original text, in which every position maps back to the original.
///
/// Matching runs on `scalars`; what it finds is reported through `originalRange(_:)`, since every
/// record Didar writes carries offsets into the original text. Two forms:
/// - `.text`: letters and digits unified, dropped marks gone, each run of whitespace one space (or one
///   line break when the run held one), ZWNJ kept only between two visible characters.
/// - `.key`: the same without any whitespace or ZWNJ, so that «شهرداری‌ها», «شهرداریها» and
///   «شهرداری ها» become the same scalars.
///
/// ```swift
/// let view = NormalizedText(Array("شهرداري‌ها".unicodeScalars), form: .key)
/// view.originalRange(0..<7)   // the original «شهرداري»
/// ```
/// Complexity: O(n) to build; lookups O(1).
public struct NormalizedText: Sendable, Hashable {
    /// Which normalized view to build.
    public enum Form: Sendable, Hashable {
        case text
        case key
    }

    /// The normalized scalars.
    public let scalars: [Unicode.Scalar]
    /// `origins[i]` is the original offset of the scalar that produced `scalars[i]`; the last
    /// element (at `scalars.count`) is the original length. Strictly increasing.
    public let origins: [Int]
    public let form: Form

    /// Normalizes `original` (the scalars of the original text).
    public init(_ original: [Unicode.Scalar], form: Form = .text) {
        self.form = form
        var out: [Unicode.Scalar] = []
        var from: [Int] = []
        out.reserveCapacity(original.count)
        from.reserveCapacity(original.count + 1)
        var pendingSpace = -1        // origin of the first whitespace of a pending run
        var pendingBreak = false
        var pendingJoiner = -1
        for (i, s) in original.enumerated() {
            guard let m = PersianNormalizer.map(s) else { continue }
            if PersianNormalizer.isSpace(m) {
                if pendingSpace < 0 { pendingSpace = i }
                if m == "\n" || m == "\r" || m.value == 0x0B || m.value == 0x0C { pendingBreak = true }
                pendingJoiner = -1
                continue
            }
            if m == PersianNormalizer.zwnj {
                if pendingSpace < 0 && pendingJoiner < 0 { pendingJoiner = i }
                continue
            }
            if form == .text && !out.isEmpty {
                if pendingSpace >= 0 {
                    out.append(pendingBreak ? "\n" : " ")
                    from.append(pendingSpace)
                } else if pendingJoiner >= 0 {
                    out.append(PersianNormalizer.zwnj)
                    from.append(pendingJoiner)
                }
            }
            pendingSpace = -1
            pendingBreak = false
            pendingJoiner = -1
            out.append(m)
            from.append(i)
        }
        from.append(original.count)
        scalars = out
        origins = from
    }

    /// The normalized text as a string.
    public var string: String { String(String.UnicodeScalarView(scalars)) }

    /// The original range that produced the normalized range `range` (end exclusive).
    /// An empty range maps to an empty range at the original position of its start.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range outside the normalized text")
        let start = origins[range.lowerBound]
        guard !range.isEmpty else { return start..<start }
        return start..<(origins[range.upperBound - 1] + 1)
    }

    /// The first normalized position at or after the original offset `offset`.
    public func normalizedOffset(ofOriginal offset: Int) -> Int {
        var lo = 0, hi = scalars.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if origins[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
