import ArgumentParser
import Foundation
import RecallCore
import RecallStore

/// `--data-dir DIR`, shared by every command that reads or writes progress.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "The folder that holds your progress.",
        discussion: "Default: $RECALL_HOME, else $XDG_DATA_HOME/recall, else ~/.local/share/recall.",
        valueName: "dir"))
    var dataDir: String?

    var folder: String {
        DataFolder.resolve(option: dataDir, environment: ProcessInfo.processInfo.environment,
                           home: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// Opens the store for writing; a busy or damaged store ends the command with a message.
    func openStore(now: Instant) throws -> ProgressStore {
        let store: ProgressStore
        do {
            store = try ProgressStore.open(folder: folder, now: now)
        } catch {
            throw Self.fail(error)
        }
        for warning in store.notices { Console.fail(warning) }
        return store
    }

    /// Opens the writer for a study screen, which takes the state it loaded as its own.
    func openWriter(now: Instant) throws -> (writer: ProgressWriter, state: ProgressState) {
        let opened: (writer: ProgressWriter, state: ProgressState)
        do {
            opened = try ProgressWriter.open(folder: folder, now: now)
        } catch {
            throw Self.fail(error)
        }
        for warning in opened.writer.notices { Console.fail(warning) }
        return opened
    }

    /// Loads progress without the lock, for commands that only read.
    /// With `cardsInTable`, the snapshot's cards are in `Loaded.table` (see `ProgressLoader`).
    func loadForReading(cardsInTable: Bool = false) throws -> (ProgressLoader.Loaded, StudyConfig) {
        do {
            let (loaded, config) = try ProgressLoader.loadForReading(folder: folder, cardsInTable: cardsInTable)
            for warning in loaded.notices { Console.fail(warning) }
            return (loaded, config)
        } catch {
            throw Self.fail(error)
        }
    }

    /// Prints the error and gives the exit status: 65 bad data, 1 busy, 74 I/O.
    static func fail(_ error: ProgressError) -> ExitCode {
        Console.fail(error.message)
        return exitStatus(error)
    }

    /// 65 bad data, 1 busy, 74 I/O, without printing.
    static func exitStatus(_ error: ProgressError) -> ExitCode {
        switch error {
        case .damaged, .newerSchema, .badConfig: return ExitStatus.dataError
        case .locked: return ExitStatus.failure
        case .io: return ExitStatus.ioError
        }
    }
}

/// The only place the wall clock and the local time zone are read; RecallCore is given them.
enum SystemClock {
    static func now() -> Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Instant(microsecondsSinceEpoch: Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1_000)
    }

    static var timeZone: TimeZone { TimeZone.current }

    /// The instant as local time, `2026-01-02 09:00:00`.
    static func localText(_ instant: Instant) -> String {
        var bytes: [UInt8] = []
        appendLocalText(instant, in: timeZone, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `localText`'s bytes appended to `out`, for a million log lines without a `String` each
    /// (and with the time zone looked up once, by the caller).
    static func appendLocalText(_ instant: Instant, in zone: TimeZone, to out: inout [UInt8]) {
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant.microseconds) / 1e6))
        let shifted = Instant(microsecondsSinceEpoch: instant.microseconds - instant.microseconds % 1_000_000
                              + Int64(offset) * 1_000_000)
        let start = out.count
        // Whole seconds: `2026-01-02T09:00:00+00:00`; the date, a space for the `T`, the time.
        if ISOTimestamp.append(shifted, to: &out) {
            out[start + 10] = UInt8(ascii: " ")
            out.removeSubrange((start + 19)...)
        } else {
            let iso = instant.iso8601
            out += Array((iso.prefix(10) + " " + iso.dropFirst(11).prefix(8)).utf8)
        }
    }
}

extension SystemClock {
    /// For measuring durations: never goes back when the wall clock does.
    static func monotonicNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
