import Testing
@testable import Extractors

/// Issue 16, round 29: people named as examples of a kind after a noun of people and a cue of comparison
/// (`person.exemplar-list`, ExemplarList.swift, exemplar-nouns.txt).
@Suite("People named as examples")
struct ExemplarListTests {
    @Test("«بازیکنانی همچون ناظری، سخاوی، چوگان، پورقاز، دوجی، عیدی»: every surname alone is a person")
    func surnamesAlone() {
        let r = Fixture.extract("لحظه حضور بازیکنانی همچون ناظری، سخاوی، چوگان، پورقاز، دوجی، عیدی در این تیم قطعی شده است.")
        let names = Set(r.people.map(\.name))
        #expect(names.isSuperset(of: ["ناظری", "سخاوی", "چوگان", "پورقاز", "دوجی", "عیدی"]))
        #expect(Fixture.person(r, named: "دوجی")?.mentions.first?.rule == "person.exemplar-list")
    }

    @Test("foreign names in quotes and after «و»: «بازیکنانی مثل کوزیو، بته گا، کاپلو و اسپینوزی»")
    func foreignNames() {
        let r = Fixture.extract("در آن زمان بازیکنانی مثل کوزیو، بته گا، کاپلو و اسپینوزی به یووه پیوستند.")
        #expect(Set(r.people.map(\.name)).isSuperset(of: ["کوزیو", "بته گا", "کاپلو", "اسپینوزی"]))
    }

    @Test("a noun of things before the cue names no one: «فیلم‌هایی چون ده فرمان، …»")
    func nounOfThings() {
        let r = Fixture.extract("به رغم پرفروش بودن فیلم‌هایی چون ده فرمان، همواره عدم رعایت قواعد دینی مورد انتقاد بود.")
        #expect(r.people.isEmpty)
    }

    @Test("an outlet after the cue is no person, nor a plural that opens a list of its own")
    func outletAndPlural() {
        let r = Fixture.extract("کسانی مانند خبرگزاری فارس برای ترویج فرهنگ ایثار کار می‌کنند و افرادی همچون سربازان رشید و سردارانی همچون «حاج قاسم» را یاد می‌کنند.")
        #expect(Fixture.person(r, named: "خبرگزاری فارس") == nil)
        #expect(Fixture.person(r, named: "سردارانی") == nil)
    }

    @Test("the noun written apart as Hamshahri writes it: «چهره هایی چون جمال شورجه و حسن برزیده»")
    func nounWrittenApart() {
        let r = Fixture.extract("در میان سینماگران عضو هیأت انتخاب هم چهره هايي چون جمال شورجه و حسن برزيده به چشم مي خورند.")
        #expect(Set(r.people.map(\.name)).isSuperset(of: ["جمال شورجه", "حسن برزيده"]))
    }
}
