/// Runs the text layer on a document: tokens, sentences, boilerplate marks and metadata.
///
/// FIRST VERSION (skeleton): tokens and sentences only; boilerplate and metadata come with issue 3.
public struct TextAnalyzer: Sendable {
    /// Titles that Persian writes attached to the next word («سیدمصطفی»), as keys.
    public var attachedPrefixes: [String]

    public init(attachedPrefixes: [String] = ["سید", "سیده"]) {
        self.attachedPrefixes = attachedPrefixes
    }

    public func analyze(_ document: SourceDocument) -> AnalyzedText {
        let scalars = Array(document.text.unicodeScalars)
        let tokens = Tokenizer(attachedPrefixes: attachedPrefixes).tokenize(scalars)
        let sentences = SentenceSplitter().split(scalars: scalars, tokens: tokens)
        return AnalyzedText(document: document, scalars: scalars, tokens: tokens, sentences: sentences, metadata: ArticleMetadata())
    }
}

/// Splits original scalars into tokens with their normalized forms.
struct Tokenizer {
    var attachedPrefixes: [String]

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0620...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || v == 0x06D5
            || (0x06FA...0x06FF).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
            || (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x06F0...0x06F9).contains(v) || (0x0660...0x0669).contains(v)
    }
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
    }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0x200B || s.value == 0xFEFF
    }
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x200D || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x00AD
    }

    func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if Tokenizer.isSpace(s) || Tokenizer.isIgnorable(s) || s == PersianNormalizer.zwnj { i += 1; continue }
            let start = i
            var kind: TokenKind
            if Tokenizer.isLetter(s) {
                kind = .word
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Tokenizer.isLetter(c) || Tokenizer.isIgnorable(c) { i += 1; continue }
                    // A ZWNJ inside a word joins its parts («شهرداری‌ها»).
                    if c == PersianNormalizer.zwnj, i + 1 < n, Tokenizer.isLetter(scalars[i + 1]) { i += 1; continue }
                    break
                }
            } else if Tokenizer.isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Tokenizer.isDigit(c) { i += 1; continue }
                    if (c == "/" || c == "." || c == "," || c == "٫" || c == "٬"), i + 1 < n, Tokenizer.isDigit(scalars[i + 1]) { i += 1; continue }
                    break
                }
            } else if Tokenizer.isLatin(s) {
                kind = .latin
                i += 1
                while i < n, Tokenizer.isLatin(scalars[i]) || Tokenizer.isDigit(scalars[i]) { i += 1 }
            } else {
                kind = Tokenizer.isPunctuation(s) ? .punctuation : .symbol
                i += 1
            }
            let surface = String(String.UnicodeScalarView(scalars[start..<i]))
            let normalized = PersianNormalizer.normalize(surface)
            let key = PersianNormalizer.key(surface)
            let space = i >= n || Tokenizer.isSpace(scalars[i]) || scalars[i] == PersianNormalizer.zwnj
            if kind == .word, let split = splitAttached(start: start, end: i, key: key, scalars: scalars) {
                tokens.append(contentsOf: split)
                tokens[tokens.count - 1].spaceAfter = space
                continue
            }
            if kind == .punctuation || kind == .symbol, key.isEmpty && normalized.isEmpty { continue }
            tokens.append(Token(kind: kind, range: start..<i, normalized: normalized, key: key, spaceAfter: space))
        }
        return tokens
    }

    /// «سیدمصطفی» → «سید» + «مصطفی» when the word starts with an attached title and more than two letters follow.
    private func splitAttached(start: Int, end: Int, key: String, scalars: [Unicode.Scalar]) -> [Token]? {
        for prefix in attachedPrefixes where key.hasPrefix(prefix) && key.unicodeScalars.count >= prefix.unicodeScalars.count + 3 {
            // Find the original scalar index where the prefix ends (skipping dropped scalars).
            var consumed = 0
            var j = start
            let want = prefix.unicodeScalars.count
            while j < end, consumed < want {
                if let m = PersianNormalizer.map(scalars[j]), m != PersianNormalizer.zwnj { consumed += 1 }
                j += 1
            }
            guard consumed == want else { return nil }
            let first = String(String.UnicodeScalarView(scalars[start..<j]))
            var restStart = j
            while restStart < end, scalars[restStart] == PersianNormalizer.zwnj { restStart += 1 }
            let rest = String(String.UnicodeScalarView(scalars[restStart..<end]))
            return [
                Token(kind: .word, range: start..<j, normalized: PersianNormalizer.normalize(first), key: PersianNormalizer.key(first), isSplit: true, spaceAfter: true),
                Token(kind: .word, range: restStart..<end, normalized: PersianNormalizer.normalize(rest), key: PersianNormalizer.key(rest), isSplit: true, spaceAfter: true),
            ]
        }
        return nil
    }
}

/// Groups tokens into sentences at sentence-final punctuation and at line breaks.
struct SentenceSplitter {
    func split(scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var startToken = 0
        var lastEnd = 0
        func close(_ endToken: Int) {
            guard endToken > startToken else { return }
            let r = tokens[startToken].range.lowerBound..<tokens[endToken - 1].range.upperBound
            sentences.append(Sentence(index: sentences.count, range: r, tokens: startToken..<endToken, paragraph: paragraph))
            startToken = endToken
        }
        for (t, token) in tokens.enumerated() {
            // A line break between the previous token and this one ends the sentence and the paragraph.
            if t > 0 && scalars[lastEnd..<token.range.lowerBound].contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }) {
                close(t)
                paragraph += 1
            }
            lastEnd = token.range.upperBound
            if token.kind == .punctuation, ["." , "!", "?", "؟", "…"].contains(token.normalized) {
                close(t + 1)
            }
        }
        close(tokens.count)
        return sentences
    }
}
