/// Reads whether the list after a ceremony's trigger names the dead it commemorates: «مراسم یادبود X»,
/// «همایش گرامیداشت حکیم ابوالقاسم فردوسی»، «مراسم گرامیداشت سرداران شهید …، ابومهدی المهندس …».
///
/// A `kind=commemorated` cue of `non-meeting-cues.txt` between the trigger and the frame's first list makes that
/// list the honoured, not people present; the «با حضور …» lists after it are still the participants, and so is
/// the subject who spoke at the ceremony. (A «شهید»/«مرحوم» title before one name is read apart, in
/// `MeetingDetector`; this covers the names of a list after the first and the dead named without a title.)
struct Commemoration {
    let context: DocumentContext

    /// True when a commemoration cue starts in `from..<to` (the words between a trigger and its first list).
    func honours(from: Int, to: Int) -> Bool {
        (from..<to).contains { context.match(.nonMeetingCues, at: $0)?.entry["kind"] == "commemorated" }
    }
}

/// The kinds of `non-meeting-cues.txt` that do not cancel their sentence's meetings: they qualify one participant
/// (`remote`, read by `RemotePresence`), one list (`commemorated`, read by `Commemoration`) or the frames that
/// name the kind in `unless-cue=` (`departure`, read by `MeetingDetector`).
enum NonMeetingCue {
    static func keepsMeeting(_ kind: String?) -> Bool { kind == "remote" || kind == "commemorated" || kind == "departure" }
}
