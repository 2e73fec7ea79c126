/// What the store says on stderr and goes on: a snapshot rebuilt, a torn last line, a line
/// written twice. Printed after `recall: ` by every command that reads progress.
///
/// Why values: the file and line stay first (`log/x.jsonl:3:`), the rest is said in the language.
public enum StoreWarningMessage: Message, Hashable {
    /// The snapshot could not stand in for the log, and why.
    case snapshotRebuilt(path: String, reason: StaleSnapshotMessage)
    /// A line that repeats an earlier one byte for byte.
    case repeatedLine(path: String, line: Int, original: Int)
    /// A torn last line ignored by a reader.
    case tornIgnored(path: String, line: Int, reason: TornLineMessage)
    /// A torn last line cut off by the writer, its bytes kept.
    case tornDropped(path: String, line: Int, reason: TornLineMessage, kept: String)

    public var english: String {
        switch self {
        case .snapshotRebuilt(let path, let reason): return "\(path): \(reason.english); rebuilt the state from the log"
        case .repeatedLine(let path, let line, let original):
            return "\(path):\(line): warning: this line repeats line \(original) byte for byte (one answer written twice); it counts once, and 'recall doctor --repair' removes the copy"
        case .tornIgnored(let path, let line, let reason):
            return "\(path):\(line): warning: ignoring an incomplete last line (\(reason.english)); it was never acknowledged, so no answer is lost"
        case .tornDropped(let path, let line, let reason, let kept):
            return "\(path):\(line): dropped an incomplete last line (\(reason.english)); its bytes are kept in \(kept)"
        }
    }

    public var korean: String {
        switch self {
        case .snapshotRebuilt(let path, let reason): return "\(path): \(reason.korean). 기록에서 상태를 다시 만들었습니다"
        case .repeatedLine(let path, let line, let original):
            return "\(path):\(line): 경고: 이 줄은 \(original)번 줄과 바이트까지 같습니다 (답 하나가 두 번 쓰임). 한 번만 세며, 'recall doctor --repair'가 사본을 지웁니다"
        case .tornIgnored(let path, let line, let reason):
            return "\(path):\(line): 경고: 완전하지 않은 마지막 줄을 무시합니다 (\(reason.korean)). 확인된 적 없는 줄이라 잃은 답은 없습니다"
        case .tornDropped(let path, let line, let reason, let kept):
            return "\(path):\(line): 완전하지 않은 마지막 줄을 잘라 냈습니다 (\(reason.korean)). 그 바이트는 \(kept)에 보관했습니다"
        }
    }

    public static var examples: [StoreWarningMessage] {
        [.snapshotRebuilt(path: "data/snapshot.json", reason: .otherLog), .repeatedLine(path: "data/log/a.jsonl", line: 4, original: 3),
         .tornIgnored(path: "data/log/a.jsonl", line: 5, reason: .noNewline),
         .tornDropped(path: "data/log/a.jsonl", line: 5, reason: .noNewline, kept: "data/damaged/a.jsonl.torn")]
    }
}

/// Why a snapshot cannot stand in for the start of the log (it is then rebuilt from the log).
public enum StaleSnapshotMessage: Message, Hashable {
    /// Made while the log was still one file, before it moved to its folder.
    case madeBeforeLogMoved(logFolder: String)
    /// Made from another review log (a different header).
    case otherLog
    /// The part of a log file it covers has changed.
    case coveredPartChanged(path: String)
    /// Another machine's file it covered is gone: its answers are left out until it is back.
    case deviceFileGone(path: String, lines: Int)

    public var english: String {
        switch self {
        case .madeBeforeLogMoved(let folder): return "it was made before the log moved to \(folder)/"
        case .otherLog: return "it was made from another review log"
        case .coveredPartChanged(let path): return "the part of \(path) it covers has changed since it was written (its checksum differs)"
        case .deviceFileGone(let path, let lines):
            return "another machine's file it covered, \(path), is gone (it held \(lines) line\(lines == 1 ? "" : "s")); its answers are left out until it is back"
        }
    }

    public var korean: String {
        switch self {
        case .madeBeforeLogMoved(let folder): return "기록이 \(folder)/로 옮겨지기 전에 만든 스냅숏입니다"
        case .otherLog: return "다른 복습 기록에서 만든 스냅숏입니다"
        case .coveredPartChanged(let path): return "스냅숏이 다루는 \(path)의 부분이 그 뒤에 바뀌었습니다 (체크섬이 다름)"
        case .deviceFileGone(let path, let lines):
            return "스냅숏이 다루던 다른 기기의 파일이 없어졌습니다: \(path) (\(lines)줄). 파일이 돌아올 때까지 그 답은 빠집니다"
        }
    }

    public static var examples: [StaleSnapshotMessage] {
        [.madeBeforeLogMoved(logFolder: "log"), .otherLog, .coveredPartChanged(path: "data/log/a.jsonl"),
         .deviceFileGone(path: "data/log/p9wx2hd3tu6e.jsonl", lines: 12)]
    }
}

/// Why a log's last line counts as torn (a write cut short), in `doctor` and the store's warnings.
public enum TornLineMessage: Message, Hashable {
    /// The line has no newline: its write did not finish.
    case noNewline
    /// The line does not parse; `detail` is the reader's words.
    case invalidEntry(LogProblem)

    public var english: String {
        switch self {
        case .noNewline: return "it has no newline at the end"
        case .invalidEntry(let problem): return "it is not a valid entry: \(problem.english)"
        }
    }

    public var korean: String {
        switch self {
        case .noNewline: return "줄 끝에 줄바꿈이 없습니다"
        case .invalidEntry(let problem): return "올바른 항목이 아닙니다: \(problem.korean)"
        }
    }

    public static var examples: [TornLineMessage] { [.noNewline, .invalidEntry(.line(.expectedObject))] }
}
