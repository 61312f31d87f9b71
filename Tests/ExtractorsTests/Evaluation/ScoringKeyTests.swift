import Foundation
import Testing
@testable import Extractors

/// The scorer's comparison keys, rule by rule (docs/scoring.md); `EvalAgreementTests` checks them against score.py.
@Suite("Scoring keys")
struct ScoringKeyTests {
    @Test("one key for every spelling of a word: ZWNJ, space, Arabic letters, NBSP, diacritics, tatweel")
    func spellings() {
        let key = ScoringKey.key("شهرداری‌ها")
        #expect(key == "شهرداریها")
        for variant in ["شهرداریها", "شهرداري ها", "شهرداری\u{00A0}ها", "شـهرداریِ‌ها", "«شهرداری‌ها»"] {
            #expect(ScoringKey.key(variant) == key, "\(variant)")
        }
        #expect(ScoringKey.key("۱۴۰۰/٠٢") == "140002")
        #expect(ScoringKey.key("مؤسسه آموزش عالی") == "موسسهاموزشعالی")
        #expect(ScoringKey.key(nil) == "")
    }

    @Test("presentation forms fold through NFKC")
    func presentationForms() {
        // «ﻋﻠﻮﯼ» written with Arabic presentation forms B.
        #expect(ScoringKey.key("\u{FECB}\u{FEE0}\u{FEEE}\u{FBFC}") == ScoringKey.key("علوی"))
    }

    @Test("name keys drop leading titles, one or several, and an optional سید/سیده")
    func nameKeys() {
        #expect(ScoringKey.nameKeys("حجت‌الاسلام والمسلمین سید محمد علوی") == ["حجتالاسلاموالمسلمینسیدمحمدعلوی", "سیدمحمدعلوی", "محمدعلوی"])
        #expect(ScoringKey.nameKeys("سرتیپ دوم امیر حاتمی").contains("امیرحاتمی") == false)  // «امیر» is a title too
        #expect(ScoringKey.nameKeys("سرتیپ دوم امیر حاتمی").contains("حاتمی"))
        #expect(ScoringKey.nameKeys("سیده فاطمه حسینی") == ["سیدهفاطمهحسینی", "فاطمهحسینی", "هفاطمهحسینی"])
        // A title alone is never stripped to nothing; «سید» goes only when more than two letters follow.
        #expect(ScoringKey.nameKeys("دکتر") == ["دکتر"])
        #expect(ScoringKey.nameKeys("سید رضا") == ["سیدرضا", "رضا"])
        #expect(ScoringKey.nameKeys("سید حق") == ["سیدحق"])
        #expect(ScoringKey.nameKeys("") == [])
    }

    @Test("precision, recall and F1 follow score.py's conventions when nothing is predicted or expected")
    func prf() {
        #expect(FieldCounts(tp: 0, fp: 0, fn: 0).precision == 1 && FieldCounts().recall == 1 && FieldCounts().f1 == 1)
        #expect(FieldCounts(tp: 0, fp: 0, fn: 3).precision == 0)
        #expect(FieldCounts(tp: 0, fp: 2, fn: 0).recall == 1)
        #expect(FieldCounts(tp: 0, fp: 2, fn: 0).f1 == 0)
        let c = FieldCounts(tp: 2, fp: 1, fn: 3)
        #expect(c.precision == 2.0 / 3.0 && c.recall == 0.4 && c.f1 == 2 * (2.0 / 3.0) * 0.4 / (2.0 / 3.0 + 0.4))
    }
}
