import GRDB

/// The SQLite schema of `GraphStore`, created and upgraded through GRDB's migrator.
///
/// Two layers:
/// - **source** (`document`, `ingest_batch`, `meta`): what was added, each article's
///   `DocumentGraph` as JSON, so entities can be re-resolved without re-extracting;
/// - **derived** (`node`, `edge`, `evidence`, `merge`, `meeting`, `participant`, `role_held`,
///   `name_key`): rewritten as a whole by every rebuild, never edited in place, so they always
///   equal what `CorpusGraphBuilder` makes of the stored documents.
///
/// A new schema version is a new registered migration ("v2", …); never edit "v1" once shipped.
enum StoreSchema {
    /// The migrator holding every schema version, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: evidence meeting kind") { db in
            // Evidence learned the kind of its meeting (visit, ceremony, …). Old rows get NULL and
            // the format stamp (see `DerivedTables.format`) makes the next read rebuild them.
            try db.execute(sql: "ALTER TABLE evidence ADD COLUMN meeting_kind TEXT")
        }
        migrator.registerMigration("v3: evidence rule") { db in
            // Evidence learned the rule that found its meeting and the lexicon line behind it; old rows get
            // NULL and the format stamp (layout 3) makes the next read rebuild them.
            try db.execute(sql: "ALTER TABLE evidence ADD COLUMN rule TEXT")
            try db.execute(sql: "ALTER TABLE evidence ADD COLUMN rule_source TEXT")
        }
        return migrator
    }

    /// Derived tables, in the order they are emptied (children first).
    static let derivedTables = [
        "evidence", "participant", "meeting", "role_held", "name_key", "merge", "edge", "node",
    ]

    private static let v1 = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE ingest_batch (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            added INTEGER NOT NULL,
            replaced INTEGER NOT NULL,
            skipped INTEGER NOT NULL
        );
        CREATE TABLE document (
            id TEXT PRIMARY KEY NOT NULL,
            url TEXT,
            date TEXT,
            title TEXT,
            agency TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            batch INTEGER NOT NULL REFERENCES ingest_batch(id),
            graph_json TEXT NOT NULL
        );
        CREATE INDEX document_date ON document(date);

        CREATE TABLE node (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            key TEXT NOT NULL,
            aliases TEXT NOT NULL,
            titles TEXT NOT NULL,
            role TEXT,
            role_gloss TEXT,
            institution TEXT,
            gloss TEXT,
            first_seen TEXT,
            last_seen TEXT,
            document_count INTEGER NOT NULL,
            mention_count INTEGER NOT NULL,
            meeting_kind TEXT,
            cameo TEXT,
            document TEXT
        );
        CREATE INDEX node_kind ON node(kind);
        CREATE INDEX node_key ON node(key);

        CREATE TABLE edge (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL REFERENCES node(id),
            target TEXT NOT NULL REFERENCES node(id),
            weight INTEGER NOT NULL,
            role TEXT,
            role_key TEXT,
            role_gloss TEXT,
            former INTEGER,
            first_date TEXT,
            last_date TEXT,
            meeting_ids TEXT NOT NULL,
            documents TEXT NOT NULL
        );
        CREATE INDEX edge_source ON edge(source, kind);
        CREATE INDEX edge_target ON edge(target, kind);

        CREATE TABLE evidence (
            edge_id TEXT NOT NULL REFERENCES edge(id),
            position INTEGER NOT NULL,
            meeting_id TEXT NOT NULL,
            document TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            date TEXT,
            text TEXT NOT NULL,
            trigger TEXT,
            PRIMARY KEY (edge_id, position)
        );
        CREATE INDEX evidence_meeting ON evidence(meeting_id);

        CREATE TABLE merge (
            position INTEGER PRIMARY KEY NOT NULL,
            outcome TEXT NOT NULL,
            rule TEXT NOT NULL,
            reason TEXT NOT NULL,
            from_key TEXT NOT NULL,
            into_key TEXT NOT NULL,
            from_id TEXT NOT NULL,
            into_id TEXT NOT NULL,
            documents TEXT NOT NULL
        );

        CREATE TABLE meeting (
            id TEXT PRIMARY KEY NOT NULL REFERENCES node(id),
            kind TEXT NOT NULL,
            cameo TEXT NOT NULL,
            date TEXT,
            place_id TEXT REFERENCES node(id),
            document TEXT NOT NULL,
            trigger TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            sentence_text TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL
        );
        CREATE INDEX meeting_date ON meeting(date);

        CREATE TABLE participant (
            meeting_id TEXT NOT NULL REFERENCES meeting(id),
            node_id TEXT NOT NULL REFERENCES node(id),
            PRIMARY KEY (meeting_id, node_id)
        );
        CREATE INDEX participant_node ON participant(node_id);

        CREATE TABLE role_held (
            person_id TEXT NOT NULL REFERENCES node(id),
            role TEXT NOT NULL,
            role_key TEXT NOT NULL,
            role_gloss TEXT,
            institution_id TEXT REFERENCES node(id),
            institution TEXT,
            former INTEGER NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            document_count INTEGER NOT NULL
        );
        CREATE INDEX role_held_person ON role_held(person_id);
        CREATE INDEX role_held_institution ON role_held(institution_id);

        CREATE TABLE name_key (
            node_id TEXT NOT NULL REFERENCES node(id),
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            document_count INTEGER NOT NULL,
            PRIMARY KEY (node_id, key, kind)
        );
        CREATE INDEX name_key_key ON name_key(key);
        """
}
