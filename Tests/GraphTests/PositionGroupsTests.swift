import Testing
@testable import Graph

/// The tail of a build groups occurrence positions with `PositionGroups` (by full-name key, by node id):
/// it must give what the dictionary of arrays it replaced gave.
@Suite("Position groups")
struct PositionGroupsTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func groupsAreThoseOfADictionaryOfArraysInTheOrderGiven(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let groupCount = Int.random(in: 1...40, using: &rng)
        // Positions in a shuffled order, as resolution gives them (sorted by document and local id).
        let positions = (0..<Int32(3_000)).shuffled(using: &rng)
        let groups = positions.map { _ in Int32.random(in: 0..<Int32(groupCount), using: &rng) }
        let grouped = PositionGroups(positions, groups: groups, groupCount: groupCount)
        let expected = Dictionary(grouping: zip(positions, groups)) { $0.1 }.mapValues { $0.map(\.0) }
        #expect(grouped.count == groupCount)
        for g in 0..<groupCount {
            #expect(Array(grouped[g]) == (expected[Int32(g)] ?? []))
        }
    }

    @Test func anEmptyInputHasEmptyGroups() {
        let grouped = PositionGroups([Int32](), groups: [], groupCount: 3)
        #expect(grouped.count == 3 && (0..<3).allSatisfy { grouped[$0].isEmpty })
    }

    @Test func nodeIDsComeGroupedAsDictionaryGroupingWouldGiveThem() {
        var rng = SeededGenerator(seed: 9)
        // Ids are ASCII (`StableID`).
        let ids = ["p_1", "p_2", "u_3", "p_4", "i_5"]
        var column = NodeIDColumn(count: 500)
        var given: [String] = []
        for position in 0..<500 {
            let id = ids.randomElement(using: &rng)!
            column[position] = id
            given.append(id)
        }
        var seen: [String: [Int]] = [:]
        var order: [String] = []
        column.forEachID { id, positions in
            order.append(id)
            seen[id] = positions.map { Int($0) }
        }
        let expected = Dictionary(grouping: given.indices) { given[$0] }
        #expect(seen == expected && order.count == expected.count)
        // In the order the ids were first given.
        var firsts: [String] = []
        for id in given where !firsts.contains(id) { firsts.append(id) }
        #expect(order == firsts)
    }
}
