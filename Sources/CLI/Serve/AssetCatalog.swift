import Foundation

/// The page's files, served from a fixed map of names — never from a path taken from the request.
///
/// The files live in `Sources/CLI/Serve/Assets` and are bundled as resources; they are read once at
/// start-up, so a request can only ever name one of these entries and `../` has nothing to reach.
struct AssetCatalog: Sendable {
    /// One servable file.
    struct Asset: Sendable {
        /// The file's bytes.
        var bytes: [UInt8]
        /// Its HTTP content type.
        var contentType: String
    }

    /// The public names and the content types of the page's files.
    static let manifest: [String: String] = [
        "index.html": "text/html; charset=utf-8",
        "explorer.css": "text/css; charset=utf-8",
        "explorer.js": "text/javascript; charset=utf-8",
    ]

    private let assets: [String: Asset]

    /// Loads every file of the manifest from the bundle.
    ///
    /// - Throws: `ExplorerError.failed` naming the file when the bundle lacks one (a packaging bug).
    init() throws {
        var assets: [String: Asset] = [:]
        for (name, contentType) in Self.manifest {
            let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Assets")
            guard let url, let data = try? Data(contentsOf: url) else {
                throw ExplorerError.failed("the explorer's file \(name) is missing from the bundle")
            }
            assets[name] = Asset(bytes: Array(data), contentType: contentType)
        }
        self.assets = assets
    }

    /// The asset called `name`, or nil for any name not in the manifest.
    subscript(name: String) -> Asset? { assets[name] }
}
