import ArgumentParser
import Extractors
import Foundation

/// `--lexicons DIR`: a researcher's own lexicon files, added to the bundled ones (build, add, extract, eval).
///
/// Each `.txt` file of the folder extends the bundled file of the same name (`surnames.txt`,
/// `meeting-frames.txt`, …; the names are those of the bundled `index.txt`) and is checked the same way.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: "A folder of your own lexicon files (surnames.txt, role-heads.txt, meeting-frames.txt, …) to add to the bundled ones (docs/rules.md).")
    var directory: String?

    /// The extractor over the bundled lexicons and the folder's files: the one place the CLI loads them.
    func loadExtractor() throws -> Extractor { try Self.loadExtractor(directory: directory) }

    /// `loadExtractor()` for a folder given outside argument parsing (nil: the bundled lexicons alone). A
    /// `LexiconOptions()` made in code has no parsed value to read, so callers without options use this.
    static func loadExtractor(directory: String?) throws -> Extractor {
        let additions = try readAdditions(directory)
        do {
            return try Extractor.load(additions: additions)
        } catch {
            throw UserFacingError(message: "lexicons could not be loaded: \(error)", exitCode: .failure)
        }
    }

    /// The folder's `.txt` files in name order (none without `--lexicons`).
    static func readAdditions(_ directory: String?) throws -> [LexiconFile] {
        guard let directory else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw UserFacingError(message: "--lexicons \(directory) cannot be read: \(error.localizedDescription)", exitCode: .failure)
        }
        guard !names.isEmpty else {
            throw UserFacingError(message: "--lexicons \(directory) holds no .txt lexicon file", exitCode: .failure)
        }
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
                throw UserFacingError(message: "\(path) cannot be read as UTF-8 text", exitCode: .failure)
            }
            return LexiconFile(name: name, path: path, content: content)
        }
    }

    /// One line for the run's summary naming the researcher's files and their entries, nil without any.
    static func summary(_ extractor: Extractor) -> String? {
        let files = extractor.lexicons.additions
        guard !files.isEmpty else { return nil }
        let listed = files.map { file in
            let entries = file.content.split(separator: "\n").filter { line in
                let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                return !text.trimmingCharacters(in: .whitespaces).isEmpty
            }.count
            return "\(file.path) (\(entries) entr\(entries == 1 ? "y" : "ies"))"
        }
        return "your lexicons: " + listed.joined(separator: ", ")
    }
}
