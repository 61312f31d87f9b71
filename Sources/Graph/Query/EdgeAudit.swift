/// A seeded random sample of `met` edges for a person to judge against the articles (`didar audit`):
/// the measure of how many of the graph's edges a researcher can defend.
///
/// The draw is deterministic: the candidate edges are put in id order (ids are stable hashes of the
/// endpoints, so the same store gives the same list) and shuffled by a SplitMix64 generator seeded with
/// `seed`; the first `size` are the sample, in the order drawn.
///
/// ```swift
/// let rows = EdgeAudit.sample(try store.corpusGraph(), size: 40, seed: 7)
/// ```
public enum EdgeAudit {
    /// One end of a sampled edge.
    public struct End: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var kind: NodeKind
        /// The main role of the node, if it has one.
        public var role: String?

        /// Creates an end.
        public init(id: String, label: String, kind: NodeKind, role: String?) {
            self.id = id
            self.label = label
            self.kind = kind
            self.role = role
        }
    }

    /// One meeting behind a sampled edge: the sentence that reports it and where it stands.
    public struct Meeting: Sendable, Hashable, Codable {
        public var meetingID: String
        public var document: String
        public var date: String?
        public var sentence: String
        public var sentenceStart: Int
        public var sentenceEnd: Int
        public var trigger: String?
        /// Trigger offsets in the original text (scalars, end exclusive), when the meeting node records them.
        public var triggerStart: Int?
        public var triggerEnd: Int?
        /// The rule that found the meeting and the lexicon line behind it («meeting.frame.verb (meeting-frames.txt:27)»),
        /// when the store keeps them: a judge who finds a wrong edge sees which rule to blame.
        public var rule: String?

        /// Creates a meeting row.
        public init(meetingID: String, document: String, date: String?, sentence: String, sentenceStart: Int, sentenceEnd: Int,
                    trigger: String?, triggerStart: Int?, triggerEnd: Int?, rule: String? = nil) {
            self.meetingID = meetingID
            self.document = document
            self.date = date
            self.sentence = sentence
            self.sentenceStart = sentenceStart
            self.sentenceEnd = sentenceEnd
            self.trigger = trigger
            self.triggerStart = triggerStart
            self.triggerEnd = triggerEnd
            self.rule = rule
        }
    }

    /// A sampled edge: its position in the draw (1-based), its id, its two ends and its meetings.
    public struct Row: Sendable, Hashable, Codable {
        public var number: Int
        public var edgeID: String
        public var a: End
        public var b: End
        public var meetings: [Meeting]

        /// Creates a row.
        public init(number: Int, edgeID: String, a: End, b: End, meetings: [Meeting]) {
            self.number = number
            self.edgeID = edgeID
            self.a = a
            self.b = b
            self.meetings = meetings
        }
    }

    /// The kinds a person-to-person edge joins: named people and people known only by a role.
    public static let peopleKinds: Set<NodeKind> = [.person, .unnamedRoleHolder]

    /// Draws `size` `met` edges (all of them when there are fewer) from `graph`; only edges between
    /// people unless `allKinds`.
    ///
    /// Complexity: O(E log E) in the graph's edges.
    public static func sample(_ graph: CorpusGraph, size: Int, seed: UInt64, allKinds: Bool = false) -> [Row] {
        var nodes: [String: GraphNode] = [:]
        for node in graph.nodes { nodes[node.id] = node }
        var candidates = graph.edges.filter { edge in
            guard edge.kind == .met, let a = nodes[edge.source], let b = nodes[edge.target] else { return false }
            return allKinds || (peopleKinds.contains(a.kind) && peopleKinds.contains(b.kind))
        }
        candidates.sort { $0.id < $1.id }
        var generator = SplitMix64(seed: seed)
        let count = min(max(size, 0), candidates.count)
        // Partial Fisher–Yates: the first `count` slots become a uniform sample, in draw order.
        for i in 0..<count {
            let j = i + Int(generator.next(below: UInt64(candidates.count - i)))
            candidates.swapAt(i, j)
        }
        return candidates.prefix(count).enumerated().map { n, edge in
            func end(_ id: String) -> End {
                let node = nodes[id]!
                return End(id: node.id, label: node.label, kind: node.kind, role: node.role)
            }
            let meetings = edge.evidence.map { e -> Meeting in
                let offsets = nodes[e.meetingID].flatMap { triggerOffsets(ofMeetingKey: $0.key) }
                return Meeting(meetingID: e.meetingID, document: e.document, date: e.date, sentence: e.text,
                               sentenceStart: e.start, sentenceEnd: e.end, trigger: e.trigger,
                               triggerStart: offsets?.start, triggerEnd: offsets?.end,
                               rule: e.rule.map { rule in e.ruleSource.map { "\(rule) (\($0))" } ?? rule })
            }
            return Row(number: n + 1, edgeID: edge.id, a: end(edge.source), b: end(edge.target), meetings: meetings)
        }
    }

    /// The trigger offsets a meeting node's key carries: `CorpusGraphBuilder` keys a meeting as
    /// «meeting:<document>@<start>-<end>» (the document id may itself hold «@» or «-», so the offsets
    /// are read from the end).
    static func triggerOffsets(ofMeetingKey key: String) -> (start: Int, end: Int)? {
        guard key.hasPrefix("meeting:"), let at = key.lastIndex(of: "@") else { return nil }
        let parts = key[key.index(after: at)...].split(separator: "-")
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
        return (start, end)
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so a draw can be repeated
/// from its seed on any platform (Swift's system generator cannot be seeded).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<bound` (rejection sampling: no modulo bias).
    public mutating func next(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let value = next()
            if value < limit { return value % bound }
        }
    }
}
