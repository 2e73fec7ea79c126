import Foundation
import RecallCore

/// Reads one deck file when one of its cards is about to be shown. At 100,000 cards, parsing
/// every deck at launch was most of the launch time; the home screen needs only ids, decks and
/// counts (`StudyCardIndex`). The executable provides it: the screens never touch the disk.
public protocol CardSource: Sendable {
    /// The deck in the file at `path` (`defaultName` when it names none), or nil when it
    /// cannot be read any more.
    func deck(atPath path: String, defaultName: String) -> Deck?

    /// The card `id` parsed from its block of the file at `path` alone, with its deck's
    /// settings, when the file is still as `stamp` says; nil otherwise (the lookup then parses
    /// the whole file). A source without blocks gives nil.
    func card(_ id: String, atPath path: String, block: CardBlock, stamp: FileStamp, defaultName: String) -> (card: Card, deck: Deck)?
}

extension CardSource {
    public func card(_ id: String, atPath path: String, block: CardBlock, stamp: FileStamp, defaultName: String) -> (card: Card, deck: Deck)? {
        nil
    }
}

/// What the home screen needs from the decks without parsing them (the deck index gives it):
/// every card in deck order with the file it is in, the deck names, and the errors.
public struct StudyCardIndex: Sendable {
    public var cards: [StudyCard]
    /// The deck file of each card of `cards`, at the same position.
    public var files: [String]
    /// The deck names in tree order, as `DeckCounts` takes them.
    public var deckNames: [String]
    /// How many deck files hold a deck (none gets the home screen's note on where to start).
    public var deckCount: Int
    public var errors: Int
    public var filesWithErrors: Int
    /// Where each card of `cards` is in its file, at the same position, and each file's stamp
    /// then, by the paths of `files`: a card is then parsed alone (`CardSource.card`). Empty
    /// when the index gave none: whole files are parsed.
    public var blocks: [CardBlock]
    public var stamps: [String: FileStamp]

    public init(cards: [StudyCard], files: [String], deckNames: [String], deckCount: Int, errors: Int, filesWithErrors: Int,
                blocks: [CardBlock] = [], stamps: [String: FileStamp] = [:]) {
        self.cards = cards
        self.files = files
        self.deckNames = deckNames
        self.deckCount = deckCount
        self.errors = errors
        self.filesWithErrors = filesWithErrors
        self.blocks = blocks.count == cards.count ? blocks : []
        self.stamps = stamps
    }
}

/// The parsed cards the screens look up by id (`StudyData.cardsByID`): every card of a library
/// parsed in full, or, from a `StudyCardIndex`, each card parsed from its block when first
/// wanted (where the index gives blocks), else the decks of the last few files asked for, each
/// parsed when one of its cards is first wanted.
public final class CardLookup: @unchecked Sendable {
    /// How many parsed deck files are kept: the session's queue moves deck by deck.
    static let kept = 12
    /// How many cards parsed from their blocks are kept: a session's learning steps show a
    /// card again within minutes, and each is a few hundred bytes.
    static let keptCards = 512
    private let condition = NSCondition()
    private let eager: [String: Card]
    private let eagerDecks: [String: Deck]
    private let source: (any CardSource)?
    private let index: StudyCardIndex?
    /// Where each card id is in `index` (the first place, as `DeckLibrary` keeps the first).
    private var positions: [String: Int]?
    private typealias LoadedFile = (file: String, deck: Deck?, cards: [String: Card])
    private var loaded: [LoadedFile] = []
    /// Files being read now, by any thread.
    private var reading: Set<String> = []
    /// Cards parsed from their blocks, with their decks' settings, the oldest first in `blockOrder`.
    private var blockCards: [String: (card: Card, deck: Deck)] = [:]
    private var blockOrder: [String] = []
    /// Each file's deck settings as a block gave them (without notes), for `deck(of:)`.
    private var blockDecks: [String: Deck] = [:]

    init(cards: [Card], decks: [Deck]) {
        eager = Dictionary(cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        eagerDecks = Dictionary(decks.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        source = nil
        index = nil
    }

    init(index: StudyCardIndex, source: any CardSource) {
        eager = [:]
        eagerDecks = [:]
        self.source = source
        self.index = index
    }

    /// A lookup over `index` with the same source and nothing parsed yet; nil for a library
    /// parsed in full.
    func replacing(_ index: StudyCardIndex) -> CardLookup? {
        source.map { CardLookup(index: index, source: $0) }
    }

    /// True when made from a `StudyCardIndex`: the decks are parsed on demand.
    public var isLazy: Bool { index != nil }

    public subscript(id: String) -> Card? {
        guard let index else { return eager[id] }
        guard let at = position(of: id, in: index) else { return nil }
        let path = index.files[at]
        if let card = fromBlock(id, at: at, in: index) { return card }
        return file(path, defaultName: index.cards[at].deck).cards[id]
    }

    /// The deck of a card this lookup gave: the whole file's, or the settings its block gave
    /// (name, file, tags, source, scheduler) with only that block's note.
    func deck(of card: Card) -> Deck? {
        guard index != nil else { return eagerDecks[card.note.location.file] }
        let path = card.note.location.file
        let kept = condition.withLock { blockCards[card.id]?.deck ?? loaded.first { $0.file == path }?.deck ?? blockDecks[path] }
        if let kept { return kept }
        return file(path, defaultName: card.deck).deck
    }

    /// The card from a file already parsed or a block already read, else parsed from its block
    /// now; nil when the index has no blocks or the file changed since (then the whole file is).
    private func fromBlock(_ id: String, at position: Int, in index: StudyCardIndex) -> Card? {
        guard !index.blocks.isEmpty, let source else { return nil }
        let path = index.files[position]
        let kept: Card? = condition.withLock {
            blockCards[id]?.card ?? loaded.first { $0.file == path }?.cards[id]
        }
        if let kept { return kept }
        guard let stamp = index.stamps[path],
              let found = source.card(id, atPath: path, block: index.blocks[position], stamp: stamp,
                                      defaultName: index.cards[position].deck) else { return nil }
        condition.withLock {
            if blockCards.updateValue(found, forKey: id) == nil { blockOrder.append(id) }
            if blockOrder.count > Self.keptCards { blockCards[blockOrder.removeFirst()] = nil }
            var settings = found.deck
            settings.notes = []
            blockDecks[path] = settings
        }
        return found.card
    }

    private func position(of id: String, in index: StudyCardIndex) -> Int? {
        condition.withLock {
            if positions == nil {
                positions = Dictionary(index.cards.indices.map { (index.cards[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return positions?[id]
        }
    }

    /// The parsed file, from the kept ones or read now (then kept, the oldest let go). A file
    /// being read on another thread (read ahead, see `StudyApp.upcoming`) is waited for, not
    /// read twice; the reading itself is done outside the lock.
    private func file(_ path: String, defaultName: String) -> LoadedFile {
        condition.lock()
        while reading.contains(path) { condition.wait() }
        if let at = loaded.firstIndex(where: { $0.file == path }) {
            let hit = loaded.remove(at: at)
            loaded.append(hit)
            condition.unlock()
            return hit
        }
        reading.insert(path)
        condition.unlock()
        let deck = source?.deck(atPath: path, defaultName: defaultName)
        let cards = Dictionary((deck?.cards ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entry = LoadedFile(file: path, deck: deck, cards: cards)
        condition.withLock {
            reading.remove(path)
            loaded.append(entry)
            if loaded.count > Self.kept { loaded.removeFirst() }
            condition.broadcast()
        }
        return entry
    }
}
