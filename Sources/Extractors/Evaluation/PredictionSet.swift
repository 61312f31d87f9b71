/// The system's records by document, looked up as score.py does: by the base name of `document`, the
/// last record of a name winning, and a «.txt» name also reachable without its extension.
public struct PredictionSet: Sendable {
    private var byID: [String: PredictedDocument] = [:]

    /// An empty set.
    public init() {}

    /// Adds a record.
    public mutating func insert(_ record: PredictedDocument) {
        byID[record.document] = record
        if record.document.hasSuffix(".txt") {
            let stem = String(record.document.dropLast(4))
            if byID[stem] == nil { byID[stem] = record }
        }
    }

    /// The record score.py would score against the gold document `id`.
    public func record(forGoldID id: String) -> PredictedDocument? {
        byID[id] ?? byID[id + ".txt"]
    }

    /// True when a record with this document name could be the one scored for some gold id in `ids`
    /// (so a run over a large corpus extracts only the gold articles).
    public static func isWanted(document: String, goldIDs: Set<String>) -> Bool {
        let name = PredictedDocument.baseName(document)
        if goldIDs.contains(name) { return true }
        return name.hasSuffix(".txt") && goldIDs.contains(String(name.dropLast(4)))
    }
}
