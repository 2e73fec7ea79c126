import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// Reads what readiness is made from (the deck index with tags, the progress, config.json's
/// exams and limits, the quiz history, the local time zone) and asks RecallCore for it: one
/// loader for `recall exam` and the exam screen. Nothing is printed here; a problem is a
/// `StatsLoading.Failure`, a warning a `notice`.
enum ReadinessLoading {
    /// What to compute: one deck (nil: the exams set, nearest first), at `now`.
    struct Request {
        var deck: String?
        var now: Instant
        /// `--days`: the plan's length when no exam is ahead (or instead of the days to it).
        var planDays: Int?
        var plan = true
        var seed: UInt64 = 1
    }

    /// The readiness of `request.deck` for its exam; without a deck, of each exam set, nearest
    /// first (exams over last), or of every deck when none is set.
    static func readiness(deckOptions: DeckOptions, dataFolder: String, request: Request,
                          notice: (any Message) -> Void) throws -> [ExamReadiness] {
        let cards = try StatsLoading.cardsInScope(deckOptions: deckOptions, dataFolder: dataFolder, selection: .all, notice: notice)
        if let deck = request.deck,
           let problem = CardSelection(deck: deck).problem(deckNames: Array(Set(cards.map(\.deck))).sorted(), tags: []) {
            throw StatsLoading.Failure(UsageMessage.selection(problem), status: ExitStatus.usage)
        }
        let (state, config) = try progress(dataFolder: dataFolder, notice: notice)
        let schedulers = try StatsLoading.schedulers(config, folder: dataFolder)
        let quizzes: [QuizHistoryEntry]
        do {
            quizzes = try QuizHistory.load(folder: dataFolder)
        } catch {
            throw StatsLoading.Failure(error.message, status: QuizCommand.exitStatus(error))
        }
        let targets: [(deck: String?, exam: ExamDate?)]
        if let deck = request.deck {
            targets = [(deck, config.exam(forDeck: deck))]
        } else if config.exams.isEmpty {
            targets = [(nil, nil)]
        } else {
            targets = config.exams.sorted { ($0.at <= request.now ? 1 : 0, $0.at) < ($1.at <= request.now ? 1 : 0, $1.at) }
                .map { ($0.deck, $0) }
        }
        let utcOffset = StudyDay.offset(in: SystemClock.timeZone)
        return targets.map { target in
            let key = target.deck.map(DeckName.key)
            // With an exam, only the cards that scheduling aims at it: a sub-deck with an exam
            // of its own is measured against that one, not against its parent's.
            let taken = cards.filter { card in key.map { DeckName.name(DeckName.key(card.deck), isWithin: $0) } ?? true }
                .filter { card in target.exam.map { config.exam(forDeck: card.deck) == $0 } ?? true }
                .map { ReadinessCard(id: $0.id, domains: $0.domains, progress: state.cards[$0.id]) }
            let limits = config.dailyLimits(forDeck: target.deck)
            let settings = ReadinessSettings(
                now: request.now, exam: target.exam, scheduler: schedulers.fsrs, rolloverHour: config.rolloverHour,
                utcOffset: utcOffset, newPerDay: limits.newPerDay,
                reviewsPerDay: limits.reviewsPerDay, planDays: request.planDays,
                plan: request.plan, seed: request.seed)
            return ExamReadiness.make(deck: target.deck, cards: taken, quizzes: quizzes, settings: settings)
        }
    }

    /// Every card's progress and the config; a missing data folder is no error (nothing answered).
    static func progress(dataFolder: String, notice: (any Message) -> Void) throws -> (ProgressState, StudyConfig) {
        do throws(ProgressError) {
            let (loaded, config) = try ProgressLoader.loadForReading(folder: dataFolder)
            for warning in loaded.notices { notice(warning) }
            return (loaded.state, config)
        } catch {
            throw StatsLoading.Failure(error)
        }
    }
}
