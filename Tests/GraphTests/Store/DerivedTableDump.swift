@testable import Graph

/// Every row of every derived table (and the format stamps), as text in the order SQLite stores the
/// rows, so two stores built different ways can be compared byte for byte.
enum DerivedTableDump {
    static func of(_ store: GraphStore) throws -> String {
        var lines: [String] = []
        for table in StoreSchema.derivedTables.sorted() {
            lines.append("# \(table)")
            for row in try store.rows("SELECT * FROM \(table) ORDER BY rowid") {
                lines.append(row.keys.sorted().map { "\($0)=\(row[$0]!.map { "«\($0)»" } ?? "NULL")" }.joined(separator: " "))
            }
        }
        for row in try store.rows("SELECT key, value FROM meta WHERE key = 'derived_format' ORDER BY key") {
            lines.append("meta \(row["key"]!!)=\(row["value"]!!)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
