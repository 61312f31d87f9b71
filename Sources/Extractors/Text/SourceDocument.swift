/// One article as it came in: its identifier, its original text and whatever metadata the input carried.
///
/// `text` is the decoded original (UTF-8, a leading BOM removed). Every offset that Didar reports
/// counts Unicode scalars from the start of this string, end exclusive, so that Python's
/// `text[start:end]` gives back the mention.
public struct SourceDocument: Sendable, Hashable {
    /// File name, or the id field of a JSON Lines record.
    public var id: String
    /// The original text, never modified.
    public var text: String
    public var url: String?
    /// A date given by the input (any form the metadata parser understands), if any.
    public var date: String?
    public var title: String?

    /// A document; `text` must be the original text, since every offset points into it.
    public init(id: String, text: String, url: String? = nil, date: String? = nil, title: String? = nil) {
        self.id = id
        self.text = text
        self.url = url
        self.date = date
        self.title = title
    }
}
