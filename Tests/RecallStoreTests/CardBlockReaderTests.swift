import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// The study screen reads each card from its block of the file (the deck index says where):
/// the same card as the whole file gives, and nothing when the file changed since.
@Suite struct CardBlockReaderTests {
    /// Every card of `decks`, read from its block with the index fresh and then from the cache.
    static func expectEveryCardReadsAlone(_ decks: String, cache: String) throws {
        let library = try DeckLibrary.load(paths: [decks])
        for _ in 0..<2 {
            let index = try DeckIndex.cards(paths: [decks], cachePath: cache, blocks: true)
            let cards = library.cards
            #expect(index.blocks.count == cards.count)
            #expect(Set(index.stamps.keys) == Set(index.files))
            for (at, card) in cards.enumerated() {
                let file = index.files[at]
                let read = CardBlockReader.card(card.id, file: file, block: index.blocks[at], stamp: try #require(index.stamps[file]),
                                                defaultDeckName: index.cards[at].deck)
                #expect(read?.card == card)
                var settings = try #require(library.decks.first { $0.file == file })
                settings.notes = [card.note]
                #expect(read?.deck == settings)
            }
        }
    }

    @Test func everyBundledCardIsReadFromItsBlock() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Self.expectEveryCardReadsAlone(PackageFolder.decks.path, cache: folder.file(DeckIndex.fileName))
    }

    @Test func cardsAfterFrontMatterAndErrorsInKorean() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks/AWS"), withIntermediateDirectories: true)
        try folder.write("Decks/AWS/vpc.md", "\u{FEFF}---\r\ndeck: AWS::네트워크\r\nscheduler: sm2\r\ntags: [vpc]\r\n---\r\n# 제목\r\n## NAT는?\r\n<!-- id: nat -->\r\n주소 변환\r\n")
        try folder.write("Decks/s3.md", "## 틀린 카드\n- [ ] a\n- [ ] b\n\n## {{c1::S3}}는 {{c2::객체}} 스토리지\n<!-- id: s3 -->\n\n## 고르기\n- [x] 예\n- [ ] 아니오\n\n## 입력\nanswer:: 정답\n```\n## 코드\n")
        try Self.expectEveryCardReadsAlone(folder.file("Decks"), cache: folder.file(DeckIndex.fileName))
    }

    /// A file written since the index was: its blocks are not used (same size, or not), and
    /// the index read again gives the new ones.
    @Test func aChangedFileGivesNoCard() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
        try folder.write("Decks/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n\n## IGW?\n<!-- id: igw -->\nB\n")
        let decks = folder.file("Decks")
        let cache = folder.file(DeckIndex.fileName)
        let index = try DeckIndex.cards(paths: [decks], cachePath: cache, blocks: true)
        let file = index.files[1]
        let stamp = try #require(index.stamps[file])
        #expect(CardBlockReader.card("igw", file: file, block: index.blocks[1], stamp: stamp, defaultDeckName: "vpc")?.card.note.body == "B")
        for text in ["## NAT?\n<!-- id: nat -->\nA\n\n## IGW?\n<!-- id: igw -->\nC\n", "## IGW?\n<!-- id: igw -->\nB\n"] {
            try folder.write("Decks/vpc.md", text)
            #expect(CardBlockReader.card("igw", file: file, block: index.blocks[1], stamp: stamp, defaultDeckName: "vpc") == nil)
        }
        try folder.write("Decks/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n\n## IGW?\n<!-- id: igw -->\nC\n")
        let again = try DeckIndex.cards(paths: [decks], cachePath: cache, blocks: true)
        let card = CardBlockReader.card("igw", file: file, block: again.blocks[1], stamp: try #require(again.stamps[file]), defaultDeckName: "vpc")
        #expect(card?.card.note.body == "C")
        #expect(CardBlockReader.card("nat", file: file, block: again.blocks[1], stamp: try #require(again.stamps[file]), defaultDeckName: "vpc") == nil,
                "a block that does not give the card asked for")
        try FileManager.default.removeItem(atPath: file)
        #expect(CardBlockReader.card("igw", file: file, block: again.blocks[1], stamp: try #require(again.stamps[file]), defaultDeckName: "vpc") == nil)
    }

    /// An index of the schema before blocks, or with a blocks line that is not three numbers a
    /// card, is parsed again rather than trusted.
    @Test func anOlderOrDamagedIndexIsRebuilt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("Decks"), withIntermediateDirectories: true)
        try folder.write("Decks/vpc.md", "## NAT?\n<!-- id: nat -->\nA\n")
        let decks = folder.file("Decks")
        let cache = folder.file(DeckIndex.fileName)
        _ = try DeckIndex.cards(paths: [decks], cachePath: cache)
        let written = try folder.read(DeckIndex.fileName)
        try folder.write(DeckIndex.fileName, written.replacingOccurrences(of: "\"schema\":2", with: "\"schema\":1"))
        #expect(try DeckIndex.cards(paths: [decks], cachePath: cache, blocks: true).blocks.count == 1)
        #expect(try folder.read(DeckIndex.fileName) == written, "written anew")
        for damaged in ["\n[\"x\",", "\n[0,0,"] {
            try folder.write(DeckIndex.fileName, written.replacingOccurrences(of: "\n[0,", with: damaged))
            #expect(try DeckIndex.cards(paths: [decks], cachePath: cache).cards.map(\.id) == ["nat"], "due does not decode the blocks")
            #expect(try DeckIndex.cards(paths: [decks], cachePath: cache, blocks: true).blocks.count == 1)
            #expect(try folder.read(DeckIndex.fileName) == written, "written anew")
        }
    }
}
