/// The person occurrences of a corpus, kept compactly from the moment an article is merged until the
/// corpus is resolved: every distinct string once (numbered by `StringTable`), each occurrence a row of
/// numbers, its titles and roles in two arrays shared by all rows.
///
/// Why: resolution needs every occurrence of every article at once, so they are what a streamed build
/// keeps per article. As `PersonOccurrence` values (ten strings and two arrays each, every array its own
/// allocation) they cost several hundred bytes apiece, and most of a build's memory at 100,000 articles;
/// a row here is 40 bytes and a role 28, and a name repeated across articles is stored once.
///
/// `self[i]` gives the occurrence back as it was appended (the same bytes in every string); the
/// accessors read one field without making the whole value, for the loops that sort and group.
struct OccurrenceTable: Sendable {
    /// One occurrence: string numbers (`StringTable.none` for nil), its mentions, and where its titles
    /// and roles start in the shared arrays (they run to the next row's start).
    private struct Row: Sendable {
        var document: Int32
        var date: Int32
        var localID: Int32
        var name: Int32
        var nameKey: Int32
        var surnameKey: Int32
        var mentionCount: Int32
        var titlesStart: Int32
        var rolesStart: Int32
        var unnamed: Bool
    }

    /// One role of an occurrence.
    private struct RoleRow: Sendable {
        var text: Int32
        var key: Int32
        var gloss: Int32
        var institutionKey: Int32
        var placeKey: Int32
        var start: Int32
        var former: Bool
    }

    private var strings = StringTable()
    // In chunks (`ChunkedArray`): appended to for the whole build, they never copy themselves to grow.
    private var rows = ChunkedArray<Row>()
    private var titles = ChunkedArray<Int32>()
    private var roles = ChunkedArray<RoleRow>()

    /// Number of occurrences.
    var count: Int { rows.count }
    /// Positions of the occurrences, in the order they were appended.
    var indices: Range<Int> { 0..<rows.count }

    /// Adds `occurrence` at position `count`.
    mutating func append(_ occurrence: PersonOccurrence) {
        rows.append(Row(
            document: strings.number(occurrence.document), date: strings.number(occurrence.date),
            localID: strings.number(occurrence.localID), name: strings.number(occurrence.name),
            nameKey: strings.number(occurrence.nameKey), surnameKey: strings.number(occurrence.surnameKey),
            mentionCount: Int32(clamping: occurrence.mentionCount), titlesStart: Int32(titles.count),
            rolesStart: Int32(roles.count), unnamed: occurrence.unnamed))
        for title in occurrence.titles { titles.append(strings.number(title)) }
        for role in occurrence.roles {
            roles.append(RoleRow(
                text: strings.number(role.text), key: strings.number(role.key), gloss: strings.number(role.gloss),
                institutionKey: strings.number(role.institutionKey), placeKey: strings.number(role.placeKey),
                start: Int32(clamping: role.start), former: role.former))
        }
    }

    /// The occurrence at position `i`, as appended.
    subscript(i: Int) -> PersonOccurrence {
        let row = rows[i]
        return PersonOccurrence(
            document: strings[row.document], date: strings.optional(row.date), localID: strings[row.localID],
            name: strings[row.name], unnamed: row.unnamed, titles: titleRange(i).map { strings[titles[$0]] },
            nameKey: strings[row.nameKey], surnameKey: strings.optional(row.surnameKey),
            roles: roleRange(i).map { index in
                let role = roles[index]
                return RoleOccurrence(
                    text: strings[role.text], key: strings[role.key], gloss: strings.optional(role.gloss),
                    institutionKey: strings.optional(role.institutionKey), placeKey: strings.optional(role.placeKey),
                    former: role.former, start: Int(role.start))
            },
            mentionCount: Int(row.mentionCount))
    }

    /// The article of occurrence `i`.
    func document(_ i: Int) -> String { strings[rows[i].document] }
    /// The name of occurrence `i`, as written.
    func name(_ i: Int) -> String { strings[rows[i].name] }
    /// The full-name key of occurrence `i`.
    func nameKey(_ i: Int) -> String { strings[rows[i].nameKey] }
    /// Whether occurrence `i` is an unnamed role-holder.
    func unnamed(_ i: Int) -> Bool { rows[i].unnamed }
    /// `PersonOccurrence.isSurnameOnly` of occurrence `i`.
    func isSurnameOnly(_ i: Int) -> Bool {
        let row = rows[i]
        guard !row.unnamed, row.surnameKey != StringTable.none else { return false }
        // Equal numbers are equal bytes; different numbers are compared as strings, as `PersonOccurrence`
        // does (two canonically equivalent spellings are equal there).
        return row.surnameKey == row.nameKey || strings[row.surnameKey] == strings[row.nameKey]
    }

    /// Whether occurrence `a` comes before `b` in (document, local id) order, as `(String, String)` tuples compare.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (rows[a], rows[b])
        // Equal numbers are equal bytes, hence equal strings; different numbers may still be equal strings
        // (canonically equivalent spellings), so those are compared as strings, as the tuple order does.
        if x.document != y.document {
            let (left, right) = (strings[x.document], strings[y.document])
            if left != right { return left < right }
        }
        return x.localID != y.localID && strings[x.localID] < strings[y.localID]
    }

    private func titleRange(_ i: Int) -> Range<Int> {
        Int(rows[i].titlesStart)..<(i + 1 < rows.count ? Int(rows[i + 1].titlesStart) : titles.count)
    }

    private func roleRange(_ i: Int) -> Range<Int> {
        Int(rows[i].rolesStart)..<(i + 1 < rows.count ? Int(rows[i + 1].rolesStart) : roles.count)
    }
}

/// Numbers distinct strings by their bytes (`ExactKey`), so a table can hold a number where it would
/// hold a string, and gives each string back with the bytes it was given.
struct StringTable: Sendable {
    /// The number that stands for nil.
    static let none: Int32 = -1

    private var numbers: [ExactKey: Int32] = [:]
    private var strings: [String] = []

    /// The number of `string` (added when new).
    mutating func number(_ string: String) -> Int32 {
        let key = ExactKey(string)
        if let number = numbers[key] { return number }
        let number = Int32(strings.count)
        numbers[key] = number
        strings.append(string)
        return number
    }

    /// The number of `string`, or `none` for nil.
    mutating func number(_ string: String?) -> Int32 {
        string.map { number($0) } ?? Self.none
    }

    /// The string numbered `number`.
    subscript(number: Int32) -> String { strings[Int(number)] }

    /// The string numbered `number`, or nil for `none`.
    func optional(_ number: Int32) -> String? {
        number == Self.none ? nil : strings[Int(number)]
    }

    /// Number of distinct strings held.
    var count: Int { strings.count }
}
