import Foundation
import Testing
@testable import CLI

/// The mapper's two byte-level helpers: evidence sentences are cut by scalar offsets from the UTF-8
/// bytes, and the content hash is SHA-256 of those bytes.
@Suite("Document graph mapper")
struct DocumentGraphMapperTests {
    /// Persian letters (two bytes), a ZWNJ (three), an emoji (four) and ASCII in one text.
    static let text = "سفر «رئیس‌جمهور» 😀 به tehran."

    @Test func slicesMatchTheScalarsAtEveryPairOfOffsets() {
        let scalars = Array(Self.text.unicodeScalars)
        for start in -2...(scalars.count + 2) {
            for end in -2...(scalars.count + 2) {
                let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
                let expected = String(String.UnicodeScalarView(scalars[lo..<hi]))
                #expect(DocumentGraphMapper.slice(Self.text, scalars: start, end) == expected, "\(start)..<\(end)")
            }
        }
    }

    @Test func aSentenceIsCutAtItsScalarOffsets() {
        // «رئیس‌جمهور» starts after «سفر «» (5 scalars) and is 10 scalars long, its ZWNJ included.
        #expect(DocumentGraphMapper.slice(Self.text, scalars: 5, 15) == "رئیس‌جمهور")
        #expect(DocumentGraphMapper.slice("", scalars: 0, 3) == "")
    }

    @Test func theContentHashIsTheHexSHA256OfTheUTF8Bytes() {
        // python3 -c "import hashlib; print(hashlib.sha256('دیدار وزیر، با استاندار.'.encode()).hexdigest())"
        #expect(DocumentGraphMapper.contentHash("دیدار وزیر، با استاندار.")
                == "517e32e39fbef53f91f2afc7b50890c1e6e101e359bb50d94ca8cfb4ab19e697")
        #expect(DocumentGraphMapper.contentHash("")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
