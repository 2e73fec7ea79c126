/// What `recall sync DIR` says: what it copied each way, why a file was not exchanged, and why
/// DIR cannot be synced with (docs/sync.md).
public enum SyncMessage: Message, Equatable {
    /// After a sync: files and new answers sent to `folder`, and received from it.
    case exchanged(sentFiles: Int, sentAnswers: Int, folder: String, receivedFiles: Int, receivedAnswers: Int)
    /// After `--dry-run`: the same, as what a sync would do.
    case wouldExchange(sentFiles: Int, sentAnswers: Int, folder: String, receivedFiles: Int, receivedAnswers: Int)
    /// Two versions of one file, neither a prefix of the other.
    case diverged(file: String, here: String, there: String)
    /// A folder's own file is shorter than (or missing beside) the other side's version.
    case ownFileBehind(own: String, longer: String)
    /// A version that does not read: the store's message for it.
    case unreadable(file: String, problem: StoreMessage)
    /// DIR does not exist.
    case missingFolder(String)
    /// DIR is a file, not a folder.
    case notAFolder(String)
    /// DIR has neither `log/` nor `reviews.jsonl`.
    case notADataFolder(String)
    /// DIR is the data folder itself.
    case sameFolder(String)

    public var english: String {
        switch self {
        case .exchanged(let sentFiles, let sentAnswers, let folder, let receivedFiles, let receivedAnswers):
            return "sent \(Self.files(sentFiles, sentAnswers)) to \(folder), received \(Self.files(receivedFiles, receivedAnswers))"
        case .wouldExchange(let sentFiles, let sentAnswers, let folder, let receivedFiles, let receivedAnswers):
            return "would send \(Self.files(sentFiles, sentAnswers)) to \(folder), would receive \(Self.files(receivedFiles, receivedAnswers)) (--dry-run: nothing was changed)"
        case .diverged(let file, let here, let there):
            return "\(file): \(here) and \(there) differ, and neither is the other with lines added: one was changed or replaced; "
                + "nothing of it was copied (run 'recall doctor' on both folders, and keep the version that has your answers)"
        case .ownFileBehind(let own, let longer):
            return "\(own) is its folder's own file, but \(longer) has lines it lacks: that folder lost answers its machine wrote; "
                + "nothing of it was copied (sync never writes a folder's own file: restore it from a backup, or copy \(longer) over it while no recall runs)"
        case .unreadable(let file, let problem):
            return "\(file) was not exchanged: \(problem.english)"
        case .missingFolder(let folder):
            return "\(folder): no such folder (sync needs another data folder: make an empty one with 'mkdir -p \(folder)/log')"
        case .notAFolder(let folder):
            return "\(folder) is a file, not a data folder"
        case .notADataFolder(let folder):
            return "\(folder) is not a recall data folder (it has no log/ and no reviews.jsonl); to start one there, run 'mkdir \(folder)/log'"
        case .sameFolder(let folder):
            return "\(folder) is the data folder itself: give another data folder to sync with"
        }
    }

    public var korean: String {
        switch self {
        case .exchanged(let sentFiles, let sentAnswers, let folder, let receivedFiles, let receivedAnswers):
            return "\(folder)에 \(Self.filesKorean(sentFiles, sentAnswers))를 보냈고, \(Self.filesKorean(receivedFiles, receivedAnswers))를 받았습니다"
        case .wouldExchange(let sentFiles, let sentAnswers, let folder, let receivedFiles, let receivedAnswers):
            return "\(folder)에 \(Self.filesKorean(sentFiles, sentAnswers))를 보내고, \(Self.filesKorean(receivedFiles, receivedAnswers))를 받을 것입니다 (--dry-run: 아무것도 바꾸지 않았습니다)"
        case .diverged(let file, let here, let there):
            return "\(file): \(KoreanParticle.attach(.with, to: here)) \(KoreanParticle.attach(.subject, to: there)) 다르고, 어느 쪽도 다른 쪽에 줄을 더한 것이 아닙니다. 한쪽이 바뀌었거나 다른 파일로 바뀌었습니다. "
                + "이 파일은 복사하지 않았습니다 (두 폴더에서 'recall doctor'를 실행하고, 답이 들어 있는 쪽을 남기세요)"
        case .ownFileBehind(let own, let longer):
            return "\(KoreanParticle.attach(.topic, to: own)) 그 폴더 자신의 파일인데, \(longer)에 없는 줄이 있습니다. 그 폴더가 자기 기기에서 쓴 답을 잃었습니다. "
                + "이 파일은 복사하지 않았습니다 (sync는 폴더 자신의 파일을 쓰지 않습니다. 백업에서 되살리거나, recall이 실행 중이지 않을 때 \(KoreanParticle.attach(.object, to: longer)) 그 위에 복사하세요)"
        case .unreadable(let file, let problem):
            return "\(KoreanParticle.attach(.topic, to: file)) 주고받지 않았습니다: \(problem.korean)"
        case .missingFolder(let folder):
            return "\(folder): 그런 폴더가 없습니다 (sync에는 다른 데이터 폴더가 필요합니다. 'mkdir -p \(folder)/log'로 빈 폴더를 만드세요)"
        case .notAFolder(let folder):
            return "\(KoreanParticle.attach(.topic, to: folder)) 파일이지 데이터 폴더가 아닙니다"
        case .notADataFolder(let folder):
            return "\(KoreanParticle.attach(.topic, to: folder)) recall 데이터 폴더가 아닙니다 (log/도 reviews.jsonl도 없습니다). 그곳에 새로 만들려면 'mkdir \(folder)/log'를 실행하세요"
        case .sameFolder(let folder):
            return "\(KoreanParticle.attach(.topic, to: folder)) 데이터 폴더 자신입니다. 주고받을 다른 데이터 폴더를 주세요"
        }
    }

    /// "2 files (14 new answers)", "1 file (1 new answer)".
    static func files(_ files: Int, _ answers: Int) -> String {
        "\(files) \(files == 1 ? "file" : "files") (\(answers) new \(answers == 1 ? "answer" : "answers"))"
    }

    /// "파일 2개(새 답 14개)".
    static func filesKorean(_ files: Int, _ answers: Int) -> String {
        "파일 \(files)개(새 답 \(answers)개)"
    }

    public static let examples: [SyncMessage] = [
        .exchanged(sentFiles: 2, sentAnswers: 14, folder: "/media/usb/recall", receivedFiles: 1, receivedAnswers: 3),
        .wouldExchange(sentFiles: 1, sentAnswers: 1, folder: "/media/usb/recall", receivedFiles: 0, receivedAnswers: 0),
        .diverged(file: "log/k7f3q2mzab4c.jsonl", here: "/home/me/.local/share/recall/log/k7f3q2mzab4c.jsonl",
                  there: "/media/usb/recall/log/k7f3q2mzab4c.jsonl"),
        .ownFileBehind(own: "/home/me/.local/share/recall/log/k7f3q2mzab4c.jsonl", longer: "/media/usb/recall/log/k7f3q2mzab4c.jsonl"),
        .unreadable(file: "log/p9wx2hd3tu6e.jsonl", problem: .fileProblem(file: "/media/usb/recall/log/p9wx2hd3tu6e.jsonl", reason: .notAFolder)),
        .missingFolder("/media/usb/recall"), .notAFolder("/media/usb/recall"), .notADataFolder("/media/usb/recall"),
        .sameFolder("/home/me/.local/share/recall"),
    ]
}
