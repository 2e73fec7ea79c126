import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `recall sync DIR`: exchanges device files with another data folder (a USB stick, a folder
/// copied over `rsync`, another machine's folder), by the rules of `LogExchange`.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Exchange review logs with another data folder (a USB stick, a copied folder).",
        discussion: """
            Copies each file of log/ that one side lacks, or has fewer lines of, to the other \
            side, whole lines only, each write atomic; nothing else (snapshot, caches, \
            device.json, config.json) is copied. A folder's own file is never written, and two \
            versions of a file that differ otherwise are reported and left alone. Both folders \
            are locked while it runs. Exits 0, or 65 when a file could not be exchanged \
            (the others still are), 66 when DIR is not a data folder, 1 when another recall \
            is writing to either folder. See docs/sync.md.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("The other data folder.", valueName: "dir"))
    var other: String

    @Flag(help: "Say what would be copied, and change nothing.")
    var dryRun = false

    @Flag(help: "Print what was done as one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("The time to record, for a new device (ISO 8601 with an offset); default: now.", valueName: "time"))
    var at: String?

    func validate() throws {
        if let at, Instant(iso8601: at) == nil {
            throw Console.usage(.badTime(at))
        }
    }

    func run() throws {
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let outcome: Result<LogExchange.Report, LogExchange.Refusal>
        do {
            outcome = try LogExchange.run(here: dataOptions.folder, there: other, now: now, dryRun: dryRun)
        } catch {
            throw DataOptions.fail(error)
        }
        let report: LogExchange.Report
        switch outcome {
        case .success(let value): report = value
        case .failure(let refusal):
            switch refusal {
            case .missing(let folder): Console.fail(SyncMessage.missingFolder(folder))
            case .notAFolder(let folder): Console.fail(SyncMessage.notAFolder(folder))
            case .notADataFolder(let folder): Console.fail(SyncMessage.notADataFolder(folder))
            case .sameFolder(let folder):
                Console.fail(SyncMessage.sameFolder(folder))
                throw ExitStatus.usage
            }
            throw ExitStatus.noInput
        }
        for damage in report.damage { Console.fail(Self.message(damage)) }
        if json {
            print(Self.json(report, dryRun: dryRun))
        } else {
            let sentAnswers = report.sent.reduce(0) { $0 + $1.answers }
            let receivedAnswers = report.received.reduce(0) { $0 + $1.answers }
            print(Console.text(dryRun
                ? SyncMessage.wouldExchange(sentFiles: report.sent.count, sentAnswers: sentAnswers, folder: other,
                                            receivedFiles: report.received.count, receivedAnswers: receivedAnswers)
                : SyncMessage.exchanged(sentFiles: report.sent.count, sentAnswers: sentAnswers, folder: other,
                                        receivedFiles: report.received.count, receivedAnswers: receivedAnswers)))
        }
        if !report.damage.isEmpty { throw ExitStatus.dataError }
    }

    static func message(_ damage: LogExchange.Damage) -> SyncMessage {
        switch damage.problem {
        case .diverged(let here, let there): return .diverged(file: damage.file, here: here, there: there)
        case .ownFileBehind(let own, let longer): return .ownFileBehind(own: own, longer: longer)
        case .unreadable(let error): return .unreadable(file: damage.file, problem: error.message)
        }
    }

    /// `{"dryRun":false,"sent":[{"file":"log/x.jsonl","new":true,"answers":3,"events":4}],"received":[],"damage":[{"file":…,"problem":"diverged","here":…,"there":…}]}`.
    static func json(_ report: LogExchange.Report, dryRun: Bool) -> String {
        func quoted(_ text: String) -> String {
            var out = JSONWriter()
            out.string(text)
            return String(decoding: out.bytes, as: UTF8.self)
        }
        func transfers(_ list: [LogExchange.Transfer]) -> String {
            "[" + list.map {
                "{\"file\":\(quoted($0.file)),\"new\":\($0.isNew),\"answers\":\($0.answers),\"events\":\($0.events)}"
            }.joined(separator: ",") + "]"
        }
        let damage = report.damage.map { item -> String in
            var fields = "\"file\":\(quoted(item.file)),\"problem\":\(quoted(item.problem.code))"
            switch item.problem {
            case .diverged(let here, let there): fields += ",\"here\":\(quoted(here)),\"there\":\(quoted(there))"
            case .ownFileBehind(let own, let longer): fields += ",\"own\":\(quoted(own)),\"longer\":\(quoted(longer))"
            case .unreadable(let error): fields += ",\"reason\":\(quoted(error.message.english))"
            }
            return "{" + fields + "}"
        }
        return "{\"dryRun\":\(dryRun),\"sent\":\(transfers(report.sent)),\"received\":\(transfers(report.received)),"
            + "\"damage\":[\(damage.joined(separator: ","))]}"
    }
}
