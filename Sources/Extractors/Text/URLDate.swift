/// The publication date a news URL carries, as a last resort when neither the input nor the
/// article's header gives one.
///
/// Two shapes are common among Persian news sites, and both are checked strictly (a valid month
/// and day, a plausible year), so an ordinary article number is not mistaken for a date:
/// - date folders: `/1400/09/03/` (Jalali) or `/2021/11/24/` (Gregorian);
/// - an article number that begins with the Jalali date: `13911222000865` (1391-12-22, fourteen
///   digits: yyyymmdd and a serial) or `8707060255` (1387-07-06, ten digits: yymmdd and a serial,
///   the older form of the same scheme).
enum URLDate {
    /// The ISO Gregorian date of `url`, or nil.
    static func read(_ url: String?) -> String? {
        guard let url else { return nil }
        // Read on the bytes, which cost a fraction of splitting into Strings and walking Characters
        // (grapheme breaking of a Persian slug), whenever both give the same segments: when no «/» or «?»
        // can join a neighbour into one Character. A neighbour that is ASCII, an Arabic-script letter or
        // a digit cannot (none is a combining mark, a joiner or a prepended sign). Inside a segment, the
        // number tests below pass only on ASCII digits and signs, where bytes and Characters agree
        // («\r\n», the one two-byte ASCII Character, fails them either way).
        if splitsLikeBytes(url) { return read(bytes: Array(url.utf8)) }
        // Path segments only: the query string and fragment are not the article's address.
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let segments = path.split(separator: "/").map(String.init)
        for i in segments.indices where i + 2 < segments.count {
            if let year = Int(segments[i]), segments[i].count == 4,
               let month = Int(segments[i + 1]), segments[i + 1].count <= 2,
               let day = Int(segments[i + 2]), segments[i + 2].count <= 2,
               let iso = iso(year: year, month: month, day: day) {
                return iso
            }
        }
        for segment in segments where segment.allSatisfy(\.isASCII) && segment.allSatisfy(\.isNumber) {
            let digits = Array(segment)
            if let iso = compactDate(digits: digits.count, { Int(String(digits[$0]))! }) { return iso }
        }
        return nil
    }

    /// True when every «/» and «?» of `url` is a Character of its own, with a neighbour on each side
    /// (if any) that is plainly a Character of its own too.
    private static func splitsLikeBytes(_ url: String) -> Bool {
        func isPlain(_ s: Unicode.Scalar) -> Bool { s.value < 0x80 || Tokenizer.isLetter(s) || Tokenizer.isDigit(s) }
        var previous: Unicode.Scalar?
        var afterSeparator = false
        for s in url.unicodeScalars {
            if afterSeparator, !isPlain(s) { return false }
            afterSeparator = false
            if s == "/" || s == "?" {
                if let previous, !isPlain(previous) { return false }
                afterSeparator = true
            }
            previous = s
        }
        return true
    }

    /// `read` on the bytes of a URL (see `splitsLikeBytes`): the same segments and tests, without making Strings.
    private static func read(bytes: [UInt8]) -> String? {
        let question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        // The path: the first non-empty run before a «?» (what `split(separator: "?", maxSplits: 1).first` is).
        var from = 0
        while from < bytes.count, bytes[from] == question { from += 1 }
        var to = from
        while to < bytes.count, bytes[to] != question { to += 1 }
        // The non-empty runs between slashes.
        var segments: [Range<Int>] = []
        var i = from
        while i < to {
            if bytes[i] == slash { i += 1; continue }
            let start = i
            while i < to, bytes[i] != slash { i += 1 }
            segments.append(start..<i)
        }
        for i in segments.indices where i + 2 < segments.count {
            if segments[i].count == 4, let year = integer(bytes, segments[i]),
               segments[i + 1].count <= 2, let month = integer(bytes, segments[i + 1]),
               segments[i + 2].count <= 2, let day = integer(bytes, segments[i + 2]),
               let iso = iso(year: year, month: month, day: day) {
                return iso
            }
        }
        for segment in segments where segment.allSatisfy({ isDigit(bytes[$0]) }) {
            let number = { (r: Range<Int>) -> Int in
                var n = 0
                for k in r { n = n * 10 + Int(bytes[segment.lowerBound + k] - UInt8(ascii: "0")) }
                return n
            }
            if let iso = compactDate(digits: segment.count, number) { return iso }
        }
        return nil
    }

    /// The date of a segment that is one run of `digits` digits, `number(r)` being the value of its
    /// digits at offsets `r`: 14 digits start with a Jalali year 1300–1499 and its month and day, 10 digits
    /// with a two-digit year of the 1370s–1390s («1398…»).
    private static func compactDate(digits: Int, _ number: (Range<Int>) -> Int) -> String? {
        if digits == 14, (1300...1499).contains(number(0..<4)),
           let iso = iso(year: number(0..<4), month: number(4..<6), day: number(6..<8)) {
            return iso
        }
        if digits == 10, (70...99).contains(number(0..<2)),
           let iso = iso(year: 1300 + number(0..<2), month: number(2..<4), day: number(4..<6)) {
            return iso
        }
        return nil
    }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// What `Int(String)` reads in a short ASCII segment: an optional sign, then at least one digit.
    /// (Callers pass at most four bytes, so there is no overflow to check.)
    private static func integer(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        var negative = false
        if i < range.upperBound, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < range.upperBound else { return nil }
        var n = 0
        while i < range.upperBound {
            guard isDigit(bytes[i]) else { return nil }
            n = n * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        return negative ? -n : n
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        if (1300...1499).contains(year), let g = JalaliCalendar.gregorian(year: year, month: month, day: day) {
            return JalaliCalendar.iso(g)
        }
        if (1990...2099).contains(year), JalaliCalendar.isValidGregorian(year: year, month: month, day: day) {
            return JalaliCalendar.iso((year, month, day))
        }
        return nil
    }
}
