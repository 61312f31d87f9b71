import Graph
import Testing

@testable import CLI

/// The look-up, cards and networks behind the explorer, without HTTP.
@Suite("Explorer index")
struct ExplorerIndexTests {
    let index = ExplorerFixtures.index
    let governor = ExplorerFixtures.id(of: ExplorerFixtures.governorName)
    let mayor = ExplorerFixtures.id(of: ExplorerFixtures.mayorName)
    let deputy = ExplorerFixtures.id(of: ExplorerFixtures.deputyName)

    @Test("every spelling of a full name finds the same person, and only that person")
    func spellingVariants() {
        for query in ["رضا کاظمی", "رضا كاظمي", "دکتر رضا کاظمی", "  رضا   کاظمی ", "رضاکاظمی"] {
            let answer = index.search(query, limit: 10)
            #expect(answer.candidates.map(\.person.id) == [governor], "query \(query)")
            #expect(answer.match == "full")
        }
        let mayorAnswer = index.search("محمد فتحي زاده", limit: 10)
        #expect(mayorAnswer.candidates.map(\.person.id) == [mayor])
    }

    @Test("a surname alone lists everyone who bears it, most meetings first")
    func surnameOnly() {
        let answer = index.search("کاظمی", limit: 10)
        #expect(answer.candidates.map(\.person.id) == [governor, deputy])
        #expect(answer.match == "surname")
        #expect(answer.candidates[0].person.meetings == 4)
        #expect(index.search("کاظمی", limit: 1).truncated)
    }

    @Test("a near miss finds nothing but suggests the close name; nonsense finds nothing")
    func suggestionsAndMissing() {
        let typo = index.search("کاظمو", limit: 10)
        #expect(typo.candidates.isEmpty)
        #expect(typo.match == nil)
        #expect(typo.suggestions.first?.ids.contains(governor) == true)
        #expect(index.search("ناشناخته", limit: 10).candidates.isEmpty)
        #expect(index.search("؟", limit: 10).candidates.isEmpty)
    }

    @Test("the card lists roles over time, contacts ranked by meetings, and dated evidence with its article")
    func card() throws {
        let card = try #require(index.card(governor, filter: ViewFilter(minMeetings: 1, depth: 1), nodeLimit: 100))
        #expect(card.person.label == ExplorerFixtures.governorName)
        #expect(card.person.meetings == 4)
        #expect(card.aliases == ["رضا كاظمي"])
        #expect(card.titles == ["دکتر"])
        #expect(card.roles.map(\.role) == ["استاندار"])
        #expect(card.roles.first?.institution == "استانداری گیلان")
        #expect(card.roles.first?.firstSeen == "2023-03-01")
        #expect(card.institutions.map(\.label) == ["استانداری گیلان"])
        #expect(card.contacts.first?.person.id == mayor)
        #expect(card.contacts.first?.meetings == 2)
        #expect(card.contacts.count == 3)
        let evidence = try #require(card.contacts.first?.evidence.first)
        #expect(evidence.document == "doc-1")
        #expect(evidence.date == "2023-03-01")
        #expect(evidence.url == "https://news.example/doc-1")
        #expect(evidence.title == "خبر doc-1")
        #expect(evidence.text == ExplorerFixtures.governorSentence)
    }

    @Test("evidence highlights both people and the trigger at scalar offsets of the sentence")
    func highlights() throws {
        let card = try #require(index.card(governor, filter: ViewFilter(minMeetings: 1, depth: 1), nodeLimit: 100))
        let evidence = try #require(card.contacts.first { $0.person.id == mayor }?.evidence)
        let scalars = Array(ExplorerFixtures.governorSentence.unicodeScalars)
        func text(_ h: Highlight) -> String { String(String.UnicodeScalarView(scalars[h.start..<h.end])) }
        let first = try #require(evidence.first)
        // Names and the roles they are known by («استاندار»), since news often names an official by office.
        #expect(first.highlights.filter { $0.kind == .person }.map(text) == ["رضا کاظمی", "استاندار"])
        #expect(first.highlights.filter { $0.kind == .contact }.map(text) == ["محمد فتحی‌زاده", "فرماندار"])
        #expect(first.highlights.filter { $0.kind == .trigger }.map(text) == ["دیدار"])
        // The Arabic-letter sentence is highlighted too: matching is on normalized keys.
        let arabic = try #require(evidence.first { $0.document == "doc-3" })
        let arabicScalars = Array(arabic.text.unicodeScalars)
        let marked = arabic.highlights.map { String(String.UnicodeScalarView(arabicScalars[$0.start..<$0.end])) }
        #expect(marked == ["رضا كاظمي", "محمد فتحي زاده", "دیدار"])
    }

    @Test("a URL that is not http(s) never reaches the page")
    func unsafeURL() throws {
        let card = try #require(index.card(governor, filter: ViewFilter(minMeetings: 1, depth: 1), nodeLimit: 100))
        let hostile = try #require(card.contacts.first { $0.person.label.contains("script") })
        #expect(hostile.evidence.first?.url == nil)
        #expect(ExplorerIndex.safeURL("https://a.example/x?y=1") == "https://a.example/x?y=1")
        #expect(ExplorerIndex.safeURL("JavaScript:alert(1)") == nil)
        #expect(ExplorerIndex.safeURL("//evil.example") == nil)
    }

    @Test("date range and minimum meetings narrow the card and the network")
    func filters() throws {
        let summer = try #require(index.card(
            governor, filter: ViewFilter(since: "2023-06-01", until: "2023-07-31", minMeetings: 1, depth: 1), nodeLimit: 100))
        #expect(Set(summer.contacts.map(\.person.id)) == [mayor, deputy])
        #expect(summer.contacts.allSatisfy { $0.evidence.allSatisfy { ($0.date ?? "") >= "2023-06-01" } })
        #expect(summer.person.meetings == 2)
        let repeated = try #require(index.card(governor, filter: ViewFilter(minMeetings: 2, depth: 1), nodeLimit: 100))
        #expect(repeated.contacts.map(\.person.id) == [mayor])
        let network = index.network(around: governor, filter: ViewFilter(minMeetings: 2, depth: 1))
        #expect(network.edges.filter { $0.kind == .met }.count == 1)
        let none = try #require(index.card(
            governor, filter: ViewFilter(since: "2030-01-01", minMeetings: 1, depth: 1), nodeLimit: 100))
        #expect(none.contacts.isEmpty)
    }

    @Test("a network above the limit is marked not drawable, with advice")
    func networkLimit() throws {
        let card = try #require(index.card(governor, filter: ViewFilter(minMeetings: 1, depth: 1), nodeLimit: 2))
        #expect(card.network.drawable == false)
        #expect(card.network.advice?.contains("minimum number of meetings") == true)
        #expect(index.card("p_0000000000000000", filter: ViewFilter(minMeetings: 1, depth: 1), nodeLimit: 2) == nil)
    }

    @Test("the overview counts the corpus and ranks people by meetings")
    func overview() {
        let overview = index.overview()
        #expect(overview.documents == 4)
        #expect(overview.meetings == 4)
        #expect(overview.links == 3)
        #expect(overview.topPeople.first?.id == governor)
        #expect(overview.firstDate == "2023-03-01")
        #expect(overview.lastDate == "2023-08-15")
    }
}
