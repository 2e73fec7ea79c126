import Foundation

/// Where the package's own files are (the bundled `Decks/`, the scripts), found from this
/// source file's path so that it holds wherever the tests run from.
public enum PackageFolder {
    /// The package root: Tests/RecallTestSupport/PackageFolder.swift, three levels up.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled decks, `Decks/` at the root.
    public static var decks: URL { root.appendingPathComponent("Decks") }
}
