import Foundation
import RecallCore

/// The exams on the home screen (issue 18 point 1): `D-19` beside the deck an exam was set for
/// (the all-decks exam on the "All decks" row), and the nearest exam on the title line
/// (`SAA D-19`). A sub-deck that inherits its parent's exam shows nothing: the label sits once,
/// on the deck that owns it, so the tree does not repeat it on every child. Exams whose instant
/// has passed are not shown.
public struct HomeExams: Hashable, Sendable {
    /// Each row's label (`D-19`, `D-Day`), nil where the row owns no exam ahead; at the rows' positions.
    public var labels: [String?]
    /// The nearest exam ahead: its deck's last name part (or "All decks") and its label.
    public var title: String?

    public init(rows: [DeckRow], config: StudyConfig, now: Instant, timeZone: TimeZone, language: Language) {
        let utcOffset = StudyDay.offset(in: timeZone)
        let today = StudyDay.containing(now, rolloverHour: config.rolloverHour, utcOffset: utcOffset)
        let ahead = config.exams.filter { $0.at > now }
        func label(_ exam: ExamDate) -> String {
            ReadinessMessage.daysLeft(exam.daysLeft(today: today, rolloverHour: config.rolloverHour, utcOffset: utcOffset))
                .text(language)
        }
        labels = rows.map { row in
            ahead.first { exam in exam.deck.map(DeckName.key) == row.deck.map(DeckName.key) }.map(label)
        }
        title = ahead.min { $0.at < $1.at }.map { exam in
            let name = exam.deck.map { String($0.split(separator: ":").last ?? Substring($0)) }
                ?? rows.first { $0.deck == nil }?.label ?? "*"
            return name + " " + label(exam)
        }
    }
}
