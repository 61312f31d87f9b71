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
    /// Memory: folded one person at a time, in the order of their ids, so only one person's role and key
    /// groups are held at once and each person's rows are appended already in their final order. Folding
    /// every person's groups into two dictionaries and then sorting the rows into a copy held, beside the
    /// graph, a dictionary entry per role a person held (~300 bytes with its tallies), the rows, and their
    /// sorted copy all at once: the peak of a large build's tail (see "Seventh step" in
    /// benchmarks/results.md). Now the rows and the per-person order (8 bytes a person, 4 an occurrence,
    /// `NodeIDColumn.forEachIDInAscendingOrder`) are what is held.
    ///
    /// Complexity: O(m + n log n + k log k) in person occurrences m, node ids n and look-up keys k.
    init(people occurrences: OccurrenceTable, resolution: EntityResolver.Result, graph: CorpusGraph) {
        // Keys are grouped by their bytes (`ExactKey`): normalized already, and hashed once per occurrence.
        // The groups are one person's, so the person is not part of them.
        struct RoleGroup: Hashable {
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
            var key: ExactKey
            var kind: NameKey.Kind
        }
        var roles: [RoleHeld] = []
        var keys: [NameKey] = []
        // One person's groups, emptied (their storage kept) before the next person's.
        var roleFolds: [RoleGroup: RoleFold] = [:]
        var keyDocuments: [KeyGroup: GroupedDocumentCount] = [:]
        // The id of each institution a role names, made once (`StableID.make` hashes the key and builds a
        // new string; one shared string per institution instead of one per role row).
        var institutionIDs: [ExactKey: String] = [:]
        // A person's positions come in ascending order, so the occurrences of each of their groups are in
        // the builder's order, an article's all together: the articles of a group arrive grouped and are
        // counted without keeping their ids (as when every occurrence was read in order).
        resolution.nodeIDs.forEachIDInAscendingOrder { id, positions in
            // Ids not in the graph are dropped (see the type's comment).
            guard graph.hasNode(id) else { return }
            roleFolds.removeAll(keepingCapacity: true)
            keyDocuments.removeAll(keepingCapacity: true)
            for position in positions {
                let occurrence = occurrences[Int(position)]
                for role in occurrence.roles {
                    let group = RoleGroup(
                        roleKey: ExactKey(role.key), institutionKey: role.institutionKey.map(ExactKey.init),
                        former: role.former)
                    // Folded in place: a fold taken out and stored back shared its tallies with the stored
                    // one, so every role copied both.
                    roleFolds[group, default: RoleFold()].add(role, of: occurrence)
                }
                if occurrence.unnamed {
                    keyDocuments[KeyGroup(key: ExactKey(occurrence.nameKey), kind: .role), default: GroupedDocumentCount()]
                        .add(occurrence.document)
                    continue
                }
                if !occurrence.isSurnameOnly {
                    keyDocuments[KeyGroup(key: ExactKey(occurrence.nameKey), kind: .full), default: GroupedDocumentCount()]
                        .add(occurrence.document)
                }
                if let surname = occurrence.surnameKey, !surname.isEmpty {
                    keyDocuments[KeyGroup(key: ExactKey(surname), kind: .surname), default: GroupedDocumentCount()]
                        .add(occurrence.document)
                }
            }

            let first = roles.count
            for (group, fold) in roleFolds {
                // The builder names an institution node by its key alone (see `CorpusGraphBuilder.build`).
                let institutionID = group.institutionKey.map { key in
                    if let made = institutionIDs[key] { return made }
                    let made = StableID.make(NodeKind.institution.idPrefix, "institution:" + key.string)
                    institutionIDs[key] = made
                    return made
                }
                roles.append(RoleHeld(
                    personID: id, role: fold.texts.winner ?? group.roleKey.string, roleKey: group.roleKey.string,
                    roleGloss: fold.glosses.winner, institutionID: institutionID,
                    institution: institutionID.flatMap { graph.node($0)?.label }, former: group.former,
                    firstSeen: fold.window?.first, lastSeen: fold.window?.last, documentCount: fold.documents.count))
            }
            // The people come in the order of their ids, the first field of `RoleHeld`'s order, so sorting
            // each person's rows in place sorts the whole list (as sorting it whole did).
            roles[first...].sort()
            for (group, documents) in keyDocuments {
                keys.append(NameKey(nodeID: id, key: group.key.string, kind: group.kind, documentCount: documents.count))
            }
        }
        self.roles = roles
        // Keys are ordered by key first, not by person: sorted once, whole.
        nameKeys = NameKey.sorted(keys)
    }

    /// A directory read back from a store.
    init(roles: [RoleHeld], nameKeys: [NameKey]) {
        self.roles = roles.sorted()
        self.nameKeys = nameKeys.sorted()
    }
}
