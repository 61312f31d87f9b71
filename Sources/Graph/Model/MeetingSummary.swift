/// What the builder keeps about one meeting: its evidence sentence and resolved keys, no article text.
struct MeetingSummary: Sendable, Equatable {
    var id: String
    var key: String
    var document: String
    var kind: MeetingKind
    var cameo: String
    var trigger: Span
    var sentence: Span
    var date: String?
    var placeKey: String?
    /// The people present, by position in the builder's `OccurrenceTable`.
    var participants: [Int32]
    var groupKeys: [String]
    var institutionKeys: [String]
    /// The rule that found the meeting and the lexicon line behind it (`MeetingRecord.rule`, `ruleSource`).
    var rule: String? = nil
    var ruleSource: String? = nil
}
