/// «روابط عمومی شهرداری تهران», «حراست سازمان تربیت بدنی»: a unit every body has (body-units.txt), written right
/// before a complete institution, names the unit as an institution of its own, beside the body (`institution.body-unit`).
/// The unit is never a head: read as one it took the body's place («به گزارش روابط عمومی استانداری گلستان» lost the
/// governorate), so it is added after the scan, to the institutions already found.
extension MentionScanner {
    /// Appends the unit of every complete institution written out that a listed unit stands right before, in the
    /// same sentence. A demonstrative («روابط عمومی این سازمان») and an implied body have no words to name the unit by.
    func addBodyUnits(to found: inout RecognizedMentions) {
        var units: [InstitutionSpan] = []
        var seen = Set<Int>()
        for inst in found.institutions where inst.complete && !inst.implied && inst.rule != RuleID.institutionDemonstrative.rawValue {
            let start = inst.tokens.lowerBound
            guard seen.insert(start).inserted, let unit = unit(endingAt: start) else { continue }
            units.append(InstitutionSpan(tokens: unit.start..<inst.tokens.upperBound,
                                         name: context.text(tokens: unit.start..<start) + " " + inst.name,
                                         key: unit.entry.key + "/" + inst.key, gloss: (unit.entry["gloss"] ?? "") + " of " + inst.gloss,
                                         complete: true, implied: false, place: inst.place, rule: RuleID.institutionBodyUnit.rawValue,
                                         source: unit.entry.source))
        }
        found.institutions.append(contentsOf: units)
    }

    /// The listed unit whose words end right before token `start`, in the same sentence (entries are one to three words).
    private func unit(endingAt start: Int) -> (start: Int, entry: LexiconEntry)? {
        let sentence = context.sentenceStart(start)
        for n in 1...3 where start - n >= sentence {
            let k = start - n
            if context.isContent[k], let m = context.match(.bodyUnits, at: k), m.length == n { return (k, m.entry) }
        }
        return nil
    }
}
