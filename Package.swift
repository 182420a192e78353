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
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
        .library(name: "KhabarReaders", targets: ["KhabarReaders"]),
        .executable(name: "khabar", targets: ["khabar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure Arabic text algorithms: standard library only.
        .target(name: "ArabicText", swiftSettings: strict),
        // The analysis core: article model, document with standoff layers, pipeline stages, dates.
        .target(name: "KhabarCore", dependencies: ["ArabicText"], swiftSettings: strict),
        // Readers: bytes in, articles out (plain text, TREC pseudo-XML, JSON/JSONL/CSV records).
        .target(name: "KhabarReaders", dependencies: ["KhabarCore"], swiftSettings: strict),
        // The command-line tool: wiring only.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "ArabicText",
                "KhabarCore",
                "KhabarReaders",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"], swiftSettings: strict),
        .testTarget(name: "KhabarCoreTests", dependencies: ["KhabarCore"], swiftSettings: strict),
        .testTarget(
            name: "KhabarReadersTests",
            dependencies: ["KhabarReaders", "KhabarCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ]
)
