/// The node id resolution gave each person occurrence, by the occurrence's position in its
/// `OccurrenceTable`: every distinct id held once, and a 4-byte number per occurrence.
///
/// Why: a `[String]` of ids cost 16 bytes per occurrence, more where an id was made for one occurrence
/// alone (a surname node, a role-holder), and it is held from resolution until the store's tables are
/// written — a column that grew with the articles though its values are the people.
struct NodeIDColumn: Sendable {
    private var numbers: [Int32]
    /// The distinct ids; number 0 is "", the id of an occurrence not yet decided.
    private var ids: [String] = [""]
    private var numberOfID: [ExactKey: Int32] = [ExactKey(""): 0]

    /// A column of `count` occurrences, none decided yet.
    init(count: Int) {
        numbers = [Int32](repeating: 0, count: count)
    }

    /// The node id of occurrence `position`.
    subscript(position: Int) -> String {
        get { ids[Int(numbers[position])] }
        set {
            let key = ExactKey(newValue)
            if let number = numberOfID[key] {
                numbers[position] = number
            } else {
                let number = Int32(ids.count)
                numberOfID[key] = number
                ids.append(newValue)
                numbers[position] = number
            }
        }
    }

    /// Calls `body` once for each id some occurrence has, with the positions of its occurrences in
    /// ascending order (as `Dictionary(grouping:)` over the positions would give them, without a
    /// dictionary of arrays: see `PositionGroups`). The ids come in the order they were first given.
    func forEachID(_ body: (_ id: String, _ positions: ArraySlice<Int32>) -> Void) {
        forEach(numbersIn: ids.indices, body)
    }

    /// As `forEachID`, with the ids in ascending order (`String`'s `<`) rather than the order they were
    /// first given, so a caller can fold and emit one id at a time straight into a sorted list instead of
    /// folding them all and sorting the rows afterwards (`PersonDirectory`).
    func forEachIDInAscendingOrder(_ body: (_ id: String, _ positions: ArraySlice<Int32>) -> Void) {
        // A number per id (not per occurrence): the order costs 8 bytes an id.
        forEach(numbersIn: ids.indices.sorted { ids[$0] < ids[$1] }, body)
    }

    /// Calls `body` for the ids numbered `order`, in that order, that some occurrence has.
    private func forEach(numbersIn order: some Sequence<Int>, _ body: (_ id: String, _ positions: ArraySlice<Int32>) -> Void) {
        let groups = PositionGroups(0..<Int32(numbers.count), groups: numbers, groupCount: ids.count)
        for number in order where !groups[number].isEmpty {
            body(ids[number], groups[number])
        }
    }
}
