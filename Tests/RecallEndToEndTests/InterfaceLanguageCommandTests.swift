import Foundation
import RecallCore
import RecallTestSupport
import Testing

/// Issue 15 end to end: the language is chosen from `--lang`, the config and the locale; the
/// commands' lines and errors follow it; machine formats (`--json`, exit statuses) do not.
@Suite struct InterfaceLanguageCommandTests {
    /// Two cards, one answered (Good, 4.2 s) at 2026-03-01 09:00 UTC.
    static func answered() throws -> StudyScratch {
        let s = try StudyScratch()
        try s.run(["answer", "nat", "3", "--at", "2026-03-01T09:00:00Z", "--duration", "4200"])
        return s
    }

    // MARK: what the commands print

    @Test func dueListAndLogInKorean() throws {
        let s = try Self.answered()
        defer { s.remove() }
        let due = try s.run(["due", "--at", "2026-03-01T10:00:00Z", "--lang", "ko"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout == """
            덱        새 카드  학습 중  복습
            AWS             2        1     0
            AWS::VPC        2        1     0
            합계            2        1     0

            """)
        let list = try RecallBinary.run(["list", "--lang", "ko"], in: s.url)
        #expect(list.stdout == "덱        카드  파일\nAWS::VPC     3  Decks/vpc.md\n합계         3\n")
        let log = try s.run(["log", "--lang", "ko"])
        #expect(log.stdout == "2026-03-01 09:00:00  #1  nat  좋음  4.2초  fsrs  AWS::VPC\n")
        // English, unchanged.
        #expect(try s.run(["log"]).stdout == "2026-03-01 09:00:00  #1  nat  Good  4.2s  fsrs  AWS::VPC\n")
        #expect(try s.run(["due", "--at", "2026-03-01T10:00:00Z"]).stdout.hasPrefix("DECK      NEW  LEARN  REVIEW\n"))
    }

    @Test func answerShowAndCheckInKorean() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let answer = try s.run(["answer", "nat", "good", "--at", "2026-03-01T09:00:00Z", "--lang", "ko"])
        #expect(answer.stdout == "nat: 좋음, 다음 복습 2026-03-01 09:10:00 (10분 후)\n")
        let show = try s.run(["show", "igw", "--lang", "ko"])
        #expect(show.stdout == """
            카드 id:  igw
            덱:       AWS::VPC
            종류:     기본
            파일:     Decks/vpc.md:8

            질문: IGW?
            정답: B

            진행:       새 카드 (아직 학습하지 않음)

            """)
        let missing = try s.run(["show", "na", "--lang", "ko"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "recall: id가 'na'인 카드가 없습니다\n혹시 이 카드인가요: nat\n")
        let unsuspend = try s.run(["unsuspend", "--all", "--lang", "ko"])
        #expect(unsuspend.stdout == "보류된 카드가 없습니다\n")
        let notSuspended = try s.run(["unsuspend", "nat", "--lang", "ko"])
        #expect(notSuspended.status == 1)
        #expect(notSuspended.stderr == "recall: 'nat' 카드는 보류되어 있지 않습니다\n")
        let nowhere = try RecallBinary.run(["list", "--decks", "nowhere", "--lang", "ko"], in: s.url)
        #expect(nowhere.status == 66)
        #expect(nowhere.stderr == "recall: nowhere: 파일이나 폴더가 없습니다\n")
        let check = try RecallBinary.run(["check", "--lang", "ko"], in: s.url)
        #expect(check.stdout == "덱 1개, 노트 3개에서 카드 3장 (기본 3); 문제 없음\n")
    }

    @Test func usageErrorsAndDidYouMeanInKorean() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let korean = try s.run(["due", "--deck", "aws::vcp", "--lang", "ko"])
        #expect(korean.status == 64)
        #expect(korean.stderr == "recall: 'aws::vcp' 덱이 없습니다 ('AWS::VPC' 덱을 찾으셨나요?). 덱 목록은 'recall list'로 볼 수 있습니다\n")
        let english = try s.run(["due", "--deck", "aws::vcp"])
        #expect(english.status == 64)
        #expect(english.stderr == "recall: no deck named 'aws::vcp' (did you mean 'AWS::VPC'?); 'recall list' lists the decks\n")
        let quiz = try s.run(["quiz", "--deck", "aws", "--types", "choice", "--lang", "ko"])
        #expect(quiz.status == 64)
        #expect(quiz.stderr == "recall: 'aws' 덱에 choice 문제가 없습니다. basic 문제는 있습니다 (--types 사용)\n")
        #expect(try s.run(["quiz", "--deck", "aws", "--types", "choice"]).stderr
                == "recall: no choice questions in deck 'aws'; it has basic questions (use --types)\n")
        let time = try s.run(["due", "--at", "tomorrow", "--lang", "ko"])
        #expect(time.status == 64)
        #expect(time.stderr.hasPrefix("Error: --at은 2026-01-02T09:00:00+00:00 같은 시각이어야 합니다. 받은 값: 'tomorrow'\n"), "\(time.stderr)")
    }

    @Test func doctorReportsInKorean() throws {
        let s = try Self.answered()
        defer { s.remove() }
        let log = s.file(s.deviceLogName)
        let korean = try s.run(["doctor", "--lang", "ko"])
        #expect(korean.status == 0, "\(korean.stderr)")
        #expect(korean.stdout == """
            정상: \(s.data)/config.json: 올바름
            정상: \(log): 항목 1개, 마지막 seq 1 (이 기기)
            정상: 기록: 파일 1개에 항목 1개, 진행 상황이 있는 카드 1장

            """)
        #expect(try s.run(["doctor"]).stdout.hasPrefix("ok: \(s.data)/config.json: valid\nok: \(log): 1 entries, last seq 1 (this machine)\n"))
    }

    @Test func doctorOnADamagedLogNamesTheLineInBothLanguages() throws {
        let s = try Self.answered()
        defer { s.remove() }
        let log = s.file(s.deviceLogName)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data("garbage\n{\"seq\":9}\n".utf8))
        try handle.close()
        let korean = try s.run(["doctor", "--lang", "ko"])
        let english = try s.run(["doctor"])
        #expect(korean.status == 65 && english.status == 65, "\(korean.stdout)\(korean.stderr)")
        #expect(english.stdout.contains("problem: \(log):3: "), "\(english.stdout)")
        #expect(korean.stdout.contains("문제: \(log):3: "), "\(korean.stdout)")
        #expect(english.stderr.hasSuffix("found; run 'recall doctor --repair' to repair (damaged files are kept in damaged/)\n"))
        #expect(korean.stderr.hasSuffix("있습니다. 'recall doctor --repair'로 복구하세요 (손상된 파일은 damaged/에 보관됩니다)\n"), "\(korean.stderr)")
        // Any command that reads the log says where it is damaged, and what to do, in the language.
        let read = try s.run(["log", "--lang", "ko"])
        #expect(read.status == 65)
        #expect(read.stderr.hasPrefix("recall: \(log):3: "), "\(read.stderr)")
        #expect(read.stderr.hasSuffix(". 파일은 그대로 두었습니다 (확인은 'recall doctor', 복구는 'recall doctor --repair')\n"), "\(read.stderr)")
        #expect(try s.run(["log"]).stderr.hasSuffix("; the file was left as it is (run 'recall doctor' to check, 'recall doctor --repair' to repair)\n"))
    }

    @Test func aTornLastLineIsAWarningInKorean() throws {
        let s = try Self.answered()
        defer { s.remove() }
        let log = s.file(s.deviceLogName)
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data("{\"seq\":2,".utf8))
        try handle.close()
        let korean = try s.run(["due", "--lang", "ko"])
        #expect(korean.status == 0)
        #expect(korean.stderr == "recall: \(log):3: 경고: 완전하지 않은 마지막 줄을 무시합니다 (줄 끝에 줄바꿈이 없습니다). "
            + "확인된 적 없는 줄이라 잃은 답은 없습니다\n")
        #expect(try s.run(["due"]).stderr == "recall: \(log):3: warning: ignoring an incomplete last line (it has no newline at the end); "
            + "it was never acknowledged, so no answer is lost\n")
        let writer = try s.run(["answer", "igw", "good", "--lang", "ko"])
        #expect(writer.stderr.hasPrefix("recall: \(log):3: 완전하지 않은 마지막 줄을 잘라 냈습니다 (줄 끝에 줄바꿈이 없습니다). 그 바이트는 "),
                "\(writer.stderr)")
    }

    @Test func quizHistoryInKorean() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        try s.scratch.write("data/quiz-history.jsonl", """
            {"schema":1,"date":"2026-03-01T18:01:35+09:00","deck":"AWS","tags":[],"count":65,"correct":50,"percent":76,"pass":72,"passed":true,"timeLimit":7800,"timeUsed":5423,"timedOut":false,"seed":8361,"types":["choice"],"domains":[{"domain":"security","correct":10,"total":14}]}
            {"schema":1,"date":"2026-03-02T09:10:00+09:00","deck":null,"tags":["security"],"count":20,"correct":12,"percent":60,"pass":72,"passed":false,"timeLimit":1800,"timeUsed":1800,"timedOut":true,"seed":5,"types":["choice"],"domains":[]}

            """)
        let result = try s.run(["quiz", "--history", "--lang", "ko"], environment: ["COLUMNS": "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            #  날짜              덱 또는 태그  문제 수      점수  결과    시간
            1  2026-03-01 18:01  AWS                65  50 (76%)  합격    1시간 30분
            2  2026-03-02 09:10  #security          20  12 (60%)  불합격  30분

            최근 2회, |는 합격선
            03-01 18:01 #########################|#.........  76% 합격
            03-02 09:10 #####################....|..........  60% 불합격

            """)
        // The chart fits in COLUMNS with the wider Korean verdicts.
        for line in result.stdout.split(separator: "\n").suffix(2) { #expect(DisplayWidth.of(line) <= 60, "\(line)") }
    }

    @Test func exportAndImportSummariesInKorean() throws {
        let s = try StudyScratch()
        defer { s.remove() }
        let export = try s.run(["export", "--format", "anki", "-o", "out.txt", "--lang", "ko"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "out.txt에 노트 3개를 썼습니다 (덱 1개의 카드 3장)\n")
        let english = try s.run(["export", "--format", "csv", "-o", "out.csv"])
        #expect(english.stderr == "wrote 3 cards from 1 deck to out.csv\n")
        let imported = try RecallBinary.run(["import", "out.txt", "-o", "AWS.md", "--lang", "ko"], in: s.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == "덱 1개에 노트 3개, 카드 3장을 가져왔습니다 (AWS.md)\n")
        let again = try RecallBinary.run(["import", "out.txt", "-o", "AWS.md", "--lang", "ko"], in: s.url)
        #expect(again.status == 64)
        #expect(again.stderr == "recall: AWS.md 파일이 이미 있습니다. 바꾸려면 --force를 주세요\n")
    }

    // MARK: machine formats do not follow the language

    @Test func jsonIsTheSameInBothLanguages() throws {
        let s = try Self.answered()
        defer { s.remove() }
        try s.scratch.write("data/quiz-history.jsonl", """
            {"schema":1,"date":"2026-03-02T09:10:00+09:00","deck":null,"tags":["security"],"count":20,"correct":12,"percent":60,"pass":72,"passed":false,"timeLimit":1800,"timeUsed":1800,"timedOut":true,"seed":5,"types":["choice"],"domains":[]}

            """)
        for command in [["due", "--json", "--at", "2026-03-01T10:00:00Z"], ["log", "--json"], ["log", "--json", "--questions"],
                        ["quiz", "--history", "--json"]] {
            let english = try s.run(command + ["--lang", "en"])
            let korean = try s.run(command + ["--lang", "ko"])
            #expect(english.status == 0 && korean.status == 0, "\(command): \(english.stderr)\(korean.stderr)")
            #expect(!english.stdout.isEmpty)
            #expect(Data(english.stdout.utf8) == Data(korean.stdout.utf8), "\(command)")
        }
        let csvEnglish = try s.run(["export", "--format", "csv", "--lang", "en"])
        let csvKorean = try s.run(["export", "--format", "csv", "--lang", "ko"])
        #expect(csvEnglish.stdout == csvKorean.stdout && !csvEnglish.stdout.isEmpty)
    }

    // MARK: how the language is chosen

    @Test func theLanguageComesFromTheFlagTheConfigAndTheLocale() throws {
        let s = try Self.answered()
        defer { s.remove() }
        let korean = "2026-03-01 09:00:00  #1  nat  좋음  4.2초  fsrs  AWS::VPC\n"
        let english = "2026-03-01 09:00:00  #1  nat  Good  4.2s  fsrs  AWS::VPC\n"
        #expect(try s.run(["log", "--lang", "ko"]).stdout == korean)
        #expect(try s.run(["--lang=ko", "log"]).stdout == korean)
        #expect(try s.run(["log"], environment: ["LANG": "ko_KR.UTF-8"]).stdout == korean)
        #expect(try s.run(["log"], environment: ["LANG": "ko_KR.UTF-8", "LC_ALL": "C"]).stdout == english)
        #expect(try s.run(["log", "--lang", "en"], environment: ["LANG": "ko_KR.UTF-8"]).stdout == english)

        try s.scratch.write("data/config.json", "{\"language\": \"ko\"}\n")
        #expect(try s.run(["log"], environment: ["LANG": "C.UTF-8"]).stdout == korean)
        #expect(try s.run(["log", "--lang", "en"]).stdout == english)

        let badFlag = try s.run(["log", "--lang", "fr"])
        #expect(badFlag.status == 64)
        #expect(badFlag.stderr == "recall: --lang must be ko or en, got 'fr'\n")
        let badFlagKorean = try s.run(["log", "--lang", "fr"], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(badFlagKorean.status == 64)
        #expect(badFlagKorean.stderr == "recall: --lang은 ko 또는 en이어야 합니다. 받은 값: 'fr'\n")

        try s.scratch.write("data/config.json", "{\"language\": \"fr\"}\n")
        let badConfig = try s.run(["log"])
        #expect(badConfig.status == 65)
        #expect(badConfig.stderr.hasPrefix("recall: \(s.data)/config.json: "), "\(badConfig.stderr)")
        #expect(badConfig.stderr == "recall: \(s.data)/config.json: bad value at language: language must be \"ko\" or \"en\", got \"fr\"\n")
        let badConfigKorean = try s.run(["log"], environment: ["LANG": "ko_KR.UTF-8"])
        #expect(badConfigKorean.status == 65)
        #expect(badConfigKorean.stderr == "recall: \(s.data)/config.json: language는 \"ko\" 또는 \"en\"이어야 합니다. 받은 값: \"fr\"\n")

        try s.scratch.write("data/config.json", "{\"rolloverHour\": 25, \"language\": \"ko\"}\n")
        let badHour = try s.run(["due"])
        #expect(badHour.status == 65)
        #expect(badHour.stderr == "recall: \(s.data)/config.json: rolloverHour는 0에서 23 사이여야 합니다. 받은 값: 25\n",
                "a config that cannot be used still names its language when it can be read")
    }

    /// The schedulers' settings errors, from config.json and from `replay`'s options, in Korean.
    @Test func schedulerSettingsErrorsInKorean() throws {
        let s = try Self.answered()
        defer { s.remove() }
        try s.scratch.write("data/config.json", "{\"learningSteps\": \"1x\"}\n")
        let korean = try s.run(["due", "--lang", "ko"])
        #expect(korean.status == 65)
        #expect(korean.stderr == "recall: \(s.data)/config.json: 스케줄러 설정이 잘못되었습니다: 학습 단계 '1x'가 잘못되었습니다. 0보다 큰 정수 뒤에 s, m, h, d 중 하나를 붙이세요 (예: 1m,10m)\n")
        let english = try s.run(["due"])
        #expect(english.stderr == "recall: \(s.data)/config.json: bad step '1x': expected a whole number above 0 followed by s, m, h or d, e.g. 1m,10m\n")
        let replay = try RecallBinary.run(["replay", "--lang", "ko", "--parameters", "1,2,3"], stdin: "", in: s.url)
        #expect(replay.status == 64)
        #expect(replay.stderr.contains("--parameters: 매개변수는 21개여야 하는데 3개입니다"), "\(replay.stderr)")
    }

    @Test func helpSaysHowTheLanguageIsChosen() throws {
        let help = try RecallBinary.run(["--help"])
        #expect(help.stdout.contains("--lang ko|en on any command"), "\(help.stdout)")
        #expect(help.stdout.contains("LC_ALL, LC_MESSAGES or LANG"))
    }
}
