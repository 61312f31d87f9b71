/// «دراین دیدار», «درهمین جلسه»: Hamshahri's typography often writes the locative «در» glued to the demonstrative
/// (146 times in the 6,835 articles of the two dev corpora, 19 of them right before a meeting noun, in 12 articles:
/// «حاکیست: دراین دیدار که باحضور "فاروق الشرع" … انجام گرفت», «… نیز دراین مراسم … گفت»). The meeting rules read
/// such a word as the two words it is made of: a preposition of locative-prepositions.txt and a demonstrative of
/// deictic-determiners.txt, so the noun after it is a back-reference like «در این دیدار».
/// Asked only of the word before a meeting trigger (a few words an article), so it costs no per-token pass.
extension DocumentContext {
    /// True when the word at `i` is a locative preposition glued to a demonstrative («دراین», «درهمین»).
    func isGluedLocativeDeictic(_ i: Int) -> Bool {
        guard i >= 0, i < tokenCount, isWord(i) else { return false }
        let key = keys[i]
        for entry in rules[.deicticDeterminers].entries where entry["position"] != "after" && key.utf8.count > entry.key.utf8.count && key.hasSuffix(entry.key) {
            let preposition = String(decoding: key.utf8.dropLast(entry.key.utf8.count), as: UTF8.self)
            if rules.entry(.locativePrepositions, key: preposition) != nil { return true }
        }
        return false
    }

    /// True when the word at `i` points back like «این»: a demonstrative, or one glued to its «در» («دراین»).
    func isDeicticOrGlued(_ i: Int) -> Bool { isDeicticDeterminer(i) || isGluedLocativeDeictic(i) }

    /// True when the word at `i` is a demonstrative of deictic-determiners.txt that stands before its noun («این»,
    /// «همین»); the words that follow theirs (`position=after`: «فوق», «مذکور») are asked by `pointsBackAfter`.
    func isDeicticDeterminer(_ i: Int) -> Bool {
        guard i >= 0, i < tokenCount, spelledEntryOf[i] & RuleLexicon.deicticDeterminers.bit != 0,
              let entry = rules.entry(.deicticDeterminers, key: keys[i], hash: keyHashes[i]) else { return false }
        return entry["position"] != "after"
    }

    /// The word at `i`, right after a noun, when it points back as «این» before it does: «طی مراسم فوق», «در جلسه
    /// مذکور», «در همایش یادشده» (deictic-determiners.txt `position=after`), not before a word of its `unless-next=`
    /// («اجلاس فوق العاده» is an extraordinary session).
    /// The number of its tokens, nil when there is none.
    func pointsBackAfter(_ i: Int) -> Int? {
        guard i < tokenCount, let m = match(.deicticDeterminers, at: i), m.entry["position"] == "after" else { return nil }
        let next = i + m.length
        if next < tokenCount, m.entry.lists("unless-next", key: keys[next]) { return nil }
        return m.length
    }
}
