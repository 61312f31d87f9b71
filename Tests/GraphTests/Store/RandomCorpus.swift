@testable import Graph

/// A seeded generator of random `DocumentGraph`s, so store properties are checked on shapes
/// nobody wrote by hand, and a failure reproduces from its seed.
struct RandomCorpus {
    /// SplitMix64: tiny, fast, and the same sequence on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var generator: Generator

    init(seed: UInt64) {
        generator = Generator(state: seed)
    }

    // Small pools, so names, surnames, roles and institutions collide across articles.
    private let givenNames = ["علی", "محمد", "حسن", "رضا", "مریم"]
    private let surnames = ["احمدی", "حسینی", "کریمی", "رضایی"]
    private let roles = ["وزیر", "استاندار", "نماینده", "سفیر"]
    private let institutions = ["وزارت کشور", "مجلس", "سفارت", "شهرداری"]
    private let places = ["تهران", "رشت", "مشهد"]

    private mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &generator)! }
    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }

    /// Five articles and two repeats the store's duplicate rules tell apart: article 1's text under the id
    /// «other-id», and a new version of article 2 (its id, the content hash «new-hash»).
    mutating func fiveWithRepeats() -> (documents: [DocumentGraph], sameContent: DocumentGraph, newVersion: DocumentGraph) {
        let documents = documents(5)
        var sameContent = documents[1]
        sameContent.document.id = "other-id"
        var newVersion = documents[2]
        newVersion.document.contentHash = "new-hash"
        return (documents, sameContent, newVersion)
    }

    /// `count` articles with ids d000…, random dates in 2020–2022, 1–5 people, 0–3 meetings each.
    mutating func documents(_ count: Int) -> [DocumentGraph] {
        (0..<count).map { document($0) }
    }

    private mutating func document(_ number: Int) -> DocumentGraph {
        let id = "d" + String(repeating: "0", count: 3 - String(number).count) + String(number)
        let date = chance(90)
            ? "202\(Int.random(in: 0...2, using: &generator))-0\(Int.random(in: 1...9, using: &generator))-1\(Int.random(in: 0...9, using: &generator))"
            : nil
        let span = Span(start: 0, end: 5, text: "متن", sentence: 0)
        let institutionRecords = institutions.enumerated().compactMap { index, name in
            chance(50) ? InstitutionRecord(localID: "i\(index)", name: name, key: name, mentions: [span]) : nil
        }
        var people: [PersonRecord] = []
        for index in 0..<Int.random(in: 1...5, using: &generator) {
            let surname = pick(surnames)
            let roleText = pick(roles)
            let role = RoleRecord(
                text: roleText, key: roleText, institutionLocalID: institutionRecords.randomElement(using: &generator)?.localID,
                former: chance(20), span: Span(start: index * 10, end: index * 10 + 4, text: roleText, sentence: 0))
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<6:
                let name = pick(givenNames) + " " + surname
                people.append(PersonRecord(
                    localID: "p\(index)", name: name, titles: chance(30) ? ["دکتر"] : [], nameKey: name,
                    surnameKey: surname, roles: chance(70) ? [role] : [], mentions: [span]))
            case 6..<9:
                people.append(PersonRecord(
                    localID: "p\(index)", name: surname, nameKey: surname, surnameKey: surname,
                    roles: chance(70) ? [role] : [], mentions: [span]))
            default:
                people.append(PersonRecord(
                    localID: "p\(index)", name: roleText, unnamed: true, nameKey: roleText, roles: [role],
                    mentions: [span]))
            }
        }
        let placeRecords = chance(50) ? [PlaceRecord(localID: "pl0", name: pick(places), key: pick(places))] : []
        var meetings: [MeetingRecord] = []
        for index in 0..<Int.random(in: 0...3, using: &generator) {
            var participants = people.map(\.localID).filter { _ in chance(60) }
            if chance(10) { participants.append("p-dangling") }
            let start = index * 100
            meetings.append(MeetingRecord(
                localID: "m\(index)", kind: pick(MeetingKind.allCases),
                trigger: Span(start: start + 3, end: start + 8, text: "دیدار", sentence: index),
                sentence: Span(start: start, end: start + 40, text: "جمله \(id) \(index)", sentence: index),
                date: chance(20) ? "2021-12-0\(Int.random(in: 1...9, using: &generator))" : nil,
                placeLocalID: placeRecords.isEmpty || chance(30) ? nil : "pl0", participants: participants,
                institutions: institutionRecords.isEmpty || chance(70) ? [] : [institutionRecords[0].localID]))
        }
        return DocumentGraph(
            document: DocumentInfo(id: id, date: date, contentHash: "hash-\(id)-\(generator.next())"),
            people: people, institutions: institutionRecords, places: placeRecords, meetings: meetings)
    }
}
