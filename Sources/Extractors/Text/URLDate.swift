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
            func number(_ r: Range<Int>) -> Int { Int(String(digits[r]))! }
            if digits.count == 14, (1300...1499).contains(number(0..<4)),
               let iso = iso(year: number(0..<4), month: number(4..<6), day: number(6..<8)) {
                return iso
            }
            if digits.count == 10, (70...99).contains(number(0..<2)),
               let iso = iso(year: 1300 + number(0..<2), month: number(2..<4), day: number(4..<6)) {
                return iso
            }
        }
        return nil
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
