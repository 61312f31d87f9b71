import Testing
@testable import Extractors

/// Issue 16, round 33: the diplomatic and international offices role-heads.txt lacked («رایزن», «کنسول», «کمیسر»), and a
/// role head with its plural ending written apart («رایزن های»), which names many holders and vouches for no name.
@Suite("Envoys and commissioners; a head's plural written apart")
struct EnvoyHeadTests {
    @Test("a cultural counsellor is posted where «در» says: «رایزن فرهنگی سفارت ایران در ترکیه»")
    func counsellorPosted() {
        let text = "«فرهاد پالیزدار» رایزن فرهنگی سفارت جمهوری اسلامی ایران در ترکیه نیز گشایش این نمایشگاه را فرصتی برای همکاری دانست."
        #expect(Fixture.roles(of: text, "فرهاد پالیزدار") == ["رایزن فرهنگی سفارت جمهوری اسلامی ایران در ترکیه"])
    }

    @Test("a commissioner of a world body or a union: «کمیسر عالی حقوق بشر سازمان ملل», «کمیسر روابط خارجی اتحادیه اروپا»")
    func commissioner() {
        #expect(Fixture.roles(of: "ناوی پیلای کمیسر عالی حقوق بشر سازمان ملل گفت: کار ادامه دارد.", "ناوی پیلای")
            == ["کمیسر عالی حقوق بشر سازمان ملل"])
        #expect(Fixture.roles(of: "کریس پاتن کمیسر روابط خارجی اتحادیه اروپا گفت: کار ادامه دارد.", "کریس پاتن")
            == ["کمیسر روابط خارجی اتحادیه اروپا"])
    }

    @Test("«رایزن های فرهنگی» after a comma makes no name of the two words before it")
    func pluralWrittenApartVouchesForNoName() {
        let r = Fixture.extract("این همایش با همکاری دبیرخانه شورای گسترش زبان و ادبیات فارسی، رایزن های فرهنگی دو کشور برگزار می شود.")
        #expect(Fixture.person(r, named: "ادبیات فارسی") == nil)
        // The head itself still vouches: the singular after the comma.
        let one = Fixture.extract("جیم دیویدسون، رایزن فرهنگی سفارت آمریکا گفت: کار ادامه دارد.")
        #expect(Fixture.person(one, named: "جیم دیویدسون") != nil)
    }
}
