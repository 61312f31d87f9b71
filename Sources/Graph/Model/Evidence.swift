/// One piece of evidence for an edge: the sentence of an article that reports a meeting.
///
/// Offsets are Unicode scalar offsets into the original article text, end exclusive. Only this
/// sentence is kept from the article, never the whole text.
public struct Evidence: Codable, Sendable, Hashable, Comparable {
    /// Document id.
    public var document: String
    /// Sentence index within the document (0-based).
    public var sentence: Int
    /// First scalar of the evidence sentence.
    public var start: Int
    /// One past the last scalar of the evidence sentence.
    public var end: Int
    /// The sentence text.
    public var text: String
    /// Stable id of the meeting node ("m_…").
    public var meetingID: String
    /// Meeting date (ISO), falling back to the article date.
    public var date: String?
    /// The trigger words of the meeting.
    public var trigger: String?
    /// What sort of encounter the meeting was, when known.
    public var kind: MeetingKind?
    /// Id of the rule that found the meeting («meeting.frame.noun»), when the record gave one.
    public var rule: String?
    /// `file:line` of the lexicon entry behind the rule (the meeting frame).
    public var ruleSource: String?

    /// Creates a piece of evidence.
    public init(
        document: String, sentence: Int, start: Int, end: Int, text: String, meetingID: String,
        date: String? = nil, trigger: String? = nil, kind: MeetingKind? = nil, rule: String? = nil, ruleSource: String? = nil
    ) {
        self.rule = rule
        self.ruleSource = ruleSource
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.meetingID = meetingID
        self.date = date
        self.trigger = trigger
        self.kind = kind
    }

    /// Orders by date (undated last), then document, then position.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        let l = (lhs.date ?? "~", lhs.document, lhs.start, lhs.end, lhs.meetingID)
        let r = (rhs.date ?? "~", rhs.document, rhs.start, rhs.end, rhs.meetingID)
        return l < r
    }
}
