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
        .library(name: "KhabarHTML", targets: ["KhabarHTML"]),
        .executable(name: "khabar", targets: ["khabar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        // libxml2 from the system (Debian libxml2-dev) and a small C shim for what Swift cannot call.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "CXMLShim", dependencies: ["CLibXML2"]),
        // HTML pages and feeds → extracted article text and metadata (independent of the analysis core).
        .target(name: "KhabarHTML", dependencies: ["ArabicText", "CXMLShim"], swiftSettings: strict),
        // The command-line tool: wiring only.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText",
                "KhabarNER",
                "KhabarHTML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"], swiftSettings: strict),
        .testTarget(name: "KhabarNERTests", dependencies: ["KhabarNER"], swiftSettings: strict),
        .testTarget(
            name: "KhabarHTMLTests",
            dependencies: ["KhabarHTML"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ]
)
