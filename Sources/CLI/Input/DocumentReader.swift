import Extractors
import Foundation

/// Turns the command line's inputs into a stream of documents: walks folders (sorted, recursive,
/// symlink loops broken), reads files and standard input, splits JSON Lines corpora, and hands the
/// bytes to the Extractors' decoder, which knows the text rules (UTF-8, BOM, binary, size).
///
/// Failures go through `handle(_:)`: with `--keep-going` they are recorded in the report,
/// otherwise the first one stops the run.
struct DocumentReader {
    var options: InputOptions
    private(set) var report: InputReport
    private var seenIDs: [String: Int] = [:]

    /// A reader of `options.inputs`; `dateReader` (the extractor's) checks the records' date fields for the report.
    init(options: InputOptions, dateReader: DateReader) {
        self.options = options
        report = InputReport(dateReader: dateReader)
        report.dateFieldsTried = options.dateField.map { [$0] } ?? JSONLinesDecoder.commonDateFields
    }

    /// One input to read, in the order the user named them (folders expanded in sorted order).
    enum Source: Equatable {
        case text(URL)
        case jsonLines(URL)
        case standardInput
    }

    /// Expands the inputs into sources; a missing path is a failure of its own.
    mutating func sources() throws -> [Source] {
        var result: [Source] = []
        var visited = Set<String>()
        for input in options.inputs {
            if input == "-" { result.append(.standardInput); continue }
            let url = URL(fileURLWithPath: input)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                try handle(InputFailure(source: input, reason: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                try walk(url, into: &result, visited: &visited)
            } else {
                result.append(Self.isJSONLines(url) ? .jsonLines(url) : .text(url))
            }
        }
        return result
    }

    /// True when `--include` names this file (a shell glob on the file name, as `fnmatch` reads it).
    func isIncluded(_ name: String) -> Bool {
        options.include.contains { fnmatch($0, name, 0) == 0 }
    }

    static func isJSONLines(_ url: URL) -> Bool {
        ["jsonl", "ndjson"].contains(url.pathExtension.lowercased())
    }

    /// Files a folder walk picks up; other files in a folder (images, HTML pages saved beside) are left alone.
    static let articleExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson"]

    private mutating func walk(_ dir: URL, into result: inout [Source], visited: inout Set<String>) throws {
        let real = dir.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }   // a symlink loop, or a folder seen twice
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        } catch {
            try handle(InputFailure(source: dir.path, reason: "folder cannot be read (\(Self.reason(error)))"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                try handle(InputFailure(source: url.path, reason: "broken symbolic link"))
                continue
            }
            if isDir.boolValue {
                try walk(url, into: &result, visited: &visited)
            } else if !Self.articleExtensions.contains(url.pathExtension.lowercased()) && !isIncluded(name) {
                // Not an article by its name (an image, a page saved beside): counted and named in the summary.
                report.ignored.append(url.path)
            } else {
                // A FIFO with no writer would block the read forever, a device would never end: in a
                // folder walk only regular files are read (a path named on the command line may be a pipe).
                var info = stat()
                if stat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                    try handle(InputFailure(source: url.path, reason: "not a regular file (a FIFO, socket or device)"))
                    continue
                }
                result.append(Self.isJSONLines(url) ? .jsonLines(url) : .text(url))
            }
        }
    }

    /// Reads every document of every source, in order, calling `body` for each.
    mutating func forEachDocument(_ body: (SourceDocument) throws -> Void) throws {
        for source in try sources() {
            switch source {
            case .text(let url):
                let name = url.lastPathComponent
                guard let bytes = try readFile(url, display: url.path) else { continue }
                try decodeText(bytes, id: name, display: url.path, body)
            case .jsonLines(let url):
                try readJSONLines(url, body)
            case .standardInput:
                if options.stdinJsonl {
                    try splitJSONLines(FileHandle.standardInput, display: "<stdin>", body)
                } else {
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    try decodeText(data, id: "stdin", display: "<stdin>", body)
                }
            }
        }
    }

    private mutating func readFile(_ url: URL, display: String) throws -> Data? {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > options.maxBytes, !Self.isJSONLines(url) {
                try handle(InputFailure(source: display, reason: "\(size) bytes is over the limit of \(options.maxBytes) (raise it with --max-bytes)"))
                return nil
            }
            return try Data(contentsOf: url)
        } catch let failure as InputFailure {
            throw failure
        } catch {
            try handle(InputFailure(source: display, reason: "cannot be read (\(Self.reason(error)))"))
            return nil
        }
    }

    private mutating func decodeText(_ data: Data, id: String, display: String, _ body: (SourceDocument) throws -> Void) throws {
        do {
            var document = try DocumentDecoder(maxBytes: options.maxBytes).decodeText(data, name: display)
            document.id = id
            try emit(document, body)
        } catch let error as InputError {
            try handle(InputFailure(error))
        }
    }

    private mutating func readJSONLines(_ url: URL, _ body: (SourceDocument) throws -> Void) throws {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            try self.handle(InputFailure(source: url.path, reason: "cannot be read (\(Self.reason(error)))"))
            return
        }
        defer { try? handle.close() }
        try splitJSONLines(handle, display: url.path, body)
    }

    private mutating func splitJSONLines(_ file: FileHandle, display: String, _ body: (SourceDocument) throws -> Void) throws {
        let decoder = JSONLinesDecoder(
            textField: options.textField, idField: options.idField, urlField: options.urlField,
            dateField: options.dateField, titleField: options.titleField, maxTextBytes: options.maxBytes)
        // A record's JSON escapes can make the line longer than its text: allow some headroom.
        var lines = LineStream(handle: file, maxLineBytes: options.maxBytes * 2 + 65_536)
        while true {
            let next: LineStream.Line?
            do {
                next = try lines.next()
            } catch {
                try handle(InputFailure(source: display, reason: "read failed (\(Self.reason(error)))"))
                return
            }
            guard let next else { return }
            switch next {
            case .tooLong(let number, let bytes):
                try handle(InputFailure(source: "\(display):\(number)", reason: "line of \(bytes) bytes is over the limit (raise it with --max-bytes)"))
            case .line(let number, let bytes):
                do {
                    if let record = try decoder.decodeRecord(bytes, lineNumber: number, source: display) {
                        report.countDate(of: record, display: display, line: number)
                        try emit(record.document, body)
                    }
                } catch let error as InputError {
                    try handle(InputFailure(error))
                }
            }
        }
    }

    /// Gives every document a unique id (a repeated JSON Lines id gets `#2`, `#3`, … and is reported).
    private mutating func emit(_ document: SourceDocument, _ body: (SourceDocument) throws -> Void) throws {
        var document = document
        let count = seenIDs[document.id, default: 0] + 1
        seenIDs[document.id] = count
        if count > 1 {
            report.duplicateIDs.append(document.id)
            document.id += "#\(count)"
        }
        report.read += 1
        try body(document)
    }

    /// Records a failure with `--keep-going`, or stops the run with it.
    private mutating func handle(_ failure: InputFailure) throws {
        if options.keepGoing {
            report.skipped.append(.init(source: failure.source, reason: failure.reason))
            Terminal.warn("didar: skipped \(failure.source): \(failure.reason)")
        } else {
            throw failure
        }
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? CocoaError, let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
