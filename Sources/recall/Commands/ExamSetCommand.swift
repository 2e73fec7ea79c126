import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall exam set DATE`: the exam a deck (or every deck) prepares for, in config.json, which
/// the queue then schedules toward (`ExamSchedule`). Writes the config under the writer's lock,
/// as `optimize --apply` does, keeping every other key.
struct ExamSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the date of an exam, which the reviews then aim at.",
        discussion: """
            DATE is 2026-12-20 (09:00 local time) or 2026-12-20T13:30, in the local time zone \
            (TZ). The exam is for --deck and its sub-decks, else for every deck; setting one \
            again replaces it. Until it is over, a review that would fall after the exam with \
            its recall there below --target is brought forward (see docs/exam.md). An exam \
            not after now (or --at) exits 64.
            """
    )

    @Argument(help: ArgumentHelp("The exam's date (and time), local.", valueName: "date"))
    var date: String

    @Option(help: ArgumentHelp("The deck the exam is for, its sub-decks included (default: every deck).", valueName: "name"))
    var deck: String?

    @Option(help: ArgumentHelp("The recall probability to reach by the exam, between 0 and 1.", valueName: "p"))
    var target: String = "0.9"

    @Option(help: ArgumentHelp("Set it as if it were this time (ISO 8601 with an offset).", valueName: "time"))
    var at: String?

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let at, Instant(iso8601: at) == nil { throw Console.usage(.badTime(at)) }
        if Self.target(target) == nil { throw ValidationError(Console.text(ExamMessage.badTarget(target))) }
        let zone = StudyDay.offset(in: SystemClock.timeZone)
        if ExamDate.isSkippedLocalTime(date, utcOffset: zone) {
            throw ValidationError(Console.text(ExamMessage.skippedLocalTime(date)))
        }
        if ExamDate.parse(date, utcOffset: zone) == nil {
            throw ValidationError(Console.text(ExamMessage.badDate(date)))
        }
    }

    static func target(_ text: String) -> Double? {
        Double(text).flatMap { ExamDate.isValidTarget($0) ? $0 : nil }
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let zone = StudyDay.offset(in: SystemClock.timeZone)
        guard let instant = ExamDate.parse(date, utcOffset: zone), let target = Self.target(target) else { throw ExitStatus.usage }
        guard now < instant else {
            Console.fail(ExamMessage.examInPast(local: Self.localText(instant), now: Self.localText(now)))
            throw ExitStatus.usage
        }
        guard instant - now <= TimeSpan.days(ExamDate.longestHorizonDays) else {
            Console.fail(ExamMessage.tooFarAhead(local: Self.localText(instant), years: ExamDate.longestHorizonDays / 365))
            throw ExitStatus.usage
        }
        let deckName = try deck.map(knownDeck)
        let exam = ExamDate(deck: deckName, at: instant, target: target, utcOffsetSeconds: zone(instant))
        let config: StudyConfig
        do {
            config = try StudyConfig.update(folder: dataOptions.folder) { config in
                config.exams.removeAll { Self.sameDeck($0.deck, deckName) }
                config.exams.append(exam)
            }
        } catch {
            throw DataOptions.fail(error)
        }
        let today = StudyDay.containing(now, rolloverHour: config.rolloverHour, utcOffset: zone)
        print(Console.text(ExamMessage.set(
            deck: deckName, local: Self.localText(instant), zone: Self.zoneName(at: instant),
            daysLeft: exam.daysLeft(today: today, rolloverHour: config.rolloverHour, utcOffset: zone),
            targetPercent: Int((target * 100).rounded()))))
    }

    /// The deck as the deck files spell it (`aws::saa` finds `AWS::SAA`); an unknown one exits
    /// 64 with the message `due --deck` gives.
    private func knownDeck(_ name: String) throws -> String {
        let index = try DeckIndexLoader.cards(deckOptions: deckOptions, dataFolder: dataOptions.folder)
        if let problem = CardSelection(deck: name, tags: []).problem(deckNames: index.decks, tags: []) {
            throw SelectionOptions.fail(problem)
        }
        let key = DeckName.key(name)
        return DeckName.treePaths(index.decks).first { DeckName.key($0) == key } ?? name
    }

    /// The same deck, by case-insensitive name (nil: every deck).
    static func sameDeck(_ a: String?, _ b: String?) -> Bool {
        a.map(DeckName.key) == b.map(DeckName.key)
    }

    /// `2026-12-20 09:00`, local.
    static func localText(_ instant: Instant) -> String {
        String(SystemClock.localText(instant).prefix(16))
    }

    /// `KST`: the C library's abbreviation of the local zone (`TZ`) at the instant, which
    /// Foundation on Linux gives only as `GMT+9`; else Foundation's.
    static func zoneName(at instant: Instant) -> String {
        var seconds = time_t(instant.microseconds / 1_000_000)
        var local = tm()
        if localtime_r(&seconds, &local) != nil, let name = local.tm_zone, name.pointee != 0 { return String(cString: name) }
        let date = Date(timeIntervalSince1970: Double(instant.microseconds) / 1e6)
        return SystemClock.timeZone.abbreviation(for: date) ?? SystemClock.timeZone.identifier
    }
}
