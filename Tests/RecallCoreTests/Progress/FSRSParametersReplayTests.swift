import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// Applying new FSRS weights keeps every due date and gives every card the memory its whole
/// history has under the new weights (`fsrsParametersSince`, `ProgressState.review`); with
/// `--reschedule` the state is a plain replay under them.
@Suite struct FSRSParametersReplayTests {
    /// fsrs-rs's fit of the reference log after 200 epochs of one batch (notes 2.x): inside the bounds, far from the defaults.
    static let fitted: [Double] = [0.1428, 0.8296, 2.817, 7.9812, 6.6026, 0.9039, 2.8853, 0.0048, 1.7114, 0.13, 0.6277,
                                   1.5844, 0.025, 0.3859, 1.7629, 0.6023, 1.8729, 0.6296, 0.137, 0.1792, 0.4865]
    static let start = Instant(iso8601: "2026-01-05T09:00:00+00:00")!

    /// 30 cards answered over about 90 days, each at the due date its schedule gave (± a few
    /// hours), with seeded ratings: some lapse, some relearn, some graduate.
    static func log(seed: UInt64, schedulers: SchedulerSet = defaultSchedulers, until end: Instant? = nil) -> [LogEntry] {
        var random = SeededRandom(seed: seed)
        var state = ProgressState()
        var entries: [LogEntry] = []
        var next: [(card: String, time: Instant)] = (0..<30).map { ("카드-\($0)", start + .minutes(Int64($0))) }
        let stop = end ?? start + .days(90)
        while let first = next.indices.min(by: { next[$0].time < next[$1].time }), next[first].time < stop {
            let (card, time) = next[first]
            let roll = random.next() % 10
            let rating: Rating = roll == 0 ? .again : roll == 1 ? .hard : roll == 9 ? .easy : .good
            let entry = LogEntry(seq: entries.count + 1, time: time, event: .review(review(card, rating)))
            entries.append(entry)
            state.apply(entry, schedulers: schedulers)
            let due = state.cards[card]!.schedule!.due
            next[first].time = max(due, time + .minutes(1)) + .minutes(Int64(random.next() % 300))
        }
        return entries
    }

    static func schedulers(_ change: (inout StudyConfig) -> Void) throws -> SchedulerSet {
        var config = StudyConfig()
        change(&config)
        return try SchedulerSet(config: config)
    }

    @Test(arguments: 0..<4 as Range<UInt64>) func applyingKeepsDueDatesAndRecomputesMemory(seed: UInt64) throws {
        let entries = Self.log(seed: 170 + seed)
        let since = entries.last!.time + .hours(1)
        let before = ProgressState.replay(entries, schedulers: defaultSchedulers)
        let applied = ProgressState.replay(entries, schedulers: try Self.schedulers {
            $0.applyFSRSWeights(Self.fitted, at: since, reschedule: false, fitted: nil)
        })
        let underNew = ProgressState.replay(entries, schedulers: try Self.schedulers { $0.fsrsParameters = Self.fitted })
        #expect(applied.cards.count == 30)
        var moved = 0
        for (card, progress) in applied.cards {
            let old = try #require(before.cards[card]?.schedule)
            let new = try #require(progress.schedule)
            let replayed = try #require(underNew.cards[card]?.schedule)
            #expect(new.due == old.due && new.state == old.state && new.step == old.step && new.reps == old.reps, "\(card)")
            #expect(new.stability == replayed.stability && new.difficulty == replayed.difficulty, "\(card)")
            if new.stability != old.stability { moved += 1 }
            if replayed.due != old.due { moved += 1 }
        }
        #expect(moved > 30, "the new weights change memory and, on their own, due dates")
    }

    /// fsrs-rs's reference fit after one epoch (notes 2.x).
    static let oneEpoch: [Double] = [0.1015, 0.6414, 2.3099, 6.8808, 6.4533, 0.8734, 2.9794, 0.041, 1.9122, 0.2066, 0.836,
                                     1.5235, 0.0214, 0.3029, 1.6883, 0.6414, 1.8729, 0.5025, 0.1312, 0.1058, 0.1142]

    @Test func aSecondChangeKeepsTheDueDatesOfBothPeriods() throws {
        var config = StudyConfig()
        config.applyFSRSWeights(Self.fitted, at: Self.start + .days(45), reschedule: false, fitted: nil)
        // Studied under the first change: answers before day 45 planned with the defaults, after it with `fitted`.
        let entries = Self.log(seed: 210, schedulers: try SchedulerSet(config: config))
        let first = ProgressState.replay(entries, schedulers: try SchedulerSet(config: config))
        config.applyFSRSWeights(Self.oneEpoch, at: entries.last!.time + .hours(1), reschedule: false, fitted: nil)
        #expect(config.fsrsParametersEarlier.map(\.parameters) == [nil, Self.fitted])
        let second = ProgressState.replay(entries, schedulers: try SchedulerSet(config: config))
        let underNew = ProgressState.replay(entries, schedulers: try Self.schedulers { $0.fsrsParameters = Self.oneEpoch })
        for (card, progress) in second.cards {
            #expect(progress.schedule?.due == first.cards[card]?.schedule?.due, "\(card)")
            #expect(progress.schedule?.memory == underNew.cards[card]?.schedule?.memory, "\(card)")
        }
    }

    @Test func answersAfterTheChangeUseTheNewWeightsFromTheNewMemory() throws {
        let entries = Self.log(seed: 180)
        let since = entries.last!.time + .hours(1)
        let schedulers = try Self.schedulers { $0.applyFSRSWeights(Self.fitted, at: since, reschedule: false, fitted: nil) }
        var state = ProgressState.replay(entries, schedulers: schedulers)
        let card = "카드-3"
        let previous = try #require(state.cards[card]?.schedule)
        let later = LogEntry(seq: entries.count + 1, time: max(previous.due, since + .days(1)), event: .review(review(card, .good)))
        let followed = state.apply([later], schedulers: schedulers)
        #expect(followed)
        let expected = schedulers.fsrs.review(previous, rating: .good, at: later.time)
        #expect(state.cards[card]?.schedule == expected)
        #expect(state.cards[card]?.earlierMemory == nil)
        // The state caught up from a snapshot (which keeps no `earlierMemory`) equals a full replay.
        #expect(ProgressState.replay(entries + [later], schedulers: schedulers) == state)
    }

    @Test(arguments: 0..<3 as Range<UInt64>) func reschedulingIsAReplayUnderTheNewWeights(seed: UInt64) throws {
        let entries = Self.log(seed: 190 + seed)
        let rescheduled = ProgressState.replay(entries, schedulers: try Self.schedulers {
            $0.applyFSRSWeights(Self.fitted, at: entries.last!.time, reschedule: true, fitted: nil)
        })
        let underNew = ProgressState.replay(entries, schedulers: try Self.schedulers { $0.fsrsParameters = Self.fitted })
        #expect(rescheduled == underNew)
    }

    @Test func revertingKeepsTheDueDatesAgain() throws {
        let entries = Self.log(seed: 200)
        let applyAt = entries.last!.time + .hours(1)
        var config = StudyConfig()
        config.applyFSRSWeights(Self.fitted, at: applyAt, reschedule: false, fitted: nil)
        let applied = ProgressState.replay(entries, schedulers: try SchedulerSet(config: config))
        let didRevert = config.revertFSRSWeights(at: applyAt + .hours(1), reschedule: false)
        #expect(didRevert)
        #expect(config.fsrsParameters == nil && config.fsrsParametersPrevious == Self.fitted)
        let reverted = ProgressState.replay(entries, schedulers: try SchedulerSet(config: config))
        let plain = ProgressState.replay(entries, schedulers: defaultSchedulers)
        for (card, progress) in reverted.cards {
            #expect(progress.schedule?.due == applied.cards[card]?.schedule?.due, "\(card)")
            #expect(progress.schedule?.stability == plain.cards[card]?.schedule?.stability, "\(card)")
        }
        var untouched = StudyConfig()
        let nothing = untouched.revertFSRSWeights(at: applyAt, reschedule: false)
        #expect(!nothing)
    }

    @Test func theWeightsAndTheirTimeAreInTheFingerprint() throws {
        let base = defaultSchedulers.fingerprint
        #expect(!base.contains("w="), "the defaults leave older snapshots usable")
        let since = Self.start
        let fingerprints = [
            base,
            try Self.schedulers { $0.fsrsParameters = Self.fitted }.fingerprint,
            try Self.schedulers { $0.applyFSRSWeights(Self.fitted, at: since, reschedule: false, fitted: nil) }.fingerprint,
            try Self.schedulers { $0.applyFSRSWeights(Self.fitted, at: since + .seconds(1), reschedule: false, fitted: nil) }.fingerprint,
        ]
        #expect(Set(fingerprints).count == fingerprints.count)
    }
}
