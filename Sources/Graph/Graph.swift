/// The corpus graph: model, entity resolution, exporters and store (no Persian rules here).
///
/// Flow: the CLI maps each extracted article into a `DocumentGraph`, feeds it to a
/// `CorpusGraphBuilder`, calls `build()` for a `CorpusGraph` (with its `MergeLog`), cuts the
/// exported view with a `GraphFilter`, and hands that to one of the writers: `DOTWriter`,
/// `GraphMLWriter`, `GEXFWriter`, `CSVWriter`, `NodeLinkJSONWriter`, `Neo4jWriter`.
public enum GraphModule {
    /// Version of the exported graph layout (attribute names and meanings), bumped when they change.
    public static let exportSchemaVersion = 1
}
