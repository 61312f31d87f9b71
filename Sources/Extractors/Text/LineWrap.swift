/// Which line breaks of a text only wrap a sentence: a typesetter's line width, not the author, ended the
/// line.
///
/// Hamshahri's archive is hard-wrapped at about 85 characters, inside sentences and even between the
/// parts of a name or role («… با حضور محمد رضایی استاندار کرمان و⏎علی احمدی فرماندار …»); splitting
/// there cuts meetings and role phrases in two. A text counts as hard-wrapped when at least
/// `minimumLongLines` of its lines are `longLine` characters or longer and at least half of those do not
/// end with sentence punctuation (prose written a paragraph a line ends nearly all of them with one). In
/// such a text, a line that reaches `fullWidth` of the longest line and does not end with sentence
/// punctuation or a colon was wrapped. Titles and bylines are short, so they keep their breaks.
///
/// Measured on the Hamshahri development corpus (5,360 articles): 141 texts are hard-wrapped; of their
/// lines that end without punctuation before a non-blank line, 4,727 reach 80 % of the longest line and
/// 1,549 are shorter (numbers of a table, titles, verse), the two groups separated by a gap (at most 27
/// lines a tenth between 50 % and 80 %).
///
/// The headline (the first line) is shorter than the wrap width; in a hard-wrapped text it was wrapped when
/// it ends without punctuation but with a blank before the break, as the wrapped body lines do: of such
/// first lines of the Hamshahri development corpus, 26 of 27 run on into the next line («دیدار هیات آمریکایی
/// با رئیس جمهوری ⏎سوریه», «… طرح "دولت سبز" ⏎را بررسی کرد»; the other is a kicker above the headline),
/// while the headlines followed by a byline or lead (95) end without the blank. In a text that is not
/// hard-wrapped a trailing blank means nothing (numbers of a table).
struct LineWrap {
    static let longLine = 60
    static let minimumLongLines = 3
    static let fullWidth = 0.8

    /// Offsets of the line ends (the first `\r` or `\n` of each break) that only wrap a sentence.
    private var wrapped: Set<Int> = []

    /// Whether any line of the text was found wrapped.
    var isHardWrapped: Bool { !wrapped.isEmpty }

    init(scalars: [Unicode.Scalar]) {
        // One pass: each line's length without surrounding spaces and whether it ends with sentence punctuation.
        var lines: [(end: Int, length: Int, punctuated: Bool, trailingBlank: Bool)] = []
        var start = 0
        var i = 0
        let n = scalars.count
        while i <= n {
            let atEnd = i == n
            if atEnd || scalars[i] == "\n" || scalars[i] == "\r" {
                var first = start, last = i - 1
                while first <= last, Self.isBlank(scalars[first]) { first += 1 }
                while last >= first, Self.isBlank(scalars[last]) { last -= 1 }
                if !atEnd { lines.append((i, last - first + 1, last >= first && Self.endsSentence(scalars, at: last), last >= first && scalars[i - 1] == " ")) }
                if !atEnd, scalars[i] == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        let long = lines.filter { $0.length >= Self.longLine }
        guard long.count >= Self.minimumLongLines,
              long.filter({ !$0.punctuated }).count * 2 >= long.count,
              let longest = lines.map(\.length).max() else { return }
        let width = Int((Double(longest) * Self.fullWidth).rounded(.up))
        for line in lines where !line.punctuated && line.length >= width { wrapped.insert(line.end) }
        // The headline: the wrap kept the space it broke at («… با رئیس جمهوری ⏎سوریه»), a headline that
        // ends where its author ended it has none.
        if let headline = lines.first, headline.length > 0, !headline.punctuated, headline.trailingBlank {
            wrapped.insert(headline.end)
        }
    }

    /// Whether the line ending at `offset` (its first `\r` or `\n`) was wrapped inside a sentence.
    func isWrapped(lineEndingAt offset: Int) -> Bool { wrapped.contains(offset) }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{A0}" || c == "\u{200C}" || c == "\u{200F}" || c == "\u{200E}" || c == "\u{FEFF}"
    }

    /// Sentence punctuation or a colon at `last`, possibly inside closing quotes or brackets.
    private static func endsSentence(_ scalars: [Unicode.Scalar], at last: Int) -> Bool {
        var j = last
        while j >= 0, "»)]\"'”’›}".unicodeScalars.contains(scalars[j]) { j -= 1 }
        guard j >= 0 else { return true }
        return ".!?؟…:؛".unicodeScalars.contains(scalars[j])
    }
}
