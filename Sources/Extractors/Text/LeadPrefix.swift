/// A dateline or source prefix at the start of a line, split off as a sentence of its own.
///
/// Recognized shapes (a few tokens each, and only when the line goes on after them):
/// - `PLACE – AGENCY –` («کرمان – فت فتو – معاون …»), and `PLACE – AGENCY:` when AGENCY is in `media.txt`
///   («تهران - خبرگزاری جمهوری اسلامی: …»)
/// - `AGENCY|` with a one- or two-word AGENCY («اعتمادآنلاین| سید امیر …»)
/// - `AGENCY:` or `AGENCY -` where AGENCY is in `media.txt` («خبرگزاری فارس: رئیس …»)
/// - `date 2025-10-30 …` / `تاریخ: ۱۴۰۰/۰۹/۰۳ …`: a labelled date before the title
struct LeadPrefix: Hashable {
    /// Token indices of the whole prefix.
    var tokens: Range<Int>
    /// Token indices of the dateline place, if any.
    var place: Range<Int>?
    /// Token indices of the agency or outlet, if any.
    var agency: Range<Int>?

    static let dashes = ["-", "–", "—", "ـ", "_", "−"]
    /// True when `text` (a token's normalized form) is one of `dashes`, compared on the bytes: a `Set<String>`
    /// hashed the Persian tatweel through Unicode normalization, ~1,500 instructions a look-up (none of the dashes
    /// has another canonically equivalent spelling, so the answer is the same).
    static func isDash(_ text: String) -> Bool { dashes.contains { $0.sameBytes(text) } }
    static let maxNameTokens = 4
    /// Datelines open the article: `PLACE – AGENCY –` is only read in its first lines, so that a
    /// line such as «ایران – عراق – …» deep in a report stays content.
    static let datelineLines = 6

    /// The prefix of the line `line` (token indices), if there is one.
    /// `lineIndex` counts the document's lines from 0.
    static func find(in tokens: [Token], line: Range<Int>, lineIndex: Int, media: PhraseMatcher, givenNames: Lexicon? = nil) -> LeadPrefix? {
        let start = line.lowerBound
        func isName(_ t: Int) -> Bool { tokens[t].kind == .word || tokens[t].kind == .latin }
        func nameRun(from i: Int) -> Int {
            var j = i
            while j < line.upperBound, j - i < maxNameTokens + 1, isName(j) { j += 1 }
            return j - i
        }
        // PLACE – AGENCY –
        let placeLength = nameRun(from: start)
        // «ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- در گفت‌وگو …»: a given name and a surname before the first dash
        // are a person set off with an apposition between dashes (Hamshahri's house style), no dateline's place. In
        // the first six lines of the two dev corpora's articles, 8 of the 29 lines of this shape open with a given name:
        // five a person and an office, three a byline and a village; none a dateline.
        let personFirst = placeLength >= 2 && givenNames?.contains(key: tokens[start].key) == true
        if placeLength >= 1, placeLength <= maxNameTokens, !personFirst {
            let dash1 = start + placeLength
            if lineIndex < datelineLines, dash1 < line.upperBound, isDash(tokens[dash1].normalized) {
                let agencyLength = nameRun(from: dash1 + 1)
                let dash2 = dash1 + 1 + agencyLength
                if agencyLength >= 1, agencyLength <= maxNameTokens, dash2 + 1 < line.upperBound, isDash(tokens[dash2].normalized) {
                    return LeadPrefix(tokens: start..<(dash2 + 1), place: start..<dash1, agency: (dash1 + 1)..<dash2)
                }
                // PLACE – AGENCY: («تهران - خبرگزاری جمهوری اسلامی: رهبر معظم انقلاب … در دیدار با …»), Hamshahri's
                // IRNA dateline, when AGENCY is a known outlet (media.txt) word for word. Left in the sentence, its
                // colon read as the start of a quotation and the whole lead went unread (`DocumentContext.quoteStart`).
                if agencyLength >= 1, agencyLength <= maxNameTokens, dash2 + 1 < line.upperBound, tokens[dash2].normalized.sameBytes(":"),
                   media.longestMatch(tokens, at: dash1 + 1, limit: dash2)?.length == agencyLength {
                    return LeadPrefix(tokens: start..<(dash2 + 1), place: start..<dash1, agency: (dash1 + 1)..<dash2)
                }
            }
            // AGENCY| (one or two words: longer runs before a bar are headline kickers, «هفته دهم لیگ برتر|»)
            if placeLength <= 2, dash1 + 1 < line.upperBound, tokens[dash1].normalized.sameBytes("|") {
                return LeadPrefix(tokens: start..<(dash1 + 1), place: nil, agency: start..<dash1)
            }
        }
        // AGENCY: where AGENCY is a known outlet.
        if let (length, _) = media.longestMatch(tokens, at: start, limit: line.upperBound), start + length + 1 < line.upperBound {
            let cue = tokens[start + length].normalized
            if cue == ":" || isDash(cue) {
                return LeadPrefix(tokens: start..<(start + length + 1), place: nil, agency: start..<(start + length))
            }
        }
        // date 2025-10-30 / تاریخ: 1400/09/03
        if tokens[start].key.sameBytes("date") || tokens[start].key.sameBytes("تاریخ") {
            var j = start + 1
            if j < line.upperBound, tokens[j].normalized.sameBytes(":") { j += 1 }
            let dateStart = j
            while j < line.upperBound, tokens[j].kind == .number || (j > dateStart && !tokens[j - 1].spaceAfter && (tokens[j].normalized.sameBytes("-") || tokens[j].normalized.sameBytes("/"))) {
                j += 1
                if tokens[j - 1].spaceAfter { break }
            }
            if j > dateStart, j < line.upperBound {
                return LeadPrefix(tokens: start..<j, place: nil, agency: nil)
            }
        }
        return nil
    }
}
