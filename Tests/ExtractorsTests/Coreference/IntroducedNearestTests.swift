import Testing
@testable import Extractors

/// `coref.introduced` when neither an object's «را» nor a passive subject names the person: the office after «به عنوان»
/// goes to the named person nearest before it in its clause (phrase-limits.txt `introduced-reach`), not to the one an
/// agent's cue opens (introduction-cues.txt `kind=agent`).
@Suite("Offices introduced by «به عنوان»: the nearest person of the clause")
struct IntroducedNearestTests {
    private func roles(_ r: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(r, named: name)?.roles.map(\.text) ?? []
    }

    @Test("the subject after an opening clause and a comma takes the office, over words and numbers")
    func subjectAfterOpeningClause() {
        let r = Fixture.extract("در این جلسه که با حضور نامزدها برگزار شد، جمشید خیرآبادی با کسب ۱۲ رای به عنوان رییس هیات کشتی استان کردستان انتخاب شد.")
        #expect(roles(r, "جمشید خیرآبادی") == ["رییس هیات کشتی استان کردستان"])
        let s = Fixture.extract("پس از رای‌گیری اعضا، سیدجواد ساداتی‌نژاد به عنوان رئیس کمیسیون کشاورزی مجلس انتخاب شد.")
        #expect(roles(s, "سیدجواد ساداتی‌نژاد") == ["رئیس کمیسیون کشاورزی مجلس"])
        // A sentence going on after the verb: the office is still the nearest person's.
        let t = Fixture.extract("در مراسمی با حضور استاندار، محمدرضا عظیمی‌زاده رسماً به عنوان شهردار رفسنجان معرفی شد و از شهردار سابق تقدیر شد.")
        #expect(roles(t, "محمدرضا عظیمی‌زاده") == ["شهردار رفسنجان"])
    }

    @Test("the one who appoints, after «از سوی» or «با حکم», is not the one introduced")
    func agentIsNotIntroduced() {
        let r = Fixture.extract("از سوی محمدحسین قریب رئیس باشگاه استقلال، عبدالصمد مرفاوی به عنوان سرمربی جدید تیم فوتبال استقلال انتخاب شد.")
        #expect(roles(r, "محمدحسین قریب") == ["رئیس باشگاه استقلال"])
        #expect(roles(r, "عبدالصمد مرفاوی") == ["سرمربی جدید تیم فوتبال استقلال"])
        let s = Fixture.extract("با حکم علی سعیدلو، رئیس سازمان تربیت بدنی به عنوان سرپرست فدراسیون کشتی منصوب شد.")
        #expect(roles(s, "علی سعیدلو") == ["رئیس سازمان تربیت بدنی"])
    }

    @Test("an office right after an agent's cue is the appointer's, never the next name's; «به سمت» introduces as «به عنوان»")
    func agentOfficeBeforeName() {
        let r = Fixture.extract("با حکم وزیر ورزش، جمشید خیرآبادی به عنوان مدیرکل ورزش و جوانان استان کرمان منصوب شد.")
        #expect(roles(r, "جمشید خیرآبادی") == ["مدیرکل ورزش و جوانان استان کرمان"])
        let toward = Fixture.extract("جمشید خیرآبادی با حکم وزیر ورزش به سمت رییس هیات کشتی استان کرمان منصوب شد.")
        #expect(roles(toward, "جمشید خیرآبادی") == ["رییس هیات کشتی استان کرمان"])
    }

    @Test("«و» ends the clause the person is looked for in; a closing passive's subject is the sentence's")
    func andEndsTheClause() {
        let r = Fixture.extract("علی احمدی در نشست خبری شرکت کرد و پس از آن به عنوان مدیرعامل شرکت ملی نفت ایران سخنرانی کرد.")
        #expect(roles(r, "علی احمدی").isEmpty, "roles: \(roles(r, "علی احمدی"))")
        // The passive's subject is the sentence's, across «و»: he is the one appointed.
        let s = Fixture.extract("علی احمدی در نشست خبری شرکت کرد و پس از آن به عنوان مدیرعامل شرکت ملی نفت ایران منصوب شد.")
        #expect(roles(s, "علی احمدی") == ["مدیرعامل شرکت ملی نفت ایران"], "roles: \(roles(s, "علی احمدی"))")
    }
}
