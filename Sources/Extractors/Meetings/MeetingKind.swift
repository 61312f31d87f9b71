/// The kind of a meeting event, with its CAMEO code.
///
/// CAMEO 04x is «Consult»: 040 consult (not specified), 042 make a visit, 043 host a visit,
/// 044 meet at a third location. A council session and a press conference are consultations (040);
/// a ceremony brings people together at a venue (044).
public enum MeetingKind: String, Sendable, Codable, CaseIterable {
    case meeting
    case visit
    case ceremony
    case council
    case press

    /// CAMEO event code for the event as a whole (a visit is coded from the guest's side).
    public var cameo: String {
        switch self {
        case .meeting, .council, .press: return "040"
        case .visit: return "042"
        case .ceremony: return "044"
        }
    }

    /// CAMEO code for the host's side of a visit.
    public static let hostVisitCameo = "043"
}
