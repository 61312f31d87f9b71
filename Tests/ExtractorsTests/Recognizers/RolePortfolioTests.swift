import Testing
@testable import Extractors

/// Issue 16's role boundaries on unseen articles: the affairs a deputy or an adviser holds after a superior office
/// («معاون وزیر نفت در امور پتروشیمی», role-heads.txt `portfolio=yes`) and the words of a current holder
/// («رئیس جمهور کنونی روسیه», former-markers.txt `current=yes`).
@Suite("Role portfolios and current holders")
struct RolePortfolioTests {
    private func roles(of text: String, _ name: String) -> [ExtractedRole] {
        Fixture.person(Fixture.extract(text), named: name)?.roles ?? []
    }

    @Test("«در امور X» after a deputy's or an adviser's superior office stays in the role and its key")
    func portfolioAfterSuperior() {
        let deputy = roles(of: "علی رضایی معاون وزیر نیرو در امور آب گفت: سدها پر است.", "علی رضایی")
        #expect(deputy.map(\.text) == ["معاون وزیر نیرو در امور آب"])
        // The affairs are part of the office's key: another deputy minister of the same ministry is another office.
        #expect(deputy.first?.key.hasSuffix("@" + PersianNormalizer.key("امور آب")) == true)
        #expect(roles(of: "حسن نوری مشاور رئیس جمهور در امور بین‌الملل گفت: روابط بهتر می‌شود.", "حسن نوری").map(\.text)
                == ["مشاور رئیس جمهور در امور بین‌الملل"])
    }

    @Test("«در امور X» after a body or a place a `portfolio=yes` office is held in stays in the role too")
    func portfolioAfterBody() {
        // fars2-145 and ham-840624-137 of the dev gold: the affairs follow the body, not a superior office.
        #expect(roles(of: "کنث کاتزمن مشاور کنگره آمریکا در امور خاورمیانه گفت: تحریم ادامه دارد.", "کنث کاتزمن").map(\.text)
                == ["مشاور کنگره آمریکا در امور خاورمیانه"])
        #expect(roles(of: "مایک گرین مدیر ارشد شورای امنیت ملی آمریکا در امور آسیا گفت: دیدار خوبی بود.", "مایک گرین").map(\.text)
                == ["مدیر ارشد شورای امنیت ملی آمریکا در امور آسیا"])
        #expect(roles(of: "توماس کونیگز نماینده ویژه آلمان در امور افغانستان گفت: کمک ادامه دارد.", "توماس کونیگز").map(\.text)
                == ["نماینده ویژه آلمان در امور افغانستان"])
    }

    @Test("no portfolio for heads not marked `portfolio=yes`, and none cut short")
    func noPortfolio() {
        // A minister is no deputy: «در امور …» after his office is what he spoke about.
        #expect(roles(of: "مهدی صادقی وزیر کشور در امور انتخابات گفت: کار ادامه دارد.", "مهدی صادقی").map(\.text) == ["وزیر کشور"])
        // Affairs of several words are not cut to their first word: the role stops before «در».
        #expect(roles(of: "رضا امیری مشاور شهردار تهران در امور محیط زیست گفت: درختان کاشته شد.", "رضا امیری").map(\.text)
                == ["مشاور شهردار تهران"])
    }

    @Test("«کنونی», «فعلی», «حال حاضر» stay in the phrase, out of the key, and mark no former office")
    func currentHolder() {
        let president = roles(of: "دیمیتری مدودف رئیس جمهور کنونی روسیه گفت: روابط بهتر می‌شود.", "دیمیتری مدودف")
        #expect(president.map(\.text) == ["رئیس جمهور کنونی روسیه"])
        #expect(president.first?.former == false)
        let written = roles(of: "دیمیتری مدودف رئیس جمهور روسیه گفت: روابط بهتر می‌شود.", "دیمیتری مدودف")
        #expect(president.first?.key == written.first?.key)
        #expect(roles(of: "کلودیو رانیری، سرمربی فعلی تیم ملی ایتالیا گفت: بازی سختی بود.", "کلودیو رانیری").map(\.text)
                == ["سرمربی فعلی تیم ملی ایتالیا"])
    }
}
