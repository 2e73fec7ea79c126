/// The union of several device files' events, in the one order every machine replays them.
///
/// Why: each machine appends only to its own file, and a sync tool delivers the others' files
/// in any order and any number of times. The state must be a replay of the *union*: the same
/// event seen twice (a conflict copy, a file delivered twice) counts once, and two machines with
/// the same files replay the same events in the same order.
///
/// The order is a merge: each file keeps its own order (its seqs), and of the files' next events
/// the one with the smallest `MergeKey` (time, device, seq) goes first. With one file that is the
/// file's order, exactly as a schema-1 log replays; a device whose clock jumped back still
/// replays its own events in the order they happened.
public enum LogMerge {
    /// Calls `body` with each distinct event of `files` in merge order, and the index of the file
    /// it came from. One id with two different events is damage, never resolved silently: it is
    /// thrown, naming both files (`names`, parallel to `files`), before anything after it.
    public static func forEach(_ files: [[LogEntry]], names: [String],
                               _ body: (LogEntry, Int) throws(ProgressError) -> Void) throws(ProgressError) {
        if files.count == 1 {
            for entry in files[0] { try body(entry, 0) }
            return
        }
        var next = [Int](repeating: 0, count: files.count)
        let checked = filesThatMayRepeat(files)
        // Where each id was first seen, to tell a copy (skipped) from a conflict.
        var seen: [EventID: (file: Int, index: Int)] = [:]
        seen.reserveCapacity(files.indices.reduce(0) { $0 + (checked[$1] ? files[$1].count : 0) })
        while true {
            var best: Int?
            for f in files.indices where next[f] < files[f].count {
                if let b = best, !(MergeKey(files[f][next[f]]) < MergeKey(files[b][next[b]])) { continue }
                best = f
            }
            guard let f = best else { return }
            let entry = files[f][next[f]]
            next[f] += 1
            guard checked[f] else {
                try body(entry, f)
                continue
            }
            if let (first, index) = seen[entry.id] {
                guard files[first][index] == entry else {
                    throw ProgressError.damaged(file: names[f], line: nil, reason: .conflictingEvent(id: "\(entry.id)", alsoIn: names[first]))
                }
                continue
            }
            seen[entry.id] = (f, next[f] - 1)
            try body(entry, f)
        }
    }

    /// Which files may hold an id another file holds too: those whose device another file also
    /// has (a conflict copy, a file delivered twice), or all when a file mixes devices. An id
    /// names its device, so the others' events need no lookup in `seen`, which was a third of
    /// the merge of a million events over three devices (docs/performance.md).
    static func filesThatMayRepeat(_ files: [[LogEntry]]) -> [Bool] {
        var devices: [String?] = []  // each file's one device; nil for an empty file
        for file in files {
            guard let device = file.first?.device else {
                devices.append(nil)
                continue
            }
            if file.contains(where: { $0.device != device }) { return files.map { _ in true } }
            devices.append(device)
        }
        var count: [String: Int] = [:]
        for case let device? in devices { count[device, default: 0] += 1 }
        return devices.map { $0.map { count[$0]! > 1 } ?? false }
    }

    /// The merged events as an array; for tests and small logs.
    public static func merged(_ files: [[LogEntry]], names: [String]? = nil) throws(ProgressError) -> [LogEntry] {
        var out: [LogEntry] = []
        try forEach(files, names: names ?? files.indices.map { "file \($0 + 1)" }) { entry, _ in out.append(entry) }
        return out
    }
}
