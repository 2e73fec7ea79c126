import Foundation
import RecallAnki
import RecallCore
import RecallStore

/// `recall export --format apkg -o FILE.apkg [--no-progress] [--at TIME]`: an Anki package
/// (`AnkiPackageExport` maps, `AnkiPackageWriter` writes). Progress and the log are read as
/// the other read-only exports read them, without the lock.
extension ExportCommand {
    func exportPackage(_ selection: ExportSelection, undone: BackgroundValue<Set<EventID>>?) throws {
        guard let output else { throw Console.usageText(PackageExportMessage.needsOutputFile) }
        let now = at.flatMap { Instant(iso8601: $0) } ?? SystemClock.now()
        let notes = selection.notes
        for warning in AnkiTextExport.notices(notes) { Console.error("recall: " + warning.line(InterfaceLanguage.current)) }
        let export = AnkiPackageExport(notes: notes)
        var progress: [String: CardProgress]?
        var revlog: [AnkiRevlogEntry] = []
        var config = StudyConfig()
        var loaded: ProgressLoader.Loaded?
        if !noProgress { (loaded, config) = try dataOptions.loadForReading() }
        let schedulers = (try? SchedulerSet(config: config)) ?? .defaults
        if let loaded {
            progress = loaded.state.cards
            do {
                if let log = try LogFiles.find(folder: dataOptions.folder) {
                    var builder = AnkiPackageRevlog(cardIDs: export.cardIDs, schedulers: schedulers,
                                                    undone: try undone?.value() ?? [])
                    _ = try log.readAhead { builder.add($0) }
                    revlog = builder.rows
                }
            } catch let error as ProgressError {
                throw DataOptions.fail(error)
            }
        }
        var media: [String: [UInt8]] = [:]
        for (path, note) in export.mediaPaths {
            if let data = FileManager.default.contents(atPath: path) {
                media[path] = Array(data)
            } else {
                Console.fail(PackageExportMessage.missingImage(path: path, note: note))
            }
        }
        let collection = export.collection(progress: progress, revlog: revlog, config: config, schedulers: schedulers, now: now,
                                           days: AnkiStudyDays(rolloverHour: config.rolloverHour,
                                                               utcOffset: StudyDay.offset(in: SystemClock.timeZone), now: now),
                                           media: media)
        try OutputPath.createFolder(of: output)
        do {
            try AnkiPackageWriter.write(collection, to: output)
        } catch {
            Console.fail(PackageExportMessage.cannotWrite(path: error.path, reason: error.reason))
            throw ExitStatus.ioError
        }
        Console.error(Console.text(PackageExportMessage.wrote(notes: collection.notes.count, cards: collection.cards.count,
                                                              reviews: revlog.count, media: collection.media.count, to: output)))
    }
}
