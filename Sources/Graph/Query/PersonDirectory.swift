/// The per-person facts the corpus graph folds away: every role with its own dates, and every
/// key a person can be looked up by.
///
/// `CorpusGraph` keeps one main role per person and one `holds-role` edge per institution; a person
/// card needs each role over time. This folds the person occurrences the builder collected, placed
/// on nodes by the very resolution that made the graph, so each mention lands on the node id the
/// graph gave it. Ids not present in the graph are dropped rather than invented, so a drift between
/// the two can only lose rows, never add wrong ones.
struct PersonDirectory: Sendable {
    /// Roles held, sorted.
    var roles: [RoleHeld]
    /// Look-up keys, sorted.
    var nameKeys: [NameKey]

    /// Builds the directory of the occurrences `people` (one per person per article, as
    /// `CorpusGraphBuilder` keeps them) resolved by `resolution` into `graph`.
    ///
    /// Complexity: O(m log m) in person occurrences.
    init(people occurrences: OccurrenceTable, resolution: EntityResolver.Result, graph: CorpusGraph) {
        // Keys are grouped by their bytes (`ExactKey`): normalized already, and hashed once per occurrence.
        struct RoleGroup: Hashable {
            var personID: String
            var roleKey: ExactKey
            var institutionKey: ExactKey?
            var former: Bool
        }
        struct RoleFold {
            var texts = Tally()
            var glosses = Tally()
            var window: DateWindow?
            var documents = GroupedDocumentCount()

            mutating func add(_ role: RoleOccurrence, of occurrence: PersonOccurrence) {
                texts.add(role.text)
                glosses.add(role.gloss)
                window.include(occurrence.date)
                documents.add(occurrence.document)
            }
        }
        struct KeyGroup: Hashable {
            var nodeID: String
            var key: ExactKey
            var kind: NameKey.Kind
        }
        var roleFolds: [RoleGroup: RoleFold] = [:]
        // Occurrences are read in the builder's order, an article's all together, so the articles of a
        // group arrive grouped and are counted without keeping their ids.
        var keyDocuments: [KeyGroup: GroupedDocumentCount] = [:]
        for position in occurrences.indices {
            let id = resolution.nodeIDs[position]
            guard graph.hasNode(id) else { continue }
            let occurrence = occurrences[position]
            for role in occurrence.roles {
                let group = RoleGroup(
                    personID: id, roleKey: ExactKey(role.key), institutionKey: role.institutionKey.map(ExactKey.init),
                    former: role.former)
                // Folded in place: a fold taken out and stored back shared its tallies with the stored
                // one, so every role copied both.
                roleFolds[group, default: RoleFold()].add(role, of: occurrence)
            }
            if occurrence.unnamed {
                keyDocuments[KeyGroup(nodeID: id, key: ExactKey(occurrence.nameKey), kind: .role), default: GroupedDocumentCount()]
                    .add(occurrence.document)
                continue
            }
            if !occurrence.isSurnameOnly {
                keyDocuments[KeyGroup(nodeID: id, key: ExactKey(occurrence.nameKey), kind: .full), default: GroupedDocumentCount()]
                    .add(occurrence.document)
            }
            if let surname = occurrence.surnameKey, !surname.isEmpty {
                keyDocuments[KeyGroup(nodeID: id, key: ExactKey(surname), kind: .surname), default: GroupedDocumentCount()]
                    .add(occurrence.document)
            }
        }

        let held = roleFolds.map { group, fold in
            // The builder names an institution node by its key alone (see `CorpusGraphBuilder.build`).
            let institutionID = group.institutionKey.map {
                StableID.make(NodeKind.institution.idPrefix, "institution:" + $0.string)
            }
            return RoleHeld(
                personID: group.personID, role: fold.texts.winner ?? group.roleKey.string, roleKey: group.roleKey.string,
                roleGloss: fold.glosses.winner, institutionID: institutionID,
                institution: institutionID.flatMap { graph.node($0)?.label }, former: group.former,
                firstSeen: fold.window?.first, lastSeen: fold.window?.last, documentCount: fold.documents.count)
        }
        roles = held.sortedByIndex { held[$0] < held[$1] }
        nameKeys = NameKey.sorted(keyDocuments.map { group, documents in
            NameKey(nodeID: group.nodeID, key: group.key.string, kind: group.kind, documentCount: documents.count)
        })
    }

    /// A directory read back from a store.
    init(roles: [RoleHeld], nameKeys: [NameKey]) {
        self.roles = roles.sorted()
        self.nameKeys = nameKeys.sorted()
    }
}
