/// The sentences of the statistics that carry figures (`recall stats`, the statistics screen).
/// The figures come formatted (`12.5`, `95.2%`, `3m 20s`): the same digits in both languages.
public enum StatsFigureMessage: Message, Equatable {
    case studiedToday(cards: Int, time: String, answers: Int)
    case againToday(count: Int, percent: String)
    case kindsToday(learn: Int, review: Int, relearn: Int)
    /// Today's cram answers, shown only when there are some.
    case cramToday(Int)
    case matureToday(correct: Int, total: Int, percent: String)
    case forecastTotal(total: Int, average: String)
    case dueSoon(today: Int, tomorrow: Int, overdue: Int)
    /// A duration with a decimal, in seconds: `7.8s`.
    case seconds(String)
    case dailyLoad(String)
    case daysStudied(studied: Int, inRange: Int, percent: String)
    case streak(current: Int, longest: Int)
    case busiestDay(date: String, reviews: Int)
    case reviewTotal(Int)
    case reviewAverages(perDay: String, perStudiedDay: String)
    case reviewTime(total: String, perAnswer: String, perMinute: String)
    case cardTotal(Int)
    case distribution(cards: Int, median: String, mean: String)
    case knownCards(String)
    case desiredRetention(String)
    /// Under the heatmap: one character per level, from no review to the busiest day.
    case heatScale(maximum: Int)

    public var korean: String {
        switch self {
        case .studiedToday(let cards, let time, let answers): return "오늘 카드 \(cards)장, \(time) 학습 (답변 \(answers)회)"
        case .againToday(let count, let percent): return "다시: \(count)회 (\(percent))"
        case .kindsToday(let learn, let review, let relearn): return "학습 중 \(learn), 복습 \(review), 다시 학습 \(relearn)"
        case .cramToday(let count): return "벼락치기 \(count) (일정은 바뀌지 않음)"
        case .matureToday(let correct, let total, let percent): return "성숙 카드 정답: \(correct)/\(total) (\(percent))"
        case .forecastTotal(let total, let average): return "합계 \(total)장, 하루 평균 \(average)장"
        case .dueSoon(let today, let tomorrow, let overdue): return "오늘 \(today)장 | 내일 \(tomorrow)장 | 밀린 복습 \(overdue)장"
        case .seconds(let seconds): return "\(seconds)초"
        case .dailyLoad(let load): return "하루 부하: \(load)장"
        case .daysStudied(let studied, let inRange, let percent): return "학습한 날: \(inRange)일 중 \(studied)일 (\(percent))"
        case .streak(let current, let longest): return "연속 \(current)일 | 최장 \(longest)일"
        case .busiestDay(let date, let reviews): return "가장 많이 한 날: \(date), \(reviews)회"
        case .reviewTotal(let total): return "합계 \(total)회"
        case .reviewAverages(let perDay, let perStudiedDay): return "하루 평균 \(perDay)회 | 학습한 날 평균 \(perStudiedDay)회"
        case .reviewTime(let total, let perAnswer, let perMinute): return "시간 \(total) | 답변당 \(perAnswer) | 분당 \(perMinute)장"
        case .cardTotal(let total): return "합계 \(total)장"
        case .distribution(let cards, let median, let mean): return "카드 \(cards)장 | 중앙값 \(median) | 평균 \(mean)"
        case .knownCards(let known): return "지금 기억하는 카드: 약 \(known)장"
        case .desiredRetention(let percent): return "목표 기억률: \(percent)"
        case .heatScale(let maximum): return "(최대 \(maximum)회)"
        }
    }

    public var english: String {
        switch self {
        case .studiedToday(let cards, let time, let answers):
            return "Studied \(cards) \(cards == 1 ? "card" : "cards") in \(time) today (\(answers) \(answers == 1 ? "answer" : "answers"))"
        case .againToday(let count, let percent): return "Again count: \(count) (\(percent))"
        case .kindsToday(let learn, let review, let relearn): return "Learn: \(learn), Review: \(review), Relearn: \(relearn)"
        case .cramToday(let count): return "Cram: \(count) (schedules unchanged)"
        case .matureToday(let correct, let total, let percent): return "Correct answers on mature cards: \(correct)/\(total) (\(percent))"
        case .forecastTotal(let total, let average): return "Total: \(total) reviews, \(average) per day on average"
        case .dueSoon(let today, let tomorrow, let overdue): return "Due today: \(today) | tomorrow: \(tomorrow) | overdue: \(overdue)"
        case .seconds(let seconds): return "\(seconds)s"
        case .dailyLoad(let load): return "Daily load: \(load) reviews/day"
        case .daysStudied(let studied, let inRange, let percent): return "Days studied: \(studied) of \(inRange) (\(percent))"
        case .streak(let current, let longest): return "Streak: \(current) \(current == 1 ? "day" : "days") | longest: \(longest) \(longest == 1 ? "day" : "days")"
        case .busiestDay(let date, let reviews): return "Busiest day: \(date), \(reviews) \(reviews == 1 ? "review" : "reviews")"
        case .reviewTotal(let total): return "Total: \(total) \(total == 1 ? "review" : "reviews")"
        case .reviewAverages(let perDay, let perStudiedDay): return "Average: \(perDay)/day | \(perStudiedDay) per studied day"
        case .reviewTime(let total, let perAnswer, let perMinute): return "Time: \(total) | \(perAnswer) per answer | \(perMinute) cards/min"
        case .cardTotal(let total): return "Total: \(total) \(total == 1 ? "card" : "cards")"
        case .distribution(let cards, let median, let mean): return "\(cards) \(cards == 1 ? "card" : "cards") | median \(median) | mean \(mean)"
        case .knownCards(let known): return "Cards known now: about \(known)"
        case .desiredRetention(let percent): return "Desired retention: \(percent)"
        case .heatScale(let maximum): return "(most: \(maximum))"
        }
    }

    public static var examples: [StatsFigureMessage] {
        [.studiedToday(cards: 12, time: "3분 20초", answers: 15), .againToday(count: 3, percent: "20.0%"),
         .kindsToday(learn: 5, review: 8, relearn: 2), .cramToday(3), .matureToday(correct: 4, total: 5, percent: "80.0%"),
         .forecastTotal(total: 120, average: "3.9"), .dueSoon(today: 3, tomorrow: 7, overdue: 2), .seconds("7.8"), .dailyLoad("4.2"),
         .daysStudied(studied: 20, inRange: 31, percent: "64.5%"), .streak(current: 5, longest: 30),
         .busiestDay(date: "2026-11-20", reviews: 120), .reviewTotal(500), .reviewAverages(perDay: "16.1", perStudiedDay: "25.0"),
         .reviewTime(total: "1시간 5분", perAnswer: "7.8초", perMinute: "7.7"), .cardTotal(300),
         .distribution(cards: 250, median: "12일", mean: "20일"), .knownCards("180.5"), .desiredRetention("90.0%"),
         .heatScale(maximum: 120)]
    }
}
