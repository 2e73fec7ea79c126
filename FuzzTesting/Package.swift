// swift-tools-version:5.4
// The fuzz targets: one libFuzzer executable per parser or reader of RecallCore, each checking
// properties of what it reads, not only that it returns. A separate package because libFuzzer
// needs tools 5.4 (newer tools rename an executable's `main`, and libFuzzer brings its own) and
// the sanitizer flags, which the main package's tests must not be built with.
// Build and run them with Scripts/fuzz; see docs/testing.md.
import PackageDescription

let fuzzTargets = [
    "fuzz-deck-parser",
    "fuzz-note-extractor",
    "fuzz-anki-text-import",
    "fuzz-csv-import",
    "fuzz-html-to-markdown",
    "fuzz-log-line",
    "fuzz-snapshot",
    "fuzz-replay",
]

let package = Package(
    name: "FuzzTesting",
    dependencies: [
        .package(name: "recall", path: ".."),
    ],
    targets: [
        // What every target checks the same way: failing a property, line and column bounds,
        // a note's content without its place.
        .target(name: "FuzzCheck", dependencies: [.product(name: "RecallCore", package: "recall")]),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzCheck", .product(name: "RecallCore", package: "recall")])
    }
)
