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
        // The command-line tool: wiring only.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText",
                "KhabarNER",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"], swiftSettings: strict),
        .testTarget(name: "KhabarNERTests", dependencies: ["KhabarNER"], swiftSettings: strict),
    ]
)
