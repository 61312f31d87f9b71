import Extractors
import Graph

/// The read-only data behind `didar serve`: the store's `CorpusIndex` and article metadata, loaded
/// once at start-up, answering look-ups, person cards and ego networks.
///
/// Never mutated after start-up, so every request reads it concurrently without locks. The look-up
/// and the card are the store's own `PersonLookup` and `PersonCard`, fed with `NameQuery.keys(for:)`,
/// exactly as `didar query` does, so the page and the command agree on every spelling variant.
struct ExplorerIndex: Sendable {
    /// The store's queryable corpus.
    let corpus: CorpusIndex
    /// Article metadata by document id (title, date, URL for the evidence list).
    let documents: [String: DocumentInfo]
    /// Distinct `met` neighbours of each node (for contact counts).
    private let neighbours: [String: Set<String>]
    /// The lexicons whose titles and honorifics the name look-up strips (read once, at start-up).
    private let lexicons: Lexicons

    /// The resolved corpus graph.
    var graph: CorpusGraph { corpus.graph }

    /// Indexes `corpus`; `documents` supply titles and URLs for the evidence; `lexicons` the titles the look-up strips.
    init(corpus: CorpusIndex, documents: [DocumentInfo], lexicons: Lexicons) {
        self.corpus = corpus
        self.lexicons = lexicons
        self.documents = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var neighbours: [String: Set<String>] = [:]
        for edge in corpus.graph.edges where edge.kind == .met {
            neighbours[edge.source, default: []].insert(edge.target)
            neighbours[edge.target, default: []].insert(edge.source)
        }
        self.neighbours = neighbours
    }

    // MARK: Search

    /// People `query` may mean (the tiers of `PersonLookup`), at most `limit`, with «did you mean»
    /// suggestions when nothing matched.
    func search(_ query: String, limit: Int) -> SearchResponse {
        let lookup = PersonLookup(index: corpus)
        // An id (as `didar query` prints it, or a link copied from the page) finds that one person.
        if NodeIDText.isNodeID(query), let candidate = lookup.candidate(id: query), let person = summary(of: query) {
            return SearchResponse(
                query: query, keys: [], match: "id",
                candidates: [SearchCandidate(person: person, roles: candidate.roles, aliases: candidate.aliases, matchedKey: query)],
                truncated: false, suggestions: [])
        }
        let keys = NameQuery.keys(for: query, lexicons: lexicons)
        let result = lookup.candidates(for: keys)
        let candidates = result.candidates.prefix(limit).compactMap { candidate in
            summary(of: candidate.id).map {
                SearchCandidate(person: $0, roles: candidate.roles, aliases: candidate.aliases, matchedKey: candidate.matchedKey)
            }
        }
        let suggestions = result.candidates.isEmpty ? keys.first.map { lookup.suggestions(for: $0) } ?? [] : []
        return SearchResponse(
            query: query, keys: keys, match: result.match?.rawValue, candidates: candidates,
            truncated: result.candidates.count > limit, suggestions: suggestions)
    }

    // MARK: Cards

    /// The summary of an actor over the whole corpus, or nil for an unknown or non-actor id.
    func summary(of id: String) -> PersonSummary? {
        guard let node = graph.node(id), node.kind.isActor else { return nil }
        return PersonSummary(
            id: node.id, kind: node.kind.rawValue, label: node.label, role: node.role, roleGloss: node.roleGloss,
            institution: node.institution, meetings: corpus.meetingCount(of: id), contacts: neighbours[id]?.count ?? 0,
            firstSeen: node.firstSeen, lastSeen: node.lastSeen)
    }

    /// The card of actor `id` under `filter` (dates and minimum meetings), or nil for an unknown id.
    func card(_ id: String, filter: ViewFilter, nodeLimit: Int) -> PersonCardResponse? {
        let range = DateRange(since: filter.since, until: filter.until)
        guard let card = PersonCard(index: corpus, id: id, range: range, depth: 1),
            let node = graph.node(id), var person = summary(of: id)
        else { return nil }
        let kept = card.contacts.filter { $0.meetingCount >= filter.minMeetings }
        // Counts on the card follow the filters: meetings and contacts in the chosen range.
        person.meetings = filter.minMeetings > 1
            ? Set(kept.flatMap { $0.encounters.map(\.meetingID) }).count : card.meetingCount
        person.contacts = kept.count
        let contacts: [ContactView] = kept.compactMap { contact in
            guard let other = graph.node(contact.id), let summary = summary(of: contact.id) else { return nil }
            return ContactView(
                person: summary, meetings: contact.meetingCount, firstDate: contact.firstDate, lastDate: contact.lastDate,
                evidence: contact.encounters.map { evidence($0, person: node, contact: other) })
        }
        let network = network(around: id, filter: filter)
        return PersonCardResponse(
            person: person, aliases: node.aliases, titles: node.titles, roles: card.roles,
            institutions: card.institutions, contacts: contacts, filter: filter,
            network: NetworkSize.of(network, limit: nodeLimit))
    }

    /// The ego network of `id` under `filter`: the people's network within `filter.depth` hops (the
    /// card lists the institutions; `met` joins people only).
    func network(around id: String, filter: ViewFilter) -> CorpusGraph {
        GraphFilter(
            minWeight: filter.minMeetings, since: filter.since, until: filter.until, ego: id, depth: filter.depth,
            scope: .people
        ).apply(to: graph)
    }

    /// One evidence sentence with its article, and the two names and the trigger highlighted.
    private func evidence(_ item: Encounter, person: GraphNode, contact: GraphNode) -> EvidenceView {
        let info = documents[item.document]
        let personRanges = EvidenceHighlighter.ranges(of: names(of: person), in: item.text)
        let contactRanges = EvidenceHighlighter.ranges(of: names(of: contact), in: item.text)
            .filter { range in !personRanges.contains { $0.overlaps(range) } }
        var highlights = personRanges.map { Highlight(start: $0.lowerBound, end: $0.upperBound, kind: .person) }
        highlights += contactRanges.map { Highlight(start: $0.lowerBound, end: $0.upperBound, kind: .contact) }
        if let trigger = item.trigger, !trigger.isEmpty {
            let taken = personRanges + contactRanges
            highlights += EvidenceHighlighter.ranges(of: [trigger], in: item.text)
                .filter { range in !taken.contains { $0.overlaps(range) } }
                .map { Highlight(start: $0.lowerBound, end: $0.upperBound, kind: .trigger) }
        }
        return EvidenceView(
            document: item.document, title: info?.title, url: info?.url.flatMap(Self.safeURL),
            date: item.date ?? info?.date, meetingID: item.meetingID, text: item.text, start: item.start,
            end: item.end, trigger: item.trigger, place: item.place, rule: item.rule, ruleSource: item.ruleSource,
            highlights: highlights.sorted())
    }

    /// The ways an article may name `node`: its label, the other spellings, the surname alone, and
    /// its roles — news often names an official only by office («فرماندار شهرستان رشت»).
    private func names(of node: GraphNode) -> [String] {
        var names = [node.label] + node.aliases
        let words = node.label.split(whereSeparator: \.isWhitespace)
        if node.kind == .person, words.count > 1, let last = words.last { names.append(String(last)) }
        if let role = node.role { names.append(role) }
        names += corpus.roles(of: node.id).map(\.role)
        return names
    }

    /// `url` when it is an absolute http(s) URL without spaces or controls; anything else
    /// (`javascript:`, relative) is dropped, because the page turns it into a link.
    static func safeURL(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) else {
            return nil
        }
        return url
    }

    // MARK: Overview

    /// Corpus counts and the most connected people (by people met, then meetings).
    func overview(top: Int = 10) -> CorpusOverview {
        var counts: [NodeKind: Int] = [:]
        var dates: [String] = []
        for node in graph.nodes {
            counts[node.kind, default: 0] += 1
            if node.kind == .article || node.kind == .meeting { dates += [node.firstSeen, node.lastSeen].compactMap { $0 } }
        }
        // The ranking of `didar stats` («most connected people»): distinct named people met, then
        // meetings, then id, so the page and the command line name the same people in the same order.
        let stats = CorpusStats.peopleByDegree(index: corpus)
        let people = stats.compactMap { summary(of: $0.id) }.filter { $0.meetings > 0 }
        return CorpusOverview(
            documents: max(counts[.article] ?? 0, documents.count), people: counts[.person] ?? 0,
            institutions: counts[.institution] ?? 0, meetings: counts[.meeting] ?? 0,
            links: graph.edges.count { $0.kind == .met }, firstDate: dates.min(), lastDate: dates.max(),
            topPeople: Array(people.prefix(top)), topPeopleRankedBy: CorpusOverview.ranking)
    }
}

extension NetworkSize {
    /// The size of `network` judged against the drawing limit.
    static func of(_ network: CorpusGraph, limit: Int) -> NetworkSize {
        let drawable = network.nodes.count <= limit
        return NetworkSize(
            nodes: network.nodes.count, edges: network.edges.count, limit: limit, drawable: drawable,
            advice: drawable ? nil : NetworkDrawing.advice(nodes: network.nodes.count, limit: limit))
    }
}
