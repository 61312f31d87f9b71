import Testing
@testable import Graph

/// The tail of a build groups occurrence positions with `PositionGroups` (by full-name key, by node id)
/// and keeps the occurrence rows in a `ChunkedArray`: each must give what the dictionary of arrays and
/// the plain array it replaced gave.
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

        // The same groups in ascending id order (the order `PersonDirectory` folds the people in).
        var ascendingSeen: [String: [Int]] = [:]
        var ascending: [String] = []
        column.forEachIDInAscendingOrder { id, positions in
            ascending.append(id)
            ascendingSeen[id] = positions.map { Int($0) }
        }
        #expect(ascendingSeen == expected && ascending == expected.keys.sorted())
    }

    @Test func aChunkedArrayReadsBackAcrossItsChunks() {
        var chunked = ChunkedArray<Int32>()
        for value in 0..<Int32(200_000) { chunked.append(value &* 7) }
        #expect(chunked.count == 200_000)
        for position in [0, 1, 65_535, 65_536, 65_537, 131_071, 131_072, 199_999] {
            #expect(chunked[position] == Int32(position) &* 7)
        }
        #expect((0..<200_000).allSatisfy { chunked[$0] == Int32($0) &* 7 })
    }

    @Test func anOccurrenceTableLongerThanAChunkGivesEveryOccurrenceBack() {
        let originals = OccurrenceTableTests.occurrences(count: 70_000, seed: 5)
        var table = OccurrenceTable()
        for occurrence in originals { table.append(occurrence) }
        #expect(table.count == originals.count)
        for position in [0, 65_535, 65_536, 65_537, 69_999] + Array(stride(from: 3, to: 70_000, by: 97)) {
            #expect(table[position] == originals[position])
        }
    }
}
