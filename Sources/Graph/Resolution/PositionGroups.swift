/// Occurrence positions grouped by a group number each (a full-name key's, a node id's), every group's
/// positions in the order they were given: two arrays of 4-byte numbers, made by a counting sort.
///
/// Why: resolution groups every person occurrence twice — by full-name key, then by the node it became —
/// and a dictionary of arrays costs 8 bytes a position, up to as much again in each array's spare
/// capacity, and an array header per group, all at once in the tail of a build, where a corpus's peak
/// memory is. Here a position costs 4 bytes and a group 4 more.
struct PositionGroups: Sendable {
    /// Every position, group after group.
    private var order: [Int32]
    /// Group `g` is `order[starts[g]..<starts[g + 1]]`.
    private var starts: [Int32]

    /// Groups `positions` (in their order) into `groupCount` groups; `groups[k]` is the group of
    /// `positions[k]`, below `groupCount`.
    init<Positions: Sequence<Int32>>(_ positions: Positions, groups: [Int32], groupCount: Int) {
        var starts = [Int32](repeating: 0, count: groupCount + 1)
        for group in groups { starts[Int(group) + 1] += 1 }
        for g in 0..<groupCount { starts[g + 1] += starts[g] }
        // Filled from each group's start; stable, so a group keeps the order the positions came in.
        var next = starts
        var order = [Int32](repeating: 0, count: groups.count)
        var filled = 0
        for (position, group) in zip(positions, groups) {
            order[Int(next[Int(group)])] = position
            next[Int(group)] += 1
            filled += 1
        }
        precondition(filled == groups.count, "one group number per position")
        self.order = order
        self.starts = starts
    }

    /// Number of groups (an empty one included).
    var count: Int { starts.count - 1 }

    /// The positions of group `g`, in the order given.
    subscript(g: Int) -> ArraySlice<Int32> {
        order[Int(starts[g])..<Int(starts[g + 1])]
    }
}
