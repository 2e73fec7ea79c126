import Foundation
import Testing
import RecallCore
import RecallStore
import RecallTestSupport

/// A data folder with real history for the fault suite, and what the suite reads of it: its
/// files (found, not listed, so that a new file layout is covered as it comes), their hashes,
/// and every card's progress.
struct FaultFolder {
    static let deck = """
        ---
        deck: AWS::VPC
        ---
        ## NAT 게이트웨이는 어디에?
        <!-- id: nat -->
        퍼블릭 서브넷

        ## IGW?
        <!-- id: igw -->
        B

        ## RT?
        <!-- id: rt -->
        C

        ## SG?
        <!-- id: sg -->
        D

        """

    /// The card `answer` records in each case: it has no progress before, so that the progress
    /// the suite compares after repair is only what existed before the damage.
    static let answeredCard = "sg"
    /// The suspended card that `unsuspend` brings back.
    static let suspendedCard = "rt"

    /// The prepared folder and what it held: every card's progress, that progress as the
    /// snapshot knew it (before the last answer), and the bytes that last answer appended to
    /// each log file, which only the log holds.
    struct Prepared {
        var scratch: StudyScratch
        var progress: [String: String]
        var progressInSnapshot: [String: String]
        var tail: [String: Data]
    }

    /// Answers, an undo and a suspension (written by the store, as the review screen writes
    /// them), a quiz attempt, a snapshot from `doctor --rebuild`, one answer after it, and the
    /// caches that `recall due` and the home screen write.
    static func prepare() throws -> Prepared {
        let s = try StudyScratch(deck: deck)
        for (card, rating, minute) in [("nat", "3", 0), ("igw", "1", 1), ("rt", "4", 2)] {
            let answer = try s.run(["answer", card, rating, "--at", "2026-03-01T09:0\(minute):00Z", "--duration", "3100"])
            #expect(answer.status == 0, "\(answer.stderr)")
        }
        let library = try DeckLibrary.load(paths: [s.url.appendingPathComponent("Decks").path])
        let store = try ProgressStore.open(folder: s.data, now: Instant(iso8601: "2026-03-01T09:03:00Z")!)
        let nat = try #require(library.cards.first { $0.id == "nat" })
        let deck = try #require(library.decks.first)
        _ = try store.record(ReviewRecord(card: nat, deck: deck, rating: .again, durationMilliseconds: 900,
                                          defaultScheduler: store.config.scheduler), at: Instant(iso8601: "2026-03-01T09:03:00Z")!)
        #expect(try store.undoLast(at: Instant(iso8601: "2026-03-01T09:03:05Z")!) == "nat")
        try store.suspend(card: suspendedCard, at: Instant(iso8601: "2026-03-01T09:04:00Z")!)
        try store.close()
        try QuizHistory.append(QuizHistoryEntry(
            date: Instant(iso8601: "2026-03-01T10:00:00Z")!, utcOffsetSeconds: 9 * 3600, deck: "AWS::VPC", tags: [],
            count: 4, correct: 3, percent: 75, passPercent: 72, passed: true, timeLimitSeconds: 600, timeUsedSeconds: 312,
            timedOut: false, seed: 8361, types: [.choice], domains: [DomainScore(domain: "security", correct: 1, total: 2)]),
            folder: s.data)
        let rebuild = try s.run(["doctor", "--rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stdout)\(rebuild.stderr)")
        let inSnapshot = try #require(progress(exportJSON: try s.run(["export", "--format", "json"]).stdout))
        let logsBefore = logFiles(s.data)
        let after = try s.run(["answer", "igw", "3", "--at", "2026-03-02T09:00:00Z"])
        #expect(after.status == 0, "\(after.stderr)")
        var tail: [String: Data] = [:]
        for (name, bytes) in logFiles(s.data) where bytes != logsBefore[name] {
            tail[name] = bytes.suffix(from: logsBefore[name]?.count ?? 0)
        }
        #expect(!tail.isEmpty, "the last answer went into a log file")
        let due = try s.run(["due"])
        #expect(due.status == 0, "\(due.stderr)")
        // The home screen's streak cache, as the home screen writes it (no command does).
        #expect(StudiedDaysCache.studiedDays(folder: s.data, rolloverHour: 4,
                                             utcOffset: StudyDay.offset(in: TimeZone(identifier: "UTC")!)).count == 2)
        let progress = try #require(progress(exportJSON: try s.run(["export", "--format", "json"]).stdout))
        return Prepared(scratch: s, progress: progress, progressInSnapshot: inSnapshot, tail: tail)
    }

    /// The review log files (those that begin with the log's header), by name, with their bytes.
    static func logFiles(_ data: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in files(data) where !name.hasPrefix("damaged/") {
            if let bytes = FileManager.default.contents(atPath: data + "/" + name),
               bytes.starts(with: Data("{\"recall\":\"review-log\"".utf8)) {
                result[name] = bytes
            }
        }
        return result
    }

    /// A copy of the whole scratch folder (decks and data), for one case.
    static func copy(_ s: StudyScratch) throws -> StudyScratch {
        let copy = try StudyScratch(deck: deck)
        try FileManager.default.copyItem(atPath: s.data, toPath: copy.data)
        return copy
    }

    /// Every regular file under the data folder, relative to it, sorted.
    static func files(_ data: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: data)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: data + "/" + name, isDirectory: &isFolder), !isFolder.boolValue {
                names.append(name)
            }
        }
        return names.sorted()
    }

    /// Files that `doctor --repair` reports but leaves for the learner to look at (see
    /// docs/quiz.md): after repair, doctor still names them.
    static let leftForTheLearner: Set<String> = ["quiz-history.jsonl"]

    /// The caches a reader may rewrite: they describe the decks, or are rebuilt from the log.
    static let readerCaches: Set<String> = ["deck-index.json", "studied.txt", "checked.txt"]

    /// Every entry under the data folder but the caches, with a hash of its bytes (or what it
    /// is when it is no regular file or cannot be read), so that any change shows.
    static func fingerprint(_ data: String) -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: data)
        while let name = enumerator?.nextObject() as? String {
            guard !readerCaches.contains(name) else { continue }
            let path = data + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let mode = String(info.st_mode, radix: 8)
            if info.st_mode & S_IFMT == S_IFDIR {
                result[name] = "folder \(mode)"
            } else if let bytes = FileManager.default.contents(atPath: path) {
                result[name] = "\(mode) \(bytes.count) \(fnv1a(bytes))"
            } else {
                result[name] = "\(mode) unreadable"
            }
        }
        return result
    }

    static func fnv1a(_ bytes: Data) -> UInt64 {
        bytes.reduce(14_695_981_039_346_656_037 as UInt64) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    /// Each card's progress, as `export --format json` gives it, by card id (orphans too).
    static func progress(exportJSON: String) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(exportJSON.utf8)) else { return nil }
        var result: [String: String] = [:]
        func walk(_ value: Any) {
            if let list = value as? [Any] {
                list.forEach(walk)
            } else if let object = value as? [String: Any] {
                if let progress = object["progress"] as? [String: Any], let id = (object["id"] ?? object["card"]) as? String,
                   let bytes = try? JSONSerialization.data(withJSONObject: progress, options: [.sortedKeys]) {
                    result[id] = String(decoding: bytes, as: UTF8.self)
                }
                object.values.forEach(walk)
            }
        }
        walk(object)
        return result
    }

    /// A progress record as compared after repair; the suspended card's flag is left out, since
    /// `unsuspend` changes it.
    static func comparable(_ progress: String?, _ ignoreSuspension: Bool) -> String? {
        guard let progress, ignoreSuspension else { return progress }
        return progress.replacingOccurrences(of: ",\"suspended\":true", with: "")
            .replacingOccurrences(of: ",\"suspended\":false", with: "")
    }
}
