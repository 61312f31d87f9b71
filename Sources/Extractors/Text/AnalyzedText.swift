/// A document after the text layer: original text, normalized view, tokens, sentences and metadata.
///
/// This is what every recognizer reads. All ranges are scalar offsets into `document.text`.
public struct AnalyzedText: Sendable {
    public var document: SourceDocument
    /// The original text as an array of scalars, so that a range is cut in O(1).
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var metadata: ArticleMetadata

    /// Bundles the results of the text layer (use `TextAnalyzer.analyze` to make one).
    public init(document: SourceDocument, scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence], metadata: ArticleMetadata) {
        self.document = document
        self.scalars = scalars
        self.tokens = tokens
        self.sentences = sentences
        self.metadata = metadata
    }

    /// A normalized view of the whole text whose positions map back to the original
    /// (see `NormalizedText`); built on demand, O(n).
    public func normalizedView(_ form: NormalizedText.Form = .text) -> NormalizedText {
        NormalizedText(scalars, form: form)
    }

    /// Indices of the content sentences (those no boilerplate rule marked), in order.
    public var contentSentences: [Int] { sentences.indices.filter { sentences[$0].isContent } }

    /// The original text of a scalar range.
    public func text(_ range: Range<Int>) -> String {
        String(utf8Encoding: scalars[range])
    }

    /// The original text covered by tokens `first..<end` (indices into `tokens`).
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
    }
}

extension String {
    /// The string of `scalars`, encoded to UTF-8 straight into the new string's storage.
    ///
    /// Same result as appending them to a `String.UnicodeScalarView`, which costs several times more
    /// (each scalar goes through the view's generic append with its capacity and uniqueness checks);
    /// the recognizers and the text layer cut many short strings out of the text this way.
    init(utf8Encoding scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += UTF8Encoding.count(s.value) }
        guard count > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: count) { out in
            var k = 0
            for s in scalars { k = UTF8Encoding.write(s.value, to: out.baseAddress!, at: k) }
            return k
        }
    }
}
