import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall log`: the review history, one answer per line. Reads without the writer's lock, so
/// it works while another recall is studying.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the review history, one answer per line.",
        discussion: """
            Each line: local time, seq, card, rating, duration, scheduler and deck; answers that \
            were undone are marked. With --json, each line is the answer's JSON object from the \
            log, with "undone": true added to undone ones. With --questions, each line ends with \
            the card's question (its first line), read from the decks; a card no longer in any \
            deck says so.
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var deckOptions: DeckOptions

    @Option(help: ArgumentHelp("Only answers to this card.", valueName: "id"))
    var card: String?

    @Option(help: ArgumentHelp("Only answers from this study day (YYYY-MM-DD, local) or time (ISO 8601) on.", valueName: "date"))
    var since: String?

    @Flag(help: "One JSON object per line.")
    var json = false

    @Flag(help: "Add each card's question, read from the decks (--decks).")
    var questions = false

    func run() throws {
        let folder = dataOptions.folder
        let config: StudyConfig
        var log: LogFiles?
        do throws(ProgressError) {
            guard try DataFolder.checkReadable(folder) else { return }  // nothing recorded yet
            config = try StudyConfig.load(DataFolder.configPath(folder))
            // The same refusal as every other command when the log is gone but the snapshot is not.
            log = try LogFiles.find(folder: folder)
            if log?.files.isEmpty ?? true, try DataFolder.exists(DataFolder.snapshotPath(folder)) {
                throw ProgressLoader.missingLog(ProgressLoader.expectedLogPath(folder), snapshot: DataFolder.snapshotPath(folder))
            }
        } catch {
            throw DataOptions.fail(error)
        }
        var from: Instant?
        if let since {
            let offset = StudyDay.offset(in: SystemClock.timeZone)
            guard let start = StudyDay.named(since, rolloverHour: config.rolloverHour, utcOffset: offset)?.start
                    ?? Instant(iso8601: since) else {
                throw Console.usage(.badSince(since))
            }
            from = start
        }
        guard let log, !log.files.isEmpty else { return }
        // With one device a seq names an answer; with several, the device is part of its name.
        let withDevice = Set(log.files.map(\.header.device)).count > 1
        // The first line of each card's question, by card id; nil without --questions.
        let asked: [String: String]? = try questions ? Self.questionsByCard(deckOptions.loadForReading()) : nil
        var output = OutputBuffer()
        var durations = DurationTexts(language: InterfaceLanguage.current)
        let zone = SystemClock.timeZone
        let labels = LogLabels(language: InterfaceLanguage.current)
        do {
            let undone = try log.undoneIDs()
            let result = try log.readAhead { entry in
                guard case .review(let review) = entry.event else { return }
                if let card, review.card != card { return }
                if let from, entry.time < from { return }
                let isUndone = undone.contains(entry.id)
                if json {
                    entry.appendJSONObjectBody(device: withDevice, to: &output.bytes)
                    if isUndone { output.bytes += ",\"undone\":true".utf8 }
                    if let asked { output.bytes += ",\"question\":\(asked[review.card].map(DueCommand.quoted) ?? "null")".utf8 }
                    output.bytes += "}\n".utf8
                } else {
                    Self.describe(entry, review, undone: isUndone, withDevice: withDevice, zone: zone, labels: labels,
                                  durations: &durations, to: &output.bytes)
                    if let asked {
                        output.bytes.removeLast()
                        output.bytes += Array(("  " + (asked[review.card] ?? Console.text(CommandOutputMessage.noLongerInAnyDeck)) + "\n").utf8)
                    }
                }
                output.flushIfFull()
            }
            output.flush()
            for warning in log.warnings(result) { Console.fail(warning) }
        } catch let error as ProgressError {
            output.flush()
            throw DataOptions.fail(error)
        }
    }

    /// Each card's question as one line: the first line of what the card asks.
    static func questionsByCard(_ library: DeckLibrary) -> [String: String] {
        var result: [String: String] = [:]
        for card in library.cards {
            result[card.id] = card.front.split(separator: "\n").first.map { String($0.trimmed) } ?? ""
        }
        return result
    }

    /// `2026-01-02 09:00:00  #12  vpc-nat  Good  4.2s  fsrs  AWS::VPC` and a newline, appended
    /// as bytes: a `String` per field and per line was most of the time for a million answers.
    static func describe(_ entry: LogEntry, _ review: ReviewRecord, undone: Bool, withDevice: Bool, zone: TimeZone,
                         labels: LogLabels, durations: inout DurationTexts, to out: inout [UInt8]) {
        let separator = Array("  ".utf8)
        SystemClock.appendLocalText(entry.time, in: zone, to: &out)
        out += separator
        out.append(UInt8(ascii: "#"))
        out += (withDevice ? entry.id.description : String(entry.seq)).utf8
        for field in [review.card, labels.ratings[review.rating.rawValue - 1], review.durationMilliseconds.map { durations.text($0) } ?? "-",
                      review.scheduler.rawValue, review.deck] {
            out += separator
            out += field.utf8
        }
        if undone { out += labels.undone }
        out.append(UInt8(ascii: "\n"))
    }
}

/// The words of a `log` line in the language of the run, made once for a million lines.
struct LogLabels {
    /// By `Rating.rawValue - 1`.
    let ratings: [String]
    /// `  (undone)`, as bytes.
    let undone: [UInt8]

    init(language: Language) {
        ratings = Rating.allCases.map { TermMessage.rating($0).text(language) }
        undone = Array(("  " + CommandOutputMessage.undone.text(language)).utf8)
    }
}

/// `4.2s` for 4,200 ms, each text made once: `String(format:)` took a fifth of `recall log`'s
/// time on a million reviews, and durations repeat.
struct DurationTexts {
    let language: Language
    private var made: [Int: String] = [:]

    init(language: Language) { self.language = language }

    mutating func text(_ milliseconds: Int) -> String {
        if let found = made[milliseconds] { return found }
        let text = CommandOutputMessage.seconds(String(format: "%.1f", Double(milliseconds) / 1000)).text(language)
        made[milliseconds] = text
        return text
    }
}
