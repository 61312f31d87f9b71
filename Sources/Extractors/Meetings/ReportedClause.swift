/// «علی احمدی سخنگوی وزارت امور خارجه گفت (که) محمد رضایی وزیر نفت با نوری مالکی دیدار کرد»: a report of speech
/// (speech-verbs.txt) between a sentence's subject and a meeting's trigger makes that subject the reporter of a
/// meeting its complement clause tells; the reporter did not meet. The clause's own subject, named right after the
/// speech verb (past «که», a comma and at most three stop words such as a time word), is the frame's subject party
/// instead. A clause that opens with its «با» party or a locative preposition («X گفت که با Y دیدار کرده است», «X
/// افزود که در دیدار با Y …») names no subject of its own: the speaker is the one who met, and the sentence's subject
/// stays. An opening that is an office, a group or a body no slot holds («X گفت هیات پارلمانی کشورمان با Y دیدار
/// کرد») leaves the frame no subject party; any other unread opening (a time phrase such as «هفته گذشته» that is no
/// stop word) keeps the speaker, as the frame read it before this type: dropping him there would cost a right pair.
/// Quoted speech after «:» is never read (the detector's limit), so only the indirect report is this type's.
struct ReportedClause {
    let context: DocumentContext

    enum Reading: Equatable {
        /// No speech verb between the subject and the trigger, or a clause without a subject of its own.
        case sentenceSubject
        /// The clause's own subject slot starts at this token.
        case clauseSubject(Int)
        /// The clause opens with an office, group or body that is no slot: the frame has no subject party.
        case noSubject
    }

    /// How the frame's subject party reads between the sentence subject's end `subjectEnd` and the trigger at `k`.
    /// Linear in the words between them (one lexicon look-up a token).
    func reading(after subjectEnd: Int, trigger k: Int, _ slotAt: [Int: Slot]) -> Reading {
        var reportEnd: Int?
        var j = subjectEnd
        while j < k {
            if let n = context.matchLength(.speechVerbs, at: j), !isTalksNoun(j + n) {
                reportEnd = j + n
                j += n
            } else {
                j += 1
            }
        }
        guard var j = reportEnd, j < k else { return .sentenceSubject }
        while j < k, context.isKey(j, "که") || context.isComma(j) { j += 1 }
        var skipped = 0
        while j < k, slotAt[j] == nil, skipped < 3, context.isStopWord(j), !opensSubjectless(j) { j += 1; skipped += 1 }
        if j >= k || opensSubjectless(j) { return .sentenceSubject }
        if slotAt[j] != nil { return .clauseSubject(j) }
        return opensUnnamedParty(j) ? .noSubject : .sentenceSubject
    }

    /// «هیات پارلمانی …», «وزیر نفت …», «مسئولان …»: the clause's subject is someone, though no slot holds it.
    private func opensUnnamedParty(_ j: Int) -> Bool {
        context.matchLength(.roleHeads, at: j) != nil || context.matchLength(.groupNouns, at: j) != nil
            || context.matchLength(.institutionHeads, at: j) != nil
    }

    /// «با», «در», «پس از …»: the clause opens with its «با» party or the place or time of its event
    /// (locative-prepositions.txt lists «در» and the words before «از» of «پس/بعد/پیش/قبل از»).
    private func opensSubjectless(_ j: Int) -> Bool {
        context.lists(.comitativePrepositions, j) || context.lists(.locativePrepositions, j)
    }

    /// «گفت وگو», «گفت و گو» written in two or three words: the first is no speech verb.
    private func isTalksNoun(_ next: Int) -> Bool {
        guard next < context.tokenCount else { return false }
        if context.keys[next].hasPrefix("وگو") { return true }
        return next + 1 < context.tokenCount && context.isAnd(next) && context.keys[next + 1].hasPrefix("گو")
    }
}
