import Testing
@testable import Extractors

/// A former holder («… سابق», «… وقت», «… پیشین») and the holder now in office are never one person by the office
/// alone: `Coreferencer.tenureKey` keeps a former office apart when a later bare office is given to its holder.
@Suite("Coreference: a former holder is not the holder now in office")
struct FormerHolderTests {
    private func roles(_ r: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(r, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a bare office later in the article goes to the new holder, not to the former one")
    func bareOfficeToTheHolderNow() {
        let text = "در مراسم تکریم و معارفه، محمود احمدی مسئول سابق سازمان بسیج استان گیلان و عباس حسینی مسئول جدید این سازمان حضور داشتند. مسئول سازمان بسیج استان گیلان گفت: برنامه‌ها ادامه دارد."
        let r = Fixture.extract(text)
        #expect(roles(r, "محمود احمدی") == ["مسئول سابق سازمان بسیج استان گیلان"])
        #expect(roles(r, "عباس حسینی").contains("مسئول سازمان بسیج استان گیلان"), "roles: \(roles(r, "عباس حسینی"))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a former president keeps only his former office")
    func formerPresidentApart() {
        let r = Fixture.extract("نستور کرشنر رئیس جمهور سابق آرژانتین در بوینس آیرس گفت: انتخابات آزاد است. کریستینا فرناندز رئیس جمهور آرژانتین نیز در این مراسم حضور داشت. رئیس جمهور آرژانتین گفت: اقتصاد رشد می‌کند.")
        #expect(roles(r, "نستور کرشنر") == ["رئیس جمهور سابق آرژانتین"], "roles: \(roles(r, "نستور کرشنر"))")
    }
}
