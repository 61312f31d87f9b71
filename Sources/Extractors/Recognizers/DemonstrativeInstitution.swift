/// «دبیرکل این ستاد», «رئیس این سازمان»: a demonstrative and an institution head stand for the institution of that
/// head the article named last before them (`institution.demonstrative`).
extension PhraseRecognizer {
    /// Words looked back for the antecedent: a few sentences of a news story. A constant bound keeps a text made of
    /// nothing but demonstrative offices linear, and a word is passed over on one comparison of key hashes.
    static let demonstrativeLookback = 400

    /// The institution «این/همین HEAD» at `j` stands for, read before `before`: the last complete institution
    /// written out with the same head (a listed name or a head with its place, eponym or parent body), within
    /// `demonstrativeLookback` words. Its span is the demonstrative's words, its key and name the antecedent's; it is
    /// `implied` (no mention of its own: the antecedent already is one). Nil when no such institution precedes.
    func demonstrativeInstitution(at j: Int, end: Int, before: Int) -> InstitutionSpan? {
        guard context.isDeicticDeterminer(j), j + 1 < end, let head = institutionHead(at: j + 1, allowPlural: false) else { return nil }
        var k = before - 1
        let stop = max(0, before - Self.demonstrativeLookback)
        // The antecedent's head starts with the demonstrative's head word: one comparison of key hashes a word.
        let first = context.keyHash(j + 1)
        while k >= stop {
            if context.keyHash(k) == first, context.isContent[k], let h = context.match(.institutionHeads, at: k), h.entry.key == head.entry.key,
               !(k > 0 && context.isDeicticDeterminer(k - 1)),
               let inst = institution(at: k), inst.complete, !inst.implied, inst.place?.deictic != true {
                return InstitutionSpan(tokens: j..<(j + 1 + head.length), name: inst.name, key: inst.key, gloss: inst.gloss,
                                       complete: true, implied: true, place: nil, rule: RuleID.institutionDemonstrative.rawValue,
                                       source: head.entry.source)
            }
            k -= 1
        }
        return nil
    }
}
