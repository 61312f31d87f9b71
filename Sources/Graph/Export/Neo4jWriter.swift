// Neo4j bulk import CSV (`neo4j-admin database import full`):
// https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/
//
// Writes `nodes.csv` (header `id:ID,:LABEL,…`) and `relationships.csv` (header
// `:START_ID,:END_ID,:TYPE,…`) with typed property columns (`:int`, `:double`, `:boolean`, `:date`
// for the ISO dates first_seen/last_seen/first_date/last_date, `:string[]` for the lists titles,
// aliases, meeting_ids and document_ids, their items separated by `;`, the importer's default
// `--array-delimiter`; an item's own `;` is written as `,`; other strings untyped). Labels: Person,
// UnnamedRoleHolder; in the actors' view also Group, Institution, Meeting. Types: MET (people only),
// SAME_AS_CANDIDATE; in the actors' view also HOLDS_ROLE, ATTENDED and REPRESENTED (into a Meeting).
// Import with:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv didar
// Not supported: undirected relationships (Neo4j has none: each `met` pair is written once, from
// the smaller id to the larger, and is meant to be matched without direction, `-[:MET]-`), partial
// dates (a date that is not a whole yyyy-mm-dd is left unset rather than read wrongly), and evidence
// sentences (use `evidence.csv` from `CSVWriter` and join on `meeting_ids`). Cells are not
// neutralised against spreadsheet formulas: this is input for a database, and a leading `'` would
// change the stored value.

/// Writes the exported graph as Neo4j bulk-import CSV files, by file name.
public struct Neo4jWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// `nodes.csv` and `relationships.csv` of `graph`.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> [String: String] {
        // Collecting sinks cannot fail.
        ExportSink.collectingText { open in write(graph, to: open) }
    }

    /// Prints `nodes.csv`, then `relationships.csv`, each into the sink `open` gives for its name, row by
    /// row; the caller finishes the sinks.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph, to open: (String) throws -> ExportSink) rethrows {
        let graph = graph.exportedView
        let nodes = try open("nodes.csv")
        nodes.append((["id:ID", ":LABEL"] + ExportAttributes.node.map(Self.header)).map(CSVWriter.quoted)
            .joined(separator: ",") + "\r\n")
        // Labels, types and each column's kind of cell worked out once, not per row (string work and
        // two look-ups by column name per cell).
        let labels = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, Self.label($0)) })
        let nodeCells = ExportAttributes.node.map { CellMaker($0, lists: Self.nodeLists) }
        for node in graph.nodes {
            let cells = [node.id, labels[node.kind]!] + nodeCells.map { $0.cell(node) }
            nodes.append(cells.map(CSVWriter.quoted).joined(separator: ",") + "\r\n")
        }
        let edgeColumns = ExportAttributes.edge.filter { $0.name != "penwidth" }
        let relationships = try open("relationships.csv")
        relationships.append(([":START_ID", ":END_ID", ":TYPE", "id"] + edgeColumns.map(Self.header))
            .map(CSVWriter.quoted).joined(separator: ",") + "\r\n")
        let types = Dictionary(uniqueKeysWithValues: EdgeKind.allCases.map { ($0, Self.type($0)) })
        let edgeCells = edgeColumns.map { CellMaker($0, lists: Self.edgeLists) }
        for edge in graph.edges {
            let cells = [edge.source, edge.target, types[edge.kind]!, edge.id] + edgeCells.map { $0.cell(edge) }
            relationships.append(cells.map(CSVWriter.quoted).joined(separator: ",") + "\r\n")
        }
    }

    /// Makes the cells of one column (`cell(_:_:list:isDate:)`), its list accessor and date check found once.
    private struct CellMaker<Item> {
        let column: ExportAttributes.Column<Item>
        let list: (@Sendable (Item) -> [String])?
        let isDate: Bool

        init(_ column: ExportAttributes.Column<Item>, lists: [String: @Sendable (Item) -> [String]]) {
            self.column = column
            list = lists[column.name]
            isDate = Neo4jWriter.dateColumns.contains(column.name)
        }

        func cell(_ item: Item) -> String {
            Neo4jWriter.cell(column, item, list: list, isDate: isDate)
        }
    }

    /// The Neo4j label of a node kind: "unnamed-role-holder" → "UnnamedRoleHolder".
    static func label(_ kind: NodeKind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The Neo4j relationship type of an edge kind: "holds-role" → "HOLDS_ROLE".
    static func type(_ kind: EdgeKind) -> String {
        kind.rawValue.uppercased().replacingAll("-", with: "_")
    }

    /// List properties, by column name: the items themselves, since the other exports join them into one string.
    static let nodeLists: [String: @Sendable (GraphNode) -> [String]] = ["titles": { $0.titles }, "aliases": { $0.aliases }]
    static let edgeLists: [String: @Sendable (GraphEdge) -> [String]] = ["meeting_ids": { $0.meetingIDs }, "document_ids": { $0.documents }]
    /// Date properties (ISO yyyy-mm-dd strings in the model).
    static let dateColumns: Set<String> = ["first_seen", "last_seen", "first_date", "last_date"]
    /// The importer's default `--array-delimiter`.
    static let arrayDelimiter: Unicode.Scalar = ";"

    private static func header<Item>(_ column: ExportAttributes.Column<Item>) -> String {
        if nodeLists[column.name] != nil || edgeLists[column.name] != nil { return column.name + ":string[]" }
        if dateColumns.contains(column.name) { return column.name + ":date" }
        switch column.type {
        case .string: return column.name
        case .int: return column.name + ":int"
        case .double: return column.name + ":double"
        case .boolean: return column.name + ":boolean"
        }
    }

    /// A property cell; an absent value (an empty list, a missing or partial date) is an empty cell, which the
    /// importer leaves unset.
    private static func cell<Item>(
        _ column: ExportAttributes.Column<Item>, _ item: Item, list: (@Sendable (Item) -> [String])?, isDate: Bool
    ) -> String {
        if let list {
            return list(item).map { ExportText.clean($0).replacingAll(arrayDelimiter, with: ",") }.joined(separator: String(arrayDelimiter))
        }
        let text = column.value(item)?.text ?? ""
        if isDate, !isISODate(text) { return "" }
        return text
    }

    /// True for a whole `yyyy-mm-dd` date, the one form a `:date` column reads.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }
}
