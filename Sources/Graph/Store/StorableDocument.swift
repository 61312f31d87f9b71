import Foundation

/// A document graph together with the JSON the store keeps for it, encoded ahead of the write.
///
/// Encoding an article's graph costs about as much as inserting it. `didar build` and `didar add`
/// make these on the worker threads that extract the articles, so the one thread that writes the
/// store only inserts, and the encoding runs on every core instead of holding up the writer.
public struct StorableDocument: Sendable {
    /// The article's graph, as the corpus builder takes it.
    public let graph: DocumentGraph
    /// `graph` as stored in `document.graph_json` (sorted keys, so equal graphs give equal bytes).
    let json: String

    /// Encodes `graph` for the store (`StoredJSON`: what `JSONEncoder` would write, printed directly).
    public init(_ graph: DocumentGraph) {
        self.graph = graph
        json = StoredJSON.encode(graph)
    }
}
