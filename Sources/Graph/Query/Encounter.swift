/// One reported meeting between two actors: when, where, and the sentence that says so.
///
/// Offsets are Unicode scalar offsets into the original article text, end exclusive.
public struct Encounter: Codable, Sendable, Hashable {
    /// Meeting node id.
    public var meetingID: String
    /// Meeting date (ISO), when known.
    public var date: String?
    /// Place label, when the article gives one.
    public var place: String?
    /// Document id.
    public var document: String
    /// Sentence index in the document.
    public var sentence: Int
    /// Scalar offset of the sentence start in the original text.
    public var start: Int
    /// Scalar offset one past the sentence end.
    public var end: Int
    /// The evidence sentence.
    public var text: String
    /// The trigger words.
    public var trigger: String?
    /// Id of the rule that found the meeting, and the lexicon line behind it (`Evidence.rule`, `ruleSource`).
    public var rule: String?
    public var ruleSource: String?

    /// The encounter behind one piece of `met` evidence, with the meeting's place from `index`.
    public init(evidence: Evidence, index: CorpusIndex) {
        meetingID = evidence.meetingID
        date = evidence.date
        place = index.place(ofMeeting: evidence.meetingID)
        document = evidence.document
        sentence = evidence.sentence
        start = evidence.start
        end = evidence.end
        text = evidence.text
        trigger = evidence.trigger
        rule = evidence.rule
        ruleSource = evidence.ruleSource
    }
}
