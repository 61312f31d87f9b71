/// «مدیرکل دفتر امور اجتماعی و شوراهای استانداری کهگیلویه و بویراحمد», «مدیر کل دفتر بانوان و خانواده استانداری
/// قزوین», «رئیس اداره کنترل ایدز و هپاتیت مرکز مدیریت بیماریهای وزارت بهداشت»: an office whose unit names two fields
/// joined by «و», its parent body after them. The role grammar stops at «و» (a second office may follow it), so such an
/// office was read short («مدیرکل دفتر امور اجتماعی») and the unit lost its parent.
extension MentionScanner {
    /// Reads on every office whose complement is a unit no place or listed name completes, over «و» and one or two open
    /// words, when a complete body starts right after them: the words are the unit's second field and the body its
    /// parent, so the office and its complement end with the body (the body stays a mention of its own). Nothing is read
    /// when a word after «و» is a role or group head, a stop word or a word some mention already claimed (a name, a place,
    /// another office: a second office or a list goes on, «مدیر دفتر X و معاون استانداری …»), or when no complete body
    /// follows.
    func readCoordinatedUnitFields(in found: inout RecognizedMentions) {
        guard !found.roles.isEmpty else { return }
        var bodyAt: [Int: InstitutionSpan] = [:]
        for inst in found.institutions where inst.complete && !inst.implied {
            if let old = bodyAt[inst.tokens.lowerBound], old.tokens.count >= inst.tokens.count { continue }
            bodyAt[inst.tokens.lowerBound] = inst
        }
        for (index, role) in found.roles.enumerated() {
            guard case .institution(let unit)? = role.complement, !unit.complete, !unit.implied,
                  unit.tokens.upperBound == role.tokens.upperBound else { continue }
            let and = role.tokens.upperBound
            let end = context.sentenceEnd(role.tokens.lowerBound)
            guard and + 2 < end, context.isAnd(and) else { continue }
            var k = and + 1
            while k < end, k - and <= 2, bodyAt[k] == nil, !context.isStopWord(k), context.matchLength(.roleHeads, at: k) == nil,
                  context.isOpenWord(k) && !found.claimed[k] && context.matchLength(.groupNouns, at: k) == nil
                    || isFieldGroupNoun(k, before: bodyAt, groups: found.groups) {
                k += 1
            }
            guard k > and + 1, k < end, let parent = bodyAt[k] else { continue }
            // The group the noun was read as («خانواده استانداری قزوین») is the unit's field and its parent.
            found.groups.removeAll { (and + 1..<k).contains($0.tokens.lowerBound) }
            let span = unit.tokens.lowerBound..<parent.tokens.upperBound
            var body = unit
            body.tokens = span
            body.name = context.text(tokens: span)
            body.key = unit.key + (and + 1..<k).map { context.key($0) }.joined() + "@" + parent.key
            body.complete = true
            body.place = parent.place
            body.rule = RuleID.institutionHeadParent.rawValue
            var office = role
            office.tokens = role.tokens.lowerBound..<parent.tokens.upperBound
            office.complement = .institution(body)
            office.key = role.key + (and + 1..<k).map { context.key($0) }.joined() + "@" + parent.key
            office.resolvedText = context.text(tokens: office.tokens)
            found.roles[index] = office
            for t in office.tokens { found.claimed[t] = true }
        }
    }

    /// «… دفتر بانوان و خانواده استانداری قزوین»: a group noun of one word right before a complete body is the
    /// unit's second field, not a group of people («خانواده» of a governorate is no family); the group reader had
    /// taken it with the body as its complement. A group noun before anything else («… و خانواده‌های شهدا») is a
    /// second party of the sentence and ends the office.
    private func isFieldGroupNoun(_ k: Int, before bodyAt: [Int: InstitutionSpan], groups: [GroupSpan]) -> Bool {
        context.matchLength(.groupNouns, at: k) == 1 && bodyAt[k + 1] != nil && groups.contains { $0.tokens.lowerBound == k }
    }
}
