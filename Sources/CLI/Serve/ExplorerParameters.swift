import Foundation
import Hummingbird

/// Reads and checks the query parameters of the explorer's endpoints.
///
/// Every parameter has a fixed shape (a node id, an ISO date, a small integer, a name of bounded
/// length); anything else is refused with `ExplorerError.badRequest` naming the parameter, so a
/// typo gives a 400 with a message instead of an empty answer. No parameter is ever a file path.
enum ExplorerParameters {
    /// Longest search query accepted, in characters (a full name with titles fits many times over).
    static let maxQueryLength = 200
    /// Most search candidates returned at once.
    static let maxLimit = 100
    /// Largest meaningful minimum number of meetings.
    static let maxMinMeetings = 10_000
    /// Deepest ego network drawn (depth 3 reaches most of a news corpus).
    static let maxDepth = 2

    /// True for a stable node id: a one- or two-letter kind prefix, `_`, 16 lowercase hex digits.
    static func isNodeID(_ text: String) -> Bool { NodeIDText.isNodeID(text) }

    /// The value of the query parameter `name` (the first if repeated), decoded as HTML forms and
    /// `curl --data-urlencode` encode it: `+` is a space, `%XX` a byte of UTF-8 (WHATWG URL,
    /// application/x-www-form-urlencoded). A malformed escape leaves the value as sent.
    static func formValue(_ name: String, _ request: Request) -> String? {
        guard let query = request.uri.query else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard formDecoded(parts[0]) == name else { continue }
            return parts.count > 1 ? formDecoded(parts[1]) : ""
        }
        return nil
    }

    /// `text` with `+` read as a space and percent-escapes decoded.
    static func formDecoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The search text of `q`: required, trimmed, at most `maxQueryLength` characters.
    static func searchQuery(_ request: Request) throws(ExplorerError) -> String {
        guard let raw = formValue("q", request) else {
            throw .badRequest("missing parameter q: the name to look up, e.g. /api/search?q=علوی")
        }
        let query = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw .badRequest("parameter q is empty: give a name to look up") }
        guard query.count <= maxQueryLength else {
            throw .badRequest("parameter q is too long (\(query.count) characters, at most \(maxQueryLength))")
        }
        guard !query.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badRequest("parameter q contains control characters")
        }
        return query
    }

    /// The node id in the path, checked against the id pattern.
    static func nodeID(_ context: some RequestContext) throws(ExplorerError) -> String {
        guard let id = context.parameters.get("id"), isNodeID(id) else {
            throw .badRequest("the person id must look like p_0123456789abcdef (a kind prefix, '_', 16 hex digits)")
        }
        return id
    }

    /// The integer parameter `name`, `fallback` when absent, refused outside `range`.
    static func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int, _ request: Request)
        throws(ExplorerError) -> Int
    {
        guard let raw = formValue(name, request), !raw.isEmpty else { return fallback }
        guard raw.count <= 9, raw.allSatisfy(\.isASCII), let value = Int(raw), range.contains(value) else {
            throw .badRequest("parameter \(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The date parameter `name` (`yyyy-mm-dd`), nil when absent.
    static func date(_ name: String, _ request: Request) throws(ExplorerError) -> String? {
        guard let raw = formValue(name, request), !raw.isEmpty else { return nil }
        guard isISODate(raw) else { throw .badRequest("parameter \(name) must be a date written yyyy-mm-dd, e.g. 2023-05-01") }
        return raw
    }

    /// True for a real calendar date written `yyyy-mm-dd` (Gregorian, as the store keeps dates).
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// The filters of a card or network request: `since`, `until`, `min` (meetings) and `depth`.
    static func viewFilter(_ request: Request) throws(ExplorerError) -> ViewFilter {
        let since = try date("since", request)
        let until = try date("until", request)
        if let since, let until, since > until {
            throw .badRequest("since (\(since)) is after until (\(until))")
        }
        return ViewFilter(
            since: since, until: until,
            minMeetings: try integer("min", in: 1...maxMinMeetings, default: 1, request),
            depth: try integer("depth", in: 1...maxDepth, default: 1, request))
    }
}
