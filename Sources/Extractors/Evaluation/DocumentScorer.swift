/// Scores one system record against one gold record, exactly as score.py's `score_doc` does
/// (`../shared/docs/scoring.md`), and says which mistakes make up the counts.
///
/// People match one-to-one, best match first: 3 when the full-name keys agree, 2 when one side's full
/// name is one of the other's surface forms (ties in gold order, then system order). Roles, institutions
/// and pairs are then compared through that matching.
public enum DocumentScorer {
    /// The counts, mistakes and bad offsets of one document.
    public struct Result: Sendable {
        public var counts: [ScoredField: FieldCounts]
        public var mistakes: [ExtractionMistake]
        /// Mentions whose `[start, end)` does not cut their text out of the original.
        public var badOffsets: [BadOffset]
    }

    /// A mention whose offsets do not give back its text.
    public struct BadOffset: Sendable, Hashable, Codable {
        public var document: String
        public var text: String?
        public var start: Int?
        public var end: Int?
    }

    /// Scores `prediction` (nil: the system said nothing about the article) against `gold`; with `text`,
    /// every person and institution mention's offsets are checked against it.
    public static func score(gold: GoldDocument, prediction: PredictedDocument?, text: String? = nil) -> Result {
        var counts = Dictionary(uniqueKeysWithValues: ScoredField.allCases.map { ($0, FieldCounts()) })
        var mistakes: [ExtractionMistake] = []
        let doc = gold.id
        let gpeople = gold.people
        let ppeople = prediction?.people ?? []

        // People: (full-name keys, every key) on each side.
        let gk: [(full: Set<String>, all: Set<String>)] = gpeople.map { gp in
            if gp.unnamed {
                var all = Set<String>()
                for r in [gp.name] + gp.roles.map(\.role) + gp.roles.map(\.resolved) where LooseJSON.truthy(r) {
                    all.insert(ScoringKey.key(r))
                }
                return ([ScoringKey.key(gp.name)], all)
            }
            let full = ScoringKey.nameKeys(gp.name)
            return (full, gp.surfaceForms.reduce(full) { $0.union(ScoringKey.nameKeys($1)) })
        }
        let pk: [(full: Set<String>, all: Set<String>)] = ppeople.map { pp in
            var full = pp.unnamed ? [ScoringKey.key(pp.name)] : ScoringKey.nameKeys(pp.name)
            var all = pp.mentions.reduce(full) { $0.union(ScoringKey.nameKeys($1.text)) }
            if pp.unnamed {
                for r in pp.roles {
                    all.insert(ScoringKey.key(r.text))
                    full.insert(ScoringKey.key(r.text))
                }
            }
            return (full, all)
        }
        var candidates: [(score: Int, g: Int, p: Int)] = []
        for (i, g) in gk.enumerated() {
            for (j, p) in pk.enumerated() {
                let s = !g.full.isDisjoint(with: p.full) ? 3 : (!p.full.isDisjoint(with: g.all) || !g.full.isDisjoint(with: p.all) ? 2 : 0)
                if s > 0 { candidates.append((s, i, j)) }
            }
        }
        candidates.sort { (-$0.score, $0.g, $0.p) < (-$1.score, $1.g, $1.p) }
        var g2p: [Int: Int] = [:], p2g: [Int: Int] = [:]
        for c in candidates where g2p[c.g] == nil && p2g[c.p] == nil {
            g2p[c.g] = c.p
            p2g[c.p] = c.g
        }
        for (i, gp) in gpeople.enumerated() where !gp.mentionOnly {
            if g2p[i] != nil {
                counts[.people]!.tp += 1
            } else {
                counts[.people]!.fn += 1
                mistakes.append(.init(document: doc, kind: .personMissed, rule: ExtractionMistake.noRuleFired, text: gp.name,
                                      detail: gp.unnamed ? "unnamed" : ""))
            }
        }
        for (j, pp) in ppeople.enumerated() where p2g[j] == nil {
            counts[.people]!.fp += 1
            mistakes.append(.init(document: doc, kind: .falsePerson,
                                  rule: ExtractionMistake.label(pp.mentions.first.map { [$0.rule] } ?? pp.roles.prefix(1).map(\.rule)),
                                  text: pp.name, detail: pp.unnamed ? "unnamed" : ""))
        }

        // Roles of matched people, whole phrase, each predicted role used once.
        for (i, gp) in gpeople.enumerated() where !gp.mentionOnly {
            let groles: [Set<String>] = gp.roles.map { r in
                var keys: Set<String> = [ScoringKey.key(r.role)]
                if LooseJSON.truthy(r.resolved) { keys.insert(ScoringKey.key(r.resolved)) }
                return keys
            }
            let predicted = g2p[i].map { ppeople[$0].roles } ?? []
            let proles = predicted.map { ScoringKey.key($0.text) }
            var used = Set<Int>()
            for (n, gr) in groles.enumerated() {
                if let hit = proles.indices.first(where: { !used.contains($0) && gr.contains(proles[$0]) }) {
                    used.insert(hit)
                    counts[.roles]!.tp += 1
                } else {
                    counts[.roles]!.fn += 1
                    let found = predicted.map { "«\($0.text)»" }.joined(separator: ", ")
                    mistakes.append(.init(document: doc, kind: .roleMissed, rule: ExtractionMistake.noRuleFired,
                                          text: "\(gp.name): \(gp.roles[n].role ?? "")",
                                          detail: g2p[i] == nil ? "person not found" : (found.isEmpty ? "no role found" : "found " + found)))
                }
            }
            counts[.roles]!.fp += proles.count - used.count
            if let j = g2p[i] {
                for (n, role) in predicted.enumerated() where !used.contains(n) {
                    mistakes.append(.init(document: doc, kind: .falseRole, rule: ExtractionMistake.label([role.rule]),
                                          text: "\(ppeople[j].name): \(role.text)"))
                }
            }
        }
        for (j, pp) in ppeople.enumerated() where p2g[j] == nil {
            counts[.roles]!.fp += pp.roles.count
            for role in pp.roles {
                mistakes.append(.init(document: doc, kind: .roleOfUnmatchedPerson, rule: ExtractionMistake.label([role.rule]),
                                      text: "\(pp.name): \(role.text)"))
            }
        }

        // Institutions: key sets; optional ones neither rewarded nor penalized.
        let gi = Set(gold.institutions.map { ScoringKey.key($0) })
        let opt = Set(gold.optionalInstitutions.map { ScoringKey.key($0) })
        let must = gi.subtracting(opt)
        var firstOfKey: [String: PredictedDocument.Ruled] = [:]
        for inst in prediction?.institutions ?? [] where firstOfKey[ScoringKey.key(inst.name.text)] == nil {
            firstOfKey[ScoringKey.key(inst.name.text)] = inst.name
        }
        let pi = Set(firstOfKey.keys)
        counts[.institutions]!.tp += pi.intersection(must).count
        let falseInstitutions = pi.subtracting(gi).subtracting(opt)
        counts[.institutions]!.fp += falseInstitutions.count
        counts[.institutions]!.fn += must.subtracting(pi).count
        var missedSeen = Set<String>()
        for name in gold.institutions where must.contains(ScoringKey.key(name)) && !pi.contains(ScoringKey.key(name))
            && missedSeen.insert(ScoringKey.key(name)).inserted {
            mistakes.append(.init(document: doc, kind: .institutionMissed, rule: ExtractionMistake.noRuleFired, text: name))
        }
        var falseSeen = Set<String>()
        for inst in prediction?.institutions ?? [] {
            let k = ScoringKey.key(inst.name.text)
            guard falseInstitutions.contains(k), falseSeen.insert(k).inserted else { continue }
            mistakes.append(.init(document: doc, kind: .falseInstitution, rule: ExtractionMistake.label([firstOfKey[k]?.rule]), text: inst.name.text))
        }

        // Met: unordered pairs of matched people.
        var gname: [String: Int] = [:]
        for (i, gp) in gpeople.enumerated() { gname[ScoringKey.key(gp.name)] = i }
        func gpair(_ pair: GoldDocument.Pair) -> PairKey? {
            guard let a = gname[ScoringKey.key(pair.names[0])], let b = gname[ScoringKey.key(pair.names[1])] else { return nil }
            return .gold(min(a, b), max(a, b))
        }
        var gmet: [PairKey] = []
        for pair in gold.met { if let k = gpair(pair), !gmet.contains(k) { gmet.append(k) } }
        let gopt = Set(gold.metOptional.compactMap(gpair))
        var pid: [String: Int] = [:]
        for (j, pp) in ppeople.enumerated() { pid[pp.id] = j }
        var pmet: [PairKey] = [], rulesOf: [PairKey: [String?]] = [:]
        for m in prediction?.met ?? [] {
            let key: PairKey
            if let ja = pid[m.a], let jb = pid[m.b], ja != jb {
                if let ia = p2g[ja], let ib = p2g[jb], ia != ib { key = .gold(min(ia, ib), max(ia, ib)) } else { key = .unmatched(ja, jb) }
            } else {
                key = .bad(m.a, m.b)
            }
            if rulesOf[key] == nil { pmet.append(key) }
            rulesOf[key, default: []] += m.rules.isEmpty ? [nil] : m.rules
        }
        let gmetSet = Set(gmet), pmetSet = Set(pmet)
        counts[.met]!.tp += pmetSet.intersection(gmetSet).count
        counts[.met]!.fn += gmetSet.subtracting(pmetSet).count
        func label(_ key: PairKey) -> String {
            switch key {
            case .gold(let a, let b): "\(gpeople[a].name) — \(gpeople[b].name)"
            case .unmatched(let a, let b): "\(ppeople[a].name) — \(ppeople[b].name)"
            case .bad(let a, let b): "\(a) — \(b)"
            }
        }
        for key in pmet where !gmetSet.contains(key) && !gopt.contains(key) {
            counts[.met]!.fp += 1
            let kind: ExtractionMistake.Kind
            var detail = ""
            switch key {
            case .gold: kind = .falsePair
            case .unmatched(let a, let b):
                kind = .pairWithUnmatchedPerson
                detail = "not in gold: " + [a, b].filter { p2g[$0] == nil }.map { "«\(ppeople[$0].name)»" }.joined(separator: ", ")
            case .bad: kind = .pairWithUnknownID
            }
            mistakes.append(.init(document: doc, kind: kind, rule: ExtractionMistake.label(rulesOf[key] ?? []), text: label(key), detail: detail))
        }
        for key in gmet where !pmetSet.contains(key) {
            guard case .gold(let a, let b) = key else { continue }
            let unfound = [a, b].filter { g2p[$0] == nil }.map { "«\(gpeople[$0].name)»" }
            mistakes.append(.init(document: doc, kind: .pairMissed, rule: ExtractionMistake.noRuleFired, text: label(key),
                                  detail: a == b ? "the pair names one person twice" : unfound.isEmpty ? "both people found" : "not found: " + unfound.joined(separator: ", ")))
        }

        // Offsets of person and institution mentions against the original text.
        var badOffsets: [BadOffset] = []
        if let text, let prediction {
            let scalars = Array(text.unicodeScalars)
            for span in prediction.people.flatMap(\.spans) + prediction.institutions.flatMap(\.spans)
                where !Self.cuts(scalars, span) {
                badOffsets.append(BadOffset(document: doc, text: span.text, start: span.start, end: span.end))
            }
        }
        return Result(counts: counts, mistakes: mistakes, badOffsets: badOffsets)
    }

    /// A pair as score.py keys it: two gold people (a frozenset; both equal for a pair naming one person
    /// twice), two system people not both matched, or ids that name no person or the same one.
    enum PairKey: Hashable {
        case gold(Int, Int)
        case unmatched(Int, Int)
        case bad(String, String)
    }

    /// True when Python's `text[start:end]` equals the span's text, scalar for scalar.
    static func cuts(_ scalars: [Unicode.Scalar], _ span: PredictedDocument.Span) -> Bool {
        guard let start = span.start, let end = span.end, let expected = span.text else { return false }
        let n = scalars.count
        func clamp(_ i: Int) -> Int { i < 0 ? max(i + n, 0) : min(i, n) }
        let s = clamp(start), e = clamp(end)
        let slice = s < e ? scalars[s..<e] : []
        return slice.elementsEqual(expected.unicodeScalars)
    }
}
