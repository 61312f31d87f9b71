/// Reads whether a meeting noun is the topic of its sentence rather than an event the subject attends.
///
/// «کوهکن درباره دیدار هیئت رئیسه با تشکل‌ها گفت», «… در راستای مصوبات سفر رئیس جمهور به گیلان»: a cue of
/// `meeting-topic-cues.txt` ends right before the trigger. The speaker talks about the meeting; the «در» a few
/// words back («در واکنش به همایش», «در راستای مصوبات سفر») does not place them in it.
/// A cue with `reach=phrase` («با اشاره به») takes a longer complement: «X با اشاره به اظهارات مطرح شده در همایش
/// اخیر، گفت» refers to the conference from anywhere between the subject and the noun, unless a comma closes the
/// complement first.
struct MeetingTopic {
    let context: DocumentContext

    /// True when a topic cue ends right before the trigger at `trigger`.
    func isTopic(trigger: Int) -> Bool {
        (1...3).contains { n in trigger - n >= 0 && context.matchLength(.meetingTopicCues, at: trigger - n) == n }
    }

    /// True when a `reach=phrase` cue opens between `from` (the end of the subject) and the trigger, within the
    /// `with-lookback` words, and no comma stands between the cue and the trigger.
    func isReferredTo(trigger: Int, from: Int) -> Bool {
        var k = trigger - 1
        while k >= max(from, trigger - context.limits.withLookback) {
            if context.isComma(k) { return false }
            if context.match(.meetingTopicCues, at: k)?.entry["reach"] == "phrase" { return true }
            k -= 1
        }
        return false
    }
}
