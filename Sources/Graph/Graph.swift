/// The corpus graph: model, entity resolution, exporters and store (no Persian rules here).
///
/// Flow: the CLI maps each extracted article into a `DocumentGraph`, feeds it to a
/// `CorpusGraphBuilder`, calls `build()` for a `CorpusGraph` (with its `MergeLog`), cuts the
/// exported view with a `GraphFilter`, and hands that to one of the writers: `DOTWriter`,
/// `GraphMLWriter`, `GEXFWriter`, `CSVWriter`, `NodeLinkJSONWriter`, `Neo4jWriter`.
///
/// ## The exported graph
///
/// **Nodes** (id = kind prefix + 64-bit FNV-1a of a canonical key, stable across runs and corpora):
/// - `person` (`p_…`): a named person. Key `person:<name key>`; a surname that joined no full
///   name is `surname:<surname>|role:<role key>` (or `|document:<id>` without a role).
/// - `unnamed-role-holder` (`u_…`): a person known only by a role, one node per role key
///   (`role:<role key>`), linked to a named holder by `same-as-candidate` when dates agree.
/// - `group` (`g_…`): a collective participant such as a delegation.
/// - `institution` (`i_…`).
///
/// Node attributes: `kind`, `label` (most frequent display name), `role` (main role: current
/// before former, most often stated, most recent), `role_gloss` (English), `institution` (of the
/// main role), `gloss` (English, institutions), `titles`, `aliases` (other spellings),
/// `first_seen`, `last_seen` (ISO dates), `documents` (number of articles), `mentions`, `key`.
/// Edge attributes: `kind`, `weight`, `role`, `role_gloss`, `former`, `first_date`, `last_date`,
/// `meetings` (count), `meeting_ids`, `document_ids`, `penwidth` (the DOT line width).
///
/// **Edges** (id `e_…`):
/// - `met` (undirected, source id < target id): two people (named or unnamed role-holders, never a
///   group or an institution) who took part in at least one common meeting;
///   `weight` = number of distinct meetings, `first_date`/`last_date`, `meeting_ids`, and one
///   evidence record per meeting (document, sentence index, start, end — Unicode scalar offsets
///   into the original text, end exclusive —, date, trigger, sentence text).
/// - `holds-role` (person → institution): `role`, `role_gloss`, `former`, `first_date`/`last_date`,
///   `weight` = articles stating it.
/// - `same-as-candidate` (unnamed role-holder → person): same current role, date inside the named
///   holder's first/last-seen window for it; `weight` = articles.
///
/// - `attended` (person, role-holder or group → meeting) and `represented` (institution → meeting),
///   weight 1: only in the actors' view (`GraphFilter.Scope.all`, `didar build --actors`), which
///   adds groups, institutions and `holds-role`, and the meetings a group or an institution took
///   part in as nodes (`kind` `meeting`, label = trigger, key = `meeting:<document>@<offsets>`).
///
/// The default export is the people's network: `person` and `unnamed-role-holder` nodes, `met`
/// and `same-as-candidate` edges (the institution of each person's main role is its `institution`
/// attribute). Articles and places are nodes of the full `CorpusGraph` only (with `part-of` and
/// `held-at` edges); there they appear only as evidence.
///
/// **Files**: `graph.dot` (Graphviz), `graph.graphml`, `graph.gexf` (GEXF 1.3, dynamic: meeting
/// dates as spells), `graph.json` (networkx node-link, `edges="edges"`), `nodes.csv`, `edges.csv`,
/// `evidence.csv`, `merges.csv` (every resolution decision), and Neo4j bulk-import
/// `nodes.csv`/`relationships.csv`.
public enum GraphModule {
    /// Version of the exported graph layout (attribute names and meanings), bumped when they change
    /// (2: `met` joins people only; institutions `represented` at meetings; the people's view by default).
    public static let exportSchemaVersion = 2
}
