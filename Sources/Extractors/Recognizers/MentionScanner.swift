/// Everything the recognizers found in a document, before coreference.
struct RecognizedMentions {
    var names: [NameSpan] = []
    /// Top-level role phrases (a role inside another role's complement is part of it).
    var roles: [RoleSpan] = []
    /// Institution phrases outside roles, and complete institutions inside role complements.
    var institutions: [InstitutionSpan] = []
    var groups: [GroupSpan] = []
    var media: [MediaSpan] = []
    var places: [PlaceSpan] = []
    /// Token ranges of pronouns («وی», «این مقام»).
    var pronouns: [Range<Int>] = []
    /// Tokens covered by a name, role, group, institution or outlet.
    var claimed: [Bool] = []
}

/// Runs the recognizers over the content sentences, left to right; at each token the first recognizer that
/// matches claims its tokens (outlets, listed institutions, names, groups, roles, institutions, places, pronouns).
struct MentionScanner {
    let context: DocumentContext
    let phrases: PhraseRecognizer

    func scan() -> RecognizedMentions {
        var found = RecognizedMentions()
        found.claimed = [Bool](repeating: false, count: context.tokenCount)
        let names = NameRecognizer(context: context)
        var i = 0
        func claim(_ r: Range<Int>) {
            for t in r { found.claimed[t] = true }
            i = max(i + 1, r.upperBound)
        }
        while i < context.tokenCount {
            guard context.isContent[i], context.isWord(i) || context.token(i).kind == .number else { i += 1; continue }
            if let m = phrases.media(at: i) {
                found.media.append(m); claim(m.tokens)
            } else if context.matchLength(.namedInstitutions, at: i) != nil, let inst = phrases.institution(at: i) {
                // A listed institution is read before names: «دانشگاه آزاد اسلامی» is not «آزاد اسلامی».
                found.institutions.append(inst); claim(inst.tokens)
            } else if let n = names.name(at: i) {
                found.names.append(n); claim(n.tokens)
            } else if let g = phrases.group(at: i) {
                found.groups.append(g)
                collectInstitutions(inGroupAt: g, into: &found)
                claim(g.tokens)
            } else if let r = phrases.role(at: i) {
                found.roles.append(r)
                collectInstitutions(of: r, into: &found)
                claim(r.tokens)
            } else if let inst = phrases.institution(at: i), inst.complete, context.match(.institutionHeads, at: i)?.entry["mention"] != "in-role" {
                // A head `mention=in-role` («تیم») names a body only as an office's complement.
                found.institutions.append(inst)
                if let p = inst.place, !p.deictic { found.places.append(p) }
                claim(inst.tokens)
            } else if let p = phrases.places.place(at: i) {
                if !p.deictic { found.places.append(p) }
                claim(p.tokens)
            } else if let p = context.matchLength(.pronouns, at: i) {
                found.pronouns.append(i..<(i + p)); claim(i..<(i + p))
            } else {
                i += 1
            }
        }
        return found
    }

    /// The complete institutions named inside a role's complement, at any depth.
    private func collectInstitutions(of role: RoleSpan, into found: inout RecognizedMentions) {
        switch role.complement {
        case .institution(let inst):
            // An institution only a role implies («وزیر نیرو» → «وزارت نیرو») is no mention of its own.
            if inst.complete && !inst.implied { found.institutions.append(inst) }
            if let p = inst.place, !p.deictic { found.places.append(p) }
        case .role(let r): collectInstitutions(of: r, into: &found)
        case .place(let p): if !p.deictic { found.places.append(p) }
        case nil: break
        }
    }

    private func collectInstitutions(inGroupAt group: GroupSpan, into found: inout RecognizedMentions) {
        var j = group.tokens.lowerBound + 1
        while j < group.tokens.upperBound {
            if let inst = phrases.institution(at: j), inst.complete, inst.tokens.upperBound <= group.tokens.upperBound {
                found.institutions.append(inst)
                j = inst.tokens.upperBound
            } else {
                j += 1
            }
        }
    }
}
