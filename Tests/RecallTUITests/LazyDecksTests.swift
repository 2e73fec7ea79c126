import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// The study screens made from the deck index (ids, decks, counts) read a deck file only when
/// one of its cards is about to be shown, and show exactly what they show from every deck parsed.
@Suite struct LazyDecksTests {
    /// Deck files kept in memory, counting what the screens ask to read.
    final class CountingSource: CardSource, @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [String: String]
        private var readPaths: [String] = []
        var reads: [String] { lock.withLock { readPaths } }

        init(_ texts: [String: String]) { self.texts = texts }

        /// An edit of one file, as the editor makes it.
        func write(_ path: String, _ text: String?) { lock.withLock { texts[path] = text } }

        func deck(atPath path: String, defaultName: String) -> Deck? {
            let text = lock.withLock { readPaths.append(path); return texts[path] }
            return text.flatMap { DeckParser.parse(text: $0, file: path, defaultDeckName: defaultName).deck }
        }
    }

    static let s3Text = """
    ---
    deck: Storage
    scheduler: sm2
    ---
    ## S3의 내구성은?
    <!-- id: s3 -->
    11개의 9

    ## {{c1::EBS}}는 {{c2::블록}} 스토리지입니다.
    <!-- id: ebs -->
    """

    static let files = ["Decks/vpc.md": Fixture.deckText, "Decks/s3.md": s3Text]

    static func library(_ files: [String: String] = files) -> DeckLibrary {
        var decks: [Deck] = []
        var diagnostics: [Diagnostic] = []
        for file in ["Decks/vpc.md", "Decks/s3.md"] {
            let result = DeckParser.parse(text: files[file]!, file: file, defaultDeckName: "d")
            if let deck = result.deck { decks.append(deck) }
            diagnostics += result.diagnostics
        }
        return DeckLibrary(decks: DeckName.inTreeOrder(decks, name: \.name), diagnostics: diagnostics)
    }

    /// What the deck index gives for `library`, built here the way `DeckIndex` builds it.
    static func index(_ library: DeckLibrary, errors: Int = 0, filesWithErrors: Int = 0) -> StudyCardIndex {
        let cards = library.cards
        return StudyCardIndex(cards: cards.map { StudyCard(id: $0.id, deck: $0.deck) }, files: cards.map(\.note.location.file),
                              deckNames: library.decks.map(\.name), deckCount: library.decks.count, errors: errors,
                              filesWithErrors: filesWithErrors)
    }

    static func apps() -> (eager: StudyApp, lazy: StudyApp, source: CountingSource) {
        let library = library()
        let source = CountingSource(files)
        let eager = StudyData(library: library, progress: ProgressState(), config: StudyConfig(), schedulers: .defaults,
                              timeZone: Fixture.timeZone)
        let lazy = StudyData(index: index(library), source: source, progress: ProgressState(), config: StudyConfig(),
                             schedulers: .defaults, timeZone: Fixture.timeZone)
        return (StudyApp(data: eager, now: Fixture.now), StudyApp(data: lazy, now: Fixture.now), source)
    }

    static func screen(_ app: StudyApp) -> [String] { app.view(width: 80, height: 24).lines }

    @Test func theHomeScreenReadsNoDeckAndShowsTheSameCounts() {
        let (eager, lazy, source) = Self.apps()
        #expect(Self.screen(lazy) == Self.screen(eager))
        #expect(Self.screen(lazy).joined().contains("All decks"))
        #expect(source.reads.isEmpty)
    }

    @Test func studyingReadsOnlyTheFileOfTheCardShown() throws {
        var (_, lazy, source) = Self.apps()
        _ = lazy.update(.key(.character("j")))  // AWS
        _ = lazy.update(.key(.enter))
        let review = try #require(ReviewFlowTests.current(lazy))
        #expect(review.card?.id == "nat")
        #expect(Set(source.reads) == ["Decks/vpc.md"])
    }

    /// What the executable reads ahead is what Enter and the next answer show: read on another
    /// thread first, the screens then find every file they need already parsed.
    @Test func theCardsReadAheadAreTheOnesShownNext() async throws {
        var (eager, lazy, source) = Self.apps()
        let upcoming = lazy.upcoming
        let app = lazy
        await Task.detached { for id in upcoming { _ = app.data.cardsByID[id] } }.value
        let readAhead = source.reads
        #expect(!readAhead.isEmpty)
        _ = eager.update(.key(.enter))
        _ = lazy.update(.key(.enter))
        let first = try #require(ReviewFlowTests.current(eager)?.card?.id)
        #expect(upcoming.first == first)
        #expect(ReviewFlowTests.current(lazy)?.card?.id == first)
        #expect(source.reads == readAhead, "Enter read no file")
        let next = lazy.upcoming
        #expect(next.first == first, "the card shown heads its session's queue")
        #expect(next.count > 1)
    }

    /// In a session the cards to read ahead come from the queue the last answer chose its card
    /// from, not from a second build of it: the same ids as a queue built afresh.
    @Test func aSessionReadsAheadWhatAFreshQueueWouldShow() throws {
        var (_, lazy, _) = Self.apps()
        var seq = 0
        ReviewFlowTests.perform(lazy.update(.key(.enter)), on: &lazy, seq: &seq)
        for _ in 0..<6 {
            var review = try #require(ReviewFlowTests.current(lazy))
            #expect(!lazy.upcomingCostsAQueue)
            #expect(lazy.upcoming == ReviewScreen.first(of: review.queue(data: lazy.data, now: lazy.now)))
            for key: Key in [.character(" "), .character("1"), .enter, .character("3")] {
                ReviewFlowTests.perform(lazy.update(.key(key)), on: &lazy, seq: &seq)
            }
        }
    }

    /// A whole session, key by key: the same cards in the same order (siblings buried the same
    /// way), the same screens, and each deck's own scheduler in the grade buttons.
    @Test func aWholeSessionIsTheSameAsWithEveryDeckParsed() throws {
        var (eager, lazy, _) = Self.apps()
        Self.expectTheSameSession(&eager, &lazy)
        let s3 = try #require(lazy.data.cardsByID["s3"])
        #expect(lazy.data.schedulerKind(of: s3) == .sm2)
        #expect(lazy.data.previewLabels(of: s3, at: Fixture.now) == eager.data.previewLabels(of: s3, at: Fixture.now))
    }

    /// Studies both apps key by key: the same cards in the same order, the same screens, and
    /// cards of both files shown.
    static func expectTheSameSession(_ eager: inout StudyApp, _ lazy: inout StudyApp,
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var seqEager = 0
        var seqLazy = 0
        var shown: [String] = []
        ReviewFlowTests.perform(eager.update(.key(.enter)), on: &eager, seq: &seqEager)
        ReviewFlowTests.perform(lazy.update(.key(.enter)), on: &lazy, seq: &seqLazy)
        for _ in 0..<40 {
            #expect(Self.screen(lazy) == Self.screen(eager), sourceLocation: sourceLocation)
            guard let review = ReviewFlowTests.current(eager), let id = review.card?.id else { break }
            shown.append(id)
            #expect(ReviewFlowTests.current(lazy)?.card?.id == id, sourceLocation: sourceLocation)
            for key: Key in [.character(" "), .character("1"), .enter, .character("3")] {
                ReviewFlowTests.perform(eager.update(.key(key)), on: &eager, seq: &seqEager)
                ReviewFlowTests.perform(lazy.update(.key(key)), on: &lazy, seq: &seqLazy)
            }
        }
        #expect(Set(shown).isSuperset(of: ["nat", "ebs/c1"]), "cards of both files were shown", sourceLocation: sourceLocation)
    }

    /// After the editor the index is read again: the edited card comes back with its new text,
    /// and a removed one is named, as with every deck parsed (`EditReloadTests`).
    @Test func theEditorsReloadWorksFromTheIndex() throws {
        var (_, lazy, source) = Self.apps()
        _ = lazy.update(.key(.enter))
        #expect(ReviewFlowTests.current(lazy)?.card?.id == "nat")
        let edited = Fixture.deckText.replacingOccurrences(of: "NAT 게이트웨이는 어느 서브넷에 두나요?",
                                                           with: "NAT 게이트웨이는 어디에 두나요?")
        source.write("Decks/vpc.md", edited)
        var files = Self.files
        files["Decks/vpc.md"] = edited
        _ = lazy.update(.reindexed(Self.index(Self.library(files)), message: "Reloaded the decks."))
        let review = try #require(ReviewFlowTests.current(lazy))
        #expect(review.card?.id == "nat")
        #expect(review.message == "Reloaded the decks.")
        #expect(lazy.view(width: 80, height: 24).lines.joined(separator: "\n").contains("NAT 게이트웨이는 어디에 두나요?"))

        let start = try #require(edited.range(of: "## NAT 게이트웨이"))
        let end = try #require(edited.range(of: "## 보안 그룹"))
        var removed = edited
        removed.removeSubrange(start.lowerBound..<end.lowerBound)
        source.write("Decks/vpc.md", removed)
        files["Decks/vpc.md"] = removed
        _ = lazy.update(.reindexed(Self.index(Self.library(files)), message: "Reloaded the decks."))
        let after = try #require(ReviewFlowTests.current(lazy))
        #expect(after.card?.id == "sg")
        #expect(after.message?.contains("no longer in the decks") == true)
    }

    @Test func deckErrorsFromTheIndexAreCountedOnTheHomeScreen() {
        let data = StudyData(index: Self.index(Self.library(), errors: 4, filesWithErrors: 2), source: CountingSource([:]),
                             progress: ProgressState(), config: StudyConfig(), schedulers: .defaults, timeZone: Fixture.timeZone)
        let screen = HomeScreen(data: data, now: Fixture.now).view(width: 80, height: 24).lines
        #expect(screen[1].contains("4 errors in 2 files: run 'recall check'"))
    }

    /// Only a few parsed files are kept: a collection of many files does not end up parsed in full.
    @Test func onlyAFewParsedFilesAreKept() {
        let count = CardLookup.kept + 2
        var texts: [String: String] = [:]
        var cards: [StudyCard] = []
        var files: [String] = []
        for n in 0..<count {
            let path = "Decks/d\(n).md"
            texts[path] = "## Q\(n)\n<!-- id: c\(n) -->\nA\(n)\n"
            cards.append(StudyCard(id: "c\(n)", deck: "d\(n)"))
            files.append(path)
        }
        let source = CountingSource(texts)
        let data = StudyData(index: StudyCardIndex(cards: cards, files: files, deckNames: cards.map(\.deck), deckCount: count,
                                                   errors: 0, filesWithErrors: 0),
                             source: source, progress: ProgressState(), config: StudyConfig(), schedulers: .defaults,
                             timeZone: Fixture.timeZone)
        for n in 0..<count { #expect(data.cardsByID["c\(n)"]?.note.prompt == "Q\(n)") }
        #expect(source.reads.count == count)
        #expect(data.cardsByID["c\(count - 1)"] != nil)
        #expect(source.reads.count == count, "a kept file is not read again")
        #expect(data.cardsByID["c0"] != nil)
        #expect(source.reads.count == count + 1, "the oldest file was let go")
        #expect(data.cardsByID["nope"] == nil)
    }
}
