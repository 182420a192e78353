// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Khabar",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "KhabarNER", targets: ["KhabarNER"]),
        .library(name: "ArabicLexicon", targets: ["ArabicLexicon"]),
        .library(name: "KhabarActors", targets: ["KhabarActors"]),
        .library(name: "KhabarHTML", targets: ["KhabarHTML"]),
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
        .library(name: "KhabarReaders", targets: ["KhabarReaders"]),
        .library(name: "KhabarQuotes", targets: ["KhabarQuotes"]),
        .library(name: "KhabarStore", targets: ["KhabarStore"]),
        .executable(name: "khabar", targets: ["khabar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure Arabic text algorithms: standard library only.
        .target(name: "ArabicText", swiftSettings: strict),
        // Named-entity tagger (averaged perceptron + Viterbi) with its trained model and word lists.
        .target(
            name: "KhabarNER",
            dependencies: ["ArabicText"],
            resources: [
                .copy("Resources/ner-model.bin"), .copy("Resources/ner-clusters.tsv"),
                .copy("Resources/ner-gazetteer.txt"), .copy("Resources/ner-cues.txt"),
            ],
            swiftSettings: strict
        ),
        // Corpus-derived language data for ArabicText (Foundation, bundle resources).
        .target(
            name: "ArabicLexicon",
            dependencies: ["ArabicText"],
            resources: [.copy("Resources/segmentation-lexicon.txt")],
            swiftSettings: strict
        ),
        // Actors: registry, resolution inside an article, English names (depends on ArabicText only).
        .target(name: "KhabarActors", dependencies: ["ArabicText"], resources: [.copy("Resources")], swiftSettings: strict),
        // libxml2 from the system (Debian libxml2-dev) and a small C shim for what Swift cannot call.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "CXMLShim", dependencies: ["CLibXML2"]),
        // HTML pages and feeds → extracted article text and metadata (independent of the analysis core).
        .target(name: "KhabarHTML", dependencies: ["ArabicText", "CXMLShim"], swiftSettings: strict),
        // The analysis core: article model, document with standoff layers, pipeline stages, dates.
        .target(name: "KhabarCore", dependencies: ["ArabicText", "KhabarNER", "KhabarActors", "KhabarQuotes"], swiftSettings: strict),
        // Readers: bytes in, articles out (plain text, TREC pseudo-XML, JSON/JSONL/CSV records; pages and
        // feeds through KhabarHTML).
        .target(name: "KhabarReaders", dependencies: ["KhabarCore", "KhabarHTML"], swiftSettings: strict),
        // Who said what: quotes, cues, speakers and sourcing chains.
        .target(name: "KhabarQuotes", dependencies: ["ArabicText"], swiftSettings: strict),
        // sqlite3_config (variadic, so out of Swift's reach), over the SQLite GRDB links.
        .target(name: "CSQLiteShim", linkerSettings: [.linkedLibrary("sqlite3")]),
        // The archive: analysed articles in SQLite (GRDB), Arabic full-text search, near-duplicates.
        .target(
            name: "KhabarStore",
            dependencies: [
                "ArabicText", "KhabarCore", "CSQLiteShim", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        // The command-line tool: wiring only.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText",
                "KhabarNER",
                "ArabicLexicon",
                "KhabarActors",
                "KhabarHTML",
                "KhabarCore",
                "KhabarReaders",
                "KhabarQuotes",
                "KhabarStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"], swiftSettings: strict),
        .testTarget(name: "KhabarNERTests", dependencies: ["KhabarNER"], swiftSettings: strict),
        .testTarget(name: "ArabicLexiconTests", dependencies: ["ArabicLexicon", "ArabicText"], swiftSettings: strict),
        .testTarget(name: "KhabarActorsTests", dependencies: ["KhabarActors"], swiftSettings: strict),
        .testTarget(
            name: "KhabarHTMLTests",
            dependencies: ["KhabarHTML"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "KhabarCoreTests", dependencies: ["KhabarCore"], swiftSettings: strict),
        .testTarget(
            name: "KhabarReadersTests",
            dependencies: ["KhabarReaders", "KhabarCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "KhabarQuotesTests", dependencies: ["KhabarQuotes"], swiftSettings: strict),
        .testTarget(
            name: "KhabarStoreTests",
            dependencies: ["KhabarStore", "KhabarCore", "KhabarReaders", "ArabicText", "khabar", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
    ]
)
