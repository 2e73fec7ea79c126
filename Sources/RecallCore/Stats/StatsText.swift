/// The statistics as lines of text charts, for `recall stats` (printed plain or in colour) and
/// the statistics screen (coloured by its theme): every section of `StatsReport` in the issue's
/// order, within `width` columns. Why one drawing for both: the command and the screen show
/// the same charts, and only the colouring of roles differs.
public enum StatsText {
    /// The lines of every section, blank lines between them, none wider than `width` (taken as
    /// at least 20 columns: the screens need 40).
    public static func lines(_ report: StatsReport, width: Int, language: Language) -> [StatsLine] {
        let drawing = StatsDrawing(report: report, width: max(20, width), language: language)
        var sections: [[StatsLine]] = [
            drawing.today(), drawing.forecast(), drawing.calendar(), drawing.reviews(), drawing.cardCounts(),
            drawing.histogram(.intervals, report.intervals), drawing.histogram(.stability, report.stability),
            drawing.histogram(.difficulty, report.difficulty), drawing.retrievability(),
        ]
        if let ease = report.ease { sections.append(drawing.histogram(.ease, ease)) }
        sections += [drawing.trueRetention(), drawing.hours(), drawing.buttons(), drawing.weakDomains()]
        return Array(sections.joined(separator: [StatsLine([])]))
    }

    /// The legend characters of the four kinds of review, bottom of a bar first.
    static let kindCharacters: [(Character, StatsRole, StatsKind)] = [
        (".", .learn, .learning), ("+", .relearn, .relearning), ("=", .young, .young), ("#", .mature, .mature),
    ]
    /// The fifth kind, cram answers: drawn and in the legend only when the range has some.
    static let cramCharacter: (Character, StatsRole, StatsKind) = ("*", .cram, .cram)
}

/// One report drawn at one width in one language: a method per section.
struct StatsDrawing {
    let report: StatsReport
    let width: Int
    let language: Language

    func say(_ message: some Message) -> String { message.text(language) }

    func heading(_ section: StatsSection) -> StatsLine {
        StatsLine("== " + say(StatsMessage.section(section)) + " ==", .heading)
    }

    /// A sentence, wrapped at spaces to the width.
    func text(_ sentence: String, _ role: StatsRole? = nil) -> [StatsLine] {
        DisplayWrap.words(sentence, width: width).map { StatsLine($0, role) }
    }

    func percent(_ share: Double?) -> String { share.map(StatsNumber.percent) ?? say(StatsMessage.notAvailable) }
    func decimal(_ value: Double?) -> String { value.map(StatsNumber.decimal) ?? say(StatsMessage.notAvailable) }
    func duration(_ seconds: Double) -> String { LocalizedFormat.duration(seconds: Int(seconds.rounded()), language: language) }

    /// Characters and names of the kinds, side by side: `. Learning  + Relearning  ...`.
    func legend(_ entries: [(Character, StatsRole, String)]) -> [StatsLine] {
        var line = StatsLine([])
        var lines: [StatsLine] = []
        for (character, role, name) in entries {
            let entryWidth = DisplayWidth.of(name) + 4
            if line.width > 0, line.width + entryWidth > width {
                lines.append(line)
                line = StatsLine([])
            }
            line.append(String(character), role)
            line.append(" " + name + "  ", .axis)
        }
        lines.append(line)
        return lines
    }

    // MARK: Today

    func today() -> [StatsLine] {
        let today = report.studiedToday
        guard today.reviews > 0 else { return [heading(.today)] + text(say(StatsMessage.noReviews), .axis) }
        var lines = [heading(.today)]
        lines += text(say(StatsFigureMessage.studiedToday(cards: today.cards, time: duration(today.seconds), answers: today.reviews)))
        lines += text(say(StatsFigureMessage.againToday(count: today.again, percent: percent(today.againShare))))
        lines += text(say(StatsFigureMessage.kindsToday(learn: today.learn, review: today.review, relearn: today.relearn)))
        if today.cram > 0 { lines += text(say(StatsFigureMessage.cramToday(today.cram))) }
        let mature = today.matureTotal > 0 ? Double(today.matureCorrect) / Double(today.matureTotal) : nil
        lines += text(say(StatsFigureMessage.matureToday(correct: today.matureCorrect, total: today.matureTotal, percent: percent(mature))))
        return lines
    }

    // MARK: Forecast

    func forecast() -> [StatsLine] {
        let forecast = report.forecast
        guard forecast.total + forecast.overdue > 0 else { return [heading(.forecast)] + text(say(StatsMessage.nothingDue), .axis) }
        let values = forecast.perDay.map(Double.init)
        var lines = [heading(.forecast)]
        lines += dayChart(values.map { [StatsChart.Part(value: $0, character: "#", role: .bar)] }) { day in day == 0 ? "0" : "+\(day)" }
        lines += text(say(StatsMessage.daysFromToday), .axis)
        lines += text(say(StatsFigureMessage.forecastTotal(total: forecast.total, average: decimal(forecast.averagePerDay))))
        lines += text(say(StatsFigureMessage.dueSoon(today: forecast.dueToday, tomorrow: forecast.dueTomorrow, overdue: forecast.overdue)))
        lines += text(say(StatsFigureMessage.dailyLoad(decimal(forecast.dailyLoad))))
        return lines
    }

    /// A chart of one bar per day, or per week or month when the days do not fit; `label`
    /// names the first day of a bar by its index.
    func dayChart(_ days: [[StatsChart.Part]], height: Int = 8, valueLabel: @escaping (Double) -> String = StatsNumber.count,
                  label: @escaping (Int) -> String?) -> [StatsLine] {
        let per = StatsChart.itemsPerBar(days.count, columns: width - 8, days: true)
        let bars = StatsChart.grouped(days, size: per) { group in
            (0..<(group.first?.count ?? 0)).map { part in
                StatsChart.Part(value: group.reduce(0) { $0 + $1[part].value }, character: group[0][part].character, role: group[0][part].role)
            }
        }
        return StatsChart(bars: bars, label: { label($0 * per) }, valueLabel: valueLabel, height: height).lines(width: width)
    }

    // MARK: Reviews

    func reviews() -> [StatsLine] {
        let reviews = report.reviews
        guard reviews.total.total > 0 else { return [heading(.reviews)] + text(say(StatsMessage.noReviews), .axis) }
        let dates = reviews.days.map { String($0.date.dropFirst(5)) }
        let dateLabel = { (index: Int) in index < dates.count ? dates[index] : nil }
        let kinds = StatsText.kindCharacters + (reviews.total.cram > 0 ? [StatsText.cramCharacter] : [])
        func parts(_ values: [Double]) -> [StatsChart.Part] {
            zip(values, kinds).map { StatsChart.Part(value: $0, character: $1.0, role: $1.1) }
        }
        var lines = [heading(.reviews), StatsLine(say(StatsMessage.reviewCount), .axis)]
        lines += dayChart(reviews.days.map { parts([$0.counts.learn, $0.counts.relearn, $0.counts.young, $0.counts.mature, $0.counts.cram].map(Double.init)) },
                          label: dateLabel)
        lines.append(StatsLine(say(StatsMessage.reviewTime), .axis))
        lines += dayChart(reviews.days.map { parts([$0.seconds.learn, $0.seconds.relearn, $0.seconds.young, $0.seconds.mature, $0.seconds.cram].map { $0 / 60 }) },
                          height: 6, label: dateLabel)
        lines += legend(kinds.map { ($0.0, $0.1, say(StatsMessage.kind($0.2))) })
        let studiedShare = reviews.daysInRange > 0 ? Double(reviews.daysStudied) / Double(reviews.daysInRange) : nil
        lines += text(say(StatsFigureMessage.daysStudied(studied: reviews.daysStudied, inRange: reviews.daysInRange, percent: percent(studiedShare))))
        lines += text(say(StatsFigureMessage.reviewTotal(reviews.total.total)))
        lines += text(say(StatsFigureMessage.reviewAverages(perDay: decimal(reviews.averagePerDay), perStudiedDay: decimal(reviews.averagePerStudiedDay))))
        let perAnswer = reviews.averageAnswerSeconds.map { say(StatsFigureMessage.seconds(StatsNumber.decimal($0))) } ?? say(StatsMessage.notAvailable)
        lines += text(say(StatsFigureMessage.reviewTime(total: duration(reviews.totalSeconds), perAnswer: perAnswer, perMinute: decimal(reviews.cardsPerMinute))))
        return lines
    }

    // MARK: Hours

    func hours() -> [StatsLine] {
        let hours = report.hours
        guard hours.contains(where: { $0.reviews > 0 }) else { return [heading(.hours)] + text(say(StatsMessage.noReviews), .axis) }
        let label = { (hour: Int) in hour % 6 == 0 ? "\(hour)" : nil }
        var lines = [heading(.hours), StatsLine(say(StatsMessage.reviewCount), .axis)]
        lines += StatsChart(bars: hours.map { [StatsChart.Part(value: Double($0.reviews), character: "#", role: .bar)] },
                            label: label, valueLabel: StatsNumber.count, height: 6).lines(width: width)
        lines.append(StatsLine(say(StatsMessage.passRate), .axis))
        let rates = hours.map { $0.reviews > 0 ? Double($0.correct) * 100 / Double($0.reviews) : 0 }
        lines += StatsChart(bars: rates.map { [StatsChart.Part(value: $0, character: "=", role: .good)] },
                            label: label, valueLabel: StatsNumber.wholePercent, height: 5, top: 100).lines(width: width)
        lines += text(say(StatsMessage.hourOfDay), .axis)
        return lines
    }
}
