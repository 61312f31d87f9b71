/// «علی درخشان، داوود نوشی، سروش رفیعی، میلاد جهانی از مازندران، رسول کر، … و پویا حقی به میدان رفتند»: a roster of
/// names separated by commas and «و». An item that opens with a given name and has one or two more words is a name when
/// the list holds at least three names read on their own and no more such items than names: the list vouches for a
/// surname that is also an everyday word («جهانی», «حقی», «کر») or for a given name that is one («پویا», «سامان»),
/// where the name rules, reading one item and its two neighbours (`NameRecognizer.inListOfNames`), stop at an item
/// whose neighbour they could not read either.
extension MentionScanner {
    /// Adds the unread name items of rosters (`person.list-name`).
    func readListedNames(in found: inout RecognizedMentions) {
        guard found.names.count >= 3 else { return }
        var nameEnding: [Int: NameSpan] = [:]
        for n in found.names { nameEnding[n.tokens.upperBound] = n }
        var perSentence: [Int: Int] = [:]
        for n in found.names { perSentence[context.sentenceOfToken[n.tokens.lowerBound], default: 0] += 1 }
        for (s, count) in perSentence.sorted(by: { $0.key < $1.key }) where count >= 3 {
            let sentence = context.text.sentences[s]
            // The sentence cut at its separators: a comma or «و».
            var segments: [Range<Int>] = []
            var start = sentence.tokens.lowerBound
            for t in sentence.tokens where context.isComma(t) || context.isAnd(t) {
                if t > start { segments.append(start..<t) }
                start = t + 1
            }
            if start < sentence.tokens.upperBound { segments.append(start..<sentence.tokens.upperBound) }
            // Each segment: a name read (the segment ends with it, or opens with it before a stop word), an unread
            // item, or neither (which ends a run of the roster).
            // An unread run of two or three name words with no given name first («آرمن طهماسیان») keeps the roster going
            // without counting for it (`nameLike`).
            enum Item { case name, candidate(Range<Int>), nameLike, other }
            let items: [Item] = segments.map { seg in
                if let n = nameEnding[seg.upperBound], n.tokens.lowerBound >= seg.lowerBound { return .name }
                if let n = found.names.first(where: { $0.tokens.lowerBound == seg.lowerBound }), opensTail(at: n.tokens.upperBound, in: seg) { return .name }
                if let c = candidateName(in: seg, found: found) { return .candidate(c) }
                if (2...3).contains(seg.count), seg.allSatisfy({ context.isNameWord($0) && !context.isStopWord($0) && !found.claimed[$0] }) { return .nameLike }
                return .other
            }
            // A roster is a run of segments none of which is `other`.
            for run in items.split(whereSeparator: { if case .other = $0 { return true } else { return false } }) {
                let names = run.filter { if case .name = $0 { return true } else { return false } }.count
                let candidates: [Range<Int>] = run.compactMap { if case .candidate(let r) = $0 { return r } else { return nil } }
                guard names >= 3, !candidates.isEmpty, candidates.count <= names else { continue }
                for r in candidates {
                    let given = context.matchLength(.givenNames, at: r.lowerBound) ?? 1
                    found.names.append(NameSpan(tokens: r, nameTokens: r, surnameTokens: (r.lowerBound + given)..<r.upperBound,
                                                titles: [], rule: RuleID.personListName.rawValue))
                    for t in r { found.claimed[t] = true }
                }
            }
        }
    }

    /// True when nothing follows `end` inside `seg`, or the words after it open with a function word («… از
    /// مازندران», «… به میدان رفتند»).
    private func opensTail(at end: Int, in seg: Range<Int>) -> Bool {
        end >= seg.upperBound || context.isStopWord(end) || !context.isWord(end)
    }

    /// The unread item at the start of `seg`: a given name (one or two words of given-names.txt) and one or two more
    /// name words, none claimed, no stop word, title or place among them; the segment ends there or goes on with a
    /// function word. Nil for anything else.
    private func candidateName(in seg: Range<Int>, found: RecognizedMentions) -> Range<Int>? {
        let i = seg.lowerBound
        guard let given = context.matchLength(.givenNames, at: i), given <= 2 else { return nil }
        var e = i
        while e < seg.upperBound, e - i < given + 2, context.isWord(e), !context.isStopWord(e), !found.claimed[e],
              context.isNameWord(e), context.matchLength(.titles, at: e) == nil || e > i, !context.isPlaceName(e),
              // Not a credit's word («… پورخوشبخت نوشته …») nor a plural in «گان» («… علیدوستی خوانندگان …»).
              context.matchLength(.creditCues, at: e) == nil, !context.key(e).hasSuffix("گان") { e += 1 }
        guard e - i > given, e - i <= given + 2, opensTail(at: e, in: seg) else { return nil }
        // The words after the given name are no given names alone («علی رضا» is two given names, no surname).
        guard (i + given..<e).contains(where: { context.matchLength(.givenNames, at: $0) == nil }) else { return nil }
        return i..<e
    }
}
