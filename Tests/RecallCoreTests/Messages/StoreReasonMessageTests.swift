import Testing
@testable import RecallCore

/// The reasons of the store's errors (`LogProblem`, `SnapshotProblem`, `IOProblem`,
/// `LineProblem`, `QuizHistoryProblem`): their English is the text the errors had as strings,
/// byte for byte (the tests that build the errors from values rely on it), and their Korean
/// reads whole after the file and line.
@Suite struct StoreReasonMessageTests {
    @Test func theEnglishIsTheTextTheErrorsHad() {
        let said: [(any Message, String)] = [
            (LogProblem.line(.checksumMismatch), "its checksum does not match its content (the line was changed after it was written)"),
            (LogProblem.line(.expectedObject), "expected a JSON object ('{')"),
            (LogProblem.seqOutOfOrder(seq: 2, after: 2), "seq 2 does not come after 2; lines are out of order or repeated"),
            (LogProblem.emptyLog, "the file is empty; a review log starts with a header line"),
            (LogProblem.headerIncomplete, "the header line is incomplete (the file is truncated)"),
            (LogProblem.notReviewLog, "not a recall review log: the header has no \"recall\":\"review-log\""),
            (LogProblem.conflictingEvent(id: "aaaa1111:1", alsoIn: "f1"),
             "event aaaa1111:1 is also in f1 with different content; recall does not choose between them: keep the right file and set the other aside"),
            (LogProblem.headerNotJSON(.expectedKey, byte: 2), "not a recall review log: the first line is not JSON (expected a key in double quotes at byte 2)"),
            (SnapshotProblem.cardRowState, "bad card row: bad state"),
            (IOProblem.answerNotSaved(.cannotAppend(system: "No space left on device")), "cannot append: No space left on device; the answer was not saved"),
            (IOProblem.cannotCreateFolder(.damagedFolder, .partIsFile("data")), "cannot create the folder for damaged files: data is a file, not a folder"),
            (QuizHistoryProblem.notJSONObject, "not a JSON object"),
        ]
        for (message, english) in said { #expect(message.english == english) }
    }

    @Test func theKoreanOfAChangedLineAndAnOutOfOrderOne() {
        let changed = ProgressError.damaged(file: "data/log/a.jsonl", line: 4, reason: .line(.checksumMismatch))
        #expect(changed.message.korean == "data/log/a.jsonl:4: 체크섬이 내용과 맞지 않습니다 (기록된 뒤에 줄이 바뀌었습니다). "
            + "파일은 그대로 두었습니다 (확인은 'recall doctor', 복구는 'recall doctor --repair')")
        #expect(LogProblem.seqOutOfOrder(seq: 7, after: 9).korean == "seq 7은 9보다 커야 합니다. 줄의 순서가 바뀌었거나 같은 줄이 반복되었습니다")
        #expect(LogProblem.line(.needs(type: "review", key: "rating")).korean == "review 줄에는 \"rating\" 필드가 있어야 합니다")
        #expect(LineProblem.mustBeWhole(key: "seq").korean == "\"seq\" 값은 정수여야 합니다")
        #expect(LineProblem.mustBeString(key: "card").korean == "\"card\" 값은 문자열이어야 합니다")
    }

    @Test func theSystemsWordsStayAsTheSystemGivesThem() {
        let error = ProgressError.io(file: "data/log/a.jsonl", reason: .answerNotSaved(.cannotAppend(system: "No space left on device")))
        #expect(error.message.korean == "data/log/a.jsonl: 이어 쓸 수 없습니다: No space left on device. 답은 저장되지 않았습니다")
        #expect(IOProblem.cannotMove(to: "data/damaged/a.jsonl.1", system: "Permission denied").korean
            == "data/damaged/a.jsonl.1로 옮길 수 없습니다: Permission denied")
    }

    @Test func theSnapshotsReasons() {
        let error = ProgressError.damaged(file: "data/snapshot.json", line: 5, reason: .snapshot(.cardRowIndex))
        #expect(error.message.korean.hasPrefix("data/snapshot.json:5: 카드 행이 잘못되었습니다: 덱이나 파일 번호가 잘못되었습니다. 파일은 그대로"))
        #expect(error.description.hasPrefix("data/snapshot.json:5: bad card row: bad deck or file index; the file was left"))
    }
}
