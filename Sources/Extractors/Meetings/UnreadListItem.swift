/// «با حضور ناصر تقوایی، بهمن فرمان آرا، هوشنگ مرادی کرمانی، محمود اربابی …»: a name the name grammar does not
/// know (a surname missing from the lexicons) between two commas of a list of participants. Without it the list
/// ended at the unread item and lost every name after it; the unread item itself is still no participant.
///
/// «با حضور آقای دکتر سلیمانپور، معاونت محیط طبیعی و تنوع زیستی، آقای مهندس ضیایی …», «با حضور … شهردار تهران،
/// معاون و مدیران حوزه حمل و نقل و ترافیک، مهندس کامران حاج نصراللهی …»: the item between the commas may also be
/// an office the role grammar does not read, or a group, coordinated inside by «و» (a word on each side of it).
/// On the two dev corpora such an item cut 2 of the 8 lists of a meeting that stop before a later person of their
/// sentence (scripts/count-cut-lists.py).
extension MeetingDetector {
    /// The start of the person slot after «، w1 w2 (w3)،» when the comma at `comma` opens such an item: two to
    /// `unread-item-words` (phrase-limits.txt) words (a number is no word) with at most `unread-item-ands` «و» between them and group slots among them,
    /// none in a person or role slot, a stop word but the inner «و», a report of speech or a trigger, then a comma
    /// and a named person. Nil otherwise, so a clause after the list («… برگزار شد، X گفت») never joins it.
    func pastUnreadItem(after comma: Int, limit: Int, _ slotAt: [Int: Slot]) -> Int? {
        var j = comma + 1
        var words = 0
        var ands = 0
        while j < limit, words < context.limits.unreadItemWords {
            if let group = slotAt[j], case .group = group.reference, words > 0 || context.isWord(j) {
                words += group.tokens.count; j = group.tokens.upperBound; continue
            }
            // «معاونت محیط طبیعی و تنوع زیستی»: an «و» between two words of the item, never its first or last word.
            if words > 0, ands < context.limits.unreadItemAnds, context.isAnd(j), j + 1 < limit, context.isWord(j + 1), !context.isComma(j + 1),
               slotAt[j + 1].map({ if case .group = $0.reference { return true }; return false }) ?? !context.isStopWord(j + 1) {
                ands += 1; j += 1; continue
            }
            guard slotAt[j] == nil, context.isWord(j), !context.isStopWord(j),
                  context.matchLength(.speechVerbs, at: j) == nil, context.match(.meetingTriggers, at: j) == nil else { break }
            words += 1; j += 1
        }
        // Without an inner «و» the item is a name of two or three words, as before.
        guard words >= 2, ands > 0 || words <= 3, j + 1 < limit, context.isComma(j),
              let next = slotAt[j + 1], case .person = next.reference else { return nil }
        return j + 1
    }
}
