/// The findings of `recall doctor` and `recall doctor --repair`, one line each after its level.
///
/// Why values: each finding names files and counts, placed by the language; the commands and
/// folder names in the advice (`--repair`, `damaged/`, `log/`) stay as they are typed.
public enum DoctorMessage: Message, Hashable {
    /// A progress error found while checking, said as the commands say it.
    case error(StoreMessage)
    /// No data folder (check).
    case noDataFolder(String)
    /// No data folder (repair).
    case nothingToRepair(String)
    /// config.json is valid.
    case configValid(String)
    /// config.json is absent.
    case configAbsent(String)
    /// A log path that is not a regular file.
    case notAFile(String)
    /// The schema-1 stub is damaged: its problem, before the advice.
    case stubDamaged(problem: StoreMessage, logFolder: String)
    /// The log is missing but the snapshot has progress.
    case logMissingWithSnapshot(log: String, snapshot: String)
    /// The log is missing.
    case logMissing(String)
    /// No answer recorded yet.
    case noAnswersYet(String)
    /// The schema-1 stub that points to the log folder is missing.
    case stubMissing(log: String, logFolder: String)
    /// Undo lines that name no review.
    case danglingUndos(log: String, count: Int, ids: [String])
    /// The whole log read well.
    case logTotals(entries: Int, files: Int, cards: Int)
    /// The snapshot is of an older schema.
    case snapshotOlderSchema(String)
    /// Cards with progress in no deck.
    case orphans(Int)
    /// The quiz history read well.
    case quizAttempts(path: String, attempts: Int)
    /// A temporary file left by an interrupted write.
    case temporaryFile(String)
    /// A bad line of a log file, with the parser's reason.
    case badLine(path: String, line: Int, reason: LogProblem)
    /// More bad lines than are shown.
    case moreBadLines(path: String, count: Int)
    /// A line written twice.
    case repeatedLine(path: String, line: Int, original: Int)
    /// An incomplete last line of this machine's file.
    case tornOwnLine(path: String, line: Int, reason: TornLineMessage)
    /// An incomplete last line of another machine's file.
    case tornOtherLine(path: String, line: Int, reason: TornLineMessage)
    /// Another machine's damaged file.
    case otherMachinesFile(path: String, device: String?, logFolder: String)
    /// A log file that read well.
    case logFileTotals(path: String, entries: Int, lastSeq: Int, thisMachine: Bool)
    /// The snapshot was made under other settings (or another reason it is stale).
    case snapshotStale(path: String, reason: StaleSnapshotMessage?)
    /// The snapshot does not match a replay.
    case snapshotMismatch(String)
    /// The snapshot matches the log.
    case snapshotMatches(path: String, cards: Int, entriesAfter: Int)
    /// Repaired: config.json replaced by the defaults.
    case configReplaced(path: String, aside: String)
    /// Repaired: the snapshot set aside.
    case snapshotSetAside(path: String, aside: String)
    /// Repaired: a file moved aside.
    case movedAside(path: String, aside: String)
    /// Repaired: the stub written again, the old one kept.
    case stubRewrittenKeeping(log: String, logFolder: String, aside: String)
    /// Repaired: a new log started.
    case startedNewLog(String)
    /// Repaired: a log salvaged.
    case salvaged(path: String, kept: Int, aside: String)
    /// Repaired: the stub written again.
    case stubRewritten(log: String, logFolder: String)
    /// Not repaired: an event id with two contents.
    case conflictNotRepaired(logFolder: String)
    /// Repaired: progress restored from the snapshot.
    case restoredFromSnapshot(path: String, cards: Int, snapshot: String)
    /// Repaired: the old snapshot kept.
    case snapshotKept(path: String, kept: String)
    /// Repaired: the snapshot rebuilt.
    case snapshotRebuilt(path: String, cards: Int)
    /// After repair: the store loads.
    case storeLoads(cards: Int, logFiles: Int)
    /// A device's latest event is dated more than `ClockSkew.tolerance` after this machine's
    /// clock: that device's clock is ahead, or this one's behind (this machine's own: its clock went back).
    case clockAhead(device: String, host: String?, minutes: Int, thisMachine: Bool)
    /// Another machine's device file that the snapshot covered is gone from `log/`.
    case deviceFileMissing(path: String, lines: Int, snapshot: String)

    public var english: String {
        switch self {
        case .error(let error): return error.english
        case .noDataFolder(let folder): return "\(folder): no data folder yet; nothing has been recorded"
        case .nothingToRepair(let folder): return "\(folder): no data folder yet; nothing to repair"
        case .configValid(let path): return "\(path): valid"
        case .configAbsent(let path): return "\(path): absent; the defaults apply"
        case .notAFile(let path):
            return "\(path): is not a file (a folder?); --repair moves it to damaged/ and starts a new log (from the snapshot's states, if there is one)"
        case .stubDamaged(let problem, let logFolder):
            return "\(problem.english.prefix { $0 != ";" }); it only says that the log is in \(logFolder)/, and --repair writes it again (the old one kept in damaged/)"
        case .logMissingWithSnapshot(let log, let snapshot):
            return "\(log): missing, but \(snapshot) has progress; restore the log from a backup if you have one (--repair starts a log from the snapshot's states)"
        case .logMissing(let log): return "\(log): missing; --repair starts a new log"
        case .noAnswersYet(let log): return "\(log): no answers recorded yet"
        case .stubMissing(let log, let logFolder):
            return "\(log): missing; it should say that the log is in \(logFolder)/, so that an older recall does not start a second log (--repair writes it)"
        case .danglingUndos(let log, let count, let ids):
            return "\(log): \(count) undo lines name no review (\(ids.joined(separator: ", "))); they are ignored"
        case .logTotals(let entries, let files, let cards):
            return "the log: \(entries) entries in \(files) files, \(cards) cards with progress"
        case .snapshotOlderSchema(let path): return "\(path): an older schema; it is rebuilt from the log"
        case .orphans(let count):
            return "\(count) cards have progress but are in no deck (orphans); their progress is kept and comes back with them"
        case .quizAttempts(let path, let attempts): return "\(path): \(attempts) quiz attempts"
        case .temporaryFile(let path): return "\(path): a temporary file left by an interrupted write"
        case .badLine(let path, let line, let reason): return "\(path):\(line): \(reason.english)"
        case .moreBadLines(let path, let count): return "\(path): \(count) more bad lines"
        case .repeatedLine(let path, let line, let original):
            return "\(path):\(line): repeats line \(original) byte for byte (one answer written twice); it counts once, and --repair removes the copy"
        case .tornOwnLine(let path, let line, let reason):
            return "\(path):\(line): incomplete last line (\(reason.english)); never acknowledged, it is dropped when recall next writes"
        case .tornOtherLine(let path, let line, let reason):
            return "\(path):\(line): incomplete last line (\(reason.english)); another machine's file, it is left for that machine to finish"
        case .otherMachinesFile(let path, let device, let logFolder):
            return "\(path): another machine's file; repair it on that machine (device \(device ?? "unknown")), or move it out of \(logFolder)/"
        case .logFileTotals(let path, let entries, let lastSeq, let thisMachine):
            return "\(path): \(entries) entries, last seq \(lastSeq)\(thisMachine ? " (this machine)" : "")"
        case .snapshotStale(let path, let reason):
            return "\(path): \(reason?.english ?? "made under other scheduler settings"); it is rebuilt from the log"
        case .snapshotMismatch(let path): return "\(path): does not match a replay of the log; run 'recall doctor --rebuild'"
        case .snapshotMatches(let path, let cards, let entriesAfter):
            return "\(path): matches the log (\(cards) cards, \(entriesAfter) log entries after it)"
        case .configReplaced(let path, let aside): return "\(path): replaced by the defaults; the old file is \(aside)"
        case .snapshotSetAside(let path, let aside): return "\(path): set aside as \(aside)"
        case .movedAside(let path, let aside): return "\(path): moved to \(aside)"
        case .stubRewrittenKeeping(let log, let logFolder, let aside):
            return "\(log): written again, saying that the log is in \(logFolder)/; the old one is \(aside)"
        case .startedNewLog(let path): return "\(path): started a new log"
        case .salvaged(let path, let kept, let aside):
            return "\(path): kept \(kept) valid entries and dropped the rest; the original is \(aside)"
        case .stubRewritten(let log, let logFolder): return "\(log): written again, saying that the log is in \(logFolder)/"
        case .conflictNotRepaired(let logFolder):
            return "an event id with two different contents is not repaired: recall does not choose; keep the right file and move the other out of \(logFolder)/"
        case .restoredFromSnapshot(let path, let cards, let snapshot):
            return "\(path): restored the progress of \(cards) cards from \(snapshot), which knew answers the log has lost (as 'restore' lines)"
        case .snapshotKept(let path, let kept): return "\(path): the old snapshot is kept as \(kept)"
        case .snapshotRebuilt(let path, let cards): return "\(path): rebuilt from the log (\(cards) cards)"
        case .storeLoads(let cards, let logFiles):
            return "the store loads: \(cards) cards with progress, from \(logFiles) log files"
        case .clockAhead(let device, let host, let minutes, let thisMachine):
            let name = "device \(device)" + (host.map { " (\($0))" } ?? "")
            return thisMachine
                ? "\(name), this machine: its own latest event is dated \(minutes) minutes after its clock now; the clock went back, or was ahead when it was written"
                : "\(name): its latest event is dated \(minutes) minutes after this machine's clock; its clock is ahead, or this one is behind"
        case .deviceFileMissing(let path, let lines, let snapshot):
            return "\(path): missing, but \(snapshot) covered \(lines) lines of it; its answers are left out here until the file is back (copy it from that machine)"
        }
    }

    public var korean: String {
        switch self {
        case .error(let error): return error.korean
        case .noDataFolder(let folder): return "\(folder): 데이터 폴더가 아직 없습니다. 기록된 것이 없습니다"
        case .nothingToRepair(let folder): return "\(folder): 데이터 폴더가 아직 없습니다. 복구할 것이 없습니다"
        case .configValid(let path): return "\(path): 올바름"
        case .configAbsent(let path): return "\(path): 없음. 기본값을 씁니다"
        case .notAFile(let path):
            return "\(path): 파일이 아닙니다(폴더?). --repair는 이것을 damaged/로 옮기고 새 기록을 시작합니다 (스냅숏이 있으면 그 상태에서)"
        case .stubDamaged(let problem, let logFolder):
            return "\(Self.stubProblem(problem)). 이 파일은 기록이 \(logFolder)/에 있다는 것만 알리며, --repair가 다시 씁니다 (이전 파일은 damaged/에 보관)"
        case .logMissingWithSnapshot(let log, let snapshot):
            return "\(log): 없습니다. 그런데 \(snapshot)에는 진행 상황이 있습니다. 백업이 있으면 기록을 복원하세요 (--repair는 스냅숏의 상태에서 기록을 시작합니다)"
        case .logMissing(let log): return "\(log): 없습니다. --repair가 새 기록을 시작합니다"
        case .noAnswersYet(let log): return "\(log): 아직 기록된 답이 없습니다"
        case .stubMissing(let log, let logFolder):
            return "\(log): 없습니다. 예전 recall이 두 번째 기록을 시작하지 않도록 기록이 \(logFolder)/에 있다고 알려야 합니다 (--repair가 씁니다)"
        case .danglingUndos(let log, let count, let ids):
            return "\(log): 어떤 복습도 가리키지 않는 취소 줄 \(count)개 (\(ids.joined(separator: ", "))). 무시합니다"
        case .logTotals(let entries, let files, let cards):
            return "기록: 파일 \(files)개에 항목 \(entries)개, 진행 상황이 있는 카드 \(cards)장"
        case .snapshotOlderSchema(let path): return "\(path): 예전 스키마입니다. 기록에서 다시 만듭니다"
        case .orphans(let count):
            return "진행 상황은 있지만 어느 덱에도 없는 카드가 \(count)장 있습니다. 진행 상황은 보관되며 카드가 돌아오면 함께 돌아옵니다"
        case .quizAttempts(let path, let attempts): return "\(path): 퀴즈 기록 \(attempts)회"
        case .temporaryFile(let path): return "\(path): 중단된 쓰기가 남긴 임시 파일"
        case .badLine(let path, let line, let reason): return "\(path):\(line): \(reason.korean)"
        case .moreBadLines(let path, let count): return "\(path): 잘못된 줄 \(count)개 더"
        case .repeatedLine(let path, let line, let original):
            return "\(path):\(line): \(original)번 줄과 바이트까지 같습니다 (답 하나가 두 번 쓰임). 한 번만 세며, --repair가 사본을 지웁니다"
        case .tornOwnLine(let path, let line, let reason):
            return "\(path):\(line): 마지막 줄이 완전하지 않습니다 (\(reason.korean)). 확인된 적 없는 줄이라 recall이 다음에 쓸 때 버립니다"
        case .tornOtherLine(let path, let line, let reason):
            return "\(path):\(line): 마지막 줄이 완전하지 않습니다 (\(reason.korean)). 다른 기기의 파일이라 그 기기가 마치도록 둡니다"
        case .otherMachinesFile(let path, let device, let logFolder):
            return "\(path): 다른 기기의 파일입니다. 그 기기(\(device ?? "알 수 없음"))에서 복구하거나 \(logFolder)/ 밖으로 옮기세요"
        case .logFileTotals(let path, let entries, let lastSeq, let thisMachine):
            return "\(path): 항목 \(entries)개, 마지막 seq \(lastSeq)\(thisMachine ? " (이 기기)" : "")"
        case .snapshotStale(let path, let reason):
            return "\(path): \(reason?.korean ?? "다른 스케줄러 설정으로 만들어졌습니다"). 기록에서 다시 만듭니다"
        case .snapshotMismatch(let path): return "\(path): 기록을 다시 재생한 결과와 맞지 않습니다. 'recall doctor --rebuild'를 실행하세요"
        case .snapshotMatches(let path, let cards, let entriesAfter):
            return "\(path): 기록과 맞습니다 (카드 \(cards)장, 그 뒤 기록 항목 \(entriesAfter)개)"
        case .configReplaced(let path, let aside): return "\(path): 기본값으로 바꿨습니다. 이전 파일은 \(aside)"
        case .snapshotSetAside(let path, let aside): return "\(path): \(KoreanParticle.attach(.direction, to: aside)) 치워 두었습니다"
        case .movedAside(let path, let aside): return "\(path): \(KoreanParticle.attach(.direction, to: aside)) 옮겼습니다"
        case .stubRewrittenKeeping(let log, let logFolder, let aside):
            return "\(log): 기록이 \(logFolder)/에 있다고 다시 썼습니다. 이전 파일은 \(aside)"
        case .startedNewLog(let path): return "\(path): 새 기록을 시작했습니다"
        case .salvaged(let path, let kept, let aside):
            return "\(path): 올바른 항목 \(kept)개를 남기고 나머지는 버렸습니다. 원본은 \(aside)"
        case .stubRewritten(let log, let logFolder): return "\(log): 기록이 \(logFolder)/에 있다고 다시 썼습니다"
        case .conflictNotRepaired(let logFolder):
            return "같은 이벤트 id에 내용이 둘인 것은 복구하지 않습니다. recall은 고르지 않으니 맞는 파일을 남기고 다른 파일은 \(logFolder)/ 밖으로 옮기세요"
        case .restoredFromSnapshot(let path, let cards, let snapshot):
            return "\(path): 기록이 잃은 답을 알던 \(snapshot)에서 카드 \(cards)장의 진행 상황을 되살렸습니다 ('restore' 줄로)"
        case .snapshotKept(let path, let kept): return "\(path): 이전 스냅숏은 \(kept)에 보관합니다"
        case .snapshotRebuilt(let path, let cards): return "\(path): 기록에서 다시 만들었습니다 (카드 \(cards)장)"
        case .storeLoads(let cards, let logFiles):
            return "저장소를 읽을 수 있습니다: 기록 파일 \(logFiles)개에서 진행 상황이 있는 카드 \(cards)장"
        case .clockAhead(let device, let host, let minutes, let thisMachine):
            let name = "기기 \(device)" + (host.map { " (\($0))" } ?? "")
            return thisMachine
                ? "\(name), 이 기기: 자기 마지막 기록이 지금 시계보다 \(minutes)분 뒤의 시각입니다. 시계가 뒤로 갔거나, 기록할 때 앞서 있었습니다"
                : "\(name): 마지막 기록이 이 기기의 시계보다 \(minutes)분 뒤의 시각입니다. 그 기기의 시계가 빠르거나 이 기기의 시계가 느립니다"
        case .deviceFileMissing(let path, let lines, let snapshot):
            return "\(path): 없지만 \(snapshot)에는 이 파일의 \(lines)줄이 담겨 있었습니다. 파일이 돌아올 때까지 이 기기에서는 그 답이 빠집니다 (그 기기에서 복사하세요)"
        }
    }

    /// The stub's problem without the store's advice (the advice that follows is the doctor's):
    /// the place and reason of a damaged stub, or the whole message of another refusal.
    static func stubProblem(_ problem: StoreMessage) -> String {
        if case .damaged(let file, let line, let reason) = problem { return "\(StoreMessage.place(file, line)): \(reason.korean)" }
        return problem.korean
    }

    public static var examples: [DoctorMessage] {
        let log = "data/log/a1b2.jsonl", snap = "data/snapshot.json"
        return [.error(.locked(folder: "data", pid: 7)), .noDataFolder("data"), .nothingToRepair("data"), .configValid("data/config.json"),
                .configAbsent("data/config.json"), .notAFile(log), .stubDamaged(problem: .damaged(file: "data/reviews.jsonl", line: 1, reason: .notReviewLog), logFolder: "log"),
                .logMissingWithSnapshot(log: log, snapshot: snap), .logMissing(log), .noAnswersYet(log),
                .stubMissing(log: "data/reviews.jsonl", logFolder: "log"), .danglingUndos(log: log, count: 1, ids: ["a1b2:3"]),
                .logTotals(entries: 10, files: 1, cards: 4), .snapshotOlderSchema(snap), .orphans(2),
                .quizAttempts(path: "data/quiz-history.jsonl", attempts: 3), .temporaryFile("data/.x.tmp-1"),
                .badLine(path: log, line: 3, reason: .line(.checksumMismatch)), .moreBadLines(path: log, count: 4), .repeatedLine(path: log, line: 5, original: 4),
                .tornOwnLine(path: log, line: 6, reason: .noNewline), .tornOtherLine(path: log, line: 6, reason: .noNewline),
                .otherMachinesFile(path: log, device: "zz99", logFolder: "log"),
                .logFileTotals(path: log, entries: 3, lastSeq: 3, thisMachine: true), .snapshotStale(path: snap, reason: nil),
                .snapshotMismatch(snap), .snapshotMatches(path: snap, cards: 4, entriesAfter: 2),
                .configReplaced(path: "data/config.json", aside: "data/damaged/config.json"),
                .snapshotSetAside(path: snap, aside: "data/damaged/snapshot.json"), .movedAside(path: log, aside: "data/damaged/a.jsonl"),
                .stubRewrittenKeeping(log: "data/reviews.jsonl", logFolder: "log", aside: "data/damaged/reviews.jsonl"),
                .startedNewLog(log), .salvaged(path: log, kept: 3, aside: "data/damaged/a.jsonl"),
                .stubRewritten(log: "data/reviews.jsonl", logFolder: "log"), .conflictNotRepaired(logFolder: "log"),
                .restoredFromSnapshot(path: log, cards: 2, snapshot: snap), .snapshotKept(path: snap, kept: "data/damaged/snapshot.json"),
                .snapshotRebuilt(path: snap, cards: 4), .storeLoads(cards: 4, logFiles: 1),
                .clockAhead(device: "p9wx2hd3tu6e", host: nil, minutes: 63, thisMachine: false),
                .clockAhead(device: "k7f3q2mzab4c", host: "laptop", minutes: 8, thisMachine: true),
                .deviceFileMissing(path: log, lines: 12, snapshot: snap)]
    }
}
