/// A sentence of the original text.
public struct Sentence: Sendable, Hashable {
    /// Position of the sentence in the document, from 0, counting every sentence (content or not).
    public var index: Int
    /// Scalar offsets into the original text, end exclusive.
    public var range: Range<Int>
    /// Indices into `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// Index of the paragraph (blank-line or newline separated block) the sentence is in.
    public var paragraph: Int
    /// False for boilerplate (site links, «کد خبر», repeated leads, footers): no extractor reads it.
    public var isContent: Bool

    public init(index: Int, range: Range<Int>, tokens: Range<Int>, paragraph: Int, isContent: Bool = true) {
        self.index = index
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
        self.isContent = isContent
    }
}
