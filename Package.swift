// swift-tools-version:6.1
// Didar: who met whom in Persian news.
//
// Layout (the design card): Extractors (Persian text and rules, no files, no Graphviz),
// Graph (model, resolution, exporters, store; no Persian rules; CLibXML2 is libxml2's
// streaming XML writer for its GraphML and GEXF), CGraphviz + Graphviz (the C library and one
// thin adapter), CLI (the `didar` executable: wiring and printing).
import PackageDescription

let package = Package(
    name: "Didar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "didar", targets: ["CLI"]),
        .library(name: "Extractors", targets: ["Extractors"]),
        .library(name: "Graph", targets: ["Graph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    ],
    targets: [
        .target(
            name: "Extractors",
            resources: [.copy("Resources/Lexicons")]
        ),
        .target(
            name: "Graph",
            dependencies: [
                "CLibXML2", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the derived tables' rows directly (`RowInserter`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // libxml2's streaming XML writer, for GraphML and GEXF (see Graph/Export/XMLStreamWriter.swift).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "Extractors", "Graph", "Graphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Serve/Assets")]
        ),
        .testTarget(
            name: "ExtractorsTests",
            dependencies: ["Extractors", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "GraphTests", dependencies: ["Graph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz"]),
        .testTarget(
            name: "CLITests",
            dependencies: [
                "CLI", "Extractors", "Graph",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
