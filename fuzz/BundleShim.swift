// The fuzz build compiles the Extractors sources without SwiftPM, so the generated `Bundle.module`
// accessor does not exist; this stands in for it, pointing at the resources in the source tree.
import Foundation

/// Where the harness finds the source tree's resources (`DIDAR_RESOURCES` overrides it).
enum FuzzPaths {
    static let resources: String = ProcessInfo.processInfo.environment["DIDAR_RESOURCES"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Extractors/Resources").path
    static var lexiconFolder: String { resources + "/Lexicons" }
}

extension Foundation.Bundle {
    /// The source tree's resource folder, standing in for SwiftPM's generated accessor.
    static let module: Bundle = Bundle(path: FuzzPaths.resources) ?? Bundle.main
}
