import Foundation
import Testing

/// Small articles and hostile files for the bad-input suite, made on the fly in a temporary folder
/// (nothing large is committed).
enum BadInputFixtures {
    /// A short well-formed article: people, roles and a meeting, so the rules have something to do.
    static let article = "علی رضایی، استاندار کرمان، روز دوشنبه با محمد احمدی، وزیر کشور، در تهران دیدار کرد.\n"
        + "در این دیدار درباره طرح‌های عمرانی استان گفت‌وگو شد.\n"

    static var articleBytes: [UInt8] { Array(article.utf8) }

    /// The UTF-8 byte count of the article, where a defect placed «in the middle» sits.
    static var middle: Int { Array("علی رضایی، استاندار کرمان،".utf8).count }

    /// One bad file: its name, its bytes, what the message must say and the byte it must name.
    struct BadFile: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var says: String
        var byte: Int?
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "invalid-start.txt", bytes: [0xFF] + articleBytes, says: "invalid UTF-8", byte: 0),
        BadFile(name: "invalid-middle.txt", bytes: Array(articleBytes[..<middle]) + [0xC3, 0x28] + Array(articleBytes[middle...]),
                says: "invalid UTF-8", byte: middle),
        // A three-byte sequence cut short by the end of the file.
        BadFile(name: "invalid-end.txt", bytes: articleBytes + [0xE2, 0x82], says: "invalid UTF-8", byte: articleBytes.count),
        BadFile(name: "nul.txt", bytes: Array(articleBytes[..<middle]) + [0x00] + Array(articleBytes[middle...]),
                says: "binary", byte: middle),
        // The start of a PNG image saved with a .txt name.
        BadFile(name: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
                says: "binary", byte: nil),
        BadFile(name: "empty.txt", bytes: [], says: "empty", byte: nil),
        BadFile(name: "blank.txt", bytes: Array(" \n\t\r\n\u{200C}  \u{00A0}\n".utf8), says: "whitespace", byte: nil),
    ]

    /// Texts the rules must read without losing their offsets: markup, bidi controls, emoji, scripts mixed.
    static let oddTexts: [(name: String, text: String)] = [
        ("html.txt", "<html><body><p class=\"lead\">علی&nbsp;رضایی، استاندار کرمان، با <b>محمد احمدی</b> &amp; "
            + "&#1605;&#1581;&#1605;&#1583; دیدار کرد.</p><script>var x = \"<وزیر>\";</script></body></html>\n"),
        ("bidi.txt", "\u{202E}علی رضایی\u{202C}، استاندار کرمان، با \u{2067}محمد احمدی\u{2069} \u{200F}دیدار کرد.\u{200E} "
            + "\u{202B}وزیر کشور\u{202C} گفت: «همکاری ادامه دارد»."),
        ("mixed.txt", "😀 علي رضايي (Ali Rezaei) استاندار كرمان با 👨‍👩‍👧 محمد احمدی، وزير كشور، ديدار کرد؛ "
            + "العربية: التقى الرئيس بالوزير. Latin text 123 ۱۲۳ ١٢٣ 🇮🇷 — ﷽ ـــــ"),
    ]
}

/// Reads `didar extract --json` output: one record per line.
enum ExtractOutput {
    static func records(_ stdout: Data) throws -> [[String: Any]] {
        try String(decoding: stdout, as: UTF8.self).split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return object
        }
    }

    static func documents(_ stdout: Data) throws -> [String] {
        try records(stdout).compactMap { $0["document"] as? String }
    }

    /// Every `{text, start, end}` span of a record (mentions, roles, triggers) that does not cut exactly
    /// its text out of `original` (scalar offsets, end exclusive).
    static func badSpans(_ record: [String: Any], original: String) -> [String] {
        let scalars = Array(original.unicodeScalars)
        var bad: [String] = []
        func visit(_ value: Any) {
            if let object = value as? [String: Any] {
                if let text = object["text"] as? String, let start = object["start"] as? Int, let end = object["end"] as? Int {
                    if start < 0 || end > scalars.count || start >= end {
                        bad.append("«\(text)» [\(start), \(end)) out of bounds")
                    } else {
                        var view = String.UnicodeScalarView()
                        view.append(contentsOf: scalars[start..<end])
                        if String(view) != text { bad.append("«\(text)» [\(start), \(end)) reads «\(String(view))»") }
                    }
                }
                object.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(record)
        return bad
    }
}
