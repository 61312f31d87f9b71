import Testing

@testable import Graph

@Suite("Entity resolution")
struct ResolutionTests {
    let graph = SampleCorpus.build(SampleCorpus.small)

    @Test("two spellings with one name key become one node")
    func spellingsMerge() throws {
        let ministers = graph.nodes.filter { $0.key == "person:محمدجواد ظریف" }
        #expect(ministers.count == 1)
        let minister = try #require(ministers.first)
        #expect(Set([minister.label] + minister.aliases) == ["محمدجواد ظریف", "محمد جواد ظریف", "ظریف"])
        // One mention each: the tie goes to the longest spelling.
        #expect(minister.label == "محمد جواد ظریف")
        #expect(minister.role == "وزیر امور خارجه")
        #expect(minister.roleGloss == "foreign minister")
        #expect(minister.institution == "وزارت امور خارجه")
        let logged = graph.mergeLog.decisions(rule: "same-name-key").filter { $0.intoID == minister.id }
        #expect(logged.count == 1)
        #expect(logged.first?.documents == ["doc-a", "doc-b"])
    }

    @Test("a surname joins the one full name that shares its role")
    func surnameSharesRole() throws {
        let spokesman = try #require(SampleCorpus.node(graph, labelled: "سید حسین حسینی"))
        #expect(spokesman.documentCount == 2)
        let merge = try #require(graph.mergeLog.decisions(rule: "surname-shares-role").first { $0.intoID == spokesman.id })
        #expect(merge.outcome == .merged)
        #expect(merge.documents == ["doc-b"])
        #expect(merge.fromKey == "surname:حسینی|role:سخنگوی دولت")
        // «ظریف» in doc-c shares the role too and joins the minister.
        let minister = try #require(SampleCorpus.node(graph, labelled: "محمدجواد ظریف"))
        #expect(minister.documentCount == 3)
    }

    @Test("two «حسینی» with different roles stay two")
    func differentRolesStayApart() throws {
        let hosseinis = graph.nodes.filter { $0.label == "حسینی" }
        #expect(hosseinis.count == 1, "the imam is a node of its own; the spokesman merged")
        let imam = try #require(hosseinis.first)
        #expect(imam.role == "امام جمعه")
        let spokesman = try #require(SampleCorpus.node(graph, labelled: "سید حسین حسینی"))
        #expect(imam.id != spokesman.id)
        let refusal = try #require(graph.mergeLog.decisions(rule: "surname-no-shared-role").first)
        #expect(refusal.outcome == .keptApart)
        #expect(refusal.fromID == imam.id)
    }

    @Test("two different full names with one surname are never merged")
    func fullNamesNeverMerge() {
        let other = DocumentGraph(
            document: SampleCorpus.document("doc-x", date: "2021-11-26"),
            people: [
                SampleCorpus.person(
                    "p1", "حسن حسینی", roles: [SampleCorpus.role("سخنگوی دولت", gloss: "government spokesman")])
            ])
        let graph = SampleCorpus.build(SampleCorpus.small + [other])
        #expect(SampleCorpus.node(graph, labelled: "حسن حسینی") != nil)
        #expect(SampleCorpus.node(graph, labelled: "سید حسین حسینی") != nil)
        // Now the doc-b surname has two candidates sharing its role: ambiguous, so kept apart.
        let ambiguous = graph.mergeLog.decisions(rule: "surname-ambiguous")
        #expect(ambiguous.count == 1)
        #expect(ambiguous.first?.intoID == "")
        #expect(graph.nodes.filter { $0.label == "حسینی" }.count == 2)
    }

    @Test("a surname with no shared role or institution is not merged")
    func surnameWithoutEvidence() {
        let lone = DocumentGraph(
            document: SampleCorpus.document("doc-y", date: "2021-12-01"),
            people: [SampleCorpus.person("p1", "لاریجانی", surname: "لاریجانی")])
        let graph = SampleCorpus.build(SampleCorpus.small + [lone])
        let speaker = SampleCorpus.node(graph, labelled: "علی لاریجانی")
        let surname = SampleCorpus.node(graph, labelled: "لاریجانی")
        #expect(speaker != nil && surname != nil && speaker?.id != surname?.id)
    }

    @Test("bare surnames stay per article; the same surname and role across articles is one node")
    func surnamesWithoutFullName() {
        func article(_ id: String, role: String?) -> DocumentGraph {
            DocumentGraph(
                document: SampleCorpus.document(id, date: "2021-12-03"),
                people: [
                    SampleCorpus.person(
                        "p1", "کاظمی", surname: "کاظمی", roles: role.map { [SampleCorpus.role($0)] } ?? [])
                ])
        }
        let bare = SampleCorpus.build([article("x1", role: nil), article("x2", role: nil)])
        #expect(bare.nodes.filter { $0.label == "کاظمی" }.count == 2)
        let sameRole = SampleCorpus.build([article("y1", role: "دادستان"), article("y2", role: "دادستان")])
        #expect(sameRole.nodes.filter { $0.label == "کاظمی" }.count == 1)
        #expect(sameRole.mergeLog.decisions(rule: "surname-same-role").first?.documents == ["y1", "y2"])
    }

    @Test("a surname can join by a shared institution when no role is shared")
    func surnameSharesInstitution() throws {
        let deputy = DocumentGraph(
            document: SampleCorpus.document("doc-z", date: "2021-12-02"),
            people: [
                SampleCorpus.person(
                    "p1", "لاریجانی", surname: "لاریجانی",
                    roles: [SampleCorpus.role("نماینده مجلس", gloss: "member of parliament", institution: "i1")])
            ],
            institutions: [SampleCorpus.parliament])
        let graph = SampleCorpus.build(SampleCorpus.small + [deputy])
        let merge = try #require(graph.mergeLog.decisions(rule: "surname-shares-institution").first)
        let speaker = try #require(SampleCorpus.node(graph, labelled: "علی لاریجانی"))
        #expect(merge.intoID == speaker.id)
        #expect(!graph.nodes.contains { $0.label == "لاریجانی" })
        #expect(speaker.aliases == ["لاریجانی"])
    }

    @Test("an unnamed role-holder is linked only when dates agree")
    func unnamedLinkedWhenDatesAgree() throws {
        let governor = try #require(SampleCorpus.node(graph, labelled: "ارسلان زارع"))
        let unnamed = try #require(graph.nodes.first { $0.kind == .unnamedRoleHolder })
        #expect(unnamed.label == "استاندار گیلان")
        #expect(unnamed.roleGloss == "governor of Gilan")
        let links = graph.edges(of: .sameAsCandidate)
        #expect(links.count == 1)
        #expect(links.first?.source == unnamed.id)
        #expect(links.first?.target == governor.id)
        #expect(links.first?.documents == ["doc-b"])
        #expect(graph.mergeLog.decisions(rule: "unnamed-same-role-dates-agree").count == 1)

        // The same role a year later, outside the named holder's window: no link, a logged refusal.
        let later = SampleCorpus.build(
            SampleCorpus.small + [SampleCorpus.unnamedGovernor(id: "doc-late", date: "2022-11-25")])
        #expect(later.edges(of: .sameAsCandidate).map(\.documents) == [["doc-b"]])
        let refusal = try #require(later.mergeLog.decisions(rule: "unnamed-dates-disagree").first)
        #expect(refusal.documents == ["doc-late"])
        // And with no named holder at all there is nothing to link.
        let alone = SampleCorpus.build([SampleCorpus.ministerMeetsSpokesman])
        #expect(alone.edges(of: .sameAsCandidate).isEmpty)
    }

    @Test("an unnamed holder is never merged into the named one")
    func unnamedStaysANode() {
        let kinds = graph.nodes.filter { $0.label == "استاندار گیلان" }.map(\.kind)
        #expect(kinds == [.unnamedRoleHolder])
    }

    @Test("resolution does not depend on the order articles arrive in")
    func orderIndependent() {
        let forward = SampleCorpus.build(SampleCorpus.small)
        let backward = SampleCorpus.build(SampleCorpus.small.reversed())
        var rng = SeededGenerator(seed: 42)
        let shuffled = SampleCorpus.build(SampleCorpus.small.shuffled(using: &rng))
        #expect(forward == backward)
        #expect(forward == shuffled)
    }
}

/// A small deterministic generator (SplitMix64) so shuffled tests reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
