import Foundation

/// What `recall simulate` says: its table's columns, its summary, what it simulated, and its
/// usage errors. `--json` never changes with the language.
public enum SimulateMessage: Message, Hashable, Sendable {
    case dateColumn, reviewsColumn, newColumn, minutesColumn, learnedColumn, rememberedColumn
    /// The last line. `measuredAt`: local time; `lastNewCardDay` nil: some cards stay unseen.
    case summary(days: Int, reviews: Int, minutes: Int, recall: Double, measuredAt: String, lastNewCardDay: String?)
    /// The deck's exam is ahead: scheduling aims at it, and recall is measured at it.
    case towardExam(at: String, target: Double)
    /// `--normal`: the exam sets the days and the measure, not the scheduling.
    case normalWithExam(at: String)
    /// The deck's exam is over: ignored.
    case examOver(at: String)
    /// `--cram-days`.
    case cram(days: Int)
    /// Cards not simulated: suspended ones, and SM-2 ones (the simulator is FSRS).
    case leftOut(suspended: Int, sm2: Int)
    /// Seconds an answer takes; `timed`: how many of the learner's timed answers they come from (0: the defaults).
    case answerSeconds(new: Double, learning: Double, review: Double, timed: Int)
    case noCards
    /// Usage errors (exit 64): an option's value outside its range.
    case outOfRange(option: String, value: Int, lowest: Int, highest: Int)

    public var english: String {
        switch self {
        case .dateColumn: return "Date"
        case .reviewsColumn: return "Answers"
        case .newColumn: return "New"
        case .minutesColumn: return "Minutes"
        case .learnedColumn: return "Learned"
        case .rememberedColumn: return "Remembered"
        case .summary(let days, let reviews, let minutes, let recall, let at, let last):
            // One sentence a line, so that no line of it outgrows 80 columns.
            return "\(days) days: \(reviews) answers, \(minutes) minute\(minutes == 1 ? "" : "s").\n"
                + "Expected recall at \(at): \(Self.percent(recall)).\n"
                + (last.map { "Last new card seen on \($0)." } ?? "Some new cards are still unseen at the end.")
        case .towardExam(let at, let target):
            return "Scheduling toward the exam at \(at) (target \(Self.percent(target))); recall is measured then."
        case .normalWithExam(let at):
            return "Normal scheduling (--normal); recall is measured at the exam, \(at)."
        case .examOver(let at): return "The exam at \(at) is over: normal scheduling."
        case .cram(let days): return "The last \(days) days are a cram: every studied card is answered once each day."
        case .leftOut(let suspended, let sm2):
            return "Left out: \(suspended) suspended cards, \(sm2) SM-2 cards (the simulator uses FSRS)."
        case .answerSeconds(let new, let learning, let review, let timed):
            return "Seconds per answer: new \(Self.seconds(new)), learning \(Self.seconds(learning)), review \(Self.seconds(review))"
                + (timed > 0 ? " (from your \(timed) timed answers)." : " (defaults).")
        case .noCards: return "No cards to simulate."
        case .outOfRange(let option, let value, let lowest, let highest):
            return "\(option) must be from \(lowest) to \(highest), not \(value)."
        }
    }

    public var korean: String {
        switch self {
        case .dateColumn: return "날짜"
        case .reviewsColumn: return "답"
        case .newColumn: return "새 카드"
        case .minutesColumn: return "분"
        case .learnedColumn: return "학습함"
        case .rememberedColumn: return "예상 기억"
        case .summary(let days, let reviews, let minutes, let recall, let at, let last):
            return "\(days)일 동안 답 \(reviews)회, \(minutes)분.\n\(at) 예상 기억률: \(Self.percent(recall)).\n"
                + (last.map { "마지막 새 카드를 처음 보는 날: \($0)." } ?? "끝날 때까지 보지 못한 새 카드가 남습니다.")
        case .towardExam(let at, let target):
            return "시험(\(at), 목표 \(Self.percent(target)))에 맞춰 일정을 잡고, 그때의 기억률을 잽니다."
        case .normalWithExam(let at):
            return "일반 일정(--normal)으로 공부하고, 시험 시각 \(at)의 기억률을 잽니다."
        case .examOver(let at): return "시험(\(at))이 지났습니다: 일반 일정으로 공부합니다."
        case .cram(let days): return "마지막 \(days)일은 벼락치기: 공부한 카드마다 하루에 한 번씩 답합니다."
        case .leftOut(let suspended, let sm2):
            return "빠진 카드: 보류 \(suspended)장, SM-2 \(sm2)장 (시뮬레이터는 FSRS를 씁니다)."
        case .answerSeconds(let new, let learning, let review, let timed):
            return "답 하나에 걸리는 초: 새 카드 \(Self.seconds(new)), 학습 중 \(Self.seconds(learning)), 복습 \(Self.seconds(review))"
                + (timed > 0 ? " (기록된 답 \(timed)개에서)." : " (기본값).")
        case .noCards: return "시뮬레이션할 카드가 없습니다."
        case .outOfRange(let option, let value, let lowest, let highest):
            return "\(option) 값은 \(lowest)에서 \(highest) 사이여야 합니다 (받은 값: \(value))."
        }
    }

    public static let examples: [SimulateMessage] = [
        .dateColumn, .reviewsColumn, .newColumn, .minutesColumn, .learnedColumn, .rememberedColumn,
        .summary(days: 30, reviews: 4_210, minutes: 620, recall: 0.873, measuredAt: "2026-12-31 09:00:00", lastNewCardDay: "2026-12-30"),
        .summary(days: 10, reviews: 900, minutes: 120, recall: 0.4, measuredAt: "2026-12-11 04:00:00", lastNewCardDay: nil),
        .towardExam(at: "2026-12-31 09:00:00", target: 0.9), .normalWithExam(at: "2026-12-31 09:00:00"),
        .examOver(at: "2026-11-01 09:00:00"), .cram(days: 3), .leftOut(suspended: 2, sm2: 5),
        .answerSeconds(new: 20, learning: 10, review: 8, timed: 0), .answerSeconds(new: 14.2, learning: 6, review: 5.5, timed: 320),
        .noCards, .outOfRange(option: "--days", value: 0, lowest: 1, highest: 3_650),
    ]

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    static func seconds(_ value: Double) -> String { String(format: "%.1f", value) }
}
