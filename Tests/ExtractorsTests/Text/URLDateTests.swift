import Testing
@testable import Extractors

@Suite("URL dates")
struct URLDateTests {
    @Test("date folders, Jalali and Gregorian", arguments: [
        ("https://www.tasnimnews.com/fa/news/1400/09/03/2614025/عنوان", "2021-11-24"),
        ("https://example.org/2025/10/30/story.html", "2025-10-30"),
    ])
    func folders(url: String, iso: String) throws {
        #expect(URLDate.read(url) == iso)
    }

    @Test("article numbers that begin with the Jalali date")
    func articleNumbers() throws {
        #expect(URLDate.read("https://www.farsnews.ir/news/13911222000865/تشدید-مجازات") == "2013-03-12")
        #expect(URLDate.read("https://www.farsnews.ir/news/8707060255") == "2008-09-27")
    }

    @Test("the byte reading splits as Characters do")
    func byteReading() throws {
        // A query before the path, a signed month (what Int(String) reads), a Persian slug after a slash.
        #expect(URLDate.read("https://example.org/news?1400/09/03") == nil)
        #expect(URLDate.read("?1400/09/03") == "2021-11-24")
        #expect(URLDate.read("https://example.org/1400/+9/03/") == "2021-11-24")
        #expect(URLDate.read("https://example.org/خبر/1400/09/03/عنوان") == "2021-11-24")
        // A combining mark after a slash joins it into one Character: «03/́abc» is one segment, no date.
        #expect(URLDate.read("https://example.org/1400/09/03/\u{301}abc") == nil)
    }

    @Test("numbers that are not dates give nothing")
    func notDates() throws {
        #expect(URLDate.read("https://example.org/news/523995") == nil)          // a plain serial
        #expect(URLDate.read("https://example.org/news/1234567890") == nil)      // 12/34: no such month
        #expect(URLDate.read("https://example.org/news/13991345000001") == nil)  // month 13
        #expect(URLDate.read("https://example.org/a/9999/99/99/") == nil)
        #expect(URLDate.read(nil) == nil)
    }

    @Test("the URL date is the article's date only when the text gives none")
    func fallbackOnly() throws {
        let analyzer = try TextAnalyzer.bundled()
        let undated = analyzer.analyze(SourceDocument(id: "a", text: "شهردار رشت گفت: کار ادامه دارد.", url: "https://www.farsnews.ir/news/8707060255"))
        #expect(undated.metadata.date == "2008-09-27")
        let dated = analyzer.analyze(SourceDocument(id: "b", text: "۱۴۰۰/۰۹/۰۳\nشهردار رشت گفت: کار ادامه دارد.", url: "https://www.farsnews.ir/news/8707060255"))
        #expect(dated.metadata.date == "2021-11-24")
    }
}
