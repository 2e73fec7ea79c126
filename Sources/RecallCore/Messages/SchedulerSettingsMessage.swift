/// What is wrong with the schedulers' settings (`config.json`, `recall replay`'s options):
/// `SchedulerSettingsError`, `FSRSParameterError` and `StepParseError` said in each language.
public enum SchedulerSettingsMessage: Message, Equatable {
    /// `desiredRetention` outside (0, 1).
    case desiredRetention(Double)
    /// `maximumInterval` outside 1 to the interval limit.
    case maximumInterval(Int)
    /// Custom FSRS parameters py-fsrs would refuse, after "bad FSRS parameters".
    case badParameters(FSRSParameterError)
    /// The same problems alone (`replay --parameters`).
    case parameters(FSRSParameterError)
    /// A learning or relearning step that is not a whole number and a unit.
    case steps(StepParseError)
    /// An SM-2 setting out of Anki's range.
    case sm2(SM2SettingProblem)

    public var english: String {
        switch self {
        case .desiredRetention(let value): return "desired retention must be above 0 and below 1, got \(value)"
        case .maximumInterval(let value): return "maximum interval must be 1 to \(CardSchedule.intervalLimit) days, got \(value)"
        case .badParameters(let error): return "bad FSRS parameters: " + Self.parameters(error).english
        case .parameters(let error):
            let problems = error.issues.map { Self.issueText($0, .en) }
            return problems.count == 1 ? problems[0] : "\(problems.count) parameters are out of bounds: " + problems.joined(separator: "; ")
        case .steps(let error):
            return "bad step '\(error.step)': expected a whole number above 0 followed by s, m, h or d, e.g. 1m,10m"
        case .sm2(let problem):
            let days = "1 to \(CardSchedule.intervalLimit) days"
            switch problem {
            case .minimumEase: return "SM-2 minimum ease must be at least 1"
            case .startingEaseBelowMinimum: return "SM-2 starting ease must be at least the minimum ease"
            case .startingEaseAbove: return "SM-2 starting ease must be at most \(SM2Settings.easeLimit)"
            case .hardMultiplier: return "SM-2 hard multiplier must be above 0"
            case .easyBonus: return "SM-2 easy bonus must be at least 1"
            case .intervalModifier: return "SM-2 interval modifier must be above 0"
            case .lapseMultiplier: return "SM-2 lapse multiplier must be 0 to 1"
            case .minimumInterval: return "SM-2 minimum interval must be \(days)"
            case .graduatingInterval: return "SM-2 graduating interval must be \(days)"
            case .easyInterval: return "SM-2 easy interval must be \(days)"
            case .leechThreshold: return "SM-2 leech threshold must be at least 1"
            }
        }
    }

    public var korean: String {
        switch self {
        case .desiredRetention(let value): return "목표 기억률(desiredRetention)은 0보다 크고 1보다 작아야 합니다. 받은 값: \(value)"
        case .maximumInterval(let value):
            return "최대 간격(maximumInterval)은 1일에서 \(CardSchedule.intervalLimit)일 사이여야 합니다. 받은 값: \(value)"
        case .badParameters(let error): return "FSRS 매개변수가 잘못되었습니다: " + Self.parameters(error).korean
        case .parameters(let error):
            let problems = error.issues.map { Self.issueText($0, .ko) }
            return problems.count == 1 ? problems[0] : "매개변수 \(problems.count)개가 허용 범위 밖입니다: " + problems.joined(separator: "; ")
        case .steps(let error):
            return "학습 단계 \(KoreanParticle.attach(.subject, to: "'\(error.step)'")) 잘못되었습니다. 0보다 큰 정수 뒤에 s, m, h, d 중 하나를 붙이세요 (예: 1m,10m)"
        case .sm2(let problem):
            let days = "1일에서 \(CardSchedule.intervalLimit)일 사이여야 합니다"
            switch problem {
            case .minimumEase: return "SM-2 최소 용이도는 1 이상이어야 합니다"
            case .startingEaseBelowMinimum: return "SM-2 시작 용이도는 최소 용이도 이상이어야 합니다"
            case .startingEaseAbove: return "SM-2 시작 용이도는 \(SM2Settings.easeLimit) 이하여야 합니다"
            case .hardMultiplier: return "SM-2 어려움 배수는 0보다 커야 합니다"
            case .easyBonus: return "SM-2 쉬움 보너스는 1 이상이어야 합니다"
            case .intervalModifier: return "SM-2 간격 조정값은 0보다 커야 합니다"
            case .lapseMultiplier: return "SM-2 잊음 배수는 0에서 1 사이여야 합니다"
            case .minimumInterval: return "SM-2 최소 간격은 \(days)"
            case .graduatingInterval: return "SM-2 졸업 간격은 \(days)"
            case .easyInterval: return "SM-2 쉬움 간격은 \(days)"
            case .leechThreshold: return "SM-2 거머리 기준은 1 이상이어야 합니다"
            }
        }
    }

    /// One problem of the FSRS parameters: `w7 = 0.8 is out of bounds: 0.001 to 0.75`.
    public static func issueText(_ issue: FSRSParameterError.Issue, _ language: Language) -> String {
        switch (issue, language) {
        case (.count(let expected, let got), .en): return "expected \(expected) parameters, got \(got)"
        case (.count(let expected, let got), .ko): return "매개변수는 \(expected)개여야 하는데 \(got)개입니다"
        case (.outOfBounds(let index, let value, let lower, let upper), .en):
            return "w\(index) = \(value) is out of bounds: \(lower) to \(upper)"
        case (.outOfBounds(let index, let value, let lower, let upper), .ko):
            return "w\(index) = \(value): 허용 범위 \(lower) - \(upper) 밖입니다"
        }
    }

    public static var examples: [SchedulerSettingsMessage] {
        let one = FSRSParameterError(issues: [.outOfBounds(index: 7, value: 0.8, lower: 0.001, upper: 0.75)])
        let count = FSRSParameterError(issues: [.count(expected: 21, got: 19)])
        return [.desiredRetention(1.2), .maximumInterval(0), .badParameters(one), .parameters(count), .steps(StepParseError(step: "1x"))]
            + SM2SettingProblem.allCases.map { .sm2($0) }
    }
}
