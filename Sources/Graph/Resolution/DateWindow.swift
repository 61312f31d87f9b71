/// An inclusive range of ISO dates (`yyyy-mm-dd`), compared as strings, which orders them correctly.
struct DateWindow: Sendable, Hashable {
    var first: String
    var last: String

    init(_ date: String) {
        first = date
        last = date
    }

    mutating func include(_ date: String) {
        if date < first { first = date }
        if date > last { last = date }
    }

    func contains(_ date: String) -> Bool { first <= date && date <= last }
}

extension Optional where Wrapped == DateWindow {
    /// Widens the window to `date`, creating it if needed; a nil date changes nothing.
    mutating func include(_ date: String?) {
        guard let date else { return }
        if self == nil { self = DateWindow(date) } else { self!.include(date) }
    }
}
