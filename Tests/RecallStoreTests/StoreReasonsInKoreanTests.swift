import Foundation
import Testing
@testable import RecallCore
@testable import RecallStore
import RecallTestSupport

/// The store's reasons as a learner reads them under `--lang ko`: the error a real damaged or
/// unreadable file gives, said in Korean whole (the file, the line, the reason and the advice),
/// and in English as before.
@Suite struct StoreReasonsInKoreanTests {
    static let advice = "파일은 그대로 두었습니다 (확인은 'recall doctor', 복구는 'recall doctor --repair')"

    func log(_ folder: TempFolder, lines: [String]) throws -> String {
        let path = folder.file(ReviewLog.fileName)
        try ReviewLog.create(path, header: ReviewLog.headerLine(device: "testdev1", created: TestClock.base))
        let appender = try LogAppender(path: path)
        for (k, _) in lines.enumerated() {
            try appender.append(LogEntry(seq: k + 1, time: TestClock.base + .minutes(Int64(k)),
                                         event: .suspend(card: "c\(k)")).line)
        }
        for line in lines where !line.isEmpty { try folder.append(ReviewLog.fileName, line) }
        return path
    }

    func error(_ body: () throws(ProgressError) -> Void) -> ProgressError? {
        do throws(ProgressError) {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func aLineThatIsNotJSON() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try log(folder, lines: [""])
        try folder.append(ReviewLog.fileName, "not json\n")
        try folder.append(ReviewLog.fileName, String(decoding: LogEntry(seq: 9, time: TestClock.base, event: .suspend(card: "x")).line, as: UTF8.self))
        let found = error { () throws(ProgressError) in _ = try ReviewLog.readAll(path) }
        #expect(found?.message.korean == "\(path):3: JSON 객체('{')가 와야 합니다. \(Self.advice)")
        #expect(found?.description == "\(path):3: expected a JSON object ('{'); the file was left as it is (run 'recall doctor' to check, 'recall doctor --repair' to repair)")
    }

    @Test func seqOutOfOrder() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try log(folder, lines: ["", ""])
        try LogAppender(path: path).append(LogEntry(seq: 2, time: TestClock.base, event: .suspend(card: "x")).line)
        let found = error { () throws(ProgressError) in _ = try ReviewLog.readAll(path) }
        #expect(found?.message.korean == "\(path):4: seq 2는 2보다 커야 합니다. 줄의 순서가 바뀌었거나 같은 줄이 반복되었습니다. \(Self.advice)")
    }

    @Test func aMissingLogWithASnapshot() {
        let error = ProgressError.damaged(file: "data/log/a.jsonl", line: nil, reason: .logMissing(snapshot: "data/snapshot.json"))
        #expect(error.message.korean == "data/log/a.jsonl: 복습 기록이 없지만 data/snapshot.json에는 진행 상황이 있습니다. 백업에서 기록을 복원하거나, "
            + "'recall doctor --repair'로 스냅숏의 상태에서 새 기록을 시작하세요. \(Self.advice)")
        #expect(error.description == "data/log/a.jsonl: the review log is missing, but data/snapshot.json has progress; restore the log from a backup, "
            + "or run 'recall doctor --repair' to start a log from the snapshot's states; the file was left as it is (run 'recall doctor' to check, 'recall doctor --repair' to repair)")
    }

    /// The system's words (strerror) stay as the system gives them, inside a Korean sentence.
    @Test func anUnreadableFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.file("absent.jsonl")
        let found = error { () throws(ProgressError) in _ = try ReadableFile(path) }
        #expect(found?.message.korean == "\(path): 열 수 없습니다: No such file or directory")
        #expect(found?.description == "\(path): cannot open: No such file or directory")
    }

    @Test func aDataFolderThroughAFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try folder.write("home", "a file")
        let found = error { () throws(ProgressError) in try DataFolder.create(folder.file("home/data")) }
        #expect(found?.message.korean == "\(folder.file("home/data")): 데이터 폴더를 만들 수 없습니다: \(folder.file("home")) 자리에 폴더가 아니라 파일이 있습니다")
        #expect(found?.description == "\(folder.file("home/data")): cannot create the data folder: \(folder.file("home")) is a file, not a folder")
    }

    @Test func aHistoryLineThatIsNotAnAttempt() throws {
        let line = #"{"schema":1,"date":"2026-03-01T09:00:00Z","deck":null,"tags":[],"count":1,"correct":0,"percent":0,"pass":72,"passed":false,"timeLimit":60,"timeUsed":1,"timedOut":false,"seed":1,"types":["essay"],"domains":[]}"#
        do throws(QuizHistoryError) {
            _ = try QuizHistory.parse(Array(("not json\n" + line + "\n").utf8), file: "data/quiz-history.jsonl")
            Issue.record("should be refused")
        } catch {
            #expect(error.message.korean == "data/quiz-history.jsonl:1: JSON 객체가 아닙니다. 파일은 그대로 두었습니다 (그 줄을 고치거나 지우세요)")
        }
        guard case .failure(let problem) = QuizHistoryEntry.parse(Array(line.utf8)[...]) else {
            Issue.record("should be refused")
            return
        }
        #expect(problem.korean == "알 수 없는 문제 유형 'essay'입니다")
        #expect(problem.english == "unknown question type 'essay'")
    }
}
