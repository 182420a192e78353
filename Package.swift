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
        .library(name: "ArabicLexicon", targets: ["ArabicLexicon"]),
        .executable(name: "khabar", targets: ["khabar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure Arabic text algorithms: standard library only.
        .target(name: "ArabicText", swiftSettings: strict),
        // Corpus-derived language data for ArabicText (Foundation, bundle resources).
        .target(
            name: "ArabicLexicon",
            dependencies: ["ArabicText"],
            resources: [.copy("Resources/segmentation-lexicon.txt")],
            swiftSettings: strict
        ),
        // The command-line tool: wiring only.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText",
                "ArabicLexicon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"], swiftSettings: strict),
        .testTarget(name: "ArabicLexiconTests", dependencies: ["ArabicLexicon", "ArabicText"], swiftSettings: strict),
    ]
)
