/// The words of the statistics (`recall stats` and the screen `s` opens): headings, labels,
/// column titles and axis names. The sentences with figures are `StatsFigureMessage`.
public enum StatsMessage: Message, Equatable {
    /// The title: 통계 / Statistics.
    case title
    case section(StatsSection)
    /// A kind of card or review, in legends and the card counts.
    case kind(StatsKind)
    /// 0 is Monday: the heatmap's rows.
    case weekday(Int)
    /// 1 is January: above the heatmap's weeks.
    case month(Int)
    /// The ends of the heatmap's legend.
    case less
    case more
    /// A figure that cannot be computed (no reviews): Anki's "N/A".
    case notAvailable
    /// In place of a chart with nothing to draw.
    case noReviews
    case noCards
    case nothingDue
    case noDomains
    /// A row of the true-retention table, by `RetentionPeriod.period`.
    case period(String)
    case periodColumn
    case allColumn
    case countColumn
    /// Studied cards of all, in the weak domains.
    case cardsColumn
    case correctColumn
    case domainColumn
    case retentionColumn
    case lapsedColumn
    case retrievabilityColumn
    case lastQuizColumn
    /// Axis names under the charts.
    case daysFromToday
    case hourOfDay
    case days
    case percent
    /// Sub-charts: counts, time, pass rate.
    case reviewCount
    case reviewTime
    case passRate
    /// How far the statistics look (the screen's title).
    case range(StatsRange)
    case allDecks
    /// The statistics screen's keys (full and short), and the home screen's help line for `s`.
    case keys
    case keysShort
    case openStatistics
    /// The home screen's note when the statistics could not be read.
    case couldNotShow(error: String)

    public var korean: String {
        switch self {
        case .title: return "통계"
        case .section(let section): return section.korean
        case .kind(let kind): return kind.korean
        case .weekday(let day): return ["월", "화", "수", "목", "금", "토", "일"][((day % 7) + 7) % 7]
        case .month(let month): return "\(month)월"
        case .less: return "적음"
        case .more: return "많음"
        case .notAvailable: return "없음"
        case .noReviews: return "아직 복습이 없습니다."
        case .noCards: return "카드가 없습니다."
        case .nothingDue: return "예정된 복습이 없습니다."
        case .noDomains: return "영역 태그가 있는 카드가 없습니다."
        case .period(let period):
            switch period {
            case "today": return "오늘"
            case "yesterday": return "어제"
            case "week": return "지난 주"
            case "month": return "지난 달"
            case "year": return "지난 해"
            default: return "전체 기간"
            }
        case .periodColumn: return "기간"
        case .allColumn: return "전체"
        case .countColumn: return "복습"
        case .cardsColumn: return "학습/카드"
        case .correctColumn: return "정답률"
        case .domainColumn: return "영역"
        case .retentionColumn: return "기억률"
        case .lapsedColumn: return "망각"
        case .retrievabilityColumn: return "기억 확률"
        case .lastQuizColumn: return "최근 퀴즈"
        case .daysFromToday: return "오늘부터 일수"
        case .hourOfDay: return "시각"
        case .days: return "일"
        case .percent: return "퍼센트"
        case .reviewCount: return "복습 수"
        case .reviewTime: return "복습 시간(분)"
        case .passRate: return "정답률"
        case .range(let range):
            switch range {
            case .month: return "지난 1개월"
            case .threeMonths: return "지난 3개월"
            case .year: return "지난 1년"
            case .all: return "전체 기간"
            }
        case .allDecks: return "모든 덱"
        case .keys: return "j/k 스크롤  PgUp/PgDn 페이지  g/G 처음/끝  q 돌아가기"
        case .keysShort: return "j/k 스크롤  q 돌아가기"
        case .openStatistics: return "통계 보기"
        case .couldNotShow(let error): return "통계를 읽지 못했습니다: \(error)"
        }
    }

    public var english: String {
        switch self {
        case .title: return "Statistics"
        case .section(let section): return section.english
        case .kind(let kind): return kind.english
        case .weekday(let day): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][((day % 7) + 7) % 7]
        case .month(let month):
            return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][max(0, min(11, month - 1))]
        case .less: return "less"
        case .more: return "more"
        case .notAvailable: return "N/A"
        case .noReviews: return "No reviews yet."
        case .noCards: return "No cards."
        case .nothingDue: return "No reviews due."
        case .noDomains: return "No cards with a domain tag."
        case .period(let period):
            switch period {
            case "today": return "Today"
            case "yesterday": return "Yesterday"
            case "week": return "Last week"
            case "month": return "Last month"
            case "year": return "Last year"
            default: return "All time"
            }
        case .periodColumn: return "Period"
        case .allColumn: return "All"
        case .countColumn: return "Reviews"
        case .cardsColumn: return "Studied"
        case .correctColumn: return "Correct"
        case .domainColumn: return "Domain"
        case .retentionColumn: return "Retention"
        case .lapsedColumn: return "Lapsed"
        case .retrievabilityColumn: return "Recall"
        case .lastQuizColumn: return "Last quiz"
        case .daysFromToday: return "days from today"
        case .hourOfDay: return "hour"
        case .days: return "days"
        case .percent: return "percent"
        case .reviewCount: return "Reviews"
        case .reviewTime: return "Time (minutes)"
        case .passRate: return "Pass rate"
        case .range(let range):
            switch range {
            case .month: return "last month"
            case .threeMonths: return "last 3 months"
            case .year: return "last year"
            case .all: return "all time"
            }
        case .allDecks: return "All decks"
        case .keys: return "j/k scroll  PgUp/PgDn page  g/G top/end  q back"
        case .keysShort: return "j/k scroll  q back"
        case .openStatistics: return "statistics"
        case .couldNotShow(let error): return "Could not read the statistics: \(error)"
        }
    }

    public static var examples: [StatsMessage] {
        [.title] + StatsSection.allCases.map { .section($0) } + StatsKind.allCases.map { .kind($0) }
            + (0..<7).map { .weekday($0) } + (1...12).map { .month($0) }
            + [.less, .more, .notAvailable, .noReviews, .noCards, .nothingDue, .noDomains]
            + ["today", "yesterday", "week", "month", "year", "all"].map { .period($0) }
            + [.periodColumn, .allColumn, .countColumn, .cardsColumn, .correctColumn, .domainColumn, .retentionColumn, .lapsedColumn,
               .retrievabilityColumn, .lastQuizColumn, .daysFromToday, .hourOfDay, .days, .percent, .reviewCount,
               .reviewTime, .passRate]
            + StatsRange.allCases.map { .range($0) } + [.allDecks, .keys, .keysShort, .openStatistics, .couldNotShow(error: "디스크가 가득 찼습니다")]
    }
}

/// The sections of the statistics, in the order they are shown (the order).
public enum StatsSection: CaseIterable, Sendable {
    case today, forecast, calendar, reviews, cardCounts, intervals, stability, difficulty, retrievability, ease
    case trueRetention, hours, buttons, weakDomains

    var korean: String {
        switch self {
        case .today: return "오늘"
        case .forecast: return "예정"
        case .calendar: return "달력"
        case .reviews: return "복습"
        case .cardCounts: return "카드 수"
        case .intervals: return "복습 간격"
        case .stability: return "안정성"
        case .difficulty: return "난이도"
        case .retrievability: return "기억 확률"
        case .ease: return "용이도"
        case .trueRetention: return "실제 기억률"
        case .hours: return "시간대별"
        case .buttons: return "답변 버튼"
        case .weakDomains: return "취약 영역"
        }
    }

    var english: String {
        switch self {
        case .today: return "Today"
        case .forecast: return "Forecast"
        case .calendar: return "Calendar"
        case .reviews: return "Reviews"
        case .cardCounts: return "Card counts"
        case .intervals: return "Review intervals"
        case .stability: return "Stability"
        case .difficulty: return "Difficulty"
        case .retrievability: return "Retrievability"
        case .ease: return "Ease"
        case .trueRetention: return "True retention"
        case .hours: return "Hourly breakdown"
        case .buttons: return "Answer buttons"
        case .weakDomains: return "Weak domains"
        }
    }
}

/// A kind of card (card counts) or of review (the reviews chart), one word each everywhere.
public enum StatsKind: CaseIterable, Sendable {
    case new, learning, relearning, young, mature, suspended, buried, cram

    var korean: String {
        switch self {
        case .new: return "새 카드"
        case .learning: return "학습 중"
        case .relearning: return "다시 학습"
        case .young: return "미성숙"
        case .mature: return "성숙"
        case .suspended: return "일시 중지"
        case .buried: return "보류"
        case .cram: return "벼락치기"
        }
    }

    var english: String {
        switch self {
        case .new: return "New"
        case .learning: return "Learning"
        case .relearning: return "Relearning"
        case .young: return "Young"
        case .mature: return "Mature"
        case .suspended: return "Suspended"
        case .buried: return "Buried"
        case .cram: return "Cram"
        }
    }
}
