/// What `recall exam` and the exam screen say about readiness (issue 18 point 2).
///
/// Why values: counts, days and percentages are placed by each language (`시험까지 19일`).
public enum ReadinessMessage: Message, Equatable {
    /// The first line: the deck (nil: every deck).
    case title(deck: String?)
    /// The exam: its local date and time, the days left (`D-19`) and the target.
    case exam(at: String, days: Int, target: String)
    /// The exam instant has passed.
    case examOver(at: String)
    /// No exam applies: how to set one.
    case noExam
    /// No exam set at all (`recall exam` with no deck).
    case noExamSet
    /// `D-19`, `D-Day`, or over: the same in both languages but for "over".
    case daysLeft(Int)
    /// The cards in scope and how they enter the figures.
    case counts(cards: Int, new: Int, studied: Int)
    case sm2LeftOut(Int)
    case suspendedLeftOut(Int)
    /// No FSRS card: nothing to forecast.
    case noFSRSCards
    case readinessNow(String)
    case readinessAtExam(String)
    /// What the two figures mean, under them.
    case readinessMeaning
    /// The domains table's headers.
    case domainColumn, cardsColumn, nowColumn, examColumn, atRiskColumn
    /// Studied cards below the target on exam day.
    case atRisk(count: Int, target: String)
    case noneAtRisk(target: String)
    /// The plan: what was simulated.
    case planTitle(days: Int, newPerDay: Int, reviewsPerDay: Int, seed: UInt64)
    case lastNewCard(day: String?)
    case ifStudying(String, atExam: Bool)
    case newPerDayForTarget(Int?, target: String)
    /// The trend of the quiz scores per domain.
    case trendTitle
    case noQuizzes
    case trendChange(Int)
    /// `--days` out of range.
    case badDays(String)
    /// The home help's line for `e`.
    case openExam

    public var english: String {
        switch self {
        case .title(let deck): return "Readiness: " + (deck ?? "all decks")
        case .exam(let at, let days, let target):
            return "Exam: \(at) (\(ReadinessMessage.daysLeft(days).english)), target \(target)"
        case .examOver(let at): return "Exam: \(at), over: figures for it are left out"
        case .noExam: return "No exam is set for this deck; set one with: recall exam set 2026-12-20 --deck NAME"
        case .noExamSet: return "No exam is set; set one with: recall exam set 2026-12-20 --deck NAME"
        case .daysLeft(let days): return days > 0 ? "D-\(days)" : days == 0 ? "D-Day" : "over"
        case .counts(let cards, let new, let studied): return "\(cards) cards: \(studied) studied, \(new) new"
        case .sm2LeftOut(let n): return "\(n) SM-2 card\(n == 1 ? "" : "s") left out: readiness needs FSRS"
        case .suspendedLeftOut(let n): return "\(n) suspended card\(n == 1 ? "" : "s") left out"
        case .noFSRSCards: return "No FSRS cards: there is nothing to forecast"
        case .readinessNow(let p): return "Readiness today:    \(p)"
        case .readinessAtExam(let p): return "Readiness on exam:  \(p) if you stop studying now"
        case .readinessMeaning: return "(mean recall probability of the cards; new cards count 0)"
        case .domainColumn: return "DOMAIN"
        case .cardsColumn: return "CARDS"
        case .nowColumn: return "TODAY"
        case .examColumn: return "EXAM"
        case .atRiskColumn: return "AT RISK"
        case .atRisk(let count, let target): return "At risk: \(count) studied card\(count == 1 ? "" : "s") below \(target) on exam day"
        case .noneAtRisk(let target): return "At risk: none; every studied card is at \(target) or above on exam day"
        case .planTitle(let days, let newPerDay, let reviewsPerDay, let seed):
            return "Plan: \(days) day\(days == 1 ? "" : "s") at \(newPerDay) new and \(reviewsPerDay) reviews a day (simulated, seed \(seed))"
        case .lastNewCard(let day): return day.map { "  last new card first seen: \($0)" } ?? "  some new cards stay unseen"
        case .ifStudying(let p, let atExam): return "  readiness \(atExam ? "on exam day" : "at the end") if you keep studying: \(p)"
        case .newPerDayForTarget(let n, let target):
            return n.map { "  new cards a day to reach \(target): \($0)" } ?? "  no new-card limit reaches \(target) in time"
        case .trendTitle: return "Quiz trend by domain (oldest to newest):"
        case .noQuizzes: return "Quiz trend: no quiz attempts on this deck yet"
        case .trendChange(let change): return change == 0 ? "no change" : "\(change > 0 ? "+" : "")\(change) points"
        case .openExam: return "exam readiness of the deck"
        case .badDays(let value): return "--days must be a whole number of days from 0 to 3650, not \(value)"
        }
    }

    public var korean: String {
        switch self {
        case .title(let deck): return "준비도: " + (deck ?? "모든 덱")
        case .exam(let at, let days, let target):
            return "시험: \(at) (\(ReadinessMessage.daysLeft(days).korean)), 목표 \(target)"
        case .examOver(let at): return "시험: \(at), 끝남: 시험일 수치는 뺍니다"
        case .noExam: return "이 덱에는 시험이 없습니다. 설정: recall exam set 2026-12-20 --deck 덱이름"
        case .noExamSet: return "설정한 시험이 없습니다. 설정: recall exam set 2026-12-20 --deck 덱이름"
        case .daysLeft(let days): return days > 0 ? "D-\(days)" : days == 0 ? "D-Day" : "끝남"
        case .counts(let cards, let new, let studied): return "카드 \(cards)장: 학습함 \(studied)장, 새 카드 \(new)장"
        case .sm2LeftOut(let n): return "SM-2 카드 \(n)장은 뺐습니다: 준비도는 FSRS가 필요합니다"
        case .suspendedLeftOut(let n): return "보류한 카드 \(n)장은 뺐습니다"
        case .noFSRSCards: return "FSRS 카드가 없어 예측할 것이 없습니다"
        case .readinessNow(let p): return "오늘 준비도:   \(p)"
        case .readinessAtExam(let p): return "시험일 준비도: \(p) (지금 학습을 멈추면)"
        case .readinessMeaning: return "(카드별 기억 확률의 평균, 새 카드는 0)"
        case .domainColumn: return "영역"
        case .cardsColumn: return "카드"
        case .nowColumn: return "오늘"
        case .examColumn: return "시험일"
        case .atRiskColumn: return "위험"
        case .atRisk(let count, let target): return "위험: 시험일에 \(target) 아래인 학습한 카드 \(count)장"
        case .noneAtRisk(let target): return "위험: 없음, 학습한 카드가 모두 시험일에 \(target) 이상입니다"
        case .planTitle(let days, let newPerDay, let reviewsPerDay, let seed):
            return "계획: \(days)일 동안 하루 새 카드 \(newPerDay)장, 복습 \(reviewsPerDay)장 (모의 학습, 시드 \(seed))"
        case .lastNewCard(let day): return day.map { "  마지막 새 카드를 처음 보는 날: \($0)" } ?? "  보지 못하는 새 카드가 남습니다"
        case .ifStudying(let p, let atExam): return "  계속 학습하면 \(atExam ? "시험일" : "마지막 날") 준비도: \(p)"
        case .newPerDayForTarget(let n, let target):
            return n.map { "  \(target)에 이르는 하루 새 카드 수: \($0)장" } ?? "  어떤 새 카드 한도로도 제때 \(target)에 이르지 못합니다"
        case .trendTitle: return "영역별 퀴즈 추이 (오래된 것부터):"
        case .noQuizzes: return "퀴즈 추이: 이 덱의 퀴즈 기록이 아직 없습니다"
        case .trendChange(let change): return change == 0 ? "변화 없음" : "\(change > 0 ? "+" : "")\(change)점"
        case .openExam: return "이 덱의 시험 준비도"
        case .badDays(let value): return "--days는 0에서 3650 사이의 일수여야 합니다: \(value)"
        }
    }

    public static var examples: [ReadinessMessage] {
        [.title(deck: "AWS::SAA"), .title(deck: nil), .exam(at: "2026-12-20 09:00", days: 19, target: "90%"),
         .examOver(at: "2026-12-20 09:00"), .noExam, .noExamSet, .daysLeft(-1),
         .counts(cards: 600, new: 400, studied: 200), .sm2LeftOut(3), .suspendedLeftOut(2), .noFSRSCards,
         .readinessNow("61.2%"), .readinessAtExam("48.0%"), .readinessMeaning,
         .domainColumn, .cardsColumn, .nowColumn, .examColumn, .atRiskColumn,
         .atRisk(count: 12, target: "90%"), .noneAtRisk(target: "90%"),
         .planTitle(days: 19, newPerDay: 20, reviewsPerDay: 200, seed: 1), .lastNewCard(day: "2026-12-10"),
         .ifStudying("92.5%", atExam: true), .newPerDayForTarget(25, target: "90%"), .trendTitle, .noQuizzes, .trendChange(12), .badDays("-1"), .openExam]
    }
}
