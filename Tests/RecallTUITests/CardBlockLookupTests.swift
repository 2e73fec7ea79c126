import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// With the deck index's blocks, the study screens parse only the card they show, never its
/// whole file (at 100,000 cards, 35 ms a file), and show what they show with every deck parsed;
/// a file changed since the index was written is parsed whole.
@Suite struct CardBlockLookupTests {
    /// Deck files kept in memory, counting whole files and blocks read; `changed` files refuse
    /// their blocks, as a file whose stamp differs does.
    final class BlockSource: CardSource, @unchecked Sendable {
        private let lock = NSLock()
        let texts: [String: String]
        private var wholeReads: [String] = []
        private var blockReads: [String] = []
        var changed: Set<String> = []
        var whole: [String] { lock.withLock { wholeReads } }
        var blocks: [String] { lock.withLock { blockReads } }

        init(_ texts: [String: String]) { self.texts = texts }

        func deck(atPath path: String, defaultName: String) -> Deck? {
            lock.withLock { wholeReads.append(path) }
            return texts[path].flatMap { DeckParser.parse(text: $0, file: path, defaultDeckName: defaultName).deck }
        }

        func card(_ id: String, atPath path: String, block: CardBlock, stamp: FileStamp, defaultName: String) -> (card: Card, deck: Deck)? {
            lock.withLock { blockReads.append(id) }
            guard !changed.contains(path), stamp == Self.stamp(path), let text = texts[path] else { return nil }
            let bytes = Array(text.utf8)
            let parsed = DeckParser.parse(head: String(decoding: bytes[..<block.head], as: UTF8.self),
                                          block: String(decoding: bytes[block.start..<block.end], as: UTF8.self),
                                          line: block.line, file: path, defaultDeckName: defaultName)
            guard let deck = parsed.deck, let card = deck.cards.first(where: { $0.id == id }) else { return nil }
            return (card, deck)
        }

        static func stamp(_ path: String) -> FileStamp { FileStamp(size: Int64(path.utf8.count), mtime: 1, ctime: 2) }
    }

    /// The index `DeckIndex` gives for these files, blocks and stamps included.
    static func index(_ library: DeckLibrary, texts: [String: String]) -> StudyCardIndex {
        let plain = LazyDecksTests.index(library)
        var blocks: [CardBlock] = []
        for deck in library.decks { blocks += CardBlock.blocks(of: deck, in: Array(texts[deck.file]!.utf8)) }
        return StudyCardIndex(cards: plain.cards, files: plain.files, deckNames: plain.deckNames, deckCount: plain.deckCount,
                              errors: 0, filesWithErrors: 0, blocks: blocks,
                              stamps: Dictionary(uniqueKeysWithValues: Set(plain.files).map { ($0, BlockSource.stamp($0)) }))
    }

    static func apps(changed: Set<String> = []) -> (eager: StudyApp, lazy: StudyApp, source: BlockSource) {
        let library = LazyDecksTests.library()
        let source = BlockSource(LazyDecksTests.files)
        source.changed = changed
        let eager = StudyData(library: library, progress: ProgressState(), config: StudyConfig(), schedulers: .defaults,
                              timeZone: Fixture.timeZone)
        let lazy = StudyData(index: index(library, texts: LazyDecksTests.files), source: source, progress: ProgressState(),
                             config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone)
        return (StudyApp(data: eager, now: Fixture.now), StudyApp(data: lazy, now: Fixture.now), source)
    }

    /// A whole session key by key, as `LazyDecksTests.aWholeSessionIsTheSameAsWithEveryDeckParsed`:
    /// the same screens, each deck's own scheduler, and not one whole file parsed.
    @Test(arguments: [Set<String>(), ["Decks/s3.md"]])
    func aSessionShowsTheSameCards(changed: Set<String>) throws {
        var (eager, lazy, source) = Self.apps(changed: changed)
        LazyDecksTests.expectTheSameSession(&eager, &lazy)
        let s3 = try #require(lazy.data.cardsByID["s3"])
        #expect(s3 == eager.data.cardsByID["s3"])
        #expect(lazy.data.schedulerKind(of: s3) == .sm2)
        #expect(lazy.data.previewLabels(of: s3, at: Fixture.now) == eager.data.previewLabels(of: s3, at: Fixture.now))
        #expect(Set(source.whole) == changed, "only a changed file is parsed whole")
        #expect(!source.blocks.isEmpty)
    }

    /// A card read once from its block is kept: showing it again reads nothing.
    @Test func aCardReadFromItsBlockIsKept() throws {
        let (_, lazy, source) = Self.apps()
        #expect(lazy.data.cardsByID["nat"]?.id == "nat")
        #expect(lazy.data.cardsByID["nat"]?.id == "nat")
        let card = try #require(lazy.data.cardsByID["s3"])
        #expect(lazy.data.deck(of: card)?.scheduler == .sm2)
        #expect(source.blocks == ["nat", "s3"])
        #expect(source.whole.isEmpty)
        #expect(lazy.data.cardsByID["nope"] == nil)
    }
}
