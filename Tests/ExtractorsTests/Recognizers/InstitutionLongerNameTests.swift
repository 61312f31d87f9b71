import Testing
@testable import Extractors

/// Listed bodies the corpora write longer than their entry (named-institutions.txt, `scripts/mine-institutions.py
/// --continued`): the longer body is read whole, not cut at the shorter entry (issue 16 item 3, eighth round).
@Suite("Listed bodies written longer")
struct InstitutionLongerNameTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a sector of the Basij and a company of a group are bodies of their own")
    func longerListedBodies() {
        #expect(institutions("مدیرعامل ایران خودرو دیزل از افزایش تولید کامیون خبر داد.") == ["ایران خودرو دیزل"])
        #expect(institutions("اعضای بسیج دانشجویی در این اردو شرکت کردند.") == ["بسیج دانشجویی"])
        let r = Fixture.extract("سردار محمد رضایی رئیس سازمان بسیج مستضعفین گفت: اردوهای جهادی ادامه دارد.")
        #expect(r.institutions.map(\.name) == ["سازمان بسیج مستضعفین"])
        #expect(r.people.first?.roles.map(\.text) == ["رئیس سازمان بسیج مستضعفین"])
    }

    @Test("the short entry still names the body when nothing of a longer name follows it")
    func shortEntryAlone() {
        #expect(Set(institutions("نیروهای بسیج در این مراسم حضور داشتند و سایپا نیز خودروها را تحویل داد.")) == ["بسیج", "سایپا"])
    }
}
