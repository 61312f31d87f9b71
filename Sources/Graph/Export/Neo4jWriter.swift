// Neo4j bulk import CSV (`neo4j-admin database import full`):
// https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/
//
// Writes `nodes.csv` (header `id:ID,:LABEL,…`) and `relationships.csv` (header
// `:START_ID,:END_ID,:TYPE,…`) with typed property columns (`:int`, `:double`, `:boolean`;
// strings untyped). Labels: Person, UnnamedRoleHolder; in the actors' view also Group, Institution,
// Meeting. Types: MET (people only), SAME_AS_CANDIDATE; in the actors' view also HOLDS_ROLE,
// ATTENDED and REPRESENTED (into a Meeting).
// Import with:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv didar
// Not supported: undirected relationships (Neo4j has none: each `met` pair is written once, from
// the smaller id to the larger, and is meant to be matched without direction, `-[:MET]-`), array
// properties (lists are joined into one string), and evidence sentences (use `evidence.csv` from
// `CSVWriter` and join on `meeting_ids`). Cells are not neutralised against spreadsheet formulas:
// this is input for a database, and a leading `'` would change the stored value.

/// Writes the exported graph as Neo4j bulk-import CSV files, by file name.
public struct Neo4jWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// `nodes.csv` and `relationships.csv` of `graph`.
    /// A full corpus graph is first cut to its `exportedView`.
    public func write(_ graph: CorpusGraph) -> [String: String] {
        let graph = graph.exportedView
        var nodes = (["id:ID", ":LABEL"] + ExportAttributes.node.map(Self.header)).map(CSVWriter.quoted)
            .joined(separator: ",") + "\r\n"
        for node in graph.nodes {
            let cells = [node.id, Self.label(node.kind)] + ExportAttributes.node.map { Self.cell($0.value(node)) }
            nodes += cells.map(CSVWriter.quoted).joined(separator: ",") + "\r\n"
        }
        let edgeColumns = ExportAttributes.edge.filter { $0.name != "penwidth" }
        var relationships = ([":START_ID", ":END_ID", ":TYPE", "id"] + edgeColumns.map(Self.header))
            .map(CSVWriter.quoted).joined(separator: ",") + "\r\n"
        for edge in graph.edges {
            let cells = [edge.source, edge.target, Self.type(edge.kind), edge.id]
                + edgeColumns.map { Self.cell($0.value(edge)) }
            relationships += cells.map(CSVWriter.quoted).joined(separator: ",") + "\r\n"
        }
        return ["nodes.csv": nodes, "relationships.csv": relationships]
    }

    /// The Neo4j label of a node kind: "unnamed-role-holder" → "UnnamedRoleHolder".
    static func label(_ kind: NodeKind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The Neo4j relationship type of an edge kind: "holds-role" → "HOLDS_ROLE".
    static func type(_ kind: EdgeKind) -> String {
        kind.rawValue.uppercased().replacingAll("-", with: "_")
    }

    private static func header<Item>(_ column: ExportAttributes.Column<Item>) -> String {
        switch column.type {
        case .string: column.name
        case .int: column.name + ":int"
        case .double: column.name + ":double"
        case .boolean: column.name + ":boolean"
        }
    }

    /// A property cell; an absent value is an empty cell, which the importer leaves unset.
    private static func cell(_ value: ExportAttributes.Value?) -> String {
        value?.text ?? ""
    }
}
