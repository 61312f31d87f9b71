/// Groups tokens into sentences: at line breaks, after sentence-final punctuation, and after a
/// dateline or source prefix at the start of a line (see `LeadPrefix`).
///
/// A single line break does not end a sentence when the line ends with a word no sentence ends with
/// (`line-continuers.txt`: «و», «از», «را», …) or when the text is hard-wrapped and the line reaches its
/// wrap width (`LineWrap`), and the next line goes on with a word, a number or an opening quote
/// (`mayContinueLine`); a blank line always does.
///
/// A period does not end a sentence inside a number (`2.5` is one token), before a letter or
/// digit with no space between («ه.ش», `farsnews.ir`) unless it glues two sentences («… شد.در این
/// دیدار …», `gluesTwoSentences`), after a listed abbreviation
/// (`abbreviations.txt`), after a single capital Latin letter (an initial), after a Persian letter written alone
/// (an initial of a pen name, «م. آزاد», `isLoneLetterInitial`) or between a given name and a Persian
/// initial («وحید. ل», `precedesInitial`). Closing quotes and
/// brackets after the final punctuation («.»», `)`) stay in the sentence they close; a straight quote with a space
/// before it and a word glued after it opens the next (`opensQuote`).
struct SentenceSplitter {
    var abbreviations: PhraseMatcher
    var media: PhraseMatcher
    var lineContinuers: Lexicon
    /// Given names (`given-names.txt`): a period after one, before a word of one letter, marks a surname's initial.
    var givenNames: Lexicon

    @inline(__always)
    static func isTerminal(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let s = token.firstScalar else { return false }
        switch s { case ".", "!", "?", "؟", "…": return true; default: return false }
    }
    @inline(__always)
    static func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation, let s = token.firstScalar else { return false }
        switch s { case "»", ")", "]", "\"", "'", "”", "’", "›", "}", ".", "!", "?", "؟", "…": return true; default: return false }
    }

    /// Whether a token can carry on a wrapped sentence at the start of the next line: a word, a number, or
    /// an opening quote or bracket («"تئودور قطوف" سفیر …», «با ⏎120 تخت»); a list's dash or bullet cannot.
    /// Of the Hamshahri development corpus's lines that end with a line-continuer or reach the wrap width,
    /// 190 go on with a number, a quote, a bracket or «_» (Hamshahri's stray tatweel-like underscore).
    @inline(__always)
    static func mayContinueLine(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .latin, .number: return true
        case .symbol: return false
        case .punctuation:
            guard let s = token.firstScalar else { return false }
            switch s { case "\"", "«", "(", "“", "_": return true; default: return false }
        }
    }

    /// Whether the line starting at token `t` opens a numbered item («2- …», «6) …», «3ـ …»): the number's
    /// own punctuation follows it with no space. Such a line starts a new item even after «و» or at the
    /// wrap width («… محصولات آن ⏎2)جلوگیری از …»).
    static func opensListItem(_ tokens: [Token], at t: Int) -> Bool {
        guard tokens[t].kind == .number, !tokens[t].spaceAfter, t + 1 < tokens.count,
              tokens[t + 1].kind == .punctuation || tokens[t + 1].kind == .symbol,
              let s = tokens[t + 1].firstScalar else { return false }
        switch s { case "-", ")", "ـ", ".", "–": return true; default: return false }
    }

    /// The sentences, and the line prefixes that were split off (in order).
    func split(scalars: [Unicode.Scalar], tokens: [Token]) -> (sentences: [Sentence], prefixes: [LeadPrefix]) {
        var sentences: [Sentence] = []
        var prefixes: [LeadPrefix] = []
        var paragraph = -1
        for line in lines(scalars: scalars, tokens: tokens) {
            paragraph += 1
            var start = line.lowerBound
            func close(_ end: Int, _ kind: BoilerplateKind? = nil) {
                guard end > start else { return }
                let r = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
                sentences.append(Sentence(index: sentences.count, range: r, tokens: start..<end, paragraph: paragraph, boilerplate: kind))
                start = end
            }
            if let prefix = LeadPrefix.find(in: tokens, line: line, lineIndex: paragraph, media: media, givenNames: givenNames) {
                prefixes.append(prefix)
                close(prefix.tokens.upperBound, .dateline)
            }
            var t = start
            while t < line.upperBound {
                defer { t += 1 }
                // The kind first, read in place: passing every token to `isTerminal` copied it (retaining its strings).
                guard tokens[t].kind == .punctuation, Self.isTerminal(tokens[t]),
                      endsSentence(at: t, scalars: scalars, tokens: tokens) else { continue }
                var end = t + 1
                while end < line.upperBound, Self.isCloser(tokens[end]), !Self.opensQuote(tokens, at: end, before: line.upperBound) { end += 1 }
                close(end)
                t = end - 1
            }
            close(line.upperBound)
        }
        return (sentences, prefixes)
    }

    /// A straight quote after a sentence's end, a space before it and a word glued after it, opens the next sentence's
    /// quotation («… به سر مي‌برند. "نبيل رجب" رئيس مركز …»): read as a closer it left the name's opening quote in the
    /// sentence before, and the name's own closing quote then opened a quotation over the role after it. Fars News
    /// writes foreign names between straight quotes; a closing quote stands glued to the period («.»», «."»).
    static func opensQuote(_ tokens: [Token], at t: Int, before end: Int) -> Bool {
        guard t > 0, t + 1 < end, tokens[t + 1].kind == .word, let s = tokens[t].firstScalar,
              s == "\"" || s == "'" else { return false }
        return tokens[t - 1].range.upperBound < tokens[t].range.lowerBound && tokens[t].range.upperBound == tokens[t + 1].range.lowerBound
    }

    /// Token ranges of the lines: a line break (or paragraph separator) between two tokens starts a new
    /// line, unless it is one line feed that only wraps a sentence (see the type's comment).
    func lines(scalars: [Unicode.Scalar], tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        // Built lazily: most texts have no single line break between words that could be soft.
        var wrap: LineWrap?
        for t in tokens.indices.dropFirst() {
            // A plain loop over the gap's offsets: the slice and closure of `contains(where:)` cost more
            // than the one or two spaces a gap usually holds.
            let from = tokens[t - 1].range.upperBound, to = tokens[t].range.lowerBound
            // Most gaps are one space or nothing (« ،»): no line break, and no loop (tested on the bounds before a
            // range is made of them).
            if to == from || to == from + 1 && scalars[from] == " " { continue }
            let gap = from..<to
            var breaks = 0
            var firstBreak = -1
            var hard = false
            for g in gap {
                let c = scalars[g]
                if c == "\n" || c == "\r" {
                    if c == "\n", g > 0, scalars[g - 1] == "\r", breaks > 0 { continue }  // one CRLF is one break
                    breaks += 1
                    if firstBreak < 0 { firstBreak = g }
                } else if c == "\u{2029}" || c == "\u{2028}" || c == "\u{85}" {
                    hard = true
                }
            }
            guard breaks > 0 || hard else { continue }
            if !hard, breaks == 1, Self.mayContinueLine(tokens[t]), !Self.opensListItem(tokens, at: t) {
                let before = tokens[t - 1]
                // A continuer marked `headline=ends` («آن», «روی») closes the first line, the headline, as a noun
                // phrase («… پیامدهای آن ⏎ …») rather than carrying it on.
                if before.kind == .word, let entry = lineContinuers.entry(key: before.key),
                   !(start == 0 && entry.attributes["headline"] == "ends") { continue }
                if wrap == nil { wrap = LineWrap(scalars: scalars) }
                if wrap!.isWrapped(lineEndingAt: firstBreak) { continue }
            }
            out.append(start..<t)
            start = t
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// A period between two Persian words of two letters or more, with no space after it, ends a sentence
    /// the paper glued to the next («… برگزار شد.در این دیدار …»: 4,007 such periods in 1,780 articles of the
    /// Hamshahri development corpus, 168 in Fars News'); not when another glued period stands on either side
    /// («بی.بی.سی», «اچ.آی.وی», «ج.ا.ا»: the letters of an acronym), nor after a listed abbreviation (checked after).
    /// A space before the period does not keep the sentences together («… شاهد بهبود روابط هستیم .معاون اول رئیس
    /// جمهوری … با نخست وزیر تاجیکستان دیدار کرد»: 204 such periods in 129 articles of the two dev corpora, most
    /// with Hamshahri's no-break space before them); a spaced acronym's letters («سی .بی .اس», «آر.پی .جی») have
    /// another period one word away, spaced or not, and stay one sentence.
    static func gluesTwoSentences(at t: Int, tokens: [Token]) -> Bool {
        guard t > 0, t + 1 < tokens.count, tokens[t - 1].kind == .word, tokens[t + 1].kind == .word,
              tokens[t - 1].range.count >= 2, tokens[t + 1].range.count >= 2 else { return false }
        let spaced = tokens[t - 1].spaceAfter
        if t >= 2, spaced || !tokens[t - 2].spaceAfter, tokens[t - 2].normalized == "." { return false }
        if t + 2 < tokens.count, spaced || !tokens[t + 1].spaceAfter, tokens[t + 2].normalized == "." { return false }
        return true
    }

    /// «وحید. ل (16 ساله) متهم …», «فرزانه. م دانشجوی …»: a period glued to a given name, then a word of one letter, is
    /// the mark before a surname written as its initial (`NameRecognizer.initialSurnameEnd`), not a sentence's end. In
    /// the two dev corpora (test split left out) a given name, a period, a space and a one-letter word stand together
    /// 10 times, all names; other words before such a period are dates («ه. ق») and acronyms, left as they were.
    /// Not «و» (a sentence may open with «and»), «خ» (a street), nor an item's marker («ب)»).
    static func precedesInitial(at t: Int, tokens: [Token], givenNames: Lexicon) -> Bool {
        guard t + 1 < tokens.count, tokens[t - 1].kind == .word, tokens[t + 1].kind == .word,
              tokens[t + 1].key.unicodeScalars.count == 1, tokens[t + 1].key != "و", tokens[t + 1].key != "خ",
              givenNames.contains(key: tokens[t - 1].key) else { return false }
        if t + 2 < tokens.count, tokens[t + 2].kind == .punctuation, tokens[t + 2].normalized == ")" || tokens[t + 2].normalized == "-" { return false }
        return true
    }

    /// True when the period at `t` follows a Persian letter (not «و») that opens the text or stands right after a
    /// bracket, a quote or another initial's period, and a word follows it: the initial of a pen name («(م. آزاد)»,
    /// «(ه. ا. سایه)», «« م.ن »»), not a sentence's end. After a word the letter is a blessing's or a list's («میدان
    /// امام حسین ع. محصولات …») and the period ends the sentence as before.
    static func isLoneLetterInitial(at t: Int, tokens: [Token]) -> Bool {
        guard t >= 1, t + 1 < tokens.count, tokens[t - 1].kind == .word, tokens[t - 1].key.unicodeScalars.count == 1,
              tokens[t - 1].key != "و", tokens[t + 1].kind == .word else { return false }
        return t == 1 || tokens[t - 2].kind == .punctuation
    }

    private func endsSentence(at t: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        guard tokens[t].firstScalar == "." else { return true }
        let after = tokens[t].range.upperBound
        if after < scalars.count, Tokenizer.isLetter(scalars[after]) || Tokenizer.isDigit(scalars[after]) || Tokenizer.isLatin(scalars[after]) {
            // «… تلاش جدی خواهد کرد.در این دیدار آقای …»: Hamshahri often glues the next sentence to the period.
            guard Self.gluesTwoSentences(at: t, tokens: tokens) else { return false }
        }
        guard t > 0, !tokens[t - 1].spaceAfter else { return true }
        if Self.precedesInitial(at: t, tokens: tokens, givenNames: givenNames) { return false }
        // A single capital letter before the period: an initial («J. Smith»).
        let previous = tokens[t - 1]
        if previous.kind == .latin, previous.range.count == 1, scalars[previous.range.lowerBound].properties.isUppercase { return false }
        // «محمود مشرف تهرانی (م. آزاد)», «هوشنگ ابتهاج (ه. ا. سایه)»: a Persian letter standing alone before the period, a
        // word after it, is an initial of a pen name; no sentence ends in a lone letter («و» aside, «… و.» of a list).
        if Self.isLoneLetterInitial(at: t, tokens: tokens) { return false }
        // The adjacent tokens before the period spell an abbreviation («ه.ش», «Dr», «U.S»).
        var j = t - 1
        while j > 0, t - j < 6, !tokens[j - 1].spaceAfter { j -= 1 }
        while j < t {
            if let (length, _) = abbreviations.longestMatch(tokens, at: j, limit: t), j + length == t { return false }
            j += 1
        }
        return true
    }
}
