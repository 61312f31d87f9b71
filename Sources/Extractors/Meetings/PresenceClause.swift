/// «X در جلسه شورای حفظ حقوق بیت‌المال استان کرمان با حضور وزیر جهاد کشاورزی گفت», «X در جلسه شورای اداری این
/// شهرستان که با حضور وزیر ارتباطات برگزار شد اظهار کرد»: a «با حضور …» list (a comitative and a presence noun,
/// comitative-prepositions.txt and presence-nouns.txt) that follows a meeting noun of the same sentence, the noun's
/// body or a «که» clause between them, names who attended that meeting. Read apart, the list became a second
/// meeting of its own, so the subject was never paired with them and a role-holder alone in it was dropped.
///
/// Between the meeting's trigger and «با حضور» stand at most `with-lookback` tokens, none a comma or a closing
/// mark, an auxiliary («شد», «است»: a clause that ended), a report of speech or another meeting trigger.
struct PresenceClause {
    let context: DocumentContext

    /// True when the «با حضور» list whose trigger is `presence` continues `meeting`, a meeting found earlier in the
    /// same sentence `sentence`.
    func continues(_ meeting: MeetingEvent, presence: Range<Int>, in sentence: Int) -> Bool {
        let k = presence.lowerBound
        guard meeting.sentence == sentence, meeting.trigger.upperBound <= k, presence.count == 2,
              context.lists(.comitativePrepositions, k), context.lists(.presenceNouns, k + 1),
              k - meeting.trigger.upperBound <= context.limits.withLookback else { return false }
        for j in meeting.trigger.upperBound..<k {
            if context.isComma(j) || context.isPunctuation(j, ".:!؟?") { return false }
            if context.isAuxiliary(j) { return false }
            if context.matchLength(.speechVerbs, at: j) != nil || context.match(.meetingTriggers, at: j) != nil { return false }
        }
        return true
    }
}
