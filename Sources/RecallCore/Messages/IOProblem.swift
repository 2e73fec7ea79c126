/// Why the system refused to read or write a file of the data folder (`ProgressError.io`), said
/// after its path: `data/log/a.jsonl: cannot open: Permission denied`.
///
/// Why values: the store meets the refusal; the command that prints it knows the language.
/// Every `system` value is `strerror`'s text, the system's words and not ours: it stays as given
/// in both languages.
public indirect enum IOProblem: Message, Hashable, Sendable {
    /// open(2) failed.
    case cannotOpen(system: String)
    /// read(2) failed.
    case cannotRead(system: String)
    /// A file could not be created.
    case cannotCreate(system: String)
    /// write(2) failed.
    case cannotWrite(system: String)
    /// fsync(2) failed.
    case fsyncFailed(system: String)
    /// The log could not be opened to add lines.
    case cannotOpenForAppending(system: String)
    /// fstat(2) failed on an open file.
    case cannotReadSize(system: String)
    /// Appending an answer failed.
    case cannotAppend(system: String)
    /// An answer was written but fsync failed.
    case answerNotDurable(system: String)
    /// A failed append, taken back.
    case answerNotSaved(IOProblem)
    /// A failed append whose taking back failed too.
    case answerMaybeSaved(IOProblem, system: String)
    /// Every write after a failed write that could not be taken back.
    case writesRefused(system: String)
    /// Cutting off a torn last line failed.
    case cannotCutTornLine(system: String)
    /// A folder could not be listed.
    case cannotListFolder(system: String)
    /// The lock file could not be opened.
    case cannotOpenLockFile(system: String)
    /// flock(2) failed for a reason other than another holder.
    case cannotLock(system: String)
    /// Renaming the schema-1 log to keep it failed.
    case cannotKeepSchema1Log(system: String)
    /// `recall doctor --repair` could not rename its repaired log over the log.
    case cannotReplaceWithRepaired(system: String)
    /// A hard link to keep the original in `damaged/` failed.
    case cannotKeepCopy(in: String, system: String)
    /// Moving a file aside failed.
    case cannotMove(to: String, system: String)
    /// stat(2) failed for a reason other than a missing file.
    case cannotLookAt(system: String)
    /// A folder that exists cannot be read.
    case folderCannotBeRead(system: String)
    /// A part of the path is a file.
    case pathThroughFile
    /// A file where a folder belongs.
    case notAFolder
    /// A reading thread was stopped.
    case stopped
    /// A folder of the data folder could not be created.
    case cannotCreateFolder(DataFolderPart, IOProblem)
    /// A part of a path to create is a file (`Notes is a file, not a folder`).
    case partIsFile(String)
    /// mkdir(2) failed on a part of a path.
    case cannotMakeFolder(String, system: String)
    /// The temporary file of an atomic replacement could not be created.
    case cannotCreateTemporary(String, system: String)
    /// write(2) of an atomic replacement failed.
    case writeFailed(system: String)
    /// rename(2) of an atomic replacement failed.
    case renameFailed(system: String)
    /// `config.json` exists but cannot be read.
    case cannotReadFile(ReadFailureMessage)

    /// The folders of the data folder that recall creates, named in `cannotCreateFolder`.
    public enum DataFolderPart: Hashable, Sendable {
        case dataFolder, logFolder, damagedFolder
    }

    public var english: String {
        switch self {
        case .cannotOpen(let system): return "cannot open: \(system)"
        case .cannotRead(let system): return "cannot read: \(system)"
        case .cannotCreate(let system): return "cannot create: \(system)"
        case .cannotWrite(let system): return "cannot write: \(system)"
        case .fsyncFailed(let system): return "fsync failed: \(system)"
        case .cannotOpenForAppending(let system): return "cannot open for appending: \(system)"
        case .cannotReadSize(let system): return "cannot read its size: \(system)"
        case .cannotAppend(let system): return "cannot append: \(system)"
        case .answerNotDurable(let system): return "cannot make the answer durable (fsync failed: \(system))"
        case .answerNotSaved(let failure): return "\(failure.english); the answer was not saved"
        case .answerMaybeSaved(let failure, let system):
            return "\(failure.english), and cutting it off failed too (\(system)); the answer may or may not be saved. Quit and start recall again"
        case .writesRefused(let system):
            return "an earlier write failed and could not be taken back (\(system)), so recall writes nothing more to this log; quit and start recall again"
        case .cannotCutTornLine(let system): return "cannot cut off the torn last line: \(system)"
        case .cannotListFolder(let system): return "cannot list the folder: \(system)"
        case .cannotOpenLockFile(let system): return "cannot open the lock file: \(system)"
        case .cannotLock(let system): return "cannot lock: \(system)"
        case .cannotKeepSchema1Log(let system): return "cannot keep the schema-1 log under this name: \(system)"
        case .cannotReplaceWithRepaired(let system): return "cannot replace it with the repaired log: \(system)"
        case .cannotKeepCopy(let target, let system): return "cannot keep a copy in \(target): \(system)"
        case .cannotMove(let target, let system): return "cannot move it to \(target): \(system)"
        case .cannotLookAt(let system): return "cannot be looked at: \(system)"
        case .folderCannotBeRead(let system): return "cannot be read: \(system)"
        case .pathThroughFile: return "cannot be reached: a part of its path is a file, not a folder"
        case .notAFolder: return "exists but is not a folder"
        case .stopped: return "stopped"
        case .cannotCreateFolder(let part, let problem):
            let name: String
            switch part {
            case .dataFolder: name = "the data folder"
            case .logFolder: name = "the folder of the log's device files"
            case .damagedFolder: name = "the folder for damaged files"
            }
            return "cannot create \(name): \(problem.english)"
        case .partIsFile(let part): return "\(part) is a file, not a folder"
        case .cannotMakeFolder(let part, let system): return "cannot make \(part): \(system)"
        case .cannotCreateTemporary(let temporary, let system): return "cannot create \(temporary): \(system)"
        case .writeFailed(let system): return "write failed: \(system)"
        case .renameFailed(let system): return "rename failed: \(system)"
        case .cannotReadFile(let failure): return "cannot read this file (\(failure.english))"
        }
    }

    public var korean: String {
        switch self {
        case .cannotOpen(let system): return "열 수 없습니다: \(system)"
        case .cannotRead(let system): return "읽을 수 없습니다: \(system)"
        case .cannotCreate(let system): return "만들 수 없습니다: \(system)"
        case .cannotWrite(let system): return "쓸 수 없습니다: \(system)"
        case .fsyncFailed(let system): return "디스크에 확정(fsync)하지 못했습니다: \(system)"
        case .cannotOpenForAppending(let system): return "이어 쓰기 위해 열 수 없습니다: \(system)"
        case .cannotReadSize(let system): return "크기를 알 수 없습니다: \(system)"
        case .cannotAppend(let system): return "이어 쓸 수 없습니다: \(system)"
        case .answerNotDurable(let system): return "답을 디스크에 확정하지 못했습니다 (fsync 실패: \(system))"
        case .answerNotSaved(let failure): return "\(failure.korean). 답은 저장되지 않았습니다"
        case .answerMaybeSaved(let failure, let system):
            return "\(failure.korean). 쓴 부분을 잘라 내는 것도 실패해서(\(system)) 답이 저장되었는지 알 수 없습니다. recall을 끝내고 다시 시작하세요"
        case .writesRefused(let system):
            return "앞서 실패한 쓰기를 되돌리지 못해서(\(system)) 이 기록에는 더 쓰지 않습니다. recall을 끝내고 다시 시작하세요"
        case .cannotCutTornLine(let system): return "잘린 마지막 줄을 잘라 낼 수 없습니다: \(system)"
        case .cannotListFolder(let system): return "폴더의 파일 목록을 읽을 수 없습니다: \(system)"
        case .cannotOpenLockFile(let system): return "잠금 파일을 열 수 없습니다: \(system)"
        case .cannotLock(let system): return "잠글 수 없습니다: \(system)"
        case .cannotKeepSchema1Log(let system): return "스키마 1 기록을 이 이름으로 보관할 수 없습니다: \(system)"
        case .cannotReplaceWithRepaired(let system): return "복구한 기록으로 바꿀 수 없습니다: \(system)"
        case .cannotKeepCopy(let target, let system): return "\(target)에 사본을 보관할 수 없습니다: \(system)"
        case .cannotMove(let target, let system): return "\(KoreanParticle.attach(.direction, to: target)) 옮길 수 없습니다: \(system)"
        case .cannotLookAt(let system): return "확인할 수 없습니다: \(system)"
        case .folderCannotBeRead(let system): return "폴더를 읽을 수 없습니다: \(system)"
        case .pathThroughFile: return "찾아갈 수 없습니다: 경로의 한 부분이 폴더가 아니라 파일입니다"
        case .notAFolder: return "있지만 폴더가 아닙니다"
        case .stopped: return "중단되었습니다"
        case .cannotCreateFolder(let part, let problem):
            let name: String
            switch part {
            case .dataFolder: name = "데이터 폴더"
            case .logFolder: name = "기록의 기기 파일 폴더"
            case .damagedFolder: name = "손상된 파일을 둘 폴더"
            }
            return "\(KoreanParticle.attach(.object, to: name)) 만들 수 없습니다: \(problem.korean)"
        case .partIsFile(let part): return "\(part) 자리에 폴더가 아니라 파일이 있습니다"
        case .cannotMakeFolder(let part, let system): return "\(part) 폴더를 만들 수 없습니다: \(system)"
        case .cannotCreateTemporary(let temporary, let system): return "\(temporary) 파일을 만들 수 없습니다: \(system)"
        case .writeFailed(let system): return "쓰지 못했습니다: \(system)"
        case .renameFailed(let system): return "이름을 바꾸지 못했습니다: \(system)"
        case .cannotReadFile(let failure): return "이 파일을 읽을 수 없습니다 (\(failure.korean))"
        }
    }

    public static var examples: [IOProblem] {
        let denied = "Permission denied"
        return [.cannotOpen(system: denied), .cannotRead(system: denied), .cannotCreate(system: denied), .cannotWrite(system: denied),
                .fsyncFailed(system: denied), .cannotOpenForAppending(system: denied), .cannotReadSize(system: denied),
                .cannotAppend(system: "No space left on device"), .answerNotDurable(system: denied),
                .answerNotSaved(.cannotAppend(system: "No space left on device")),
                .answerMaybeSaved(.cannotAppend(system: "No space left on device"), system: denied), .writesRefused(system: denied),
                .cannotCutTornLine(system: denied), .cannotListFolder(system: denied), .cannotOpenLockFile(system: denied),
                .cannotLock(system: denied), .cannotKeepSchema1Log(system: denied), .cannotReplaceWithRepaired(system: denied),
                .cannotKeepCopy(in: "data/damaged/a.jsonl", system: denied), .cannotMove(to: "data/damaged/a.jsonl", system: denied),
                .cannotLookAt(system: denied), .folderCannotBeRead(system: denied), .pathThroughFile, .notAFolder, .stopped,
                .cannotCreateFolder(.dataFolder, .partIsFile("home")), .cannotCreateFolder(.logFolder, .cannotMakeFolder("data/log", system: denied)),
                .cannotCreateFolder(.damagedFolder, .partIsFile("data/damaged")), .partIsFile("Notes"),
                .cannotMakeFolder("data", system: denied), .cannotCreateTemporary("data/.snapshot.json.tmp-1", system: denied),
                .writeFailed(system: denied), .renameFailed(system: denied), .cannotReadFile(.system(denied))]
    }
}
