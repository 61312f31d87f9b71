// Times the extractor alone on a few files (the adversarial inputs of fuzz/adversarial.py), built
// with -O from the Extractors sources like the fuzz harness but without sanitizers:
//
//   swiftc -O -parse-as-library -module-name DidarTiming $(find Sources/Extractors -name '*.swift') \
//       fuzz/BundleShim.swift fuzz/timing/TimeExtraction.swift -o fuzz/.build/time-extraction
//   fuzz/.build/time-extraction /tmp/didar-adversarial/*.txt
import Foundation

@main
struct TimeExtraction {
    static func main() throws {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: FuzzPaths.lexiconFolder) where name.hasSuffix(".txt") {
            files[name] = try String(contentsOfFile: FuzzPaths.lexiconFolder + "/" + name, encoding: .utf8)
        }
        let extractor = Extractor(lexicons: try Lexicons(files: files))
        for path in CommandLine.arguments.dropFirst() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let clock = ContinuousClock()
            var record: DocumentExtraction?
            let elapsed = clock.measure { record = extractor.extract(SourceDocument(id: path, text: text)) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let mb = Double(text.utf8.count) / 1_048_576
            print(String(format: "%@: %.2f MB in %.2f s (%.2f MB/s), %d people, %d meetings", (path as NSString).lastPathComponent,
                         mb, seconds, mb / max(seconds, 1e-9), record?.people.count ?? 0, record?.meetings.count ?? 0))
        }
    }
}
