/// The attributes every exporter writes, declared once so all formats agree on names and types.
///
/// Node attributes: kind, label, role, role_gloss, institution, gloss, titles, aliases, first_seen,
/// last_seen, documents, mentions, key. Edge attributes: kind, weight, role, role_gloss, former,
/// first_date, last_date, meetings, meeting_ids, document_ids, rules, penwidth. A nil value is left out.
/// `rules` holds the distinct ids of the rules that found the edge's meetings (space separated).
enum ExportAttributes {
    /// The type of an attribute, as the typed formats (GraphML, GEXF, Neo4j) declare it.
    enum ValueType: String, Sendable {
        case string, int, double, boolean
    }

    /// One attribute value.
    enum Value: Equatable, Sendable {
        case string(String)
        case int(Int)
        case double(Double)
        case boolean(Bool)

        /// The value as text, strings cleaned by `ExportText`.
        var text: String {
            switch self {
            case .string(let value): ExportText.clean(value)
            case .int(let value): String(value)
            case .double(let value): ExportAttributes.format(value)
            case .boolean(let value): value ? "true" : "false"
            }
        }
    }

    /// One declared attribute of items of type `Item`.
    struct Column<Item>: Sendable {
        var name: String
        var type: ValueType
        var value: @Sendable (Item) -> Value?
    }

    static let node: [Column<GraphNode>] = [
        Column(name: "kind", type: .string) { .string($0.kind.rawValue) },
        Column(name: "label", type: .string) { .string($0.label) },
        Column(name: "role", type: .string) { $0.role.map(Value.string) },
        Column(name: "role_gloss", type: .string) { $0.roleGloss.map(Value.string) },
        Column(name: "institution", type: .string) { $0.institution.map(Value.string) },
        Column(name: "gloss", type: .string) { $0.gloss.map(Value.string) },
        Column(name: "titles", type: .string) { $0.titles.isEmpty ? nil : .string($0.titles.joined(separator: "; ")) },
        Column(name: "aliases", type: .string) { $0.aliases.isEmpty ? nil : .string($0.aliases.joined(separator: "; ")) },
        Column(name: "first_seen", type: .string) { $0.firstSeen.map(Value.string) },
        Column(name: "last_seen", type: .string) { $0.lastSeen.map(Value.string) },
        Column(name: "documents", type: .int) { .int($0.documentCount) },
        Column(name: "mentions", type: .int) { .int($0.mentionCount) },
        Column(name: "key", type: .string) { .string($0.key) },
    ]

    static let edge: [Column<GraphEdge>] = [
        Column(name: "kind", type: .string) { .string($0.kind.rawValue) },
        Column(name: "weight", type: .int) { .int($0.weight) },
        Column(name: "role", type: .string) { $0.role.map(Value.string) },
        Column(name: "role_gloss", type: .string) { $0.roleGloss.map(Value.string) },
        Column(name: "former", type: .boolean) { $0.former.map(Value.boolean) },
        Column(name: "first_date", type: .string) { $0.firstDate.map(Value.string) },
        Column(name: "last_date", type: .string) { $0.lastDate.map(Value.string) },
        Column(name: "meetings", type: .int) { .int($0.meetingIDs.count) },
        Column(name: "meeting_ids", type: .string) {
            $0.meetingIDs.isEmpty ? nil : .string($0.meetingIDs.joined(separator: " "))
        },
        Column(name: "document_ids", type: .string) { .string($0.documents.joined(separator: " ")) },
        Column(name: "rules", type: .string) { edge in
            let rules = Set(edge.evidence.compactMap(\.rule)).sorted()
            return rules.isEmpty ? nil : .string(rules.joined(separator: " "))
        },
        Column(name: "penwidth", type: .double) { .double(penWidth(weight: $0.weight)) },
    ]

    /// Line width for an edge supporting `weight` meetings: 1 for one meeting, growing with the
    /// logarithm so a pair that met fifty times does not swallow the drawing; at most 8.
    static func penWidth(weight: Int) -> Double {
        guard weight > 1 else { return 1 }
        let width = 1 + 1.5 * log2Int(weight)
        return min(8, (width * 100).rounded() / 100)
    }

    private static func log2Int(_ value: Int) -> Double {
        // log2 without Foundation: exact for powers of two, close enough between them for a width.
        var whole = 0
        var rest = value
        while rest > 1 {
            rest >>= 1
            whole += 1
        }
        let base = 1 << whole
        return Double(whole) + Double(value - base) / Double(base)
    }

    /// A double in plain decimal notation with at most two decimals and no trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(whole).\(digits)"
    }
}
