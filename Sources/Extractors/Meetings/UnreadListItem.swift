/// «با حضور ناصر تقوایی، بهمن فرمان آرا، هوشنگ مرادی کرمانی، محمود اربابی …»: a name the name grammar does not
/// know (a surname missing from the lexicons) between two commas of a list of participants. Without it the list
/// ended at the unread item and lost every name after it; the unread item itself is still no participant.
extension MeetingDetector {
    /// The start of the person slot after «، w1 w2 (w3)،» when the comma at `comma` opens such an item: two or
    /// three words (a number is no word), none in a slot, a stop word, a report of speech or a trigger, then a comma and a
    /// named person. Nil otherwise, so a clause after the list («… برگزار شد، X گفت») never joins it.
    func pastUnreadItem(after comma: Int, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        var j = comma + 1
        var words = 0
        while j < limit, words < 3, slotAt[j] == nil, context.isWord(j), !context.isStopWord(j),
              context.matchLength(.speechVerbs, at: j) == nil, context.match(.meetingTriggers, at: j) == nil {
            words += 1; j += 1
        }
        guard words >= 2, j + 1 < limit, context.isComma(j), let next = slotAt[j + 1], case .person = next.reference else { return nil }
        return j + 1
    }
}
