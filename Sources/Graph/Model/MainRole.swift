/// The role that best describes a person: current before former, then the most often stated,
/// then the most recently stated, then the smallest key (so the choice never depends on order).
struct MainRole: Sendable, Hashable {
    var key: String
    var text: String
    var gloss: String?
    var institutionKey: String?

    /// Picks the main role among `(role, date of the statement)` pairs; nil when there are none.
    init?(_ statements: [(RoleOccurrence, String?)]) {
        guard !statements.isEmpty else { return nil }
        let current = statements.filter { !$0.0.former }
        let pool = current.isEmpty ? statements : current
        struct Score { var count = 0; var latest = ""; var texts = Tally(); var glosses = Tally(); var institutions = Tally() }
        var scores: [ExactKey: Score] = [:]
        for (role, date) in pool {
            let roleKey = ExactKey(role.key)
            var score = scores[roleKey] ?? Score()
            score.count += 1
            score.latest = max(score.latest, date ?? "")
            score.texts.add(role.text)
            score.glosses.add(role.gloss)
            score.institutions.add(role.institutionKey)
            scores[roleKey] = score
        }
        let best = scores.min { lhs, rhs in
            if lhs.value.count != rhs.value.count { return lhs.value.count > rhs.value.count }
            if lhs.value.latest != rhs.value.latest { return lhs.value.latest > rhs.value.latest }
            return lhs.key.string < rhs.key.string
        }!
        key = best.key.string
        text = best.value.texts.winner ?? best.key.string
        gloss = best.value.glosses.winner
        institutionKey = best.value.institutions.winner
    }
}
