import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall doctor`: checks the data folder, lists orphans, and repairs with `--repair`.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the progress files, list orphaned progress, and repair damage.",
        discussion: """
            Checks config.json, every line of reviews.jsonl and snapshot.json against a replay \
            of the log, and lists cards that have progress but are in no deck (orphans; their \
            progress is kept). Exits 65 when there is a problem. --repair fixes what it can: \
            every file it replaces is first kept in the data folder's damaged/ folder. \
            --rebuild replays the whole log and writes a new snapshot. Devices whose latest \
            event is dated more than 5 minutes after this machine's clock are noted (a clock \
            ahead, or this one behind). --json prints the findings (in English) and those devices.
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "Repair damaged files, keeping the originals in damaged/.")
    var repair = false

    @Flag(help: "Rebuild the snapshot from the whole review log.")
    var rebuild = false

    @Option(help: ArgumentHelp("This machine's time for the clock check (ISO 8601 with an offset); default: now.", valueName: "time"))
    var at: String?

    @Flag(help: "Print the findings and the devices whose clocks disagree as JSON.")
    var json = false

    /// `--json`'s document: the same whatever the language.
    struct JSONReport: Encodable {
        struct Finding: Encodable {
            var level: String
            var message: String
        }
        struct Skew: Encodable {
            var device: String
            var host: String?
            var latest: String
            var aheadSeconds: Int64
            var thisMachine: Bool
        }
        var findings: [Finding]
        var clockSkews: [Skew]
        var orphans: [String]
        var problems: Int
    }

    func run() throws {
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let folder = dataOptions.folder
        var cards: [StudyCard]?
        // The deck index `due` keeps, when there is one: only the deck files changed since are
        // parsed (all 100,000 cards took a third of doctor's time). A cache, never damage.
        let indexPath = DataFolder.join(folder, DeckIndex.fileName)
        if let deckFolder = try? deckOptions.deckFolder(),
           let index = try? DeckIndex.cards(paths: [deckFolder], cachePath: DataFolder.exists(indexPath) ? indexPath : nil) {
            cards = index.cards
        }
        let report: DoctorReport
        do {
            if repair || rebuild {
                report = try Doctor.repair(folder: folder, cards: cards, now: now, rebuild: rebuild)
            } else {
                report = try Doctor.check(folder: folder, cards: cards, now: now)
            }
        } catch {
            throw DataOptions.fail(error)
        }
        if json {
            let document = JSONReport(
                findings: report.findings.map { .init(level: $0.level.rawValue, message: $0.message) },
                clockSkews: report.clockSkews.map { .init(device: $0.device, host: $0.host, latest: $0.latest.iso8601,
                                                          aheadSeconds: $0.ahead.microseconds / 1_000_000, thisMachine: $0.thisMachine) },
                orphans: report.orphans.map(\.id), problems: report.problems.count)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
            if !report.problems.isEmpty && !(repair || rebuild) { throw ExitStatus.dataError }
            return
        }
        for finding in report.findings {
            print(Console.text(CommandOutputMessage.doctorFinding(level: finding.level.rawValue, message: Console.text(finding.said))))
        }
        for orphan in report.orphans {
            let last = orphan.lastReview.map { SystemClock.localText($0) } ?? "-"
            print(Console.text(CommandOutputMessage.orphan(card: orphan.id, deck: orphan.deck, file: orphan.file,
                                                           answers: orphan.answers, last: last)))
        }
        if cards == nil { print(Console.text(CommandOutputMessage.orphansNotLookedFor)) }
        if !report.problems.isEmpty && !(repair || rebuild) {
            Console.fail(CommandOutputMessage.problemsFound(report.problems.count))
            throw ExitStatus.dataError
        }
    }
}
