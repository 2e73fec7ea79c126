import Foundation
import RecallAnki
import RecallCore
import RecallStore

/// `recall import FILE.apkg [-o FOLDER/] [--with-progress]`: an Anki package's notes as deck
/// files, and with `--with-progress` its review log as review events in the data folder, after
/// the deck files are written, in slices of `sliceSize`, each answer once however often it is imported.
extension ImportCommand {
    /// Answers appended per write (and fsync). Why slices: a million answers in one batch were held
    /// as events, entries and line bytes at once (a 1.36 GiB peak at 100,000 cards; see
    /// docs/performance.md). An import cut short between slices is completed by importing again,
    /// which adds each answer once.
    static let sliceSize = 50_000

    func importPackage() throws {
        let package: AnkiPackage
        do {
            package = try AnkiPackageReader.read(file, media: false)
        } catch {
            Console.fail(error.message)
            throw ExitStatus.dataError
        }
        let notes = AnkiPackageImport.notes(package.collection, file: file, deckOverride: deck)
        for message in notes.skipped { Console.error("\(file): " + Console.text(message)) }
        let result = notes.result
        guard !result.decks.isEmpty else {
            Console.fail(TransferMessage.noNotesImported(file))
            throw ExitStatus.dataError
        }
        let files = try outputFiles(result)
        try checkOutputs(files)
        var progress: AnkiPackageImport.Progress?
        var store: ProgressStore?
        if withProgress {
            // Opened before the decks are written, so that a busy or damaged folder writes nothing.
            let opened = try data.openStore(now: SystemClock.now())
            let config = opened.config
            let deckFiles = Dictionary(zip(result.decks.map(\.name), files.map { $0.path ?? "-" }), uniquingKeysWith: { a, _ in a })
            progress = AnkiPackageImport.progress(package.collection, notes: notes) { name in
                (config.scheduler, deckFiles[name] ?? "-")
            }
            store = opened
        }
        try write(files)
        var reviews: Int?
        if var progress, let store {
            do {
                var existing = AnkiPackageImport.Existing()
                if let log = try LogFiles.find(folder: store.folder) {
                    _ = try log.read(positions: false) { entry in existing.add(entry) }
                }
                let new = existing.new(progress.events)
                progress.events = []  // a million events are a few hundred megabytes: one copy at a time
                reviews = new.count { if case .review = $0.event { return true } else { return false } }
                for start in stride(from: 0, to: new.count, by: Self.sliceSize) {
                    let slice = new[start..<min(start + Self.sliceSize, new.count)].map { ($0.time, $0.event) }
                    try store.appendAll(slice, at: SystemClock.now())
                }
                try store.close()
                if progress.manualRows > 0 { Console.error("\(file): " + Console.text(PackageImportMessage.manualRowsLeftOut(count: progress.manualRows))) }
                if progress.rowsOfSkippedCards > 0 {
                    Console.error("\(file): " + Console.text(PackageImportMessage.reviewsOfSkippedCards(count: progress.rowsOfSkippedCards)))
                }
                if let reviews, progress.reviews > reviews {
                    Console.error("\(file): " + Console.text(PackageImportMessage.reviewsAlreadyInLog(count: progress.reviews - reviews)))
                }
            } catch {
                throw DataOptions.fail(error)
            }
        }
        Console.error(Console.text(PackageImportMessage.imported(notes: result.notes.count, cards: result.cards.count,
                                                                 decks: result.decks.count, reviews: reviews)))
        if !notes.skipped.isEmpty { throw ExitStatus.dataError }
    }
}
