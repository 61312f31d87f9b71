/// Reads the article's own metadata: publication date, source outlets and dateline place.
///
/// - Date: the input's `date` field when it parses; otherwise the first date in a header line
///   (a `.marker`, `.dateline` or `.noWords` sentence before the article body, «۱۴۰۰/۰۹/۰۳ ۱۹:۱۱»,
///   «date 2025-10-30»); otherwise the first complete date in the first lines (title and lead);
///   otherwise the date in the article's URL (see `URLDate`).
/// - Outlets: dateline and line prefixes, «به گزارش X» (X up to «،», «از», «به نقل» or a known
///   outlet), «منبع: X» (the rest of the line). `agency` is the first of them.
/// - Dateline place: the place of the first `PLACE – AGENCY –` prefix.
struct MetadataReader {
    var dateReader: DateReader
    var media: PhraseMatcher
    /// The words that bound an outlet's name (`outlet-cues.txt`).
    var outletCues: Lexicon
    static let maxOutletTokens = 7
    /// Paragraphs (lines) from the top in which a body date may stand for the publication date.
    static let leadParagraphs = 3
    // Key hashes of the cue words, compared with each token's precomputed hash in the hot loop.
    static let beHash = PhraseMatcher.hash("به")
    static let gozareshHash = PhraseMatcher.hash("گزارش")
    static let manbaHash = PhraseMatcher.hash("منبع")

    func read(document: SourceDocument, scalars: [Unicode.Scalar], tokens: [Token], sentences: [Sentence], prefixes: [LeadPrefix]) -> ArticleMetadata {
        var meta = ArticleMetadata()
        func text(_ r: Range<Int>) -> String { String(utf8Encoding: scalars[r]) }
        func span(_ t: Range<Int>) -> Range<Int> { tokens[t.lowerBound].range.lowerBound..<tokens[t.upperBound - 1].range.upperBound }

        // Dates.
        meta.dates = dateReader.dates(tokens: tokens, scalars: scalars)
        if let given = document.date, let parsed = dateReader.parse(given), let iso = parsed.iso {
            meta.date = iso
        } else {
            let firstBody = sentences.first(where: { $0.isContent })?.range.lowerBound ?? Int.max
            let header = sentences.filter { s in
                guard let kind = s.boilerplate else { return false }
                return (kind == .marker || kind == .dateline || kind == .noWords) && s.range.lowerBound < max(firstBody, 1)
                    || kind == .marker && s.paragraph < 3
            }
            let inHeader = meta.dates.first { d in d.iso != nil && header.contains { $0.range.contains(d.range.lowerBound) } }
            // Otherwise a date near the top (the event the lead reports is usually of the day);
            // a date deep in the body is as likely history («۲۲ بهمن ۱۳۵۷») and is not taken.
            let nearTop = sentences.filter { $0.paragraph <= Self.leadParagraphs }
            let inLead = meta.dates.first { d in d.iso != nil && nearTop.contains { $0.range.contains(d.range.lowerBound) } }
            if let chosen = inHeader ?? inLead {
                meta.date = chosen.iso
                meta.dateRange = chosen.range
            } else {
                // Last resort: the date a news URL carries (date folders, or an article number
                // that starts with the Jalali date). It has no range: it is not in the text.
                meta.date = URLDate.read(document.url)
            }
        }

        // Outlets and dateline.
        var found: [MediaMention] = []
        func gloss(_ t: Range<Int>) -> String? { media.entry(key: tokens[t].map(\.key).joined())?["gloss"] }
        for p in prefixes {
            if let a = p.agency {
                found.append(MediaMention(text: text(span(a)), range: span(a), cue: p.place == nil ? .linePrefix : .dateline, gloss: gloss(a)))
            }
            if let place = p.place, meta.dateline == nil {
                meta.dateline = text(span(place))
                meta.datelineRange = span(place)
            }
        }
        func keys(_ i: Int) -> String { tokens[i].key }
        // The cue hashes read once: as statics they were looked up (swift_once) at every token.
        let beHash = Self.beHash, gozareshHash = Self.gozareshHash, manbaHash = Self.manbaHash
        for s in sentences {
            var t = s.tokens.lowerBound
            while t + 1 < s.tokens.upperBound {
                defer { t += 1 }
                // Nearly every token is neither cue: one read of its hash turns it away.
                let hash = tokens[t].keyHash
                guard hash == beHash || hash == manbaHash else { continue }
                if hash == beHash, s.isContent, tokens[t + 1].keyHash == gozareshHash, keys(t).sameBytes("به"), keys(t + 1).sameBytes("گزارش"), let outlet = reportedOutlet(after: t + 2, limit: s.tokens.upperBound, tokens: tokens) {
                    found.append(MediaMention(text: text(span(outlet)), range: span(outlet), cue: .reportedBy, gloss: gloss(outlet)))
                } else if hash == manbaHash, keys(t).sameBytes("منبع"), tokens[t + 1].normalized.sameBytes(":"), t == s.tokens.lowerBound, t + 2 < s.tokens.upperBound {
                    var end = s.tokens.upperBound
                    while end > t + 2, tokens[end - 1].kind == .punctuation { end -= 1 }
                    let outlet = (t + 2)..<end
                    if !outlet.isEmpty, outlet.count <= 12 {
                        found.append(MediaMention(text: text(span(outlet)), range: span(outlet), cue: .source, gloss: gloss(outlet)))
                    }
                }
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        // One mention per outlet: the first (a repeated dateline or footer names the same outlet again).
        var seen: Set<String> = []
        // (A single mention, the usual case, is alone: no keys made and hashed.)
        meta.media = found.count < 2 ? found : found.filter { seen.insert(PersianNormalizer.key($0.text)).inserted }
        found = meta.media
        if let first = found.first {
            meta.agency = first.text
            meta.agencyRange = first.range
        }
        return meta
    }

    /// The outlet after «به گزارش»: up to a comma, a stop word or «به نقل», at most seven tokens;
    /// a reporter («خبرنگار ما») is no outlet; past seven tokens, only a listed outlet counts.
    private func reportedOutlet(after start: Int, limit: Int, tokens: [Token]) -> Range<Int>? {
        func keys(_ i: Int) -> String { tokens[i].key }
        func cue(_ i: Int) -> String? { outletCues.entry(key: keys(i))?["kind"] }
        var i = start
        if i < limit, cue(i) == "reporter" {
            i += 1
            if i < limit, cue(i) == "own" { return nil }
        }
        var end = i
        while end < limit, end - i <= Self.maxOutletTokens, tokens[end].kind == .word || tokens[end].kind == .latin,
              cue(end) != "stop" {
            end += 1
        }
        if end > i, end - i <= Self.maxOutletTokens, end == limit || tokens[end].kind == .punctuation || cue(end) == "stop" {
            // A desk of a listed outlet («گروه بین‌الملل خبرگزاری فارس») reports for the outlet.
            for j in i..<end {
                if let (length, _) = media.longestMatch(tokens, at: j, limit: end), length > 0 { return j..<(j + length) }
            }
            while end > i + 1, keys(end - 1).sameBytes("و") { end -= 1 }
            if end == i + 1, cue(i) == "generic" { return nil }
            return i..<end
        }
        if let (length, _) = media.longestMatch(tokens, at: i, limit: limit) { return i..<(i + length) }
        return nil
    }
}
