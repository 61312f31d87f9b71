/// Finds calendar dates in tokens: numeric Jalali or Gregorian (`۱۴۰۰/۰۹/۰۳`, `03/09/1400`,
/// `2025-10-30`) and written ones (`دوم آذر ۱۴۰۰`, `۲ آذرماه`, `30 اکتبر 2025`).
///
/// A four-digit year from 1200 to 1499 is Jalali, from 1800 to 2199 Gregorian; written dates take
/// the calendar of their month name. Dates that do not exist (31 Mehr, 30 February) are not dates.
public struct DateReader: Sendable {
    var jalaliMonths: PhraseMatcher
    var gregorianMonths: PhraseMatcher
    var dayOrdinals: PhraseMatcher

    /// A reader using the month and ordinal lists of `lexicons`.
    public init(lexicons: TextLexicons) {
        jalaliMonths = PhraseMatcher(lexicons.jalaliMonths)
        gregorianMonths = PhraseMatcher(lexicons.gregorianMonths)
        dayOrdinals = PhraseMatcher(lexicons.dayOrdinals)
    }

    /// The first date written in a free string (for example a `date` field of the input), if any.
    public func parse(_ text: String) -> DateMention? {
        let scalars = Array(text.unicodeScalars)
        return dates(tokens: Self.plainTokenizer.tokenize(scalars), scalars: scalars).first
    }

    /// The tokenizer of `parse`, with no attached prefixes, made once: building one reads the general category
    /// of the first 256 scalars (its punctuation table), about 100,000 instructions, and `parse` reads every
    /// article's `date` field twice (the metadata, the input report): 62 M instructions on 300 articles.
    private static let plainTokenizer = Tokenizer(attachedPrefixes: [])

    /// UTF-8 length of «ماه» («month»).
    private static let mahBytes = "ماه".utf8.count

    /// Every date in the tokens, in text order, without overlaps.
    public func dates(tokens: [Token], scalars: [Unicode.Scalar]) -> [DateMention] {
        var out: [DateMention] = []
        // Read once: used in the loop, the property was copied out of `self` for every token.
        let dayOrdinals = self.dayOrdinals
        var t = 0
        while t < tokens.count {
            // A date starts at a number, or at a word that may start a day ordinal («دوم»): the other words
            // (nearly all tokens) are passed over without calling the readers.
            let kind = tokens[t].kind
            guard kind == .number || kind == .word && dayOrdinals.mayStart(tokens[t].keyHash) else { t += 1; continue }
            if let (mention, end) = numeric(at: t, tokens: tokens, scalars: scalars) ?? written(at: t, tokens: tokens, scalars: scalars) {
                out.append(mention)
                t = end
            } else {
                t += 1
            }
        }
        return out
    }

    private func text(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> String {
        String(utf8Encoding: scalars[range])
    }

    /// Y/M/D, D/M/Y (with `/`, `.` or `-`), as one number token or as adjacent tokens.
    private func numeric(at t: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> (DateMention, Int)? {
        guard tokens[t].kind == .number else { return nil }
        var parts: [Substring] = []
        var end = t + 1
        let n = tokens[t].normalized
        let separated = n.utf8.contains(UInt8(ascii: "/")) || n.utf8.contains(UInt8(ascii: "."))
        // Most numbers are no date: one part, and no «-» or «/» glued after it to go on with (the test of the
        // loop below). Answered before the array of parts is made.
        guard separated || t + 2 < tokens.count && !tokens[t].spaceAfter && !tokens[t + 1].spaceAfter else { return nil }
        if separated {
            parts = n.split(whereSeparator: { $0 == "/" || $0 == "." }).map { $0 }
        } else {
            // 2025-10-30: number, dash, number, dash, number with no spaces between.
            parts = [Substring(n)]
            var j = t
            while parts.count < 3, j + 2 < tokens.count, !tokens[j].spaceAfter, tokens[j + 1].normalized.sameBytes("-") || tokens[j + 1].normalized.sameBytes("/"),
                  !tokens[j + 1].spaceAfter, tokens[j + 2].kind == .number {
                parts.append(Substring(tokens[j + 2].normalized))
                j += 2
            }
            end = j + 1
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2 { (year, month, day) = (a, b, c) }
        else if parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 { (year, month, day) = (c, b, a) }
        else { return nil }
        let calendar: DateMention.Calendar
        switch year {
        case 1200...1499: calendar = .jalali
        case 1800...2199: calendar = .gregorian
        default: return nil
        }
        let range = tokens[t].range.lowerBound..<tokens[end - 1].range.upperBound
        let mention = DateMention(text: text(range, scalars), range: range, calendar: calendar, year: year, month: month, day: day, written: false)
        guard mention.iso != nil else { return nil }
        return (mention, end)
    }

    /// DAY MONTH [YEAR]: the day in digits or as an ordinal word, the month by name (also «آذرماه», «آذر ماه»).
    private func written(at t: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> (DateMention, Int)? {
        var day: Int?
        var m = t
        func key(_ i: Int) -> String { tokens[i].key }
        if tokens[t].kind == .number, tokens[t].normalized.utf8.count <= 2, let d = Int(tokens[t].normalized) {
            day = d
            m = t + 1
        } else if tokens[t].kind == .word, let (length, entry) = dayOrdinals.longestMatch(tokens, at: t), let v = entry["value"].flatMap(Int.init) {
            day = v
            m = t + length
        }
        guard let day, (1...31).contains(day), m < tokens.count, tokens[m].kind == .word else { return nil }
        var monthKey = key(m)
        var end = m + 1
        // «آذرماه»: the month glued to «ماه». Compared on the bytes (the keys are normalized): a key that ends with
        // the six bytes of «ماه» and has more has more than its three scalars (counting the scalars and comparing
        // them cost ~600 instructions, asked after every small number).
        if monthKey.utf8.count > Self.mahBytes, monthKey.endsWithBytes("ماه") {
            monthKey = String(String.UnicodeScalarView(monthKey.unicodeScalars.dropLast(3)))
        }
        else if end < tokens.count, key(end).sameBytes("ماه") { end += 1 }
        let calendar: DateMention.Calendar
        let month: Int
        if let e = jalaliMonths.entry(key: monthKey), let v = e["month"].flatMap(Int.init) { (calendar, month) = (.jalali, v) }
        else if let e = gregorianMonths.entry(key: monthKey), let v = e["month"].flatMap(Int.init) { (calendar, month) = (.gregorian, v) }
        else { return nil }
        var year: Int?
        var y = end
        if y < tokens.count, key(y).sameBytes("سال") { y += 1 }
        if y < tokens.count, tokens[y].kind == .number, tokens[y].normalized.utf8.count == 4, let v = Int(tokens[y].normalized) {
            let plausible = calendar == .jalali ? (1200...1499).contains(v) : (1800...2199).contains(v)
            if plausible { year = v; end = y + 1 }
        }
        let valid = calendar == .jalali ? JalaliCalendar.isValid(year: year ?? 1403, month: month, day: day)
                                        : JalaliCalendar.isValidGregorian(year: year ?? 2024, month: month, day: day)
        guard valid else { return nil }
        let range = tokens[t].range.lowerBound..<tokens[end - 1].range.upperBound
        return (DateMention(text: text(range, scalars), range: range, calendar: calendar, year: year, month: month, day: day, written: true), end)
    }
}
