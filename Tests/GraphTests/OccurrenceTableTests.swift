import Testing
@testable import Graph

/// `OccurrenceTable` keeps the occurrences a build resolves as numbers; it must give every one back as
/// appended (each string with its own bytes, titles and roles in order, nil kept nil) and order them
/// as `(document, local id)` string tuples.
@Suite("Occurrence table")
struct OccurrenceTableTests {
    /// Strings that share bytes, differ only in bytes (composed and decomposed «آ»), or are empty.
    static let words = ["علی", "احمدی", "آستان قدس", "ا\u{0653}ستان قدس", "", "رئیس جمهور", "وزیر امور خارجه", "a", "b"]

    static func occurrences(count: Int, seed: UInt64) -> [PersonOccurrence] {
        var rng = SeededGenerator(seed: seed)
        func word() -> String { words.randomElement(using: &rng)! }
        func maybe() -> String? { Bool.random(using: &rng) ? word() : nil }
        return (0..<count).map { _ in
            let roles = (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                RoleOccurrence(
                    text: word(), key: word(), gloss: maybe(), institutionKey: maybe(), placeKey: maybe(),
                    former: Bool.random(using: &rng), start: Int.random(in: 0...5_000, using: &rng))
            }
            return PersonOccurrence(
                document: "doc-\(Int.random(in: 0...20, using: &rng))", date: maybe(), localID: "p\(Int.random(in: 0...9, using: &rng))",
                name: word(), unnamed: Bool.random(using: &rng), titles: (0..<Int.random(in: 0...2, using: &rng)).map { _ in word() },
                nameKey: word(), surnameKey: maybe(), roles: roles, mentionCount: Int.random(in: 1...40, using: &rng))
        }
    }

    /// Every string of an occurrence, as bytes, in field order (`==` on `String` would hide a change of bytes).
    static func bytes(_ o: PersonOccurrence) -> [[UInt8]?] {
        var fields: [String?] = [o.document, o.date, o.localID, o.name, o.nameKey, o.surnameKey] + o.titles.map { Optional($0) }
        for role in o.roles { fields += [role.text, role.key, role.gloss, role.institutionKey, role.placeKey] }
        return fields.map { $0.map { Array($0.utf8) } }
    }

    @Test func everyOccurrenceComesBackAsAppended() {
        let originals = Self.occurrences(count: 2_000, seed: 7)
        var table = OccurrenceTable()
        for occurrence in originals { table.append(occurrence) }
        #expect(table.count == originals.count)
        for (i, original) in originals.enumerated() {
            let back = table[i]
            #expect(back == original)
            #expect(Self.bytes(back) == Self.bytes(original))
            #expect(table.document(i) == original.document && table.nameKey(i) == original.nameKey && table.name(i) == original.name)
            #expect(table.unnamed(i) == original.unnamed && table.isSurnameOnly(i) == original.isSurnameOnly)
        }
    }

    @Test func positionsSortAsDocumentAndLocalIDTuples() {
        let originals = Self.occurrences(count: 600, seed: 11)
        var table = OccurrenceTable()
        for occurrence in originals { table.append(occurrence) }
        for a in table.indices {
            for b in table.indices where b % 7 == a % 5 {
                let (x, y) = (originals[a], originals[b])
                #expect(table.precedes(a, b) == ((x.document, x.localID) < (y.document, y.localID)))
            }
        }
    }
}
