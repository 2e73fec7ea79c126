/// What `recall exam set` and `recall exam clear` say, and their usage errors.
///
/// Why values: the line is read in Korean or English; the date, the zone and `D-19` are the
/// same in both.
public enum ExamMessage: Message, Hashable, Sendable {
    /// `AWS::SAA: exam 2026-12-20 09:00 (KST), D-19, target 90%`; `deck` nil: every deck.
    case set(deck: String?, local: String, zone: String, daysLeft: Int, targetPercent: Int)
    /// The exam `clear` removed.
    case cleared(deck: String?, local: String)
    /// `clear` found no exam for the deck (or for every deck).
    case noneToClear(deck: String?)
    /// Usage errors (exit 64): a date that is neither `2026-12-20` nor `2026-12-20T13:30`,
    /// an exam instant not after now, a target not strictly between 0 and 1.
    case badDate(String)
    case examInPast(local: String, now: String)
    /// A local time the clock skips, at a daylight-saving change.
    case skippedLocalTime(String)
    /// An exam more than `years` ahead.
    case tooFarAhead(local: String, years: Int)
    case badTarget(String)

    /// `D-19`, `D-Day`, `D+2`: the same in both languages, as Korean learners write it.
    public static func dDay(_ daysLeft: Int) -> String {
        daysLeft == 0 ? "D-Day" : daysLeft > 0 ? "D-\(daysLeft)" : "D+\(-daysLeft)"
    }

    public var english: String {
        switch self {
        case .set(let deck, let local, let zone, let daysLeft, let target):
            return "\(deck ?? "All decks"): exam \(local) (\(zone)), \(Self.dDay(daysLeft)), target \(target)%"
        case .cleared(let deck, let local): return "\(deck ?? "All decks"): exam \(local) cleared"
        case .noneToClear(let deck): return "\(deck.map { "\($0) has" } ?? "There is") no exam to clear\(deck == nil ? " for all decks" : "")"
        case .badDate(let text):
            return "bad exam date '\(text)': write it as 2026-12-20 (09:00) or 2026-12-20T13:30, in local time"
        case .examInPast(let local, let now): return "the exam at \(local) is not after now (\(now)): give a later date"
        case .skippedLocalTime(let text):
            return "there is no \(text) in the local time zone (the clock skips it for daylight saving): give another time"
        case .tooFarAhead(let local, let years): return "the exam at \(local) is more than \(years) years ahead: check the year"
        case .badTarget(let text): return "bad --target '\(text)': give a recall probability between 0 and 1, such as 0.9"
        }
    }

    public var korean: String {
        switch self {
        case .set(let deck, let local, let zone, let daysLeft, let target):
            return "\(deck ?? "모든 덱"): 시험 \(local) (\(zone)), \(Self.dDay(daysLeft)), 목표 \(target)%"
        case .cleared(let deck, let local): return "\(deck ?? "모든 덱"): 시험 \(local) 일정을 지웠습니다"
        case .noneToClear(let deck): return "\(deck.map { "\($0) 덱에" } ?? "모든 덱에") 지울 시험이 없습니다"
        case .badDate(let text):
            return "시험 날짜 '\(text)'가 잘못되었습니다: 2026-12-20(09:00) 또는 2026-12-20T13:30처럼 현지 시각으로 쓰세요"
        case .examInPast(let local, let now): return "시험 시각 \(local)이 지금(\(now))보다 뒤가 아닙니다: 더 늦은 날짜를 주세요"
        case .skippedLocalTime(let text):
            return "현지 시간대에는 \(text)이 없습니다(일광 절약 시간으로 시계가 건너뜁니다): 다른 시각을 주세요"
        case .tooFarAhead(let local, let years): return "시험 시각 \(local)이 \(years)년보다 더 뒤입니다: 연도를 확인하세요"
        case .badTarget(let text): return "--target '\(text)'가 잘못되었습니다: 0.9처럼 0과 1 사이의 기억 확률을 주세요"
        }
    }

    public static var examples: [ExamMessage] {
        [.set(deck: "AWS::SAA", local: "2026-12-20 09:00", zone: "KST", daysLeft: 19, targetPercent: 90),
         .set(deck: nil, local: "2026-12-20 09:00", zone: "KST", daysLeft: 0, targetPercent: 85),
         .cleared(deck: "AWS::SAA", local: "2026-12-20 09:00"), .cleared(deck: nil, local: "2026-12-20 09:00"),
         .noneToClear(deck: "AWS::SAA"), .noneToClear(deck: nil), .badDate("2026-13-40"),
         .examInPast(local: "2026-11-01 09:00", now: "2026-12-01 10:00"), .badTarget("1.5"),
         .skippedLocalTime("2026-03-08T02:30"), .tooFarAhead(local: "9999-12-31 09:00", years: 10)]
    }
}
