/// Hands out one shared copy of each distinct string, so that values kept by the thousand (names, keys,
/// role texts of every person occurrence of a corpus) do not each hold their own bytes.
///
/// Strings of up to 15 UTF-8 bytes are stored inside the `String` value itself and are returned as they
/// are; longer ones are looked up by their bytes (`ExactKey`) and the first copy seen is returned.
/// The returned string always has the same bytes as the argument.
struct StringPool: Sendable {
    private var members: Set<ExactKey> = []

    /// The pool's copy of `string` (added when new).
    mutating func intern(_ string: String) -> String {
        guard string.utf8.count > 15 else { return string }
        return members.insert(ExactKey(string)).memberAfterInsert.string
    }

    /// The pool's copy of `string`, or nil.
    mutating func intern(_ string: String?) -> String? {
        string.map { intern($0) }
    }

    /// Number of distinct long strings held.
    var count: Int { members.count }
}
