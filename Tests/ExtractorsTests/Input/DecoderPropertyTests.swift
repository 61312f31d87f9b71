import Testing
import PropertyBased
@testable import Extractors

/// Random byte strings that hit every branch of the decoders: ASCII, JSON syntax, UTF-8 lead and
/// continuation bytes of Persian letters, invalid bytes, control bytes and NUL.
enum TrickyBytes {
    static let bytes: [UInt8] = [0x7B, 0x7D, 0x22, 0x3A, 0x2C, 0x5C, 0x75, 0x74, 0x65, 0x78, 0x20, 0x0A, 0x0D, 0x31,
                            0xD8, 0xB3, 0xDB, 0x8C, 0xE2, 0x80, 0x8C, 0xEF, 0xBB, 0xBF, 0xFF, 0xC0, 0xF4, 0x90, 0x01, 0x00]
    static let generator = Gen.int(in: 0...(bytes.count - 1)).map { bytes[$0] }.array(of: 0...48)
}

@Suite("Decoder properties")
struct DecoderPropertyTests {
    @Test func textDecoderNeverCrashesAndKeepsValidBytes() async {
        await propertyCheck(count: 500, input: TrickyBytes.generator) { bytes in
            do throws(InputError) {
                let doc = try DocumentDecoder().decodeText(bytes, name: "r.txt")
                let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
                #expect(Array(doc.text.utf8) == body)
            } catch {
                #expect(error.source == "r.txt")
                if let offset = error.byteOffset { #expect(offset >= 0 && offset < max(bytes.count, 1)) }
            }
        }
    }

    @Test func jsonLinesDecoderNeverCrashes() async {
        await propertyCheck(count: 500, input: TrickyBytes.generator) { bytes in
            let line = Array(#"{"text": ""#.utf8) + bytes + Array(#""}"#.utf8)
            for candidate in [bytes, line] {
                do throws(InputError) {
                    _ = try JSONLinesDecoder().decodeLine(candidate, lineNumber: 3, source: "r.jsonl")
                } catch {
                    #expect(error.line == 3)
                    if let offset = error.byteOffset { #expect(offset >= 0 && offset <= candidate.count) }
                }
            }
        }
    }
}
