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
        for s in scalars {
            let v = s.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        guard count > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: count) { out in
            var k = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xC0 | v >> 6); out[k + 1] = UInt8(0x80 | v & 0x3F); k += 2
                } else if v < 0x10000 {
                    out[k] = UInt8(0xE0 | v >> 12); out[k + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                    out[k + 2] = UInt8(0x80 | v & 0x3F); k += 3
                } else {
                    out[k] = UInt8(0xF0 | v >> 18); out[k + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    out[k + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[k + 3] = UInt8(0x80 | v & 0x3F); k += 4
                }
            }
            return k
        }
    }
}
