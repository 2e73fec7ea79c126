import Testing
import RecallTestSupport
@testable import RecallCore

/// Issue 13: `recall due` counts from the snapshot's rows in a `ProgressTable` instead of a
/// dictionary of every card's `CardProgress`. The oracle is the general path: the state the
/// snapshot was written from, counted by `DeckCounts` as the home screen counts it. Both must
/// give the same rows, the same candidates and the same cards, on random collections with
/// suspended, buried, learning, relearning and review cards, orphans, several decks and
/// sub-decks, limits of their own, and times on both sides of the day's rollover.
@Suite struct ProgressTableTests {
    static let deckNames = ["A", "A::B", "A::B::C", "D", "Z"]

    /// Notes of one to three cards in four decks, in deck order.
    static func collection(_ random: inout SeededRandom) -> [StudyCard] {
        var cards: [StudyCard] = []
        for note in 0..<60 {
            let deck = ["A", "A::B", "A::B::C", "D"][note * 4 / 60]
            switch Int.random(in: 0..<3, using: &random) {
            case 0: cards.append(StudyCard(id: "n\(note)", deck: deck))
            case 1: cards += [StudyCard(id: "n\(note)", deck: deck), StudyCard(id: "n\(note)/reverse", deck: deck)]
            default: cards += (1...3).map { StudyCard(id: "n\(note)/c\($0)", deck: deck) }
            }
        }
        return cards
    }

    /// Every kind of event, over four days, on the collection's cards and on orphans.
    static func history(_ cards: [StudyCard], _ random: inout SeededRandom) -> [LogEntry] {
        var time = TestClock.at("2026-02-26T10:00:00Z")
        var entries: [LogEntry] = []
        for seq in 1...220 {
            time = time + .minutes(Int64.random(in: 1...40, using: &random))
            let card = Int.random(in: 0..<25, using: &random) == 0
                ? StudyCard(id: "orphan-\(Int.random(in: 0..<3, using: &random))", deck: "Gone")
                : cards.randomElement(using: &random)!
            let event: ReviewEvent
            switch Int.random(in: 0..<30, using: &random) {
            case 0: event = .suspend(card: card.id)
            case 1: event = .unsuspend(card: card.id)
            case 2: event = .bury(card: card.id, until: time + .hours(Int64.random(in: 1...30, using: &random)))
            case 3 where seq > 1: event = .undo(EventID(device: "", seq: seq - 1))
            default:
                let rating = Rating.allCases.randomElement(using: &random)!
                event = .review(review(card.id, rating, deck: card.deck, scheduler: Int.random(in: 0..<5, using: &random) == 0 ? .sm2 : .fsrs))
            }
            entries.append(LogEntry(seq: seq, time: time, event: event))
        }
        return entries
    }

    static func config(_ random: inout SeededRandom) -> StudyConfig {
        var config = IncrementalQueueTests.config(&random)
        if Bool.random(using: &random) { config.decks["A::B::C"] = .init(newPerDay: Int.random(in: 0...3, using: &random)) }
        return config
    }

    /// A log row per device the state has read, as a snapshot of it records them.
    static func positions(_ state: ProgressState) -> [LogFilePosition] {
        state.frontier.sorted { $0.key < $1.key }.map { device, seq in
            LogFilePosition(file: device.isEmpty ? "reviews.jsonl" : "log/\(device).jsonl", device: device, created: TestClock.base,
                            offset: 100, lines: seq + 1, lastSeq: seq, size: 100, modified: 0, checksum: 0)
        }
    }

    /// The state, written as a snapshot and read back into a table.
    static func table(of state: ProgressState) throws -> (Snapshot, ProgressTable) {
        let snapshot = Snapshot(logs: positions(state), covered: nil, settings: "s", state: state)
        return try #require(try Snapshot.decodeTable(snapshot.encoded(), path: "snapshot.json"))
    }

    @Test(arguments: 1...24) func countsFromTheTableAreTheCountsFromTheState(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let cards = Self.collection(&random)
        let config = Self.config(&random)
        let state = ProgressState.replay(Self.history(cards, &random), schedulers: defaultSchedulers)
        let (snapshot, table) = try Self.table(of: state)
        #expect(try table.allProgress() == state.cards)
        #expect(snapshot.state.cards.isEmpty)
        #expect(snapshot.state.recentAnswers == state.recentAnswers)
        let utc: StudyDay.UTCOffset = { _ in 0 }
        // Before and after 04:00, the rollover, on the last day of the history and the next.
        let last = try #require(state.latestTime)
        let midnight = StudyDay.containing(last, rolloverHour: 0, utcOffset: utc).start
        for hours in [27.5, 28.5, 33.0, 51.5, 52.5] as [Double] {
            let now = midnight + .seconds(Int64(hours * 3_600))
            let day = StudyDay.containing(now, rolloverHour: 4, utcOffset: utc)
            let general = DeckCounts(cards: cards, deckNames: Self.deckNames, state: state, config: config, day: day, now: now)
            let counted = DeckCounts(cards: cards, deckNames: Self.deckNames, table: table, answers: snapshot.state,
                                     config: config, day: day, now: now)
            let at = "seed \(seed), \(now.iso8601)"
            #expect(counted.all == general.all, "\(at)")
            #expect(counted.decks.map(\.deck) == general.decks.map(\.deck), "\(at)")
            #expect(counted.decks.map(\.counts) == general.decks.map(\.counts), "\(at)")
            for (mine, theirs) in [(counted.candidates.learning, general.candidates.learning),
                                   (counted.candidates.reviews, general.candidates.reviews),
                                   (counted.candidates.new, general.candidates.new)] {
                #expect(mine.map(\.card) == theirs.map(\.card), "\(at)")
                #expect(mine.map(\.due) == theirs.map(\.due), "\(at)")
                #expect(mine.map(\.interday) == theirs.map(\.interday), "\(at)")
            }
            #expect(counted.candidates.buriedExpire == general.candidates.buriedExpire, "\(at)")
        }
    }

    /// The log after a snapshot changes cards through `set`: the table then holds what the
    /// state holds, card for card, and counts the same.
    @Test(arguments: 1...8) func cardsSetAfterTheSnapshotReplaceTheirRows(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let cards = Self.collection(&random)
        let entries = Self.history(cards, &random)
        let split = entries.count / 2
        let before = ProgressState.replay(Array(entries[..<split]), schedulers: defaultSchedulers)
        var (_, table) = try Self.table(of: before)
        let full = ProgressState.replay(entries, schedulers: defaultSchedulers)
        for id in Set(entries.compactMap(\.event.card)) { table.set(id, full.cards[id]) }
        #expect(try table.allProgress() == full.cards)
        #expect(table.count == full.cards.count)
        for card in cards + [StudyCard(id: "orphan-0", deck: "Gone"), StudyCard(id: "never", deck: "A")] {
            #expect(table.timing(of: card.id) == full.cards[card.id].map(CardTiming.init), "\(card.id)")
        }
    }

    /// A table grows past what it was made for: every card is still found, out of order too.
    @Test func aTableThatGrowsFindsEveryCard() throws {
        var table = ProgressTable()
        var expected: [String: CardProgress] = [:]
        for n in (0..<1_500).reversed() {
            let schedule = CardSchedule.new(cardID: "card-\(n)", due: TestClock.base + .minutes(Int64(n)))
            let progress = CardProgress(schedule: n % 3 == 0 ? nil : schedule, suspended: n % 5 == 0,
                                        buriedUntil: n % 7 == 0 ? TestClock.base + .hours(Int64(n)) : nil)
            table.set(n % 2 == 0 ? "card-\(n)" : "a-card-id-longer-than-sixteen-bytes-\(n)", progress)
            expected[n % 2 == 0 ? "card-\(n)" : "a-card-id-longer-than-sixteen-bytes-\(n)"] = progress
        }
        table.set("card-4", nil)
        expected["card-4"] = nil
        #expect(try table.allProgress() == expected)
        #expect(table.count == expected.count)
        for (id, progress) in expected { #expect(table.timing(of: id) == CardTiming(progress), "\(id)") }
        #expect(table.timing(of: "card-4") == nil && table.timing(of: "card-1") == nil)
    }

    /// Ids the fast row reader does not take (escapes, Hangul) go through the general reader,
    /// and are found by the same id afterwards.
    @Test func idsWithEscapesAndHangulAreFound() throws {
        var state = ProgressState()
        let ids = ["plain", "quote\"d", "back\\slash", "한국어-카드", "tab\tid", "a-very-long-card-id-beyond-fifteen-bytes/reverse"]
        for (n, id) in ids.enumerated() {
            let record = review(id, .good, deck: "한국::덱")
            state.apply(LogEntry(seq: n + 1, time: TestClock.base + .minutes(Int64(n)), event: .review(record)), schedulers: defaultSchedulers)
        }
        let (_, table) = try Self.table(of: state)
        #expect(try table.allProgress() == state.cards)
        for id in ids {
            #expect(table.timing(of: id) == state.cards[id].map(CardTiming.init), "\(id)")
            #expect(try table.progress(of: id) == state.cards[id], "\(id)")
        }
        #expect(table.timing(of: "quote") == nil)
    }

    /// Three cards answered once, and their snapshot.
    static func threeCards() -> (ProgressState, Snapshot) {
        var state = ProgressState()
        for n in 0..<3 {
            let record = review("c\(n)", .good)
            state.apply(LogEntry(seq: n + 1, time: TestClock.base, event: .review(record)), schedulers: defaultSchedulers)
        }
        return (state, Snapshot(logs: positions(state), covered: nil, settings: "s", state: state))
    }

    /// Damage to a row's structure is refused by `decodeTable` as by `decode`, with the same
    /// message and line.
    @Test func aDamagedRowIsRefusedAsTheFullReaderRefusesIt() throws {
        let (_, snapshot) = Self.threeCards()
        let text = String(decoding: snapshot.encoded(), as: UTF8.self)
        let damages = [
            text.replacingOccurrences(of: "[\"c1\",1,", with: "[\"c1\",7,"),
            text.replacingOccurrences(of: "[\"c1\",", with: "[\"c1\""),
            text.replacingOccurrences(of: "[\"c2\",", with: "[\"c2\",2,"),
            text.replacingOccurrences(of: ",0,null],\n[\"c1\"", with: ",0,null]\n[\"c1\""),
        ]
        for damaged in damages {
            #expect(damaged != text)
            var general: ProgressError?
            var counted: ProgressError?
            do { _ = try Snapshot.decode(Array(damaged.utf8), path: "s.json") } catch { general = error }
            do { _ = try Snapshot.decodeTable(Array(damaged.utf8), path: "s.json") } catch { counted = error }
            #expect(general != nil)
            #expect(counted == general)
        }
    }

    /// A field that counting does not read (here the ease) is checked when the card's progress
    /// is asked for: then it is refused as `decode` refuses it, with its line.
    @Test func aFieldCountingSkipsIsCheckedWhenTheCardIsRead() throws {
        let (state, snapshot) = Self.threeCards()
        var lines = String(decoding: snapshot.encoded(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("[\"c1\",") })
        var fields = lines[at].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[7] = "x"
        lines[at] = fields.joined(separator: ",")
        let damaged = Array(lines.joined(separator: "\n").utf8)
        var general: ProgressError?
        do { _ = try Snapshot.decode(damaged, path: "s.json") } catch { general = error }
        let (_, table) = try #require(try Snapshot.decodeTable(damaged, path: "s.json"))
        #expect(table.timing(of: "c1") == state.cards["c1"].map(CardTiming.init))
        #expect(try table.progress(of: "c0") == state.cards["c0"])
        var asked: ProgressError?
        do { _ = try table.progress(of: "c1") } catch { asked = error }
        #expect(general != nil)
        #expect(asked == general)
        #expect("\(asked.map(String.init(describing:)) ?? "")".contains("s.json:\(at + 1):"))
    }
}
