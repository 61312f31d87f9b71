/// «کمیسیون انرژی مجلس شورای اسلامی», «اداره کل آسیب‌های اجتماعی سازمان بهزیستی کشور»: a unit named with the body it
/// belongs to names that body too (`institution.parent-body`), as the gold lists it beside the unit. The unit's head is
/// one institution-heads.txt marks `unit=yes` («کمیسیون», «اداره کل», «معاونت», «دفتر», «مرکز», «گروه»).
extension MentionScanner {
    /// Appends the body that closes the name of an institution found — a listed body (named-institutions.txt) of two
    /// words or more, or a head that is no unit with its name — when at least two words of the unit stand before it. A
    /// body named right after one head word is the head's name, not a parent («گروه طالبان», «تیم پرسپولیس»), and a
    /// one-word listed name inside a longer one is most often part of it («سپاه», «بسیج»). On the dev split of the gold
    /// (2026-12-07): 8 bodies gained, 6 false (the gold leaves some parents out beside their unit); without the unit
    /// heads 14 gained and 18 false.
    func addParentBodies(to found: inout RecognizedMentions) {
        var written = Set(found.institutions.map(\.tokens))
        var parents: [InstitutionSpan] = []
        for inst in found.institutions where inst.complete && !inst.implied && inst.tokens.count >= 4 {
            // Only a unit's head (institution-heads.txt `unit=yes`) names a part of the body after it: «سازمان تامین
            // اجتماعی نیروهای مسلح», «تیم فوتبال پاس تهران» are bodies of their own that carry another's name.
            guard context.match(.institutionHeads, at: inst.tokens.lowerBound)?.entry["unit"] == "yes" else { continue }
            let end = inst.tokens.upperBound
            for k in (inst.tokens.lowerBound + 2)..<(end - 1) {
                // A listed body («مجلس شورای اسلامی», «سازمان ملل متحد») or a body's head and its name («وزارت کشور»,
                // «سازمان بهزیستی کشور»), not another unit («کمیته … اداره کل …» names the directorate's parent further on).
                let listed = context.matchLength(.namedInstitutions, at: k).map { $0 >= 2 } ?? false
                guard listed || context.match(.institutionHeads, at: k).map({ $0.entry["unit"] != "yes" }) ?? false,
                      let body = phrases.institution(at: k), body.complete, !body.implied, body.tokens.count >= 2,
                      body.tokens.upperBound == end else { continue }
                if written.insert(body.tokens).inserted {
                    var parent = body
                    parent.rule = RuleID.institutionParentBody.rawValue
                    parents.append(parent)
                }
                break
            }
        }
        found.institutions.append(contentsOf: parents)
    }
}
