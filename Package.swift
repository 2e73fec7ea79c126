// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .library(name: "RecallCore", targets: ["RecallCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure logic: decks, scheduling, progress. No terminal, no global clock, no printing.
        .target(name: "RecallCore"),
        // Screens as state + update + view over a virtual ScreenBuffer; knows no terminal.
        .target(name: "RecallTUI", dependencies: ["RecallCore"]),
        // The command-line frontend: one ArgumentParser command per file.
        .executableTarget(
            name: "recall",
            dependencies: [
                "RecallCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RecallCoreTests", dependencies: ["RecallCore"]),
        .testTarget(name: "RecallTUITests", dependencies: ["RecallTUI"]),
        // Runs the built `recall` binary as a subprocess and checks stdout, stderr and exit status.
        .testTarget(name: "RecallEndToEndTests", dependencies: ["recall"]),
    ],
    swiftLanguageModes: [.v6]
)
