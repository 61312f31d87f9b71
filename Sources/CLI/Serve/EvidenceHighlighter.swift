import Extractors

/// Finds where names and trigger words occur in an evidence sentence, so the page can highlight them.
///
/// The store keeps the sentence and its offsets but not which words in it named whom; the names are
/// therefore found again here, on normalized keys (Arabic ي/ك, ZWNJ or space, diacritics all
/// compare equal) mapped back to scalar offsets of the sentence as written. A match must start and
/// end at a word boundary, so «علوی» is not found inside «علویان».
enum EvidenceHighlighter {
    /// Scalar ranges (relative to `text`, end exclusive) where any of `phrases` occurs, sorted, not overlapping.
    static func ranges(of phrases: [String], in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        // The sentence's key, and for each key scalar the index of the original scalar it came from.
        var key: [Unicode.Scalar] = []
        var origin: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            guard let mapped = PersianNormalizer.map(scalar), mapped != PersianNormalizer.zwnj,
                !PersianNormalizer.isSpace(mapped)
            else { continue }
            key.append(mapped)
            origin.append(index)
        }
        var found: [Range<Int>] = []
        // Longest phrases first, so a full name wins over the surname inside it.
        let needles = Set(phrases.map { Array(PersianNormalizer.key($0).unicodeScalars) }).filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
        for needle in needles where needle.count <= key.count {
            var position = 0
            while position + needle.count <= key.count {
                if key[position..<position + needle.count].elementsEqual(needle) {
                    let start = origin[position]
                    let end = origin[position + needle.count - 1] + 1
                    if isBoundary(before: start, in: scalars), isBoundary(after: end, in: scalars),
                        !found.contains(where: { $0.overlaps(start..<end) }) {
                        found.append(start..<end)
                    }
                    position += needle.count
                } else {
                    position += 1
                }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// True when no letter precedes `index` (the start of a match).
    private static func isBoundary(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index == 0 || !isWordScalar(scalars[index - 1])
    }

    /// True when no letter follows the match ending at `index`.
    private static func isBoundary(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        index >= scalars.count || !isWordScalar(scalars[index])
    }

    /// Letters, digits and combining marks continue a word; ZWNJ does too, because «علی‌اکبر» is one name.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == PersianNormalizer.zwnj { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
