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
        // Anki packages (issue 21): the collection is SQLite, the package a zip.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // Pure logic: decks, scheduling, progress. No terminal, no global clock, no printing.
        .target(name: "RecallCore"),
        // The only code that touches the disk: the review log, its appender and fsync, locks,
        // atomic files, the data folder, the progress store, doctor, the deck index, deck files.
        .target(name: "RecallStore", dependencies: ["RecallCore"]),
        // Screens as state + update + view over a virtual ScreenBuffer; knows no terminal.
        .target(name: "RecallTUI", dependencies: ["RecallCore"]),
        // ncurses with the wide-character API, through a small C shim. No pkgConfig: SwiftPM drops
        // pkg-config's -D flags anyway, warning "prohibited flag(s)" on every build, and shim.h
        // defines the macros itself; module.modulemap links ncursesw (which brings in tinfo).
        .systemLibrary(name: "CNcursesw"),
        // The only module that calls ncurses: draws ScreenBuffers, reads keys, handles resize and signals.
        .target(name: "RecallTerminal", dependencies: ["CNcursesw", "RecallTUI"]),
        // zstd, which Anki 2.1.50 and later compress a package's collection and media with. The
        // system's libzstd (Debian: libzstd-dev); no Swift package in the mirror wraps it.
        .systemLibrary(name: "CZstd"),
        // Anki packages (.apkg) on disk: the SQLite collection (GRDB), the zip (ZIPFoundation),
        // zstd. Reads and writes `AnkiCollection` (RecallCore), which knows none of them.
        .target(
            name: "RecallAnki",
            dependencies: [
                "RecallCore", "CZstd",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The command-line frontend: one ArgumentParser command per file.
        .executableTarget(
            name: "recall",
            dependencies: [
                "RecallCore",
                "RecallStore",
                "RecallAnki",
                "RecallTUI",
                "RecallTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share, and only they use: running the built binary, temporary
        // folders, a test clock, seeded random numbers, fixture decks. No store, so that the
        // core's tests, which use it, prove the core alone.
        .target(name: "RecallTestSupport", dependencies: ["RecallCore"], path: "Tests/RecallTestSupport"),
        // Fixtures/ holds JSON the tests read by path (#filePath), not bundled resources.
        .testTarget(name: "RecallCoreTests", dependencies: ["RecallCore", "RecallTestSupport"], exclude: ["Fixtures"]),
        // The store's files on a real disk: the log, the snapshot, doctor, the deck index, the quiz history.
        .testTarget(name: "RecallStoreTests", dependencies: ["RecallCore", "RecallStore", "RecallTestSupport"]),
        .testTarget(name: "RecallTUITests", dependencies: ["RecallTUI", "RecallStore", "RecallTestSupport"], exclude: ["Snapshots"]),
        // Packages written and read back, and packages the real Anki made (Tests/RecallAnkiTests/Fixtures).
        .testTarget(name: "RecallAnkiTests", dependencies: ["RecallCore", "RecallAnki", "RecallTestSupport"], exclude: ["Fixtures"]),
        // Runs the built `recall` binary as a subprocess and checks stdout, stderr and exit status.
        // RecallTUI too, to compare the home screen with what the commands print.
        .testTarget(name: "RecallEndToEndTests", dependencies: ["recall", "RecallCore", "RecallStore", "RecallTUI", "RecallTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
