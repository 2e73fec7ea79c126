import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore

/// Reading a folder of deck files from the disk (`DeckLibrary+Loading`, in the store).
@Suite struct DeckLibraryLoadingTests {
    @Test func loadsAFolderRecursivelyWithDeckNamesFromPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("AWS"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "## Q\nA".write(to: folder.appendingPathComponent("AWS/vpc.md"), atomically: true, encoding: .utf8)
        try "## Q\nA".write(to: folder.appendingPathComponent("top.md"), atomically: true, encoding: .utf8)
        try "# About".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "## Hidden\nA".write(to: folder.appendingPathComponent(".hidden.md"), atomically: true, encoding: .utf8)
        let library = try DeckLibrary.load(paths: [folder.path])
        #expect(library.decks.map(\.name) == ["AWS::vpc", "top"])
        #expect(library.diagnostics.isEmpty)
        #expect(library.cards(matching: library.cards[0].id).count == 1)
        #expect(throws: DeckLibrary.LoadError.notFound("/no/such/place")) {
            try DeckLibrary.load(paths: ["/no/such/place"])
        }
    }
}
