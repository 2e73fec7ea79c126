import Foundation
import RecallCore
import RecallTestSupport
import Testing

/// Issue 15's last gap, end to end: a damaged data folder is reported whole in the language,
/// the store's reason included, with the same file, line and exit status in both.
@Suite struct StoreReasonCommandTests {
    /// One answer (Good) recorded, then its rating flipped from 3 to 1 on disk: the line's
    /// checksum no longer matches.
    static func flippedDigit() throws -> StudyScratch {
        let s = try StudyScratch()
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z"])
        let path = s.file(s.deviceLogName)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let text = String(decoding: bytes, as: UTF8.self)
        let at = text.utf8.distance(from: text.startIndex, to: text.range(of: "\"rating\":3")!.upperBound) - 1
        bytes[at] = UInt8(ascii: "1")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return s
    }

    @Test func aFlippedDigitIsReportedInKoreanWhole() throws {
        let s = try Self.flippedDigit()
        defer { s.remove() }
        let place = "\(s.file(s.deviceLogName)):2"
        let korean = try s.run(["due", "--at", "2026-03-01T10:00:00Z", "--lang", "ko"])
        #expect(korean.stderr == "recall: \(place): 체크섬이 내용과 맞지 않습니다 (기록된 뒤에 줄이 바뀌었습니다). "
            + "파일은 그대로 두었습니다 (확인은 'recall doctor', 복구는 'recall doctor --repair')\n")
        let english = try s.run(["due", "--at", "2026-03-01T10:00:00Z", "--lang", "en"])
        #expect(english.stderr == "recall: \(place): its checksum does not match its content (the line was changed after it was written); "
            + "the file was left as it is (run 'recall doctor' to check, 'recall doctor --repair' to repair)\n")
        #expect(korean.status == english.status && korean.status != 0)
        #expect(korean.stdout.isEmpty && english.stdout.isEmpty)
    }

    @Test func recallDoctorListsTheChangedLineInKorean() throws {
        let s = try Self.flippedDigit()
        defer { s.remove() }
        let doctor = try s.run(["doctor", "--lang", "ko"])
        #expect(doctor.stdout.contains("\(s.file(s.deviceLogName)):2: 체크섬이 내용과 맞지 않습니다 (기록된 뒤에 줄이 바뀌었습니다)\n"), "\(doctor.stdout)")
        let english = try s.run(["doctor"])
        #expect(english.stdout.contains("\(s.file(s.deviceLogName)):2: its checksum does not match its content (the line was changed after it was written)\n"))
        #expect(doctor.status == english.status)
    }

    @Test func aLineOfTheQuizHistoryThatIsNoAttemptIsSaidInKorean() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try FileManager.default.createDirectory(atPath: s.data, withIntermediateDirectories: true)
        try Data("this is not json\n".utf8).write(to: URL(fileURLWithPath: s.file("quiz-history.jsonl")))
        let korean = try s.run(["quiz", "--history", "--lang", "ko"])
        #expect(korean.stderr == "recall: \(s.file("quiz-history.jsonl")):1: JSON 객체가 아닙니다. 파일은 그대로 두었습니다 (그 줄을 고치거나 지우세요)\n")
        let english = try s.run(["quiz", "--history"])
        #expect(english.stderr == "recall: \(s.file("quiz-history.jsonl")):1: not a JSON object; the file was left as it is (fix or delete that line)\n")
        #expect(korean.status == english.status && korean.status != 0)
    }

    /// `recall replay`'s line errors: the place as before, the reason in the language; py-fsrs's
    /// field names stay as they are. The output (py-fsrs's JSON lines) is the same bytes.
    @Test func replaysLineErrorsInKorean() throws {
        let input = """
            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}
            {"card_id": 1, "rating": 7, "review_datetime": "2024-01-01T09:10:00+00:00"}

            """
        let korean = try RecallBinary.run(["replay", "-", "--lang", "ko"], stdin: input)
        #expect(korean.stderr == "<stdin>:2:26: rating 값은 1(Again), 2(Hard), 3(Good), 4(Easy) 중 하나여야 합니다. 받은 값: 7\n")
        let english = try RecallBinary.run(["replay", "-", "--lang", "en"], stdin: input)
        #expect(english.stderr == "<stdin>:2:26: rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got 7\n")
        #expect(korean.status == 65 && english.status == 65)
        #expect(korean.stdout == english.stdout && !korean.stdout.isEmpty)
        let naive = try RecallBinary.run(["replay", "-", "--lang", "ko"],
                                         stdin: #"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00"}"# + "\n")
        #expect(naive.stderr.hasSuffix(": review_datetime이 잘못되었습니다: UTC 오프셋(예: +00:00 또는 Z)이 없습니다. py-fsrs에는 시간대가 있는 시각이 필요합니다\n"), "\(naive.stderr)")
    }
}
