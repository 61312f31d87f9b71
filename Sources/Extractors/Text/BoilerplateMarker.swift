/// Marks the sentences that are site boilerplate rather than article content.
///
/// Everything is driven by data (`boilerplate.txt`) and by the shape of the text, never by site:
/// 1. a line without any word (`|`, a bare date and time) is `.noWords`;
/// 2. a marker opens a `.marker` sentence («کد خبر») or a `.footer` that runs to the end
///    («انتهای پیام», and «منبع:» or a comment prompt when no long paragraph follows);
/// 3. a paragraph that ends in an ellipsis («[…]») and whose text appears elsewhere in the article
///    is a `.truncated` copy;
/// 4. a sentence whose key repeats an earlier content sentence (a title or lead printed twice) is
///    `.repeated`, so exactly one copy stays content.
/// Sentences keep their original ranges; only `boilerplate`/`isContent` change.
struct BoilerplateMarker {
    var markers: PhraseMatcher

    /// A paragraph with at least this many words is article text, which vetoes a `tail=short` footer.
    static let longParagraphWords = 20
    /// Sentences shorter than this (in key scalars) are never called repetitions («وی گفت:»).
    static let minimumRepeatKey = 16

    func mark(_ sentences: inout [Sentence], tokens: [Token]) {
        markWordless(&sentences, tokens: tokens)
        markMarkers(&sentences, tokens: tokens)
        markTruncated(&sentences, tokens: tokens)
        markRepeated(&sentences, tokens: tokens)
    }

    private func isWordy(_ token: Token) -> Bool { token.kind == .word || token.kind == .latin }

    private func markWordless(_ sentences: inout [Sentence], tokens: [Token]) {
        for i in sentences.indices where sentences[i].isContent {
            // The kinds read in place: `contains(where: isWordy)` copied every token (retaining its strings).
            var wordy = false
            for t in sentences[i].tokens where tokens[t].kind == .word || tokens[t].kind == .latin {
                wordy = true
                break
            }
            if !wordy { sentences[i].boilerplate = .noWords }
        }
    }

    private func markMarkers(_ sentences: inout [Sentence], tokens: [Token]) {
        // Read once: used in the loop, the property was copied out of `self` (88 bytes) for every word.
        let markers = self.markers
        for i in sentences.indices {
            let s = sentences[i]
            let opensLine = i == 0 || sentences[i - 1].paragraph != s.paragraph
                || sentences[i - 1].boilerplate == .dateline && (i < 2 || sentences[i - 2].paragraph != s.paragraph)
            var t = s.tokens.lowerBound
            while t < s.tokens.upperBound {
                defer { t += 1 }
                // The kind read in place: `isWordy(tokens[t])` copied every token (retaining its strings).
                let kind = tokens[t].kind
                guard kind == .word || kind == .latin, let (length, entry) = markers.longestMatch(tokens, at: t, limit: s.tokens.upperBound) else { continue }
                let atStart = t == s.tokens.lowerBound && opensLine
                if entry["where"] == "start" && !atStart { continue }
                if entry["colon"] == "yes" {
                    let next = t + length
                    guard next < s.tokens.upperBound, tokens[next].normalized.sameBytes(":") else { continue }
                }
                if entry["scope"] == "rest" {
                    if entry["tail"] == "short", hasLongParagraph(after: i, sentences: sentences, tokens: tokens) { continue }
                    for j in i..<sentences.count where sentences[j].boilerplate == nil || sentences[j].boilerplate == .noWords {
                        sentences[j].boilerplate = .footer
                    }
                    return
                }
                if sentences[i].boilerplate == nil { sentences[i].boilerplate = .marker }
                break
            }
        }
    }

    private func hasLongParagraph(after i: Int, sentences: [Sentence], tokens: [Token]) -> Bool {
        var words: [Int: Int] = [:]
        for s in sentences[(i + 1)...] where s.paragraph != sentences[i].paragraph {
            words[s.paragraph, default: 0] += tokens[s.tokens].count(where: isWordy)
        }
        return words.values.contains { $0 >= Self.longParagraphWords }
    }

    /// Key of a token range: the keys of its words, numbers and Latin words.
    private func key(_ range: Range<Int>, _ tokens: [Token]) -> String {
        var out = ""
        for t in range where tokens[t].kind != .punctuation && tokens[t].kind != .symbol { out += tokens[t].key }
        return out
    }

    private func markTruncated(_ sentences: inout [Sentence], tokens: [Token]) {
        // Paragraphs whose last content sentence ends in an ellipsis; most articles have none.
        var candidates: [Int] = []
        for i in sentences.indices where sentences[i].isContent && (i + 1 == sentences.count || sentences[i + 1].paragraph != sentences[i].paragraph) {
            if endsInEllipsis(sentences[i].tokens, tokens) { candidates.append(sentences[i].paragraph) }
        }
        guard !candidates.isEmpty else { return }
        let paragraphs = Dictionary(grouping: sentences.indices, by: { sentences[$0].paragraph })
        let order = paragraphs.keys.sorted()
        // Keys of each paragraph's content sentences (datelines and markers left out on both sides).
        var keys: [Int: String] = [:]
        for p in order {
            keys[p] = paragraphs[p]!.filter { sentences[$0].isContent }.map { key(sentences[$0].tokens, tokens) }.joined()
        }
        for p in candidates {
            guard let own = keys[p], own.unicodeScalars.count >= Self.minimumRepeatKey else { continue }
            // A truncated copy starts where a paragraph of the full text starts, and may run on
            // into the paragraphs after it («lead … [به گزارش …]»).
            let ownBytes = Array(own.utf8)
            let found = order.indices.contains { start in
                guard order[start] != p else { return false }
                var k = 0
                for q in order[start...] where q != p {
                    for b in keys[q]!.utf8 {
                        if k == ownBytes.count { return true }
                        if b != ownBytes[k] { return false }
                        k += 1
                    }
                }
                return k == ownBytes.count
            }
            if found {
                for m in paragraphs[p]! where sentences[m].isContent { sentences[m].boilerplate = .truncated }
            }
        }
    }

    /// True when the tokens end in «…», «...», or either inside brackets («[…]»).
    private func endsInEllipsis(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        func scalar(_ t: Int) -> Unicode.Scalar? {
            t >= range.lowerBound && tokens[t].kind == .punctuation ? tokens[t].firstScalar : nil
        }
        var t = range.upperBound - 1
        if scalar(t) == "]" || scalar(t) == ")" { t -= 1 }
        if scalar(t) == "…" { return true }
        return scalar(t) == "." && tokens[t].range.count >= 3
    }

    private func markRepeated(_ sentences: inout [Sentence], tokens: [Token]) {
        // Hashed on UTF-8 bytes, streamed over the token keys (String hashing normalizes, which is
        // slow); equal hashes are confirmed on the keys themselves. The first sentence of each hash is kept
        // apart from the others (`more`, a hash shared by sentences with different keys: almost never), so that
        // a sentence costs no array of its own; the table is made large enough once.
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(sentences.count)
        var more: [UInt64: [Int]] = [:]
        for i in sentences.indices where sentences[i].isContent {
            // A hash of the sequence of token keys, from the tokens' own key hashes.
            var h = PhraseMatcher.seed
            var bytes = 0
            for t in sentences[i].tokens where tokens[t].kind != .punctuation && tokens[t].kind != .symbol {
                h = (h ^ tokens[t].keyHash) &* 0x0000_0100_0000_01B3
                bytes += tokens[t].key.utf8.count
            }
            guard bytes >= Self.minimumRepeatKey * 2 else { continue }
            guard let prior = first[h] else {
                first[h] = i
                continue
            }
            let k = key(sentences[i].tokens, tokens)
            if key(sentences[prior].tokens, tokens).sameBytes(k) || more[h, default: []].contains(where: { key(sentences[$0].tokens, tokens).sameBytes(k) }) {
                sentences[i].boilerplate = .repeated
                continue
            }
            more[h, default: []].append(i)
        }
    }
}
