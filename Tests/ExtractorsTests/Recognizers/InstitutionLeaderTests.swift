import Testing
@testable import Extractors

/// Institutions the sixth round's institution class counts added (issue 16 item 3): a government named for its
/// leader («دولت بوش»), clubs sports news names with no head (named-institutions.txt), and «القاعده» after the
/// Arabic preposition of «علی القاعده», an everyday phrase.
@Suite("Governments named for a leader, clubs, Arabic phrases")
struct InstitutionLeaderTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("«دولت» and a public figure is the leader's government, and the figure stays a person")
    func governmentOfALeader() {
        let r = Fixture.extract("سیاست‌های دولت بوش در خاورمیانه با انتقاد اتحادیه اروپا روبرو شد.")
        #expect(r.institutions.map(\.name).contains("دولت بوش"))
        #expect(r.institutions.first { $0.name == "دولت بوش" }?.mentions.first?.rule == RuleID.institutionHeadEponym.rawValue)
        #expect(r.people.map(\.name).contains("بوش"))
        let full = Fixture.extract("کارشناسان معتقدند دولت جرج بوش از این طرح حمایت نمی‌کند.")
        #expect(full.institutions.map(\.name).contains("دولت جرج بوش"))
        #expect(full.people.map(\.name).contains("جرج بوش"))
        // A word that is no public figure after «دولت» names no government.
        #expect(institutions("دولت تصمیم گرفت بودجه عمرانی را افزایش دهد.").isEmpty)
    }

    @Test("a club sports news names with no head is an institution")
    func clubsWithoutHead() {
        let found = Set(institutions("در دیدار دیروز سپاهان با نتیجه دو بر یک استقلال اهواز را شکست داد."))
        #expect(found == ["سپاهان", "استقلال اهواز"])
        #expect(Set(institutions("رئال مادرید و یوونتوس برای جذب این بازیکن رقابت می‌کنند.")) == ["رئال مادرید", "یوونتوس"])
        // A club name that is an everyday word is not listed: «استقلال» alone is independence.
        #expect(institutions("مردم الجزایر سالروز استقلال را جشن گرفتند.").isEmpty)
    }

    @Test("«علی القاعده» written apart is an Arabic phrase, not al-Qaeda; «القاعده» alone is")
    func arabicPhraseIsNoBody() {
        #expect(institutions("وی گفت: علی القاعده این طرح باید تا پایان سال اجرا شود.").isEmpty)
        #expect(institutions("نیروهای آمریکایی مدعی شدند یکی از رهبران القاعده را دستگیر کرده‌اند.") == ["القاعده"])
    }
}
