/// «دبیر این کنفرانس», «رییس این کمیته», «دبیر علمی همایش»: an office held in the event, project or body the article
/// is about, named by a demonstrative or by the bare noun at the end of the phrase (`role.event-body`).
extension PhraseRecognizer {
    /// The complement «این/همین NOUN» at `j`, NOUN an institution head whose antecedent the article does not write out
    /// (`demonstrativeInstitution` found none) or a noun of role-events.txt; or such a noun alone when the phrase ends
    /// right after it (punctuation, a function word other than «و», a verb of speech). The span is `implied` and not
    /// `complete`: no institution of its own, no mention; it `completesRole`, so the person holds the office.
    /// Its key is the noun's with the demonstrative, so two mentions of «رئیس این کمیته» in an article are one office.
    func eventBody(at j: Int, end: Int) -> InstitutionSpan? {
        guard j < end else { return nil }
        var start = j
        var deictic = false
        if context.isDeicticDeterminer(j) { start += 1; deictic = true }
        guard start < end else { return nil }
        let length: Int
        var source: String?
        var work = false
        if let event = context.match(.roleEvents, at: start) {
            length = event.length; source = event.entry.source; work = event.entry["work"] == "yes"
        } else if deictic, let head = institutionHead(at: start, allowPlural: false) {
            length = head.length; source = head.entry.source
        } else {
            return nil
        }
        var k = start + length
        // «کارگردان فیلم «لاک‌پشت‌ها هم پرواز می‌کنند»», «دبیر جشنواره «مصاف»»: the work's or event's title in quotes
        // right after the noun names it, and its closing quote ends the phrase.
        let titled = !deictic ? quotedTitleEnd(at: k, end: end) : nil
        if let t = titled { k = t }
        // «کارگردان فیلم چه کسی امیر را کشت»: a work's title is often written with no quotes, so a bare work noun
        // (`work=yes`) ends the phrase only before punctuation, «که» or a report of speech, not before any function word.
        if work, !deictic, titled == nil, k < end, !context.isPunctuation(k, "،,؛.:)!؟?"), !context.isKey(k, "که"),
           context.matchLength(.speechVerbs, at: k) == nil, context.matchLength(.speechParticiples, at: k) == nil {
            return nil
        }
        // «مسئول طرح و برنامه …», «دبیر همایش بین‌المللی …»: a bare noun that the phrase goes on after names no event.
        // Nor one a demonstrative follows: «مدیر تحقیق این پروژه» is the project's, whose name the phrase goes on to; nor
        // one a word written in two follows, its first part a stop word («نمایشگاه بین المللی قرآن»).
        if !deictic, titled == nil, k < end, splitWordEnd(at: k, end: end) != nil { return nil }
        if !deictic, titled == nil, !(k >= end || !context.isWord(k) || context.isStopWord(k) && !context.isAnd(k) && !context.isDeicticDeterminer(k)
                       || context.matchLength(.speechVerbs, at: k) != nil || context.matchLength(.speechParticiples, at: k) != nil) {
            return nil
        }
        let key = (deictic ? "این:" : "") + (start..<k).map { context.key($0) }.joined()
        var body = InstitutionSpan(tokens: j..<k, name: context.text(tokens: j..<k), key: key, gloss: "", complete: false, implied: true,
                                   place: nil, rule: RuleID.roleEventBody.rawValue, source: source)
        body.completesRole = true
        return body
    }

    /// The end (past the closing quote) of a title in quotes opening at `k`: a few words, no sentence end inside.
    /// A longer run is left unread: a quote that does not close soon is a quotation, not a title.
    func quotedTitleEnd(at k: Int, end: Int) -> Int? {
        guard k + 2 < end, context.isPunctuation(k, "«\"“") else { return nil }
        let limit = min(end, k + 2 + context.limits.quotedTitleWords)
        var q = k + 1
        while q < limit {
            if context.isPunctuation(q, "»\"”") { return q > k + 1 ? q + 1 : nil }
            if context.isPunctuation(q, "«“.:؛!؟?") { return nil }
            q += 1
        }
        return nil
    }
}
