/// Reads whether a meeting noun is the topic of its sentence rather than an event the subject attends.
///
/// «کوهکن درباره دیدار هیئت رئیسه با تشکل‌ها گفت», «… در راستای مصوبات سفر رئیس جمهور به گیلان»: a cue of
/// `meeting-topic-cues.txt` ends right before the trigger. The speaker talks about the meeting; the «در» a few
/// words back («در واکنش به همایش», «در راستای مصوبات سفر») does not place them in it.
struct MeetingTopic {
    let context: DocumentContext

    /// True when a topic cue ends right before the trigger at `trigger`.
    func isTopic(trigger: Int) -> Bool {
        (1...3).contains { n in trigger - n >= 0 && context.matchLength(.meetingTopicCues, at: trigger - n) == n }
    }
}
