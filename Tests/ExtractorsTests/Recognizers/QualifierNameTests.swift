import Testing
@testable import Extractors

/// Issue 16 item 3, institution and role phrases: a given name that is also a word of bodies' names
/// (given-names.txt `qualifier=yes`: «امید», «عمران», «هنری», «سیما», «عدالت») no longer cuts the phrase short.
@Suite("Given names that qualify an institution head")
struct QualifierNameTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("«تیم … امید ایران», «کمیسیون عمران مجلس», «سازمان فرهنگی هنری شهرداری»: the phrase goes on to its complement")
    func qualifierNameInsidePhrase() {
        let team = Fixture.extract("بهروز کاظمی سرمربی تیم کاراته امید ایران گفت: اردوی بعدی در شیراز برگزار می‌شود.")
        #expect(roleTexts(team, "بهروز کاظمی") == ["سرمربی تیم کاراته امید ایران"])
        let commission = Fixture.extract("حمید نادری رئیس کمیسیون عمران مجلس شورای اسلامی گفت: طرح به صحن می‌رود.")
        #expect(roleTexts(commission, "حمید نادری") == ["رئیس کمیسیون عمران مجلس شورای اسلامی"])
        let culture = Fixture.extract("ناصر یزدانی مدیرعامل سازمان فرهنگی هنری شهرداری اصفهان گفت: نمایشگاه باز است.")
        #expect(roleTexts(culture, "ناصر یزدانی") == ["مدیرعامل سازمان فرهنگی هنری شهرداری اصفهان"])
        let channel = Fixture.extract("مجید فتحی مدیر شبکه دوم سیما گفت: برنامه از فردا پخش می‌شود.")
        #expect(roleTexts(channel, "مجید فتحی") == ["مدیر شبکه دوم سیما"])
    }

    @Test("a name that goes on after the word keeps it: «… تیم ملی امید احمدی را» names امید احمدی")
    func nameAfterQualifierWordStaysAName() {
        let r = Fixture.extract("جواد شریفی سرمربی تیم ملی امید احمدی را به اردو دعوت کرد.")
        #expect(Fixture.names(r).contains("امید احمدی"))
        #expect(roleTexts(r, "جواد شریفی") == ["سرمربی تیم ملی"])
        // A given name not marked `qualifier=yes` still ends the phrase.
        let plain = Fixture.extract("جواد شریفی سرمربی تیم ملی علی رضوانی را به اردو دعوت کرد.")
        #expect(Fixture.names(plain).contains("علی رضوانی"))
    }
}
