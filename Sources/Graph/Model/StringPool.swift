/// Hands back one stored copy of each distinct string (by its bytes), so that a text repeated in many
/// rows — a meeting's rule and its lexicon line, a trigger word, a place or institution key — shares
/// one buffer instead of each row holding its own.
///
/// Why: every article's record is decoded into fresh strings, so the same «meeting.frame.noun» was
/// allocated once per meeting kept. A string short enough to be stored inline (15 UTF-8 bytes or
/// fewer) has no buffer to share and is returned as it is.
struct StringPool: Sendable {
    private var strings: Set<ExactKey> = []

    /// `string`, or the stored copy of the same bytes.
    mutating func shared(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return strings.insert(ExactKey(string)).memberAfterInsert.string
    }

    /// `string`, or the stored copy of the same bytes; nil for nil.
    mutating func shared(_ string: String?) -> String? {
        string.map { shared($0) }
    }
}
