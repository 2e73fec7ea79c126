/// What a quiz was asked to draw from, in a message about it: the decks, one deck, some tags.
public struct QuizScope: Hashable, Sendable {
    public var deck: String?
    public var tags: [String]

    public init(deck: String?, tags: [String]) {
        self.deck = deck
        self.tags = tags
    }

    /// `the decks`, `deck 'AWS'`, `cards tagged 'net' or 'vpc'`, `deck 'AWS' tagged 'net'`.
    public var english: String {
        let tagged = tags.map { "'\($0)'" }.joined(separator: " or ")
        switch (deck, tags.isEmpty) {
        case (nil, true): return "the decks"
        case (let deck?, true): return "deck '\(deck)'"
        case (nil, false): return "cards tagged \(tagged)"
        case (let deck?, false): return "deck '\(deck)' tagged \(tagged)"
        }
    }

    /// `덱`, `'AWS' 덱`, `'net' 또는 'vpc' 태그가 붙은 카드`, `'AWS' 덱의 'net' 태그가 붙은 카드`.
    public var korean: String {
        let tagged = tags.map { "'\($0)'" }.joined(separator: " 또는 ") + " 태그가 붙은 카드"
        switch (deck, tags.isEmpty) {
        case (nil, true): return "덱"
        case (let deck?, true): return "'\(deck)' 덱"
        case (nil, false): return tagged
        case (let deck?, false): return "'\(deck)' 덱의 \(tagged)"
        }
    }
}

/// The command line's mistakes: what ArgumentParser prints after `Error:` (exit status 64), and
/// a `--deck` or `--tag` that names nothing, with its "did you mean".
///
/// Why here: every command checks the same options (`--at`, `--deck`, `--tag`), and the same
/// mistake must read the same in both languages wherever it is made.
public enum UsageMessage: Message, Equatable {
    /// `--at` (due, answer, quiz) that is not an ISO 8601 time.
    case badTime(String)
    /// `answer ID RATING` with a rating that is no grade.
    case badRating(String)
    /// `unsuspend` with neither ids nor `--all`.
    case noCardIDs
    /// `log --since` that is neither a date nor a time.
    case badSince(String)
    /// `quiz --json` without `--history`.
    case jsonNeedsHistory
    /// `quiz --history` with an option of a new quiz.
    case historyTakesNo(option: String)
    /// `export --answers` without `--format txt`.
    case answersNeedTxt
    /// `export --excel` without `--format csv`.
    case excelNeedsCSV
    /// `review --new-limit` / `--review-limit` below zero.
    case negativeLimit(option: String, value: Int)
    /// An option that only works with another (`review --limit` without `--cram`).
    case needsOption(option: String, needs: String)
    /// `replay --parameters` / `--desired-retention` with another scheduler.
    case fsrsOnly(option: String)
    /// `replay --parameters` with a weight that is not a number.
    case parameterNotNumber(index: Int, text: String)
    /// `--deck` or `--tag` naming nothing in the decks, with the nearest real name.
    case selection(SelectionError)
    /// A quiz option out of range (`--count`, `--pass`, `--seed`, `--types`, `--time`).
    case quiz(QuizError)
    /// A quiz whose decks and tags have no question of the types asked, and the types they have.
    case noQuestions(QuizScope, types: [QuizQuestionType], otherTypes: [QuizQuestionType])

    public var english: String {
        switch self {
        case .badTime(let text): return "--at must be a time like 2026-01-02T09:00:00+00:00, got '\(text)'"
        case .badRating(let text): return "rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy), got '\(text)'"
        case .noCardIDs: return "give card ids, or --all"
        case .badSince(let text): return "--since must be a date (2026-01-02) or a time (2026-01-02T09:00:00+00:00), got '\(text)'"
        case .jsonNeedsHistory: return "--json goes with --history"
        case .historyTakesNo(let option):
            return "--history prints past attempts and takes no \(option); use it with --json and --data-dir only"
        case .answersNeedTxt: return "--answers goes with --format txt"
        case .excelNeedsCSV: return "--excel goes with --format csv"
        case .negativeLimit(let option, let value): return "\(option) must be 0 or more, got \(value)"
        case .needsOption(let option, let needs): return "\(option) works only with \(needs)"
        case .fsrsOnly(let option): return "\(option) applies to --scheduler fsrs only"
        case .parameterNotNumber(let index, let text): return "--parameters: w\(index) is not a number: '\(text)'"
        case .selection(let error):
            switch error {
            case .unknownDeck(let name, let suggestion):
                return "no deck named '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; 'recall list' lists the decks"
            case .unknownTag(let tag, let suggestion):
                return "no card has the tag '\(tag)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            }
        case .quiz(let error): return error.description
        case .noQuestions(let scope, let types, let otherTypes):
            return QuizError.noQuestions(scope: scope.english, types: types, otherTypes: otherTypes).description
        }
    }

    public var korean: String {
        switch self {
        case .badTime(let text): return "--at은 2026-01-02T09:00:00+00:00 같은 시각이어야 합니다. 받은 값: '\(text)'"
        case .badRating(let text): return "평가는 1(다시), 2(어려움), 3(좋음), 4(쉬움) 중 하나여야 합니다. 받은 값: '\(text)'"
        case .noCardIDs: return "카드 id를 주거나 --all을 쓰세요"
        case .badSince(let text):
            return "--since는 날짜(2026-01-02)나 시각(2026-01-02T09:00:00+00:00)이어야 합니다. 받은 값: '\(text)'"
        case .jsonNeedsHistory: return "--json은 --history와 함께 씁니다"
        case .historyTakesNo(let option):
            return "--history는 지난 퀴즈 기록을 보여 주며 \(option) 옵션은 받지 않습니다. --json, --data-dir과만 함께 쓰세요"
        case .answersNeedTxt: return "--answers는 --format txt와 함께 씁니다"
        case .excelNeedsCSV: return "--excel은 --format csv와 함께 씁니다"
        case .negativeLimit(let option, let value): return "\(option) 옵션은 0 이상이어야 합니다. 받은 값: \(value)"
        case .needsOption(let option, let needs): return "\(option) 옵션은 \(needs) 옵션과 함께만 쓸 수 있습니다"
        case .fsrsOnly(let option): return "\(option) 옵션은 --scheduler fsrs에만 쓸 수 있습니다"
        case .parameterNotNumber(let index, let text): return "--parameters: w\(index) 값이 숫자가 아닙니다: '\(text)'"
        case .selection(let error):
            switch error {
            case .unknownDeck(let name, let suggestion):
                return "'\(name)' 덱이 없습니다" + (suggestion.map { " ('\($0)' 덱을 찾으셨나요?)" } ?? "") + ". 덱 목록은 'recall list'로 볼 수 있습니다"
            case .unknownTag(let tag, let suggestion):
                return "'\(tag)' 태그가 붙은 카드가 없습니다" + (suggestion.map { " ('\($0)' 태그를 찾으셨나요?)" } ?? "")
            }
        case .quiz(let error): return Self.korean(error)
        case .noQuestions(let scope, let types, let otherTypes): return Self.noQuestions(in: scope.korean, types, otherTypes)
        }
    }

    /// A quiz option's mistake in Korean; the question types keep their option names (`choice`, `typein`).
    static func korean(_ error: QuizError) -> String {
        switch error {
        case .unknownName(let selection): return UsageMessage.selection(selection).korean
        case .noQuestions(let scope, let types, let otherTypes):
            // The scope is English text here; the quiz command says it with `UsageMessage.noQuestions`.
            return noQuestions(in: scope, types, otherTypes)
        case .tooFewQuestions(let available, let requested):
            return "조건에 맞는 문제가 \(available)개뿐이라 \(requested)개를 낼 수 없습니다. --count를 \(available) 이하로 주세요"
        case .unknownType(let name):
            let known = QuizQuestionType.allCases.map(\.rawValue).joined(separator: ", ")
            return name.isEmpty ? "--types에 빈 이름이 있습니다. \(known) 중에서 쉼표로 구분해 쓰세요"
                : "\(KoreanParticle.attach(.topic, to: "'\(name)'")) 알 수 없는 문제 유형입니다. \(known) 중에서 쉼표로 구분해 쓰세요"
        case .noTypes: return "--types에 문제 유형이 없습니다. choice, basic, cloze, typein 중에서 쓰세요"
        case .badCount(let count): return "--count는 1 이상이어야 합니다. 받은 값: \(count)"
        case .badPassPercent(let percent): return "--pass는 1에서 100 사이의 백분율입니다. 받은 값: \(percent)"
        case .badSeed(let text): return "--seed는 0에서 \(QuizRandom.seedLimit - 1) 사이의 정수여야 합니다. 받은 값: '\(text)'"
        case .badDuration(let error):
            return "--time: 잘못된 시간 '\(error.text)': \(error.problem.korean). 90s, 20m, 2h, 1h30m처럼 쓰세요 (숫자만 쓰면 분입니다)"
        }
    }

    /// `'AWS' 덱에 typein 문제가 없습니다. choice 문제는 있습니다 (--types 사용)`.
    static func noQuestions(in scope: String, _ types: [QuizQuestionType], _ otherTypes: [QuizQuestionType]) -> String {
        var text = "\(scope)에 \(types.map(\.rawValue).joined(separator: ",")) 문제가 없습니다"
        if !otherTypes.isEmpty { text += ". \(otherTypes.map(\.rawValue).joined(separator: ",")) 문제는 있습니다 (--types 사용)" }
        return text
    }

    public static var examples: [UsageMessage] {
        [.badTime("tomorrow"), .badRating("5"), .noCardIDs, .badSince("yesterday"), .jsonNeedsHistory,
         .historyTakesNo(option: "--count"), .answersNeedTxt, .excelNeedsCSV, .negativeLimit(option: "--new-limit", value: -1), .needsOption(option: "--limit", needs: "--cram"),
         .fsrsOnly(option: "--parameters"), .parameterNotNumber(index: 3, text: "x"),
         .selection(.unknownDeck("VCP", suggestion: "AWS::VPC")), .selection(.unknownTag("secruity", suggestion: nil)),
         .quiz(.badCount(0)), .quiz(.tooFewQuestions(available: 3, requested: 10)),
         .noQuestions(QuizScope(deck: "AWS", tags: ["net"]), types: [.typein], otherTypes: [.choice])]
    }
}
