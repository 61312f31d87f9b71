/// Decides which person occurrences across articles are the same node.
///
/// Rules, in order (each decision goes to the `MergeLog`):
/// 1. `same-name-key`: named occurrences with the same full-name key are one person, whatever
///    their roles. Two different full-name keys are never merged.
/// 2. `surname-shares-role` / `surname-shares-institution`: a surname-only occurrence
///    (`nameKey == surnameKey`) joins the full-name person of that surname only when they share a
///    role key (or, failing that, an institution key) and exactly one full-name person qualifies.
///    Otherwise it stays a surname node keyed by surname and its first role key, so two «حسینی»
///    with different roles stay two (`surname-ambiguous` / `surname-no-shared-role` are logged);
///    the same surname with the same role in several articles is one node (`surname-same-role`),
///    and a surname with no role at all stays a node of its own article.
/// 3. Unnamed role-holders are one node per role key (`u_…`). They are never merged into a named
///    person: `unnamed-same-role-dates-agree` adds a `same-as-candidate` edge to the one named
///    holder of the same current role whose first/last-seen window for that role contains the
///    occurrence date. A link, not a merge, because the same role names different people over the
///    years (one "foreign minister" node can point to two ministers).
///
/// Order independence: rule 2 compares a surname with full-name occurrences only (never with other
/// surname merges) and rule 3 uses windows computed after rules 1–2, so the result does not depend
/// on the order articles were added.
struct EntityResolver {
    /// A `same-as-candidate` link found by rule 3.
    struct SameAsLink: Sendable, Hashable {
        var unnamedID: String
        var personID: String
        var roleKey: String
        var roleText: String
        var roleGloss: String?
        var documents: Set<String>
        var window: DateWindow?
    }

    /// What resolution decided.
    struct Result: Sendable {
        /// Node id of every occurrence, by its position in the `OccurrenceTable` resolved.
        var nodeIDs: NodeIDColumn
        /// Canonical key of every person or role-holder node id.
        var keys: [String: String]
        /// Links from unnamed role-holders to named people, sorted.
        var links: [SameAsLink]
        /// Every decision.
        var decisions: [MergeDecision]
    }

    static func personKey(nameKey: String) -> String { "person:" + nameKey }
    /// Key of a surname-only node that joined no full name: by surname and role when a role is
    /// known (the same «حسینی», spokesman, across articles), else by surname and article, because a
    /// bare surname in two articles is no evidence of one person.
    static func surnameKey(surname: String, roleKey: String?, document: String) -> String {
        guard let roleKey else { return "surname:" + surname + "|document:" + document }
        return "surname:" + surname + "|role:" + roleKey
    }
    static func roleHolderKey(roleKey: String) -> String { "role:" + roleKey }

    /// Resolves the occurrences of `table`; `Result.nodeIDs[i]` is the node of `table[i]`.
    ///
    /// Memory: positions are sorted and grouped as 4-byte numbers (`PositionGroups`), and an occurrence is
    /// made whole (`table[i]`) only while its own decision is taken, so resolving costs a few numbers per
    /// occurrence beyond the table.
    func resolve(_ table: OccurrenceTable) -> Result {
        // Sorting first makes every later "first seen" choice independent of input order. Positions are
        // sorted, not the occurrences themselves: moving large values dominated this on a large corpus.
        // As 4-byte numbers, like every per-occurrence array of the tail (see `PositionGroups`).
        let sorted = (0..<Int32(table.count)).sorted { table.precedes(Int($0), Int($1)) }
        var nodeIDs = NodeIDColumn(count: table.count)
        var keys: [String: String] = [:]
        var decisions: [MergeDecision] = []

        // Rule 1: full names.
        // Grouped by the keys' bytes (`ExactKey`): they are normalized already, and `String` would
        // normalize every Persian key to NFC again on each look-up.
        // Each key is numbered in the order first met (`fullNameKeys`), and its positions keep their sorted order.
        let isFullName = { (i: Int32) in !table.unnamed(Int(i)) && !table.isSurnameOnly(Int(i)) }
        var fullNameKeys: [ExactKey] = []
        let fullNames: PositionGroups
        do {
            var numberOfKey: [ExactKey: Int32] = [:]
            var groups: [Int32] = []
            for i in sorted where isFullName(i) {
                let key = ExactKey(table.nameKey(Int(i)))
                if let number = numberOfKey[key] {
                    groups.append(number)
                } else {
                    numberOfKey[key] = Int32(fullNameKeys.count)
                    groups.append(Int32(fullNameKeys.count))
                    fullNameKeys.append(key)
                }
            }
            fullNames = PositionGroups(sorted.lazy.filter(isFullName), groups: groups, groupCount: fullNameKeys.count)
        }
        for (exactNameKey, group) in zip(fullNameKeys, 0..<fullNames.count) {
            let positions = fullNames[group].lazy.map { Int($0) }
            let nameKey = exactNameKey.string
            let key = Self.personKey(nameKey: nameKey)
            let id = StableID.make(NodeKind.person.idPrefix, key)
            keys[id] = key
            for i in positions { nodeIDs[i] = id }
            let documents = Set(positions.map { table.document($0) })
            if documents.count > 1 {
                let spellings = Set(positions.map { table.name($0) }).sorted()
                decisions.append(MergeDecision(
                    outcome: .merged, rule: "same-name-key",
                    reason: "\(documents.count) articles share the full-name key; spellings: "
                        + spellings.joined(separator: " | "),
                    fromKey: nameKey, intoKey: key, fromID: id, intoID: id, documents: Array(documents)))
            }
        }

        // Rule 2: surnames, compared with full-name people only.
        struct Candidate {
            var id: String
            var key: String
            var roleKeys: Set<ExactKey>
            var institutionKeys: Set<ExactKey>
        }
        func roleKeys(_ occurrences: [PersonOccurrence]) -> Set<ExactKey> {
            Set(occurrences.flatMap { $0.roles.map { ExactKey($0.key) } })
        }
        func institutionKeys(_ occurrences: [PersonOccurrence]) -> Set<ExactKey> {
            Set(occurrences.flatMap { $0.roles.compactMap { $0.institutionKey.map(ExactKey.init) } })
        }
        var candidatesBySurname: [ExactKey: [Candidate]] = [:]
        for (nameKey, number) in zip(fullNameKeys, 0..<fullNames.count) {
            let group = fullNames[number].map { table[Int($0)] }
            guard let surname = group.compactMap(\.surnameKey).first else { continue }
            let key = Self.personKey(nameKey: nameKey.string)
            candidatesBySurname[ExactKey(surname), default: []].append(Candidate(
                id: StableID.make(NodeKind.person.idPrefix, key), key: key,
                roleKeys: roleKeys(group), institutionKeys: institutionKeys(group)))
        }
        var surnameNodes: [String: Set<String>] = [:]  // surname node id → its documents
        for i in sorted.lazy.map({ Int($0) }) where table.isSurnameOnly(i) {
            let occurrence = table[i]
            let surname = occurrence.surnameKey!
            let ownRole = occurrence.roles.min { $0.start < $1.start }?.key
            let ownKey = Self.surnameKey(surname: surname, roleKey: ownRole, document: occurrence.document)
            let ownID = StableID.make(NodeKind.person.idPrefix, ownKey)
            let candidates = (candidatesBySurname[ExactKey(surname)] ?? []).sorted { $0.id < $1.id }
            let (ownRoleKeys, ownInstitutionKeys) = (roleKeys([occurrence]), institutionKeys([occurrence]))
            let byRole = candidates.filter { !$0.roleKeys.isDisjoint(with: ownRoleKeys) }
            let byInstitution = candidates.filter { !$0.institutionKeys.isDisjoint(with: ownInstitutionKeys) }
            let documents = [occurrence.document]
            if byRole.count == 1 || (byRole.isEmpty && byInstitution.count == 1) {
                let target = byRole.first ?? byInstitution[0]
                let shared = (byRole.isEmpty
                    ? target.institutionKeys.intersection(ownInstitutionKeys)
                    : target.roleKeys.intersection(ownRoleKeys)).map(\.string)
                nodeIDs[i] = target.id
                decisions.append(MergeDecision(
                    outcome: .merged, rule: byRole.isEmpty ? "surname-shares-institution" : "surname-shares-role",
                    reason: "surname «\(occurrence.name)» has exactly one full-name candidate sharing "
                        + (byRole.isEmpty ? "institution " : "role ") + shared.sorted().joined(separator: ", "),
                    fromKey: ownKey, intoKey: target.key, fromID: ownID, intoID: target.id, documents: documents))
                continue
            }
            nodeIDs[i] = ownID
            keys[ownID] = ownKey
            surnameNodes[ownID, default: []].insert(occurrence.document)
            if candidates.isEmpty { continue }
            let ambiguous = byRole.count > 1 || (byRole.isEmpty && byInstitution.count > 1)
            let considered = ambiguous ? (byRole.isEmpty ? byInstitution : byRole) : candidates
            decisions.append(MergeDecision(
                outcome: .keptApart, rule: ambiguous ? "surname-ambiguous" : "surname-no-shared-role",
                reason: ambiguous
                    ? "\(considered.count) full-name people of this surname share its role or institution"
                    : "no full-name person of this surname shares its role or institution",
                fromKey: ownKey, intoKey: considered.map(\.key).joined(separator: " | "), fromID: ownID,
                intoID: "", documents: documents))
        }

        for (id, documents) in surnameNodes where documents.count > 1 {
            decisions.append(MergeDecision(
                outcome: .merged, rule: "surname-same-role",
                reason: "\(documents.count) articles give this surname the same role and no full name matched",
                fromKey: keys[id]!, intoKey: keys[id]!, fromID: id, intoID: id, documents: Array(documents)))
        }

        // Rule 3: unnamed role-holders, linked by role and date to named holders.
        var windows: [ExactKey: [String: DateWindow]] = [:]  // roleKey → person id → window
        for i in sorted.lazy.map({ Int($0) }) where !table.unnamed(i) {
            let (occurrence, id) = (table[i], nodeIDs[i])
            for role in occurrence.roles where !role.former {
                let roleKey = ExactKey(role.key)
                var window = windows[roleKey]?[id]
                window.include(occurrence.date)
                if let window { windows[roleKey, default: [:]][id] = window }
            }
        }
        var links: [String: SameAsLink] = [:]
        for i in sorted.lazy.map({ Int($0) }) where table.unnamed(i) {
            let occurrence = table[i]
            let roleKey = occurrence.roles.min { $0.start < $1.start }?.key ?? occurrence.nameKey
            let key = Self.roleHolderKey(roleKey: roleKey)
            let id = StableID.make(NodeKind.unnamedRoleHolder.idPrefix, key)
            nodeIDs[i] = id
            keys[id] = key
            guard let date = occurrence.date else { continue }
            for role in occurrence.roles where !role.former {
                guard let holders = windows[ExactKey(role.key)], !holders.isEmpty else { continue }
                let agreeing = holders.filter { $0.value.contains(date) }.map(\.key).sorted()
                if agreeing.count == 1 {
                    let personID = agreeing[0]
                    let linkKey = id + "|" + personID
                    var link = links[linkKey] ?? SameAsLink(
                        unnamedID: id, personID: personID, roleKey: role.key, roleText: role.text,
                        roleGloss: role.gloss, documents: [], window: nil)
                    link.documents.insert(occurrence.document)
                    link.window.include(date)
                    if link.roleGloss == nil { link.roleGloss = role.gloss }
                    links[linkKey] = link
                    let window = holders[personID]!
                    decisions.append(MergeDecision(
                        outcome: .linked, rule: "unnamed-same-role-dates-agree",
                        reason: "role \(role.key) on \(date) within the named holder's window "
                            + "\(window.first)…\(window.last)",
                        fromKey: key, intoKey: keys[personID] ?? personID, fromID: id, intoID: personID,
                        documents: [occurrence.document]))
                } else {
                    decisions.append(MergeDecision(
                        outcome: .keptApart,
                        rule: agreeing.isEmpty ? "unnamed-dates-disagree" : "unnamed-ambiguous",
                        reason: agreeing.isEmpty
                            ? "no named holder of role \(role.key) was seen around \(date)"
                            : "\(agreeing.count) named holders of role \(role.key) were seen around \(date)",
                        fromKey: key, intoKey: (agreeing.isEmpty ? holders.keys.sorted() : agreeing)
                            .map { keys[$0] ?? $0 }.joined(separator: " | "),
                        fromID: id, intoID: "", documents: [occurrence.document]))
                }
            }
        }
        return Result(
            nodeIDs: nodeIDs, keys: keys,
            links: links.values.sorted { ($0.unnamedID, $0.personID) < ($1.unnamedID, $1.personID) },
            decisions: decisions)
    }
}
