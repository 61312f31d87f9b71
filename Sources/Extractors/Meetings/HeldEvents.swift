/// Reads a sentence that tells of an event other than the meeting reported before it, by the words of
/// held-events.txt. Three shapes:
/// - held: an event noun, then a verb that reports it held, no speech reported: «همچنین بزرگداشت مرحوم X … نیز عصر
///   پنج‌شنبه در خانه شاعران برگزار شد»;
/// - announced: «از برگزاری» right before the noun: «روابط عمومی … همچنین از برگزاری جلسه بررسی … خبر داد»;
/// - set apart: a sentence opened by «همچنین» whose speaker is «در» another event: «همچنین فرماندار نکا، در
///   اجتماع پرشور … بسیجیان این شهرستان اظهار داشت».
///
/// When no frame found anyone in such a sentence, the event it tells of has no meeting, and a later back-reference
/// of the news item («در این جلسه», «X نیز گفت», «در ادامه X گفت») speaks of it, not of the meeting before it:
/// `MeetingDetector` then starts a meeting of the back-reference's own rather than joining the earlier one. Without
/// it, the speakers of two tributes, two rallies or two sessions told in one article were paired (the wrong edges
/// of the audits of seeds 1216–1218: ham-850230-017, fars2-128, fars3-114). The event is another only when none of
/// the sentence's event nouns stands in the earlier meeting's sentences (for a held event, unless a `kind=another`
/// word says so: «همچنین» opening the sentence, «نیز» not after «و», held-events.txt `position=`, `not-after=`): «مراسم گشایش … برگزار شد» after «نمایشگاه … با
/// حضور X گشایش یافت» tells again of the same opening. A noun with a demonstrative before it or one word after it
/// («این مراسم», «مراسم گشایش این نمایشگاه») points back to an event already told; one further off belongs to the
/// noun's complement («اجتماع پرشور بسیجیان این شهرستان»).
struct HeldEvents {
    let context: DocumentContext
    let clauses: ClauseReader

    /// True when `sentence`, before `limit` (its quoted speech), tells of an event other than the meeting told in
    /// the sentences `earlier`.
    func announcesAnother(_ sentence: Sentence, limit: Int, earlier: [Int]) -> Bool {
        let start = sentence.tokens.lowerBound
        guard start < limit else { return false }
        // «همچنین» opening the sentence (`position=opening`) sets its speaker apart and says «another».
        let opensWithAlso = context.match(.heldEvents, at: start).map { $0.entry["kind"] == "another" && $0.entry["position"] == "opening" } ?? false
        var nouns: [Int] = []
        var another = opensWithAlso
        var shape: Shape?
        // Where the latest «از برگزاری» ends: a noun right there is the event announced.
        var holdingEnd = -1
        var k = start
        while k < limit {
            guard let m = context.match(.heldEvents, at: k) else { k += 1; continue }
            switch m.entry["kind"] {
            case "noun":
                guard !(k > start && context.isDeicticDeterminer(k - 1)) else { break }
                if nouns.isEmpty, k == holdingEnd { shape = .announced }
                if nouns.isEmpty, opensWithAlso, k > start, context.lists(.locativePrepositions, k - 1) { shape = shape ?? .setApart }
                nouns.append(k)
            case "verb":
                // «در مراسمی که … برگزار شد، …»: the verb is a relative clause's, and the sentence tells of something else.
                if shape == nil, let first = nouns.first, !(first..<k).contains(where: { context.isKey($0, "که") }) { shape = .held }
            case "holding":
                holdingEnd = k + m.length
            case "another":
                // «… نیز …» says «another» anywhere but after its `not-after` word: «و نیز» joins a list. A word of
                // `position=opening` counts only opening the sentence (`opensWithAlso`).
                let afterWord = m.entry["not-after"].map { context.isKey(k - 1, PersianNormalizer.key($0)) } ?? false
                if k > start, m.entry["position"] != "opening", !afterWord { another = true }
            default:
                break
            }
            k += m.length
        }
        guard let shape, let first = nouns.first,
              !(first + 1...first + 2).contains(where: { $0 < limit && context.isDeicticDeterminer($0) }) else { return false }
        switch shape {
        case .held:
            guard !clauses.reportsSpeech(sentence, from: start) else { return false }
            return another || !told(nouns.map { context.key($0) }, in: earlier)
        case .announced, .setApart:
            return !told(nouns.map { context.key($0) }, in: earlier)
        }
    }

    private enum Shape { case held, announced, setApart }

    /// True when one of the event nouns `keys` stands in one of the sentences `indices`.
    private func told(_ keys: [String], in indices: [Int]) -> Bool {
        indices.contains { s in
            context.text.sentences[s].tokens.contains { j in keys.contains { context.isKey(j, $0) } }
        }
    }
}
