/// A calendar date written in the text («۱۴۰۰/۰۹/۰۳», «دوم آذر ۱۴۰۰», «2025-10-30»).
public struct DateMention: Sendable, Hashable, Codable {
    /// Which calendar the text used.
    public enum Calendar: String, Sendable, Hashable, Codable {
        case jalali
        case gregorian
    }

    /// The date as written in the original text.
    public var text: String
    /// Scalar offsets into the original text, end exclusive.
    public var range: Range<Int>
    public var calendar: Calendar
    /// Year, month and day in `calendar`; `year` is nil when the text gives none («دوم آذر»).
    public var year: Int?
    public var month: Int
    public var day: Int
    /// The ISO Gregorian date (`2021-11-23`), when the year is known.
    public var iso: String?
    /// True when the date is spelled with a month name, false for all-digit forms.
    public var written: Bool

    /// A date mention; `iso` is computed from the other fields.
    public init(text: String, range: Range<Int>, calendar: Calendar, year: Int?, month: Int, day: Int, written: Bool) {
        self.text = text
        self.range = range
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
        self.written = written
        if let year {
            switch calendar {
            case .jalali: iso = JalaliCalendar.gregorian(year: year, month: month, day: day).map(JalaliCalendar.iso)
            case .gregorian: iso = JalaliCalendar.isValidGregorian(year: year, month: month, day: day) ? JalaliCalendar.iso((year, month, day)) : nil
            }
        }
    }
}
