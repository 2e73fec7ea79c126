import Foundation
import RecallCore

extension LogFiles {
    /// `read(positions: false)`, with the reading, checking and parsing on a second thread while
    /// `body` runs on this one: for the readers that do as much with each entry as it costs to
    /// read it (`recall log`, the JSON export), the two overlap on a machine's second core.
    ///
    /// Entries reach `body` in the same order as from `read`, in batches through a queue of a few
    /// batches at most, so memory stays small however long the log is. An error of the log (a
    /// damaged line) is thrown after the entries before it were handed over, as `read` does; an
    /// error thrown by `body` stops the reader and is rethrown.
    public func readAhead(_ body: (LogEntry) throws -> Void) throws -> Read {
        let queue = EntryBatches()
        let log = self
        let reader = Thread {
            var batch: [LogEntry] = []
            batch.reserveCapacity(EntryBatches.batchSize)
            let outcome: Result<Read, ProgressError>
            do throws(ProgressError) {
                let read = try log.read(positions: false) { entry throws(ProgressError) in
                    batch.append(entry)
                    if batch.count == EntryBatches.batchSize {
                        guard queue.put(batch) else { throw .io(file: log.folder, reason: .stopped) }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                outcome = .success(read)
            } catch {
                outcome = .failure(error)
            }
            // The entries before the end, or before a damaged line, as `read` hands them over.
            if !batch.isEmpty { _ = queue.put(batch) }
            queue.finish(outcome)
        }
        reader.start()
        do {
            while let batch = queue.take() {
                // Lent from the batch in place: `for entry in batch` copied every entry, retaining
                // its texts (a fifth of `recall stats`'s thread, with the releases after).
                try batch.withUnsafeBufferPointer { entries in
                    for index in entries.indices { try body(entries[index]) }
                }
                queue.giveBack(batch)
            }
        } catch {
            queue.stop()
            _ = queue.waitForEnd()
            throw error
        }
        return try queue.waitForEnd().get()
    }
}

/// The queue between the reader thread and the caller: a few batches of entries, then the end.
private final class EntryBatches: @unchecked Sendable {
    /// 4,096 entries a batch and four batches queued: about 2 MB in flight.
    static let batchSize = 4096
    private static let limit = 4

    private let condition = NSCondition()
    private var batches: [[LogEntry]] = []
    private var end: Result<LogFiles.Read, ProgressError>?
    private var stopped = false
    /// Batches the caller is done with, freed by the reader: freeing a million entries' texts
    /// was a twentieth of the JSON export, on the thread that has the most to do.
    private var spent: [[LogEntry]] = []

    /// Waits for room; false when the caller stopped reading.
    func put(_ batch: [LogEntry]) -> Bool {
        var done: [[LogEntry]] = []
        defer { done.removeAll() }  // here, outside the lock
        return condition.withLock {
            while batches.count >= Self.limit, !stopped { condition.wait() }
            swap(&done, &spent)
            guard !stopped else { return false }
            batches.append(batch)
            condition.broadcast()
            return true
        }
    }

    func giveBack(_ batch: [LogEntry]) {
        condition.withLock { spent.append(batch) }
    }

    func finish(_ outcome: Result<LogFiles.Read, ProgressError>) {
        condition.withLock {
            end = outcome
            condition.broadcast()
        }
    }

    /// The next batch, or nil when the reader has finished and every batch was taken.
    func take() -> [LogEntry]? {
        condition.withLock {
            while batches.isEmpty, end == nil { condition.wait() }
            guard !batches.isEmpty else { return nil }
            condition.broadcast()
            return batches.removeFirst()
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            batches.removeAll()
            condition.broadcast()
        }
    }

    /// Waits for the reader thread to finish, so that its files are closed.
    func waitForEnd() -> Result<LogFiles.Read, ProgressError> {
        condition.withLock {
            while end == nil { condition.wait() }
            return end!
        }
    }
}
