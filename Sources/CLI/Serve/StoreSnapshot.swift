import Graph

/// Reads what the explorer needs from the store, once, at start-up.
///
/// The server then answers every request from memory and never touches the file again: it cannot
/// write to the store, and a `didar add` running meanwhile does not disturb it (restart the server
/// to see new articles).
enum StoreSnapshot {
    /// The explorer's index over the store at `path`, opened read-only (see `GraphStore.openForReading`).
    static func load(path: String) throws -> ExplorerIndex {
        try StoreOptions.open(path) { try load($0) }
    }

    /// The explorer's index over an open store.
    static func load(_ store: GraphStore) throws -> ExplorerIndex {
        ExplorerIndex(corpus: try store.index(), documents: try store.documentInfos(), lexicons: try NameQuery.bundledLexicons())
    }
}
