/// Reads whether a participant took part from afar: «با حضور رئیس جمهور بصورت ویدئو کنفرانس».
///
/// A `kind=remote` cue of `non-meeting-cues.txt` within a few words after the participant («بصورت», «از طریق»
/// may stand between) keeps that participant out of the meeting; the people present at it still meet.
struct RemotePresence {
    let context: DocumentContext

    /// How far after the participant the cue may start.
    private static let window = 3

    func isRemote(_ slot: Slot) -> Bool {
        let end = slot.tokens.upperBound
        return (end..<min(context.tokenCount, end + Self.window)).contains { k in
            context.match(.nonMeetingCues, at: k)?.entry["kind"] == "remote"
        }
    }
}
