/// Builds a `CorpusGraph` from one `DocumentGraph` at a time.
///
/// Articles stream in through `add(_:)`; only compact summaries and the evidence sentences of
/// meetings are kept, never the article text. `build()` resolves entities across every article
/// added so far (see `EntityResolver`) and returns the graph; it can be called again after more
/// articles are added. Ids are hashes of canonical keys, so building a larger corpus keeps the ids
/// of nodes the smaller one already had (unless resolution merges them differently).
///
/// ```swift
/// var builder = CorpusGraphBuilder()
/// for document in documents { builder.add(document) }
/// let graph = builder.build()
/// ```
///
/// Complexity: `add` is O(size of the document); `build` is O(n log n) in occurrences plus
/// O(p²) per meeting with p participants.
public struct CorpusGraphBuilder: Sendable {
    // Readable inside the module: the store's derived tables and `PersonDirectory` are made from
    // the same occurrences and meetings, so a streamed build never has to decode the articles again.
    /// Every distinct article added, by id.
    private(set) var articles: [String: DocumentInfo] = [:]
    /// Every person occurrence, in the order articles were added (compact: they are what the builder
    /// keeps per article, and most of a streamed build's memory).
    private(set) var people = OccurrenceTable()
    // By key's bytes (`ExactKey`): the keys are normalized already, and `String` would normalize each
    // Persian key to NFC again on every look-up.
    private var institutions: [ExactKey: EntitySummary] = [:]
    private var groups: [ExactKey: EntitySummary] = [:]
    private var places: [ExactKey: EntitySummary] = [:]
    /// Every meeting, in the order articles were added (in memory, or in a `MeetingSpill`).
    private(set) var meetings = MeetingLog()
    /// The texts meetings repeat (rules, lexicon lines, triggers, keys), one buffer each.
    private var meetingStrings = StringPool()

    /// Content hashes of the articles added, so the same text under another id counts once.
    private var contentHashes: Set<String> = []

    /// Ids of articles ignored because their id or their content (hash) was already added: the first
    /// copy wins, as in the store, so an article republished under a second address cannot double a weight.
    public private(set) var duplicateDocuments: [String] = []
    /// Number of local ids that pointed to nothing in their article and were skipped.
    public private(set) var danglingReferences = 0

    /// False: each article's title, address and agency are not kept (`init(keepingArticleDetails:)`).
    private let keepsArticleDetails: Bool
    /// True: a store tells which articles are new (`admittedByStore()`), and nothing of an article
    /// is kept here, not even its id.
    private(set) var admitsByStore = false
    /// Number of articles added through `addAdmitted(_:)`.
    private(set) var admittedCount = 0
    /// True when an admitted article's id holds a NUL character: SQLite keeps it, but a text read back from
    /// the store ends at the NUL, so the store's article rows no longer spell the ids this builder resolved
    /// with, and the store must resolve its tables from its own rows (`GraphStore.rebuild(from:)`).
    private(set) var admittedIDWithNUL = false

    /// Creates an empty builder.
    public init() {
        keepsArticleDetails = true
    }

    /// Creates an empty builder that, when `keepingArticleDetails` is false, keeps of each article only its
    /// id, date and content hash: a streamed build's store holds the rest, and the article nodes are then
    /// made from it (`GraphStore.spillArticleNodes(into:)`), so only `ResolvedGraph(_:spilling:)` may
    /// resolve such a builder.
    public init(keepingArticleDetails: Bool) {
        keepsArticleDetails = keepingArticleDetails
    }

    /// Creates an empty builder fed only with `addAdmitted(_:)` and `noteRepeat(_:)`: the store a streamed
    /// build writes each batch to decides which articles are new (`GraphStore.admit(_:)` stores an article
    /// exactly when neither its id nor its content hash was stored before, the rule `add(_:)` applies), so
    /// this builder keeps no id, date or content hash per article — ~400 bytes an article, held only to
    /// answer «seen before?». Like `init(keepingArticleDetails: false)`, only `ResolvedGraph(_:spilling:)`
    /// may resolve it, and its tables are to be written into the store that admitted its articles (that
    /// store's count of articles is the check, `GraphStore.rebuild(from:)`).
    ///
    /// - Parameter meetings: where the meetings go instead of memory (`MeetingLog`), if anywhere; the spill
    ///   must be left in place until the store's tables are written.
    public static func admittedByStore(spillingMeetingsTo meetings: MeetingSpill? = nil) -> CorpusGraphBuilder {
        var builder = CorpusGraphBuilder(keepingArticleDetails: false)
        builder.admitsByStore = true
        builder.meetings = MeetingLog(spillingTo: meetings)
        return builder
    }

    /// Number of distinct articles added.
    public var documentCount: Int { articles.count + admittedCount }

    /// Adds one article the store admitted as new (see `admittedByStore()`), keeping nothing of it but
    /// what resolution needs.
    public mutating func addAdmitted(_ graph: DocumentGraph) {
        precondition(admitsByStore, "addAdmitted(_:) is for a builder made with admittedByStore()")
        admittedCount += 1
        if graph.document.id.utf8.contains(0) { admittedIDWithNUL = true }
        merge(graph)
    }

    /// Records that the store turned article `id` away as a repeat of an admitted one (its id or its
    /// content), so that `duplicateDocuments` lists it as `add(_:)` would have.
    public mutating func noteRepeat(_ id: String) {
        precondition(admitsByStore, "noteRepeat(_:) is for a builder made with admittedByStore()")
        duplicateDocuments.append(id)
    }

    /// Adds one article. An article whose id or content hash was already added is ignored and listed
    /// in `duplicateDocuments`, so feeding the same file twice cannot double a weight.
    public mutating func add(_ graph: DocumentGraph) {
        precondition(!admitsByStore, "a builder made with admittedByStore() takes addAdmitted(_:)")
        let info = graph.document
        let documentID = info.id
        guard articles[documentID] == nil, contentHashes.insert(info.contentHash).inserted else {
            duplicateDocuments.append(documentID)
            return
        }
        articles[documentID] = keepsArticleDetails ? info : DocumentInfo(id: info.id, date: info.date, contentHash: info.contentHash)
        merge(graph)
    }

    /// Merges the entities, occurrences and meetings of an article known to be new.
    private mutating func merge(_ graph: DocumentGraph) {
        let info = graph.document
        let documentID = info.id
        let date = info.date

        var institutionKeys: [String: String] = [:]
        for institution in graph.institutions {
            institutionKeys[institution.localID] = institution.key
            institutions[ExactKey(institution.key), default: EntitySummary()].record(
                label: institution.name, gloss: institution.gloss, document: documentID, date: date,
                mentions: institution.mentions.count)
        }
        var groupKeys: [String: String] = [:]
        for group in graph.groups {
            groupKeys[group.localID] = group.key
            groups[ExactKey(group.key), default: EntitySummary()].record(
                label: group.label, gloss: nil, document: documentID, date: date, mentions: group.mentions.count)
        }
        var placeKeys: [String: String] = [:]
        for place in graph.places {
            placeKeys[place.localID] = place.key
            places[ExactKey(place.key), default: EntitySummary()].record(
                label: place.name, gloss: nil, document: documentID, date: date, mentions: place.mentions.count)
        }

        // Each local person id → the position of its occurrence in `people` (a repeated local id: the last).
        var personIDs: [String: Int32] = [:]
        for person in graph.people {
            personIDs[person.localID] = Int32(people.count)
            let roles = person.roles.map { role -> RoleOccurrence in
                var institutionKey: String?
                if let local = role.institutionLocalID {
                    institutionKey = institutionKeys[local]
                    if institutionKey == nil { danglingReferences += 1 }
                }
                return RoleOccurrence(
                    text: role.text, key: role.key, gloss: role.gloss, institutionKey: institutionKey,
                    placeKey: role.placeKey, former: role.former, start: role.span.start)
            }
            people.append(PersonOccurrence(
                document: documentID, date: date, localID: person.localID, name: person.name,
                unnamed: person.unnamed, titles: person.titles, nameKey: person.nameKey,
                surnameKey: person.surnameKey, roles: roles, mentionCount: person.mentions.count))
        }

        // Meetings split from one trigger (a star held «به طور جداگانه») share its offsets: the second and later get
        // «#n» so their ids stay distinct (the store refused the article otherwise); the first keeps its id.
        var triggerUses: [String: Int] = [:]
        for meeting in graph.meetings {
            func lookup(_ locals: [String], in table: [String: String]) -> [String] {
                locals.compactMap { local in
                    if let key = table[local] { return key }
                    danglingReferences += 1
                    return nil
                }
            }
            // Shared, not copied per meeting: the record of every article was decoded into fresh strings.
            func shared(_ keys: [String]) -> [String] { keys.map { meetingStrings.shared($0) } }
            var trigger = meeting.trigger
            trigger.text = meetingStrings.shared(trigger.text)
            let participants = meeting.participants.compactMap { local -> Int32? in
                if let position = personIDs[local] { return position }
                danglingReferences += 1
                return nil
            }
            let base = "meeting:\(documentID)@\(meeting.trigger.start)-\(meeting.trigger.end)"
            let use = triggerUses[base, default: 0]
            triggerUses[base] = use + 1
            let key = use == 0 ? base : base + "#\(use + 1)"
            meetings.append(MeetingSummary(
                id: StableID.make(NodeKind.meeting.idPrefix, key), key: key, document: documentID,
                kind: meeting.kind, cameo: meetingStrings.shared(meeting.cameo), trigger: trigger,
                sentence: meeting.sentence, date: meeting.date ?? date,
                placeKey: meetingStrings.shared(meeting.placeLocalID.flatMap { lookup([$0], in: placeKeys).first }),
                participants: participants,
                groupKeys: shared(lookup(meeting.groups, in: groupKeys)),
                institutionKeys: shared(lookup(meeting.institutions, in: institutionKeys)),
                rule: meetingStrings.shared(meeting.rule), ruleSource: meetingStrings.shared(meeting.ruleSource)))
        }
    }

    /// Resolves entities across every article added so far and returns the corpus graph.
    public func build() -> CorpusGraph {
        buildResolved().graph
    }

    /// `build()`, with the resolution it made (which node each person occurrence became), so the
    /// per-person tables can be made without resolving a second time.
    ///
    /// - Parameter spill: takes the rows the exports and diagrams will not show (article nodes, `part-of` and
    ///   `held-at` edges, perhaps the meetings: see `GraphSpill`), which are then left out of the graph;
    ///   nil keeps every row.
    func buildResolved(spill: GraphSpill? = nil) -> (graph: CorpusGraph, resolution: EntityResolver.Result) {
        var resolution = EntityResolver().resolve(people)
        // The log sorts a copy of the decisions; the resolution, kept until the store's tables are written,
        // need not hold them a second time.
        let mergeLog = MergeLog(resolution.decisions)
        resolution.decisions = []
        var nodes: [GraphNode] = []
        var edges: [GraphEdge] = []
        func keep(_ node: GraphNode) {
            if spill?.take(node) != true { nodes.append(node) }
        }
        func keep(_ edge: GraphEdge) {
            if spill?.take(edge) != true { edges.append(edge) }
        }

        let institutionIDs = Dictionary(uniqueKeysWithValues: institutions.keys.map {
            ($0, StableID.make(NodeKind.institution.idPrefix, "institution:" + $0.string))
        })
        let groupIDs = Dictionary(uniqueKeysWithValues: groups.keys.map {
            ($0, StableID.make(NodeKind.group.idPrefix, "group:" + $0.string))
        })
        let placeIDs = Dictionary(uniqueKeysWithValues: places.keys.map {
            ($0, StableID.make(NodeKind.place.idPrefix, "place:" + $0.string))
        })
        func articleID(_ document: String) -> String {
            StableID.make(NodeKind.article.idPrefix, "article:" + document)
        }

        // Simple entities.
        func simpleNodes(_ table: [ExactKey: EntitySummary], _ ids: [ExactKey: String], kind: NodeKind, prefix: String) {
            for (key, summary) in table {
                nodes.append(GraphNode(
                    id: ids[key]!, kind: kind, label: summary.labels.winner ?? key.string, key: prefix + key.string,
                    aliases: summary.labels.others, gloss: summary.glosses.winner,
                    firstSeen: summary.window?.first, lastSeen: summary.window?.last,
                    documentCount: summary.documents.count, mentionCount: summary.mentionCount))
            }
        }
        simpleNodes(institutions, institutionIDs, kind: .institution, prefix: "institution:")
        simpleNodes(groups, groupIDs, kind: .group, prefix: "group:")
        simpleNodes(places, placeIDs, kind: .place, prefix: "place:")
        // With a spill the article nodes are the store's to make (`GraphStore.spillArticleNodes(into:)`), from
        // the titles this builder may not have kept.
        for (document, article) in spill == nil ? articles : [:] {
            keep(GraphNode(
                id: articleID(document), kind: .article, label: article.title ?? document,
                key: "article:" + document, firstSeen: article.date, lastSeen: article.date,
                documentCount: 1, document: document))
        }

        // People and role-holders, with their meeting dates folded into first/last seen.
        var attendedDates: [String: DateWindow?] = [:]
        meetings.forEach { meeting in
            for position in meeting.participants {
                attendedDates[resolution.nodeIDs[Int(position)], default: nil].include(meeting.date)
            }
        }
        // Positions grouped by node (4 bytes each, `NodeIDColumn.forEachID`), and each person's occurrences
        // made whole only while its node is made.
        resolution.nodeIDs.forEachID { id, positions in
            let occurrences = positions.map { people[Int($0)] }
            nodes.append(personNode(
                id: id, key: resolution.keys[id] ?? id, occurrences: occurrences,
                extraWindow: attendedDates[id] ?? nil, institutionLabels: institutions))
            edges += holdsRoleEdges(personID: id, occurrences: occurrences, institutionIDs: institutionIDs)
        }
        for link in resolution.links {
            edges.append(GraphEdge(
                id: GraphEdge.makeID(kind: .sameAsCandidate, source: link.unnamedID, target: link.personID),
                kind: .sameAsCandidate, source: link.unnamedID, target: link.personID,
                weight: link.documents.count, role: link.roleText, roleKey: link.roleKey, roleGloss: link.roleGloss,
                firstDate: link.window?.first, lastDate: link.window?.last, documents: link.documents.sorted()))
        }

        // Meetings: nodes, attended / represented / part-of / held-at edges, and the met projection of the people.
        var met: [String: GraphEdge] = [:]
        // A role-holder linked to a named person by role and date (`same-as-candidate`) in an article is, in that
        // article, most likely that person written by office: the two are not paired by its meetings («کمال
        // خرازی … دیدار کرد» and «وزیر امور خارجه ایران نیز در این دیدار …» in one article). Other articles' pairs stay.
        let sameInArticle = Set(resolution.links.flatMap { link in
            link.documents.map { [min(link.unnamedID, link.personID), max(link.unnamedID, link.personID), $0] }
        })
        meetings.forEach { meeting in
            keep(GraphNode(
                id: meeting.id, kind: .meeting, label: meeting.trigger.text, key: meeting.key,
                firstSeen: meeting.date, lastSeen: meeting.date, documentCount: 1, mentionCount: 1,
                meetingKind: meeting.kind, cameo: meeting.cameo, document: meeting.document))
            keep(GraphEdge(
                id: GraphEdge.makeID(kind: .partOf, source: meeting.id, target: articleID(meeting.document)),
                kind: .partOf, source: meeting.id, target: articleID(meeting.document),
                firstDate: meeting.date, lastDate: meeting.date, documents: [meeting.document]))
            if let placeKey = meeting.placeKey, let placeID = placeIDs[ExactKey(placeKey)] {
                keep(GraphEdge(
                    id: GraphEdge.makeID(kind: .heldAt, source: meeting.id, target: placeID),
                    kind: .heldAt, source: meeting.id, target: placeID,
                    firstDate: meeting.date, lastDate: meeting.date, documents: [meeting.document]))
            }
            // People and groups were present (`attended`); an institution took part as such (`represented`).
            let people = Set(meeting.participants.map { resolution.nodeIDs[Int($0)] }).sorted()
            let present = people + Set(meeting.groupKeys.compactMap { groupIDs[ExactKey($0)] }).sorted()
            let institutions = Set(meeting.institutionKeys.compactMap { institutionIDs[ExactKey($0)] }).sorted()
            for (kind, actors) in [(EdgeKind.attended, present), (.represented, institutions)] {
                for actor in actors {
                    keep(GraphEdge(
                        id: GraphEdge.makeID(kind: kind, source: actor, target: meeting.id),
                        kind: kind, source: actor, target: meeting.id,
                        firstDate: meeting.date, lastDate: meeting.date, meetingIDs: [meeting.id],
                        documents: [meeting.document]))
                }
            }
            let evidence = Evidence(
                document: meeting.document, sentence: meeting.sentence.sentence, start: meeting.sentence.start,
                end: meeting.sentence.end, text: meeting.sentence.text, meetingID: meeting.id, date: meeting.date,
                trigger: meeting.trigger.text, kind: meeting.kind, rule: meeting.rule, ruleSource: meeting.ruleSource)
            func addMeeting(to edge: inout GraphEdge) {
                edge.meetingIDs.append(meeting.id)
                edge.documents.append(meeting.document)
                edge.evidence.append(evidence)
            }
            // `met` joins the people only. Sorted ids and i < j give each unordered pair once, with
            // source < target and no self-loops.
            for i in people.indices {
                for j in people.indices where j > i {
                    let (a, b) = (people[i], people[j])
                    if sameInArticle.contains([a, b, meeting.document]) { continue }
                    let id = GraphEdge.makeID(kind: .met, source: a, target: b)
                    // Appended in place: an edge taken out of the dictionary and stored back shared its
                    // lists with the stored one, so each append copied all three.
                    addMeeting(to: &met[id, default: GraphEdge(id: id, kind: .met, source: a, target: b, weight: 0)])
                }
            }
        }
        for var edge in met.values {
            // Most pairs met once: a list of one is already distinct and sorted (and hashing the
            // evidence hashes its whole sentence).
            if edge.meetingIDs.count > 1 { edge.meetingIDs = Array(Set(edge.meetingIDs)).sorted() }
            if edge.documents.count > 1 { edge.documents = Array(Set(edge.documents)).sorted() }
            if edge.evidence.count > 1 { edge.evidence = Array(Set(edge.evidence)).sorted() }
            edge.weight = edge.meetingIDs.count
            let dates = edge.evidence.compactMap(\.date).sorted()
            edge.firstDate = dates.first
            edge.lastDate = dates.last
            edges.append(edge)
        }

        spill?.flush()
        return (CorpusGraph(nodes: nodes, edges: edges, mergeLog: mergeLog), resolution)
    }

    /// Hands over every person occurrence and leaves the builder without them, for a holder that lets
    /// them go sooner than the builder's other summaries (`ResolvedGraph`'s people's fold). The builder
    /// cannot be resolved again afterwards.
    mutating func takeOccurrences() -> OccurrenceTable {
        defer { people = OccurrenceTable() }
        return people
    }

    /// The node of one resolved person or role-holder.
    private func personNode(
        id: String, key: String, occurrences: [PersonOccurrence], extraWindow: DateWindow?,
        institutionLabels: [ExactKey: EntitySummary]
    ) -> GraphNode {
        var names = Tally()
        var titles: Set<String> = []
        var window = extraWindow
        for occurrence in occurrences {
            names.add(occurrence.name)
            titles.formUnion(occurrence.titles)
            window.include(occurrence.date)
        }
        let main = MainRole(occurrences.flatMap { occurrence in occurrence.roles.map { ($0, occurrence.date) } })
        let kind: NodeKind = occurrences.allSatisfy(\.unnamed) ? .unnamedRoleHolder : .person
        return GraphNode(
            id: id, kind: kind, label: names.winner ?? key, key: key, aliases: names.others,
            titles: titles.sorted(), role: main?.text, roleGloss: main?.gloss,
            institution: main?.institutionKey.flatMap { institutionLabels[ExactKey($0)]?.labels.winner },
            firstSeen: window?.first, lastSeen: window?.last,
            documentCount: Set(occurrences.map(\.document)).count,
            mentionCount: occurrences.reduce(0) { $0 + $1.mentionCount })
    }

    /// One `holds-role` edge per (person, institution) pair, labelled with the main role held there.
    private func holdsRoleEdges(
        personID: String, occurrences: [PersonOccurrence], institutionIDs: [ExactKey: String]
    ) -> [GraphEdge] {
        var byInstitution: [ExactKey: [(RoleOccurrence, String?, String)]] = [:]
        for occurrence in occurrences {
            for role in occurrence.roles {
                guard let institution = role.institutionKey else { continue }
                byInstitution[ExactKey(institution), default: []].append((role, occurrence.date, occurrence.document))
            }
        }
        return byInstitution.compactMap { institution, statements in
            guard let institutionID = institutionIDs[institution],
                let main = MainRole(statements.map { ($0.0, $0.1) })
            else { return nil }
            var window: DateWindow?
            for statement in statements { window.include(statement.1) }
            let documents = Set(statements.map(\.2))
            return GraphEdge(
                id: GraphEdge.makeID(kind: .holdsRole, source: personID, target: institutionID),
                kind: .holdsRole, source: personID, target: institutionID, weight: documents.count,
                role: main.text, roleKey: main.key, roleGloss: main.gloss,
                former: statements.allSatisfy(\.0.former), firstDate: window?.first, lastDate: window?.last,
                documents: documents.sorted())
        }
    }
}
