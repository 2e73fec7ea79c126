/// Why a progress file is damaged (`ProgressError.damaged`), said after its path and line and
/// before the advice to run `recall doctor`: the review log's header and lines, the log files
/// of each machine, and how they agree with the snapshot.
///
/// Why values: the store finds the damage; the command that prints it knows the language.
/// File names (`reviews.jsonl`, `snapshot.json`) and field names stay as they are on disk.
public enum LogProblem: Message, Hashable, Sendable {
    /// A review log of zero bytes.
    case emptyLog
    /// A review log whose first line is longer than any header.
    case headerTooLong
    /// A review log that ends inside its header line.
    case headerIncomplete
    /// A first line that is not JSON, with the byte (1-based) where reading stopped.
    case headerNotJSON(LineProblem, byte: Int)
    /// A JSON first line without `"recall":"review-log"`.
    case notReviewLog
    /// A header without a valid `schema`.
    case headerNoSchema
    /// A header without a valid `created`.
    case headerNoCreated
    /// A schema-2 header whose checksum is wrong.
    case headerGuard(LineProblem)
    /// A header whose `device` is not a device id.
    case headerBadDevice
    /// A schema-2 header without `device`.
    case headerNoDevice
    /// A line of the log that cannot be read (its JSON, fields or checksum).
    case line(LineProblem)
    /// A line whose `seq` is not above the line before it.
    case seqOutOfOrder(seq: Int, after: Int)
    /// A line whose `seq` is not above the line before it, as `recall doctor` lists it.
    case seqNotAfter(seq: Int, after: Int)
    /// The log is gone but the snapshot holds progress.
    case logMissing(snapshot: String)
    /// Another machine's log file is gone but the snapshot knew its lines.
    case fileMissing(snapshot: String, lines: Int)
    /// A log shorter than the snapshot says it was.
    case logTruncated(size: Int, snapshot: String, covered: Int, lost: Int, lines: Int)
    /// This machine's log vanished between listing and opening.
    case disappearedWhileOpening
    /// The log changed under a reader that needed it still.
    case changedWhileRead
    /// The log changed while `recall doctor --repair` rewrote it.
    case changedWhileRepaired
    /// The review log was removed while recall had it open.
    case logRemovedWhileOpen
    /// The review log was replaced or shortened while recall had it open.
    case logReplacedWhileOpen
    /// Another machine's log file was removed while recall had it open.
    case fileRemovedWhileOpen
    /// A schema-1 log next to this machine's schema-2 log that was not made from it.
    case schema1BesideSchema2(old: String)
    /// The place for the kept schema-1 log is taken by a different file.
    case keptSchema1Differs(old: String)
    /// A device file where the schema-2 stub (`reviews.jsonl` that says `moved`) belongs.
    case stubIsDeviceFile(name: String)
    /// A file in the log folder that is not a schema-2 device file.
    case notDeviceFileInFolder(folder: String)
    /// A device file that is not JSON.
    case deviceFileNotJSON(LineProblem)
    /// A device file without `"recall":"device"` and a device id.
    case notDeviceFile
    /// Two log files hold one event with different content.
    case conflictingEvent(id: String, alsoIn: String)
    /// What is wrong with the snapshot.
    case snapshot(SnapshotProblem)

    public var english: String {
        switch self {
        case .emptyLog: return "the file is empty; a review log starts with a header line"
        case .headerTooLong: return "the first line is not a review-log header (it is too long)"
        case .headerIncomplete: return "the header line is incomplete (the file is truncated)"
        case .headerNotJSON(let problem, let byte): return "not a recall review log: the first line is not JSON (\(problem.english) at byte \(byte))"
        case .notReviewLog: return "not a recall review log: the header has no \"recall\":\"review-log\""
        case .headerNoSchema: return "the header has no valid \"schema\" number"
        case .headerNoCreated: return "the header has no valid \"created\" time"
        case .headerGuard(let problem): return "the header line fails its guard: \(problem.english)"
        case .headerBadDevice: return "the header's \"device\" is not a device id (4 to 32 lower-case letters and digits)"
        case .headerNoDevice: return "the header has no \"device\""
        case .line(let problem): return problem.english
        case .seqOutOfOrder(let seq, let after): return "seq \(seq) does not come after \(after); lines are out of order or repeated"
        case .seqNotAfter(let seq, let after): return "seq \(seq) does not come after \(after)"
        case .logMissing(let snapshot):
            return "the review log is missing, but \(snapshot) has progress; restore the log from a backup, or run 'recall doctor --repair' to start a log from the snapshot's states"
        case .fileMissing(let snapshot, let lines):
            return "the file is missing, but \(snapshot) holds \(lines) lines of it; restore it from a backup or another machine"
        case .logTruncated(let size, let snapshot, let covered, let lost, let lines):
            return "the log is \(size) bytes but \(snapshot) covers \(covered): the log was truncated, and \(lost) of the \(lines) lines the snapshot knew are gone (acknowledged answers are missing)"
        case .disappearedWhileOpening: return "this machine's log file disappeared while it was being opened"
        case .changedWhileRead: return "the log changed while it was being read"
        case .changedWhileRepaired: return "the log changed while it was being repaired"
        case .logRemovedWhileOpen: return "the review log was removed while recall had it open; restore it from a backup or run 'recall doctor'"
        case .logReplacedWhileOpen: return "the review log was replaced or cut short while recall had it open; run 'recall doctor'"
        case .fileRemovedWhileOpen: return "the file was removed while recall had it open; restore it from a backup or another machine"
        case .schema1BesideSchema2(let old):
            return "\(old) is still a schema-1 log, but this machine's schema-2 log exists beside it and was not made from it; move one of them away"
        case .keptSchema1Differs(let old): return "a kept schema-1 log is already there and differs from \(old); move it away first"
        case .stubIsDeviceFile(let name):
            return "a schema-2 \(name) must be the stub that says where the log went (\"moved\"); this one is a device file in the wrong place"
        case .notDeviceFileInFolder(let folder): return "a file in \(folder)/ must be a schema-2 device file"
        case .deviceFileNotJSON(let problem): return "not a recall device file: \(problem.english)"
        case .notDeviceFile: return "not a recall device file (it needs \"recall\":\"device\" and a valid \"device\" id)"
        case .conflictingEvent(let id, let other):
            return "event \(id) is also in \(other) with different content; recall does not choose between them: keep the right file and set the other aside"
        case .snapshot(let problem): return problem.english
        }
    }

    public var korean: String {
        switch self {
        case .emptyLog: return "파일이 비어 있습니다. 복습 기록은 헤더 줄로 시작합니다"
        case .headerTooLong: return "첫 줄이 복습 기록의 헤더가 아닙니다 (너무 깁니다)"
        case .headerIncomplete: return "헤더 줄이 끝나지 않았습니다 (파일이 잘렸습니다)"
        case .headerNotJSON(let problem, let byte): return "recall 복습 기록이 아닙니다: 첫 줄이 JSON이 아닙니다 (\(byte)번째 바이트: \(problem.korean))"
        case .notReviewLog: return "recall 복습 기록이 아닙니다: 헤더에 \"recall\":\"review-log\"가 없습니다"
        case .headerNoSchema: return "헤더에 올바른 \"schema\" 번호가 없습니다"
        case .headerNoCreated: return "헤더에 올바른 \"created\" 시각이 없습니다"
        case .headerGuard(let problem): return "헤더 줄이 체크섬 검사를 통과하지 못했습니다: \(problem.korean)"
        case .headerBadDevice: return "헤더의 \"device\"가 기기 ID(영문 소문자와 숫자 4~32자)가 아닙니다"
        case .headerNoDevice: return "헤더에 \"device\"가 없습니다"
        case .line(let problem): return problem.korean
        case .seqOutOfOrder(let seq, let after):
            return "seq \(seq)\(KoreanParticle.topic.form(after: String(seq))) \(after)보다 커야 합니다. 줄의 순서가 바뀌었거나 같은 줄이 반복되었습니다"
        case .seqNotAfter(let seq, let after): return "seq \(seq)\(KoreanParticle.topic.form(after: String(seq))) \(after)보다 커야 합니다"
        case .logMissing(let snapshot):
            return "복습 기록이 없지만 \(snapshot)에는 진행 상황이 있습니다. 백업에서 기록을 복원하거나, 'recall doctor --repair'로 스냅숏의 상태에서 새 기록을 시작하세요"
        case .fileMissing(let snapshot, let lines):
            return "파일이 없지만 \(snapshot)에는 이 파일의 \(lines)줄이 담겨 있습니다. 백업이나 다른 기기에서 복원하세요"
        case .logTruncated(let size, let snapshot, let covered, let lost, let lines):
            return "기록 파일은 \(size)바이트인데 \(snapshot)\(KoreanParticle.topic.form(after: snapshot)) \(covered)바이트까지 알고 있습니다. 기록이 잘려서 스냅숏이 알던 \(lines)줄 중 \(lost)줄이 사라졌습니다 (저장을 확인한 답이 없어졌습니다)"
        case .disappearedWhileOpening: return "이 기기의 기록 파일을 여는 동안 파일이 사라졌습니다"
        case .changedWhileRead: return "기록을 읽는 동안 기록이 바뀌었습니다"
        case .changedWhileRepaired: return "기록을 복구하는 동안 기록이 바뀌었습니다"
        case .logRemovedWhileOpen: return "recall이 복습 기록을 열어 둔 동안 기록이 지워졌습니다. 백업에서 복원하거나 'recall doctor'를 실행하세요"
        case .logReplacedWhileOpen: return "recall이 복습 기록을 열어 둔 동안 기록이 바뀌었거나 잘렸습니다. 'recall doctor'를 실행하세요"
        case .fileRemovedWhileOpen: return "recall이 파일을 열어 둔 동안 파일이 지워졌습니다. 백업이나 다른 기기에서 복원하세요"
        case .schema1BesideSchema2(let old):
            return "\(KoreanParticle.attach(.topic, to: old)) 아직 스키마 1 기록인데, 옆에 이 기록에서 만들지 않은 이 기기의 스키마 2 기록이 있습니다. 둘 중 하나를 다른 곳으로 옮기세요"
        case .keptSchema1Differs(let old):
            return "보관한 스키마 1 기록이 이미 있는데 \(KoreanParticle.attach(.with, to: old)) 다릅니다. 먼저 그 파일을 다른 곳으로 옮기세요"
        case .stubIsDeviceFile(let name):
            return "스키마 2의 \(KoreanParticle.attach(.topic, to: name)) 기록이 옮겨 간 곳을 알려 주는 파일(\"moved\")이어야 하는데, 이 파일은 잘못된 곳에 있는 기기 파일입니다"
        case .notDeviceFileInFolder(let folder): return "\(folder)/ 안의 파일은 스키마 2 기기 파일이어야 합니다"
        case .deviceFileNotJSON(let problem): return "recall 기기 파일이 아닙니다: \(problem.korean)"
        case .notDeviceFile: return "recall 기기 파일이 아닙니다 (\"recall\":\"device\"와 올바른 \"device\" ID가 있어야 합니다)"
        case .conflictingEvent(let id, let other):
            return "이벤트 \(id)\(KoreanParticle.subject.form(after: id)) \(other)에도 다른 내용으로 있습니다. recall은 둘 중 하나를 고르지 않습니다: 맞는 파일을 남기고 다른 파일은 따로 옮겨 두세요"
        case .snapshot(let problem): return problem.korean
        }
    }

    public static var examples: [LogProblem] {
        [.emptyLog, .headerTooLong, .headerIncomplete, .headerNotJSON(.expectedKey, byte: 2), .notReviewLog, .headerNoSchema,
         .headerNoCreated, .headerGuard(.checksumMismatch), .headerBadDevice, .headerNoDevice, .line(.checksumMismatch),
         .seqOutOfOrder(seq: 3, after: 4), .seqNotAfter(seq: 3, after: 4), .logMissing(snapshot: "data/snapshot.json"), .fileMissing(snapshot: "snapshot.json", lines: 12),
         .logTruncated(size: 100, snapshot: "snapshot.json", covered: 200, lost: 2, lines: 5), .disappearedWhileOpening,
         .changedWhileRead, .changedWhileRepaired, .logRemovedWhileOpen, .logReplacedWhileOpen, .fileRemovedWhileOpen,
         .schema1BesideSchema2(old: "data/reviews.jsonl"), .keptSchema1Differs(old: "data/reviews.jsonl"),
         .stubIsDeviceFile(name: "reviews.jsonl"), .notDeviceFileInFolder(folder: "log"), .deviceFileNotJSON(.expectedObject),
         .notDeviceFile, .conflictingEvent(id: "k7f3q2mzab4c:17", alsoIn: "log/b.jsonl"), .snapshot(.empty)]
    }
}
