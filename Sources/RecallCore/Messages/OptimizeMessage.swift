import Foundation

/// What `recall optimize` says: its sections, its verdict on the fit, and its usage errors.
///
/// Why values: the same report is read in Korean or English, while `--json` and the option
/// names never change.
public enum OptimizeMessage: Message, Hashable, Sendable {
    /// The first line: what the fit was made from.
    case summary(reviews: Int, items: Int, trainSet: Int)
    /// Why the result is what it is (`FSRSFit.outcome`, its raw text: what `--json` prints).
    case outcome(String)
    /// Before the 21 fitted weights.
    case parametersHeading
    /// Log loss and RMSE(bins) of the current or the fitted weights; nil: no item to measure on.
    case currentFigures(logLoss: Double?, rmseBins: Double?)
    case fittedFigures(logLoss: Double?, rmseBins: Double?)
    /// The verdict: the fitted weights predict better, with how to use them.
    case better(before: Double, after: Double)
    /// The fitted weights are no better: the current ones are kept.
    case notBetter
    /// `--apply` saved them; `rescheduled`: the due dates were planned again.
    case applied(path: String, rescheduled: Bool)
    /// `--revert` brought back the weights before the last `--apply`.
    case reverted(path: String, toDefaults: Bool, rescheduled: Bool)
    /// `--revert` with nothing applied.
    case nothingToRevert
    /// `--evaluate`: the heading and its two lines.
    case evaluateHeading(items: Int)
    case inSample(logLoss: Double, rmseBins: Double)
    case timeSeriesSplits(logLoss: Double, rmseBins: Double)
    /// `--evaluate` with no item to measure on.
    case nothingToEvaluate
    /// On stderr while a long fit runs.
    case progress(percent: Int)
    /// From the home screen (`o`): the question before applying, and the way back.
    case applyNow
    case pressEnter
    /// Usage errors (exit 64).
    case badDayRule(String)
    case badTimeZone(String)
    case badRollover(Int)
    case calendarOptionsNeedCalendar
    case rescheduleNeedsApply
    case conflicting(String, String)
    case notPositive(option: String, value: Int)
    case deckWithLog

    public var english: String {
        switch self {
        case .summary(let reviews, let items, let trainSet):
            return "Fitted to \(reviews) reviews: \(items) training items, \(trainSet) trained on."
        case .outcome(let outcome): return "Outcome: \(outcome)."
        case .parametersHeading: return "Parameters (w0 to w20):"
        case .currentFigures(let logLoss, let rmse): return "Current: " + Self.figures(logLoss, rmse, none: "nothing to measure on")
        case .fittedFigures(let logLoss, let rmse): return "Fitted:  " + Self.figures(logLoss, rmse, none: "nothing to measure on")
        case .better(let before, let after):
            return "The fitted parameters predict better (log loss \(Self.fixed(before)) -> \(Self.fixed(after))). "
                + "Run 'recall optimize --apply' to use them."
        case .notBetter: return "The fitted parameters are not better than the current ones: the current ones are kept."
        case .applied(let path, let rescheduled):
            return "Saved to \(path); every card's memory now follows them, "
                + (rescheduled ? "and every due date was planned again." : "and due dates stay ('--apply --reschedule' plans them again).")
        case .reverted(let path, let toDefaults, let rescheduled):
            return "Restored the \(toDefaults ? "default" : "previous") parameters in \(path)"
                + (rescheduled ? "; every due date was planned again." : "; due dates stay.")
        case .nothingToRevert: return "Nothing to revert: the parameters were never applied."
        case .evaluateHeading(let items): return "Current parameters on \(items) training items:"
        case .inSample(let logLoss, let rmse): return "In-sample:          " + Self.figures(logLoss, rmse, none: "")
        case .timeSeriesSplits(let logLoss, let rmse): return "Time-series splits: " + Self.figures(logLoss, rmse, none: "")
        case .nothingToEvaluate: return "Nothing to evaluate: no card was reviewed again on a later day."
        case .progress(let percent): return "Fitting FSRS parameters: \(percent)%"
        case .applyNow: return "Apply them now? [y/N] "
        case .pressEnter: return "Press Enter to go back to recall."
        case .badDayRule(let text): return "--day-rule must be elapsed or calendar, got '\(text)'"
        case .badTimeZone(let text): return "--timezone must be an IANA time zone such as Asia/Seoul or UTC, got '\(text)'"
        case .badRollover(let hour): return "--rollover must be 0 to 23, got \(hour)"
        case .calendarOptionsNeedCalendar: return "--timezone and --rollover go with --day-rule calendar"
        case .rescheduleNeedsApply: return "--reschedule goes with --apply or --revert"
        case .conflicting(let a, let b): return "\(a) and \(b) cannot be used together"
        case .notPositive(let option, let value): return "\(option) must be \(option == "--epochs" ? "0" : "1") or more, got \(value)"
        case .deckWithLog: return "--deck cannot be used with --log: a log file names no decks"
        }
    }

    public var korean: String {
        switch self {
        case .summary(let reviews, let items, let trainSet):
            return "복습 \(reviews)개로 맞췄습니다: 학습 항목 \(items)개, 그중 \(trainSet)개로 학습."
        case .outcome(let outcome): return "결과: \(Self.koreanOutcome(outcome))."
        case .parametersHeading: return "매개변수 (w0부터 w20까지):"
        case .currentFigures(let logLoss, let rmse): return "현재: " + Self.figures(logLoss, rmse, none: "잴 항목이 없습니다")
        case .fittedFigures(let logLoss, let rmse): return "맞춘 값: " + Self.figures(logLoss, rmse, none: "잴 항목이 없습니다")
        case .better(let before, let after):
            return "맞춘 매개변수가 더 잘 예측합니다 (log loss \(Self.fixed(before)) -> \(Self.fixed(after))). "
                + "쓰려면 'recall optimize --apply'를 실행하세요."
        case .notBetter: return "맞춘 매개변수가 현재 것보다 낫지 않습니다: 현재 매개변수를 그대로 둡니다."
        case .applied(let path, let rescheduled):
            return "\(path)에 저장했습니다. 모든 카드의 기억 상태가 이제 이 매개변수를 따르며, "
                + (rescheduled ? "모든 복습 날짜를 다시 정했습니다." : "복습 날짜는 그대로입니다 ('--apply --reschedule'로 다시 정할 수 있습니다).")
        case .reverted(let path, let toDefaults, let rescheduled):
            return "\(path)에 \(toDefaults ? "기본" : "이전") 매개변수를 되돌렸습니다"
                + (rescheduled ? ". 모든 복습 날짜를 다시 정했습니다." : ". 복습 날짜는 그대로입니다.")
        case .nothingToRevert: return "되돌릴 것이 없습니다: 매개변수를 적용한 적이 없습니다."
        case .evaluateHeading(let items): return "현재 매개변수, 학습 항목 \(items)개 기준:"
        case .inSample(let logLoss, let rmse): return "표본 내:        " + Self.figures(logLoss, rmse, none: "")
        case .timeSeriesSplits(let logLoss, let rmse): return "시계열 분할:    " + Self.figures(logLoss, rmse, none: "")
        case .nothingToEvaluate: return "평가할 것이 없습니다: 다른 날에 다시 복습한 카드가 없습니다."
        case .progress(let percent): return "FSRS 매개변수를 맞추는 중: \(percent)%"
        case .applyNow: return "지금 적용할까요? [y/N] "
        case .pressEnter: return "Enter를 누르면 recall로 돌아갑니다."
        case .badDayRule(let text): return "--day-rule은 elapsed 또는 calendar여야 합니다. 받은 값: '\(text)'"
        case .badTimeZone(let text): return "--timezone은 Asia/Seoul이나 UTC 같은 IANA 시간대여야 합니다. 받은 값: '\(text)'"
        case .badRollover(let hour): return "--rollover는 0에서 23 사이여야 합니다. 받은 값: \(hour)"
        case .calendarOptionsNeedCalendar: return "--timezone과 --rollover는 --day-rule calendar와 함께 씁니다"
        case .rescheduleNeedsApply: return "--reschedule은 --apply 또는 --revert와 함께 씁니다"
        case .conflicting(let a, let b): return "\(a)와(과) \(b)는 함께 쓸 수 없습니다"
        case .notPositive(let option, let value): return "\(option)는 \(option == "--epochs" ? "0" : "1") 이상이어야 합니다. 받은 값: \(value)"
        case .deckWithLog: return "--deck은 --log와 함께 쓸 수 없습니다: 기록 파일에는 덱 이름이 없습니다"
        }
    }

    /// Four decimals, as fsrs-rs's figures are compared.
    static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

    static func figures(_ logLoss: Double?, _ rmse: Double?, none: String) -> String {
        guard let logLoss, let rmse else { return none }
        return "log loss \(fixed(logLoss)), RMSE(bins) \(fixed(rmse))"
    }

    /// `FSRSFit.outcome` in Korean; one the optimizer does not name is shown as it is.
    static func koreanOutcome(_ outcome: String) -> String {
        switch FSRSFit.Outcome(rawValue: outcome) {
        case .trained: return "학습함"
        case .tooFewForAnything: return "기본값 (학습 항목이 8개보다 적습니다)"
        case .nothingToPretrain: return "기본값 (초기 안정도를 맞출 첫 복습이 없습니다)"
        case .tooFewToTrain: return "초기 안정도만 (학습 항목이 64개보다 적습니다)"
        case .onlyFirstReviews: return "초기 안정도만 (모든 항목이 카드의 첫 장기 복습입니다)"
        case .invalidItems: return "기본값 (잘못된 학습 항목)"
        case .notFinite: return "기본값 (학습 결과가 숫자가 아닙니다)"
        case nil: return outcome
        }
    }

    public static var examples: [OptimizeMessage] {
        [.summary(reviews: 12580, items: 6276, trainSet: 5930), .outcome("trained"), .parametersHeading,
         .currentFigures(logLoss: 0.4535, rmseBins: 0.061), .fittedFigures(logLoss: nil, rmseBins: nil),
         .better(before: 0.4535, after: 0.4444), .notBetter, .applied(path: "config.json", rescheduled: false),
         .reverted(path: "config.json", toDefaults: true, rescheduled: true), .nothingToRevert,
         .evaluateHeading(items: 6276), .inSample(logLoss: 0.4444, rmseBins: 0.0516),
         .timeSeriesSplits(logLoss: 0.45, rmseBins: 0.06), .nothingToEvaluate, .progress(percent: 42), .applyNow, .pressEnter,
         .badDayRule("local"), .badTimeZone("Mars/Base"), .badRollover(24), .calendarOptionsNeedCalendar,
         .rescheduleNeedsApply, .conflicting("--apply", "--revert"), .notPositive(option: "--batch-size", value: 0),
         .deckWithLog]
    }
}
