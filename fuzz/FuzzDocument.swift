// libFuzzer entry point over the readers, the normalizer and the extractors (scripts/fuzz.sh builds it
// with `-sanitize=fuzzer,address` from the Extractors sources plus this folder, as one module).
//
// The first byte of an input picks the path, the rest is the payload, so one corpus drives all of them:
//   0  DocumentDecoder (a .txt file's bytes) → extract → invariants
//   1  JSONLinesDecoder over every line → extract each record → invariants
//   2  lossy UTF-8 → normalizer (normalize, key, display form) → extract + explain → invariants
//   3  DocumentDecoder with a tiny size limit (the error paths) and the text analyzer alone
// A broken invariant traps, so libFuzzer keeps the input as a crash.
import Foundation

/// Lexicons read once from the source tree (no resource bundle in this build).
let fuzzExtractor: Extractor = {
    let dir = FuzzPaths.lexiconFolder
    var files: [String: String] = [:]
    do {
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".txt") {
            files[name] = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        }
        return Extractor(lexicons: try Lexicons(files: files))
    } catch {
        fatalError("fuzz harness: cannot load the lexicons from \(dir): \(error)")
    }
}()

/// Runs one record's invariants and stops the process (a libFuzzer crash) on the first violation.
func requireSound(_ record: DocumentExtraction, _ text: String) {
    let problems = ExtractionInvariants.violations(of: record, text: text)
    if !problems.isEmpty {
        fatalError("extraction invariant broken: " + problems.prefix(5).joined(separator: "; "))
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let all = UnsafeBufferPointer(start: data, count: size)
    let mode = all[0] % 4
    let payload = UnsafeBufferPointer(rebasing: all[1...])
    switch mode {
    case 0:
        if let document = try? DocumentDecoder().decodeText(payload, name: "fuzz.txt") {
            requireSound(fuzzExtractor.extract(document), document.text)
        }
    case 1:
        for case .success(let document) in JSONLinesDecoder().decodeAll(payload, source: "fuzz.jsonl") {
            requireSound(fuzzExtractor.extract(document), document.text)
        }
    case 2:
        let text = String(decoding: payload, as: UTF8.self)
        let normalized = PersianNormalizer.normalize(text)
        // Normalizing twice must change nothing (the key and display form are built on it).
        if PersianNormalizer.normalize(normalized) != normalized { fatalError("normalize is not idempotent") }
        _ = PersianNormalizer.key(text)
        _ = PersianNormalizer.displayNormalize(text)
        let document = SourceDocument(id: "fuzz", text: text)
        requireSound(fuzzExtractor.extract(document), text)
        _ = fuzzExtractor.explain(document)
    default:
        _ = try? DocumentDecoder(maxBytes: 64).decodeText(payload, name: "small.txt")
        let text = String(decoding: payload, as: UTF8.self)
        _ = fuzzExtractor.analyzer.analyze(SourceDocument(id: "fuzz", text: text))
    }
    return 0
}
