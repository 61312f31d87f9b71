/// What the text says about the article itself.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// Publication date as an ISO Gregorian date (`2021-11-24`), converted from Jalali where needed.
    public var date: String?
    /// Where the date came from in the original text, if it came from the text.
    public var dateRange: Range<Int>?
    /// News agency or outlet named by the article («خبرگزاری تسنیم», «ایرنا»), as written.
    public var agency: String?
    public var agencyRange: Range<Int>?
    /// The dateline place («کرمان» in «کرمان – فت فتو –»), as written.
    public var dateline: String?
    public var datelineRange: Range<Int>?

    public init(date: String? = nil, dateRange: Range<Int>? = nil, agency: String? = nil, agencyRange: Range<Int>? = nil, dateline: String? = nil, datelineRange: Range<Int>? = nil) {
        self.date = date
        self.dateRange = dateRange
        self.agency = agency
        self.agencyRange = agencyRange
        self.dateline = dateline
        self.datelineRange = datelineRange
    }
}
