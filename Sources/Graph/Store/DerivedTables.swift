import GRDB

/// Writes the derived tables from a built corpus, and reads the corpus back from them.
///
/// The write side always empties every derived table first, so the tables are a pure function of
/// the stored documents. The read side rebuilds `CorpusGraph`, `RoleHeld` and `NameKey` values
/// equal to the ones written (lists stored as JSON, evidence in its own table in edge order).
enum DerivedTables {
    /// Stamp of what the derived tables mean: this file's layout version and the graph export
    /// schema. Bump `layout` whenever `write`/`read` change; a store whose stamp differs is treated
    /// as stale, so queries rebuild from the stored documents instead of reading old rows.
    static let format = "layout 3, graph schema \(GraphModule.exportSchemaVersion)"

    /// Replaces the derived tables with `corpus` (the stored documents, resolved).
    static func write(_ corpus: ResolvedCorpus, into db: Database) throws {
        try withIndexesDeferred(db) {
            try writeGraph(corpus.graph, meetings: corpus.meetings, into: db)
            try writePeople(roles: corpus.index.roles, nameKeys: corpus.index.nameKeys, into: db)
        }
    }

    /// Runs `write` (which refills the derived tables) with their secondary indexes dropped, then makes
    /// the indexes again from the definitions the schema gave them.
    ///
    /// Building an index once over the filled table (SQLite sorts the keys) is cheaper than keeping it up to
    /// date row by row: 25% of writing the tables of 100,000 synthesized articles. The definitions are read
    /// from `sqlite_master`, so `StoreSchema` stays their only source; the indexes SQLite makes for
    /// primary keys and `UNIQUE` (no SQL of their own) are not touched, so `INSERT OR IGNORE` still sees them.
    static func withIndexesDeferred(_ db: Database, _ write: () throws -> Void) throws {
        let tables = StoreSchema.derivedTables.map { "'\($0)'" }.joined(separator: ", ")
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(tables))
            ORDER BY name
            """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        try write()
        for index in indexes { try db.execute(sql: index.sql) }
    }

    /// Empties every derived table and writes the graph's: nodes, edges and their evidence, merge
    /// decisions, meetings and participants. `writePeople` completes them.
    ///
    /// Apart from the people's tables so that a build can write these while the people's roles and keys
    /// are still being folded (`GraphStore.rebuild(from:)` with a `ResolvedGraph`).
    /// - Parameter spill: the rows the graph left out (`GraphSpill`), written in among its own.
    static func writeGraph(_ graph: CorpusGraph, meetings: MeetingLog, spill: GraphSpill? = nil, into db: Database) throws {
        // A spilled log that failed to be written or read (while the graph was made) fails the tables.
        try meetings.check()
        for table in StoreSchema.derivedTables { try db.execute(sql: "DELETE FROM \(table)") }

        // A spill's rows (`GraphSpill`) are merged in by id as they are read, so the rows come in the
        // order they would have if the graph had held them (ids of the spilled kinds never equal the others').
        let insertNode = try RowInserter(db, sql: "INSERT INTO node (\(nodeColumnNames)) VALUES (\(nodePlaceholders))")
        try GraphSpill.rows(of: spill, table: .node) { spilled in
            for node in graph.nodes {
                try spilled.insert(before: node.id, with: insertNode)
                try insertNode.row { bind(node, to: &$0) }
            }
            try spilled.insert(before: nil, with: insertNode)
        }

        let insertEdge = try RowInserter(db, sql: "INSERT INTO edge (\(edgeColumnNames)) VALUES (\(edgePlaceholders))")
        let insertEvidence = try RowInserter(db, sql: """
            INSERT INTO evidence (edge_id, position, meeting_id, document, sentence, start_offset, end_offset,
                date, text, trigger, meeting_kind, rule, rule_source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try GraphSpill.rows(of: spill, table: .edge) { spilled in
            for edge in graph.edges {
                try spilled.insert(before: edge.id, with: insertEdge)
                try insertEdge.row { bind(edge, to: &$0) }
                for (position, evidence) in edge.evidence.enumerated() {
                    try insertEvidence.row { row in
                        row.bind(edge.id); row.bind(position); row.bind(evidence.meetingID); row.bind(evidence.document)
                        row.bind(evidence.sentence); row.bind(evidence.start); row.bind(evidence.end); row.bind(evidence.date)
                        row.bind(evidence.text); row.bind(evidence.trigger); row.bind(evidence.kind?.rawValue)
                        row.bind(evidence.rule); row.bind(evidence.ruleSource)
                    }
                }
            }
            try spilled.insert(before: nil, with: insertEdge)
        }

        let insertMerge = try RowInserter(db, sql: """
            INSERT INTO merge (position, outcome, rule, reason, from_key, into_key, from_id, into_id, documents)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, decision) in graph.mergeLog.decisions.enumerated() {
            try insertMerge.row { row in
                row.bind(position); row.bind(decision.outcome.rawValue); row.bind(decision.rule); row.bind(decision.reason)
                row.bind(decision.fromKey); row.bind(decision.intoKey); row.bind(decision.fromID); row.bind(decision.intoID)
                row.bind(JSONColumn.encode(decision.documents))
            }
        }

        try writeMeetings(graph: graph, meetings: meetings, spill: spill, into: db)
    }

    /// Writes the people's tables, `role_held` and `name_key` (sorted, as `CorpusIndex` keeps them),
    /// after `writeGraph`.
    static func writePeople(roles: [RoleHeld], nameKeys: [NameKey], into db: Database) throws {
        let insertRole = try RowInserter(db, sql: """
            INSERT INTO role_held (person_id, role, role_key, role_gloss, institution_id, institution, former,
                first_seen, last_seen, document_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for role in roles {
            try insertRole.row { row in
                row.bind(role.personID); row.bind(role.role); row.bind(role.roleKey); row.bind(role.roleGloss)
                row.bind(role.institutionID); row.bind(role.institution); row.bind(role.former); row.bind(role.firstSeen)
                row.bind(role.lastSeen); row.bind(role.documentCount)
            }
        }

        let insertKey = try RowInserter(db, sql: """
            INSERT INTO name_key (node_id, key, kind, document_count) VALUES (?, ?, ?, ?)
            """)
        for key in nameKeys {
            try insertKey.row { row in
                row.bind(key.nodeID); row.bind(key.key); row.bind(key.kind.rawValue); row.bind(key.documentCount)
            }
        }
    }

    /// The `meeting` and `participant` tables: one row per meeting node, with the trigger and
    /// sentence spans of its record, and one row per `attended` or `represented` edge (everyone who took part).
    private static func writeMeetings(graph: CorpusGraph, meetings: MeetingLog, spill: GraphSpill?, into db: Database) throws {
        let insertMeeting = try RowInserter(db, sql: """
            INSERT INTO meeting (id, kind, cameo, date, place_id, document, trigger, trigger_start, trigger_end,
                sentence, sentence_text, start_offset, end_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try RowInserter(db, sql: """
            INSERT OR IGNORE INTO participant (meeting_id, node_id) VALUES (?, ?)
            """)
        var written: Set<String> = []
        // The builder names a meeting by document and trigger offsets, so two records of one article
        // with the same trigger share a node: the first one gives the row, as the node's own fields do.
        // Nodes and records both come in id order and are matched as they come, so the records are never
        // all in memory (a streamed build keeps them in a `MeetingSpill`).
        try meetings.firstByID { nextRecord in
            var record = try nextRecord()
            func write(_ node: GraphSpill.MeetingNode) throws {
                while let current = record, current.id < node.id { record = try nextRecord() }
                guard let record, record.id == node.id, let document = node.document else { return }
                written.insert(node.id)
                try insertMeeting.row { row in
                    row.bind(node.id); row.bind(node.kind ?? record.kind.rawValue); row.bind(node.cameo ?? record.cameo)
                    row.bind(node.firstSeen); row.bind(node.place); row.bind(document); row.bind(record.trigger.text)
                    row.bind(record.trigger.start); row.bind(record.trigger.end); row.bind(record.sentence.sentence)
                    row.bind(record.sentence.text); row.bind(record.sentence.start); row.bind(record.sentence.end)
                }
            }
            // Meeting nodes by id: from the graph, or from the spill for the rows it holds.
            if let spill {
                try spill.forEachMeeting(of: graph, write)
                return
            }
            var places: [String: String] = [:]
            for edge in graph.edges(of: .heldAt) { places[edge.source] = edge.target }
            for node in graph.nodes(of: .meeting) {
                try write(GraphSpill.MeetingNode(node, place: places[node.id]))
            }
        }

        // Then everyone who took part (`attended`, `represented`) in edge id order.
        func participant(meeting: String, actor: String) throws {
            guard written.contains(meeting) else { return }
            try insertParticipant.row { row in
                row.bind(meeting); row.bind(actor)
            }
        }
        if let spill {
            try spill.forEachParticipation(of: graph, participant)
            return
        }
        for edge in graph.edges where edge.kind == .attended || edge.kind == .represented {
            try participant(meeting: edge.target, actor: edge.source)
        }
    }

    /// The `node` table's columns, in the order `bind(_:to:)` gives their values.
    static let nodeColumnNames = """
        id, kind, label, key, aliases, titles, role, role_gloss, institution, gloss, first_seen, last_seen, \
        document_count, mention_count, meeting_kind, cameo, document
        """
    /// One `?` per node column.
    static let nodePlaceholders = Array(repeating: "?", count: 17).joined(separator: ", ")
    /// The `edge` table's columns, in the order `bind(_:to:)` gives their values.
    static let edgeColumnNames = """
        id, kind, source, target, weight, role, role_key, role_gloss, former, first_date, last_date, meeting_ids, \
        documents
        """
    /// One `?` per edge column.
    static let edgePlaceholders = Array(repeating: "?", count: 13).joined(separator: ", ")

    /// Binds the values of `node`'s row, in `nodeColumnNames` order.
    static func bind(_ node: GraphNode, to row: inout RowInserter.Row) {
        row.bind(node.id); row.bind(node.kind.rawValue); row.bind(node.label); row.bind(node.key)
        row.bind(JSONColumn.encode(node.aliases)); row.bind(JSONColumn.encode(node.titles)); row.bind(node.role)
        row.bind(node.roleGloss); row.bind(node.institution); row.bind(node.gloss); row.bind(node.firstSeen)
        row.bind(node.lastSeen); row.bind(node.documentCount); row.bind(node.mentionCount)
        row.bind(node.meetingKind?.rawValue); row.bind(node.cameo); row.bind(node.document)
    }

    /// Binds the values of `edge`'s row, in `edgeColumnNames` order.
    static func bind(_ edge: GraphEdge, to row: inout RowInserter.Row) {
        row.bind(edge.id); row.bind(edge.kind.rawValue); row.bind(edge.source); row.bind(edge.target)
        row.bind(edge.weight); row.bind(edge.role); row.bind(edge.roleKey); row.bind(edge.roleGloss)
        row.bind(edge.former); row.bind(edge.firstDate); row.bind(edge.lastDate)
        row.bind(JSONColumn.encode(edge.meetingIDs)); row.bind(JSONColumn.encode(edge.documents))
    }

    /// The corpus index stored in the derived tables.
    static func read(from db: Database) throws -> CorpusIndex {
        var nodes: [GraphNode] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM node ORDER BY id") {
            nodes.append(GraphNode(
                id: row["id"], kind: try value(NodeKind.self, row["kind"], table: "node", column: "kind"),
                label: row["label"], key: row["key"],
                aliases: try JSONColumn.decode([String].self, from: row["aliases"]),
                titles: try JSONColumn.decode([String].self, from: row["titles"]), role: row["role"],
                roleGloss: row["role_gloss"], institution: row["institution"], gloss: row["gloss"],
                firstSeen: row["first_seen"], lastSeen: row["last_seen"], documentCount: row["document_count"],
                mentionCount: row["mention_count"],
                meetingKind: try (row["meeting_kind"] as String?).map {
                    try value(MeetingKind.self, $0, table: "node", column: "meeting_kind")
                },
                cameo: row["cameo"], document: row["document"]))
        }

        var evidence: [String: [Evidence]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM evidence ORDER BY edge_id, position") {
            evidence[row["edge_id"], default: []].append(Evidence(
                document: row["document"], sentence: row["sentence"], start: row["start_offset"],
                end: row["end_offset"], text: row["text"], meetingID: row["meeting_id"], date: row["date"],
                trigger: row["trigger"],
                kind: try (row["meeting_kind"] as String?).map {
                    try value(MeetingKind.self, $0, table: "evidence", column: "meeting_kind")
                }, rule: row["rule"], ruleSource: row["rule_source"]))
        }
        var edges: [GraphEdge] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM edge ORDER BY id") {
            let id: String = row["id"]
            edges.append(GraphEdge(
                id: id, kind: try value(EdgeKind.self, row["kind"], table: "edge", column: "kind"),
                source: row["source"], target: row["target"], weight: row["weight"], role: row["role"],
                roleKey: row["role_key"], roleGloss: row["role_gloss"], former: row["former"],
                firstDate: row["first_date"], lastDate: row["last_date"],
                meetingIDs: try JSONColumn.decode([String].self, from: row["meeting_ids"]),
                documents: try JSONColumn.decode([String].self, from: row["documents"]),
                evidence: evidence[id] ?? []))
        }

        var decisions: [MergeDecision] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM merge ORDER BY position") {
            decisions.append(MergeDecision(
                outcome: try value(MergeDecision.Outcome.self, row["outcome"], table: "merge", column: "outcome"),
                rule: row["rule"], reason: row["reason"], fromKey: row["from_key"], intoKey: row["into_key"],
                fromID: row["from_id"], intoID: row["into_id"],
                documents: try JSONColumn.decode([String].self, from: row["documents"])))
        }

        let roles = try Row.fetchAll(db, sql: "SELECT * FROM role_held").map { row in
            RoleHeld(
                personID: row["person_id"], role: row["role"], roleKey: row["role_key"], roleGloss: row["role_gloss"],
                institutionID: row["institution_id"], institution: row["institution"], former: row["former"],
                firstSeen: row["first_seen"], lastSeen: row["last_seen"], documentCount: row["document_count"])
        }
        let keys = try Row.fetchAll(db, sql: "SELECT * FROM name_key").map { row in
            NameKey(
                nodeID: row["node_id"], key: row["key"],
                kind: try value(NameKey.Kind.self, row["kind"], table: "name_key", column: "kind"),
                documentCount: row["document_count"])
        }
        return CorpusIndex(
            graph: CorpusGraph(nodes: nodes, edges: edges, mergeLog: MergeLog(decisions)), roles: roles,
            nameKeys: keys)
    }

    /// The enum case stored as `raw`, or a `StoreError` naming the column.
    private static func value<Value: RawRepresentable>(
        _ type: Value.Type, _ raw: String, table: String, column: String
    ) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else {
            throw StoreError.unknownValue(table: table, column: column, value: raw)
        }
        return value
    }
}
