import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// `AnkiPackageExport`: each card state to Anki's type, queue, due and interval; the revlog rows'
/// intervals from the replay; stable ids; media. Seoul time (UTC+9), rollover at 4.
@Suite struct AnkiPackageExportTests {
    static let deckText = """
        ---
        deck: AWS::네트워킹
        tags: [vpc]
        ---
        # 네트워킹

        ## NAT 게이트웨이는 어디에 둡니까?
        <!-- id: net-nat -->
        퍼블릭 서브넷에 둡니다. ![그림](images/nat.png)

        ## 가용 영역 (Availability Zone)
        type:: reversible
        <!-- id: net-az -->
        전력과 네트워크가 분리된 데이터 센터 묶음입니다.

        ## 보안 그룹
        <!-- id: net-sg -->
        보안 그룹은 {{c1::상태 저장}} 방화벽이고, NACL은 {{c2::상태 비저장}}입니다.

        """
    static let seoul = 9 * 3_600
    static let days = AnkiStudyDays(rolloverHour: 4, utcOffsetSeconds: seoul)
    /// 2026-03-10 12:00 in Seoul.
    static let now = Instant(iso8601: "2026-03-10T12:00:00+09:00")!

    static func notes() throws -> [Note] {
        try RoundTripDecks.parse(deckText, file: "Decks/AWS/net.md").notes
    }

    static func at(_ text: String) -> Instant { Instant(iso8601: text)! }

    static func entry(_ seq: Int, _ time: String, _ event: ReviewEvent) -> LogEntry {
        LogEntry(seq: seq, time: at(time), event: event, device: "d")
    }

    /// The collection of `entries` replayed, as the command makes it.
    static func export(_ entries: [LogEntry], now: Instant = now, media: [String: [UInt8]] = [:]) throws -> AnkiCollection {
        let export = AnkiPackageExport(notes: try notes())
        let state = ProgressState.replay(entries, schedulers: defaultSchedulers)
        var revlog = AnkiPackageRevlog(cardIDs: export.cardIDs, schedulers: defaultSchedulers,
                                       undone: ProgressState.undoneIDs(in: entries))
        for entry in entries { revlog.add(entry) }
        return export.collection(progress: state.cards, revlog: revlog.rows, config: StudyConfig(),
                                 schedulers: defaultSchedulers, now: now, days: days, media: media)
    }

    static func card(_ collection: AnkiCollection, _ id: String) throws -> AnkiCard {
        let anki = AnkiPackageExport(notes: try notes()).cardIDs[id]
        return try #require(collection.cards.first { $0.id == anki })
    }

    @Test func dayNumbersCountFromTheCreationDayInTheLocalZone() {
        // Created 2020-01-01 04:00 in Seoul: 2019-12-31 19:00 UTC.
        #expect(Self.days.created == Instant(iso8601: "2020-01-01T04:00:00+09:00")!.microseconds / 1_000_000)
        #expect(Self.days.creationOffsetMinutesWest == -540)
        #expect(Self.days.day(of: Self.at("2020-01-01T04:00:00+09:00")) == 0)
        #expect(Self.days.day(of: Self.at("2020-01-02T03:59:59+09:00")) == 0)
        #expect(Self.days.day(of: Self.at("2020-01-02T04:00:00+09:00")) == 1)
        #expect(Self.days.endOfDay(of: Self.now) == Self.at("2026-03-11T04:00:00+09:00"))
    }

    @Test func dayNumbersFollowTheOffsetOfEachDayAcrossDST() throws {
        // Made in New York in winter (UTC-5); a card due at 04:30 on a summer day (UTC-4) is
        // due that study day, as recall counts it, not the day before.
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let days = AnkiStudyDays(rolloverHour: 4, utcOffset: StudyDay.offset(in: zone), now: Self.at("2026-01-15T12:00:00-05:00"))
        #expect(days.creationOffsetMinutesWest == 300)
        let due = Self.at("2026-07-01T04:30:00-04:00")
        let recallDay = StudyDay.containing(due, rolloverHour: 4, timeZone: zone).dayNumber
        #expect(days.day(of: due) == recallDay - AnkiStudyDays.creationDay)
        #expect(days.day(of: due) == days.day(of: Self.at("2026-07-02T03:59:00-04:00")))
        #expect(days.day(of: due) == days.day(of: Self.at("2026-07-01T03:59:00-04:00")) + 1)
    }

    @Test func notesCardsDecksAndNotetypes() throws {
        let collection = try Self.export([])
        #expect(collection.notes.map(\.guid) == ["net-nat", "net-az", "net-sg"])
        #expect(collection.decks.map(\.name) == ["AWS", "AWS::네트워킹"])
        #expect(collection.notetypes.map(\.name) == ["Basic", "Basic (and reversed card)", "Cloze"])
        #expect(collection.notes.map(\.tags) == [["vpc"], ["vpc"], ["vpc"]])
        let types = Dictionary(uniqueKeysWithValues: collection.notetypes.map { ($0.id, $0.name) })
        #expect(collection.notes.map { types[$0.notetypeID] } == ["Basic", "Basic (and reversed card)", "Cloze"])
        #expect(collection.cards.map(\.ordinal) == [0, 0, 1, 0, 1])
        #expect(collection.cards.map(\.due) == [1, 2, 3, 4, 5])
        #expect(collection.cards.allSatisfy { $0.type == .new && $0.queue == .new })
        #expect(collection.notes[2].fields[0].contains("{{c1::상태 저장}}"))
        let options = try #require(collection.deckConfigs.first)
        #expect(options.learningSteps == [1, 10] && options.relearningSteps == [10])
        #expect(options.fsrsParameters == FSRSParameters.defaultWeights && options.desiredRetention == 0.9)
    }

    @Test func idsAreStableAndInThePast() throws {
        let first = try Self.export([])
        let second = try Self.export([], now: Self.now + .days(30))
        #expect(first.notes.map(\.id) == second.notes.map(\.id))
        #expect(first.cards.map(\.id) == second.cards.map(\.id))
        #expect(first.decks.map(\.id) == second.decks.map(\.id))
        let all = first.notes.map(\.id) + first.cards.map(\.id) + first.decks.map(\.id)
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { $0 >= 1_000_000_000_000 && $0 < 1_500_000_000_000 })
        // Colliding keys are resolved in sorted order, the same every time.
        let ids = AnkiStableIDs.assign(["나", "가"], avoiding: [AnkiStableIDs.assign(["가"])["가"]!])
        #expect(ids["가"]! == AnkiStableIDs.assign(["가"])["가"]! + 1)
    }

    @Test func eachStateToItsQueue() throws {
        let collection = try Self.export([
            // net-nat: Good, Good → review, due in days.
            Self.entry(1, "2026-03-01T10:00:00+09:00", .review(review("net-nat", .good))),
            Self.entry(2, "2026-03-01T10:10:00+09:00", .review(review("net-nat", .good))),
            // net-az: Again just now → learning, due in a minute, today.
            Self.entry(3, "2026-03-10T11:59:00+09:00", .review(review("net-az", .again))),
            // net-az/reverse: Good, Good, then Again days later → relearning, a lapse.
            Self.entry(4, "2026-03-01T10:00:00+09:00", .review(review("net-az/reverse", .good))),
            Self.entry(5, "2026-03-01T10:10:00+09:00", .review(review("net-az/reverse", .good))),
            Self.entry(6, "2026-03-10T11:00:00+09:00", .review(review("net-az/reverse", .again))),
            // net-sg/c1: suspended after an answer; net-sg/c2 buried until tomorrow.
            Self.entry(7, "2026-03-05T10:00:00+09:00", .review(review("net-sg/c1", .easy))),
            Self.entry(8, "2026-03-05T10:01:00+09:00", .suspend(card: "net-sg/c1")),
            Self.entry(9, "2026-03-10T09:00:00+09:00", .bury(card: "net-sg/c2", until: Self.at("2026-03-11T04:00:00+09:00"))),
        ])
        let review = try Self.card(collection, "net-nat")
        #expect(review.type == .review && review.queue == .review)
        #expect(review.reps == 2 && review.lapses == 0 && review.left == 0)
        let schedule = try #require(ProgressState.replay([
            Self.entry(1, "2026-03-01T10:00:00+09:00", .review(RecallTestSupport.review("net-nat", .good))),
            Self.entry(2, "2026-03-01T10:10:00+09:00", .review(RecallTestSupport.review("net-nat", .good))),
        ], schedulers: defaultSchedulers).cards["net-nat"]?.schedule)
        #expect(review.due == Self.days.day(of: schedule.due))
        #expect(review.interval == schedule.scheduledDays && review.interval >= 1)
        #expect(review.data.stability == schedule.stability && review.data.difficulty == schedule.difficulty)
        #expect(review.data.desiredRetention == 0.9 && review.data.decay == FSRSParameters.defaultWeights[20])
        #expect(review.data.lastReview == Self.at("2026-03-01T10:10:00+09:00").microseconds / 1_000_000)

        let learning = try Self.card(collection, "net-az")
        #expect(learning.type == .learning && learning.queue == .learning)
        #expect(learning.due == Self.at("2026-03-10T12:00:00+09:00").microseconds / 1_000_000)
        #expect(learning.left == 2 && learning.interval == 0)

        let relearning = try Self.card(collection, "net-az/reverse")
        #expect(relearning.type == .relearning && relearning.queue == .learning)
        #expect(relearning.lapses == 1 && relearning.reps == 3 && relearning.left == 1)
        #expect(relearning.interval >= 1)

        let suspended = try Self.card(collection, "net-sg/c1")
        #expect(suspended.type == .review && suspended.queue == .suspended)
        let buried = try Self.card(collection, "net-sg/c2")
        #expect(buried.type == .new && buried.queue == .manuallyBuried && buried.due == 5)
    }

    @Test func aLearningStepOnALaterDayIsDayLearning() throws {
        // Good at 03:58 on the 11th (still the 10th's study day): the next step, in 10 minutes,
        // is after the rollover, on the next study day.
        let late = Self.at("2026-03-11T03:59:00+09:00")
        let collection = try Self.export([Self.entry(1, "2026-03-11T03:58:00+09:00", .review(review("net-nat", .good)))],
                                         now: late)
        let card = try Self.card(collection, "net-nat")
        #expect(card.type == .learning && card.queue == .dayLearning)
        #expect(card.due == Self.days.day(of: Self.at("2026-03-11T04:08:00+09:00")) && card.due == Self.days.day(of: late) + 1)
    }

    @Test func revlogRowsCarryTheIntervalsBeforeAndAfter() throws {
        let collection = try Self.export([
            Self.entry(1, "2026-03-01T10:00:00+09:00", .review(review("net-nat", .again))),
            Self.entry(2, "2026-03-01T10:01:00+09:00", .review(review("net-nat", .good))),
            Self.entry(3, "2026-03-01T10:11:00+09:00", .review(review("net-nat", .good))),
            Self.entry(4, "2026-03-01T10:11:00+09:00", .review(review("net-az", .hard))),  // the same millisecond
            Self.entry(5, "2026-03-05T10:00:00+09:00", .review(review("net-az", .easy))),
            Self.entry(6, "2026-03-05T10:00:30+09:00", .undo(EventID(device: "d", seq: 5))),
            Self.entry(7, "2026-03-06T10:00:00+09:00", .review(ReviewRecord(card: "net-nat", rating: .good, scheduler: .fsrs,
                                                                            deck: "AWS::네트워킹", file: "Decks/AWS/net.md", cram: true))),
        ])
        let rows = collection.revlog
        #expect(rows.count == 5)  // the undone answer left out
        #expect(rows.map(\.ease) == [1, 3, 3, 2, 3])
        #expect(rows.map(\.kind) == [.learning, .learning, .learning, .learning, .filtered])
        #expect(rows[0].id == Self.at("2026-03-01T10:00:00+09:00").microseconds / 1_000)
        #expect(rows[3].id == rows[2].id + 1)
        #expect(rows[0].lastInterval == 0 && rows[0].interval == -60)
        #expect(rows[1].lastInterval == -60 && rows[1].interval == -600)
        #expect(rows[2].lastInterval == -600 && rows[2].interval >= 1)
        #expect(rows[4].factor == 0 && rows[4].interval == rows[2].interval && rows[4].lastInterval == rows[2].interval)
        #expect(rows[0].time == 3_000)
        let nat = try Self.card(collection, "net-nat")
        #expect(nat.interval == rows[2].interval)
        // Under FSRS, Anki keeps the difficulty shifted into 0.1–1.1, in permille.
        let difficulty = try #require(nat.data.difficulty)
        #expect(rows[2].factor == Int((((difficulty - 1) / 9 + 0.1) * 1_000).rounded()))
    }

    @Test func imagesGoIntoThePackageByName() throws {
        let paths = AnkiPackageExport(notes: try Self.notes()).mediaPaths
        #expect(paths.map(\.path) == ["Decks/AWS/images/nat.png"] && paths.map(\.note) == ["net-nat"])
        let collection = try Self.export([], media: ["Decks/AWS/images/nat.png": [0x89, 0x50, 0x4e, 0x47]])
        #expect(collection.media == [AnkiMediaFile(name: "nat.png", bytes: [0x89, 0x50, 0x4e, 0x47])])
        #expect(collection.notes[0].fields[1].contains("<img src=\"nat.png\" alt=\"그림\">"))
        let without = try Self.export([])
        #expect(without.media.isEmpty && without.notes[0].fields[1].contains("<img src=\"images/nat.png\""))
    }
}
