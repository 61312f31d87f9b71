/// A gold file scored against a system's records: micro-averaged counts per field, the per-document
/// counts, every mistake and every bad offset (score.py's `main`, without the file reading).
///
/// ```swift
/// var predictions = PredictionSet()
/// for record in records { predictions.insert(PredictedDocument(record)) }
/// let evaluation = Evaluation(gold: goldDocuments, predictions: predictions) { id in texts[id] }
/// print(evaluation.totals[.met]!.f1)
/// ```
public struct Evaluation: Sendable {
    /// One gold document's result.
    public struct DocumentResult: Sendable {
        public var id: String
        public var counts: [ScoredField: FieldCounts]
        /// False when the system had no record for the document (every gold item is then missed).
        public var predicted: Bool
    }

    /// Per gold document, in gold order; a repeated id keeps its first place and its last counts (as
    /// score.py's dictionary does), while the totals count every line.
    public private(set) var documents: [DocumentResult] = []
    public private(set) var totals: [ScoredField: FieldCounts]
    /// Number of gold records (lines).
    public private(set) var goldCount = 0
    /// Gold ids with no system record, in gold order.
    public private(set) var missing: [String] = []
    public private(set) var mistakes: [ExtractionMistake] = []
    public private(set) var badOffsets: [DocumentScorer.BadOffset] = []

    /// Scores every gold document against its record in `predictions`; `text(id)` gives the original text
    /// of a gold id when offsets are to be checked (nil: not checked for that document).
    public init(gold: [GoldDocument], predictions: PredictionSet, text: (String) -> String? = { _ in nil }) {
        totals = Dictionary(uniqueKeysWithValues: ScoredField.allCases.map { ($0, FieldCounts()) })
        var position: [String: Int] = [:]
        for g in gold {
            goldCount += 1
            let prediction = predictions.record(forGoldID: g.id)
            if prediction == nil { missing.append(g.id) }
            let result = DocumentScorer.score(gold: g, prediction: prediction, text: text(g.id))
            for field in ScoredField.allCases { totals[field]! += result.counts[field]! }
            mistakes += result.mistakes
            badOffsets += result.badOffsets
            let entry = DocumentResult(id: g.id, counts: result.counts, predicted: prediction != nil)
            if let at = position[g.id] { documents[at] = entry } else { position[g.id] = documents.count; documents.append(entry) }
        }
    }

    /// score.py's `--json` object, byte for byte (its key order, Python's number and string forms);
    /// `perDocument` and `errors` add the keys `per_document` and `errors`, `bad_offset_mentions` after them.
    public func json(perDocument: Bool = false, errors: Bool = false) -> String {
        var parts = ScoredField.allCases.map { field -> String in
            let c = totals[field]!
            return "\(PythonJSON.string(field.rawValue)): {\"tp\": \(c.tp), \"fp\": \(c.fp), \"fn\": \(c.fn), \"p\": \(PythonJSON.number(c.precision)), \"r\": \(PythonJSON.number(c.recall)), \"f1\": \(PythonJSON.number(c.f1))}"
        }
        parts.append("\"documents\": \(goldCount)")
        parts.append("\"missing_documents\": [" + missing.map(PythonJSON.string).joined(separator: ", ") + "]")
        parts.append("\"bad_offsets\": \(badOffsets.count)")
        if perDocument {
            let docs = documents.map { d in
                PythonJSON.string(d.id) + ": {" + ScoredField.allCases.map { f in
                    let c = d.counts[f]!
                    return "\(PythonJSON.string(f.rawValue)): [\(c.tp), \(c.fp), \(c.fn)]"
                }.joined(separator: ", ") + "}"
            }
            parts.append("\"per_document\": {" + docs.joined(separator: ", ") + "}")
        }
        if errors {
            let items = mistakes.map { m in
                "{\"document\": \(PythonJSON.string(m.document)), \"field\": \(PythonJSON.string(m.kind.field.rawValue)), \"class\": \(PythonJSON.string(m.kind.rawValue)), \"rule\": \(PythonJSON.string(m.rule)), \"text\": \(PythonJSON.string(m.text)), \"detail\": \(PythonJSON.string(m.detail))}"
            }
            parts.append("\"errors\": [" + items.joined(separator: ", ") + "]")
            let bad = badOffsets.map { b in
                "{\"document\": \(PythonJSON.string(b.document)), \"text\": \(b.text.map(PythonJSON.string) ?? "null"), \"start\": \(b.start.map(String.init) ?? "null"), \"end\": \(b.end.map(String.init) ?? "null")}"
            }
            parts.append("\"bad_offset_mentions\": [" + bad.joined(separator: ", ") + "]")
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}

/// Python's `json.dumps(…, ensure_ascii=False)` forms of the values the report writes.
enum PythonJSON {
    /// A string with Python's escapes (quote, backslash, control characters).
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A float as Python's `repr` writes it (shortest round-trip digits; «1.0», not «1»).
    static func number(_ d: Double) -> String { d.description }
}
