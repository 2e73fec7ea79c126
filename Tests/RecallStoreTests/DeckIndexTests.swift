import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

@Suite struct DeckIndexTests {
    @Test func cachedCardsMatchTheDecksAndFollowEdits() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks/AWS"), withIntermediateDirectories: true)
        try folder.write("Decks/AWS/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n\n## Both ways\ntype:: reversible\nB\n")
        try folder.write("Decks/s3.md", "---\ndeck: Storage\n---\n## {{c1::S3}} and {{c2::EBS}}\n")
        let cache = folder.file(DeckIndex.fileName)
        let first = try DeckIndex.cards(paths: [folder.file("Decks")], cachePath: cache)
        let library = try DeckLibrary.load(paths: [folder.file("Decks")])
        #expect(first.cards == library.cards.map { StudyCard(id: $0.id, deck: $0.deck) })
        #expect(first.decks == ["AWS::vpc", "Storage"])
        #expect(try DataFolder.exists(cache))
        let cached = try DeckIndex.cards(paths: [folder.file("Decks")], cachePath: cache)
        #expect(cached.cards == first.cards)

        try folder.write("Decks/s3.md", "---\ndeck: Storage\n---\n## Only one card now, longer text\n<!-- id: one -->\nx\n")
        let edited = try DeckIndex.cards(paths: [folder.file("Decks")], cachePath: cache)
        #expect(edited.cards.map(\.id).last == "one")
        #expect(edited.cards.count == 4)

        try folder.write(DeckIndex.fileName, "garbage")
        #expect(try DeckIndex.cards(paths: [folder.file("Decks")], cachePath: cache).cards == edited.cards, "a bad cache is rebuilt")
        #expect(throws: DeckLibrary.LoadError.notFound(folder.file("nope"))) {
            try DeckIndex.cards(paths: [folder.file("nope")], cachePath: nil)
        }
    }

    /// `recall stats` and `--tag` take each card's tags from the index: the same as the decks
    /// give, fresh and from the cache, and an index of the schema before tags is rebuilt.
    @Test func eachCardsTagsComeFromTheIndexAsTheDecksGiveThem() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
        try folder.write("Decks/vpc.md", "---\ntags: networking, 보안\n---\n## NAT?\n<!-- id: nat -->\ntags:: nat aws::vpc\nA\n\n"
                         + "## Both ways\n<!-- id: both -->\ntype:: reversible\nB\n")
        try folder.write("Decks/s3.md", "## {{c1::S3}} and {{c2::EBS}}\n")
        let decks = folder.file("Decks")
        let cache = folder.file(DeckIndex.fileName)
        let library = try DeckLibrary.load(paths: [decks])
        let expected = library.cards.map(\.tags)
        #expect(expected.contains(["networking", "보안", "nat", "aws::vpc"]), "\(expected)")
        #expect(expected.contains([]))
        let fresh = try DeckIndex.cards(paths: [decks], cachePath: cache, tags: true)
        #expect(fresh.tags == expected)
        let written = try #require(folder.bytes(DeckIndex.fileName))
        let cached = try DeckIndex.cards(paths: [decks], cachePath: cache, tags: true)
        #expect(cached.tags == expected)
        #expect(folder.bytes(DeckIndex.fileName) == written, "the cache gave the tags: nothing was parsed again")
        #expect(try DeckIndex.cards(paths: [decks], cachePath: cache).tags.isEmpty, "tags only when asked for")

        // An index of schema 2 (three lines a file, no tags) is not read as one of schema 3.
        let old = String(decoding: written, as: UTF8.self).split(separator: "\n").enumerated()
            .filter { $0.offset == 0 || $0.offset % 4 != 0 }.map(\.element).joined(separator: "\n")
            .replacingOccurrences(of: "\"schema\":3", with: "\"schema\":2") + "\n"
        try folder.write(DeckIndex.fileName, old)
        #expect(try DeckIndex.cards(paths: [decks], cachePath: cache, tags: true).tags == expected)
        #expect(folder.bytes(DeckIndex.fileName) == written, "rebuilt as schema 3")
    }

    /// `--decks Decks`, `--decks ./Decks/` and `--decks /abs/Decks` name the same files: the second must use the
    /// index the first wrote, not parse every deck again and keep a second copy of each entry.
    @Test func aFolderNamedAnotherWayUsesTheSameIndex() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
        try folder.write("Decks/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n")
        let cache = folder.file(DeckIndex.fileName)
        _ = try DeckIndex.cards(paths: [folder.path + "/./Decks"], cachePath: cache)
        let written = try #require(folder.bytes(DeckIndex.fileName))
        let again = try DeckIndex.cards(paths: [folder.file("Decks") + "/"], cachePath: cache)
        #expect(again.cards.map(\.id) == ["nat"])
        #expect(folder.bytes(DeckIndex.fileName) == written, "the index was rewritten: the files were parsed again")
    }

    /// The study screen's home opens from the index: it needs each card's file (to parse it on
    /// demand, by the path as found) and the files with errors, the same from the cache as fresh.
    @Test func eachCardKnowsItsFileAndErrorsAreCountedPerFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
        try folder.write("Decks/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n\n## Both ways\n<!-- id: both -->\ntype:: reversible\nB\n")
        try folder.write("Decks/bad.md", "## Pick\n<!-- id: q1 -->\n- [ ] a\n- [ ] b\n\n## Pick again\n<!-- id: q2 -->\n- [ ] c\n- [ ] d\n")
        let decks = folder.file("Decks")
        let cache = folder.file(DeckIndex.fileName)
        let library = try DeckLibrary.load(paths: [decks])
        for index in [try DeckIndex.cards(paths: [decks], cachePath: cache), try DeckIndex.cards(paths: [decks], cachePath: cache)] {
            #expect(index.cards == library.cards.map { StudyCard(id: $0.id, deck: $0.deck) })
            #expect(index.files == library.cards.map(\.note.location.file))
            #expect(index.errors == library.diagnostics.errors.count)
            #expect(index.filesWithErrors == 1)
            #expect(index.deckFiles == library.decks.filter { !$0.cards.isEmpty }.count)
        }
    }
}
