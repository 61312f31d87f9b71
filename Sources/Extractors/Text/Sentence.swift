/// Why a sentence is not article content.
public enum BoilerplateKind: String, Sendable, Hashable, Codable {
    /// A line opened by a boilerplate marker («کد خبر», «تاریخ انتشار»).
    case marker
    /// A footer: everything from «انتهای پیام», «منبع:», a comment prompt or a link list onwards.
    case footer
    /// A copy of text that the article already holds (a repeated lead or title).
    case repeated
    /// A truncated copy of a lead («… […]») whose full text follows.
    case truncated
    /// A dateline or agency prefix («کرمان – فت فتو –», «اعتمادآنلاین|», «خبرگزاری فارس:»).
    case dateline
    /// A line without any word: separators, a bare date or time, a bare number.
    case noWords = "no-words"
}

/// A sentence of the original text.
public struct Sentence: Sendable, Hashable {
    /// Position of the sentence in the document, from 0, counting every sentence (content or not).
    public var index: Int
    /// Scalar offsets into the original text, end exclusive.
    public var range: Range<Int>
    /// Indices into `AnalyzedText.tokens`.
    public var tokens: Range<Int>
    /// Index of the paragraph (line) the sentence is in; every line break starts a new one.
    public var paragraph: Int
    /// False for boilerplate (site links, «کد خبر», repeated leads, footers): no extractor reads it.
    public var isContent: Bool
    /// Why the sentence is not content (nil for content).
    public var boilerplate: BoilerplateKind? {
        didSet { isContent = boilerplate == nil }
    }

    /// A sentence; `boilerplate`, when given, also sets `isContent` to false.
    public init(index: Int, range: Range<Int>, tokens: Range<Int>, paragraph: Int, isContent: Bool = true, boilerplate: BoilerplateKind? = nil) {
        self.index = index
        self.range = range
        self.tokens = tokens
        self.paragraph = paragraph
        self.isContent = isContent && boilerplate == nil
        self.boilerplate = boilerplate
    }
}
