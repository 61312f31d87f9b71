/// Two participants of one meeting that are one person: the meeting must not pair a person with their own
/// alias (issue 21: «no edge joins a person to an alias or role of the same person in the same article»).
/// Coreference links most aliases before the meetings are read; these are the ones it left apart, found among the
/// named people of each meeting and merged (`coref.meeting-alias`), so the record holds one person and the meeting
/// no pair of them:
///
/// - a one-word name that is the first or the last word of another participant's name («برانکو» beside «برانکو
///   ایوانکوویچ» — a given name alone is no surname, so `coref.surname` never read it);
/// - two names the same word for word but for the Arabic article «ال» opening a word («محمود المشهدانی» and
///   «محمود مشهدانی» in one article).
///
/// On the 6,835 articles of the two dev corpora it merges three people (ham-820830-061, ham-840519-141,
/// ham-850414-086), each the source of a wrong edge of the audit sheets. A person paired with their own office
/// (an unnamed role-holder) is left to coreference and to the corpus graph, which keeps a role-holder linked to
/// a named person by role and date out of that person's pairs in the article of the link.
struct SameParticipants {
    let context: DocumentContext

    /// Merges the aliases among the participants of each meeting and rewrites every meeting's people to the
    /// merged ids, each once.
    func merge(_ meetings: inout [MeetingEvent], _ coref: inout Coreferencer) {
        var merged = false
        for m in meetings.indices {
            let people = unique(meetings[m].persons.map { coref.live($0) })
            for a in people.indices {
                for b in people.indices where b != a {
                    let (x, y) = (coref.live(people[a]), coref.live(people[b]))
                    guard x != y, isAlias(x, of: y, coref) else { continue }
                    coref.merge(x, into: y, rule: RuleID.corefMeetingAlias.rawValue)
                    merged = true
                }
            }
        }
        guard merged else { return }
        for m in meetings.indices {
            meetings[m].persons = unique(meetings[m].persons.map { coref.live($0) })
            meetings[m].guests = unique(meetings[m].guests.map { coref.live($0) })
            meetings[m].sides = meetings[m].sides.map { unique($0.map { coref.live($0) }) }
        }
    }

    /// True when person `x` is another writing of person `y` (x is the one to merge away).
    func isAlias(_ x: Int, of y: Int, _ coref: Coreferencer) -> Bool {
        let (px, py) = (coref.persons[x], coref.persons[y])
        guard !px.unnamed, !py.unnamed else { return false }
        let (wx, wy) = (Self.wordKeys(px.name), Self.wordKeys(py.name))
        if wx.count == 1, wy.count >= 2, wx[0] == wy[0] || wx[0] == wy[wy.count - 1] { return true }
        return wx.count == wy.count && wx != wy && wx.count >= 2
            && zip(wx, wy).allSatisfy { $0 == $1 || Self.withoutArticle($0) == Self.withoutArticle($1) }
    }

    /// The keys of the words of a written name (split at spaces, a ZWNJ inside a word kept).
    static func wordKeys(_ name: String) -> [String] {
        name.split(whereSeparator: { $0.isWhitespace }).map { PersianNormalizer.key(String($0)) }.filter { !$0.isEmpty }
    }

    /// A word's key without the Arabic article «ال» opening it, when at least three letters remain.
    static func withoutArticle(_ key: String) -> String {
        key.hasPrefix(article) && key.count >= article.count + 3 ? String(key.dropFirst(article.count)) : key
    }

    private static let article = PersianNormalizer.key("ال")

    private func unique(_ ids: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
