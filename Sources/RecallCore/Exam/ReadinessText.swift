import Foundation

/// Readiness as lines of text, for `recall exam` and the exam screen alike (one rendering, so
/// both say the same): the exam, the two figures, the domains as a table with an ASCII bar of
/// the exam-day figure (`#`, no block elements: they are ambiguous-width in CJK locales), the
/// cards at risk, the plan and the quiz trend. Lines fit `width` columns by display width
/// where the content allows (a domain table's bar is dropped before a line overflows).
public enum ReadinessText {
    public static func lines(_ r: ExamReadiness, width: Int, language: Language) -> [String] {
        func say(_ m: ReadinessMessage) -> String { m.text(language) }
        var lines = [say(.title(deck: r.deck))]
        if let exam = r.exam {
            let at = String(exam.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
            lines.append(exam.over ? say(.examOver(at: at)) : say(.exam(at: at, days: exam.daysLeft, target: percent(exam.target, digits: 0))))
        } else {
            lines.append(say(.noExam))
        }
        lines.append(say(.counts(cards: r.counts.cards, new: r.counts.new, studied: r.counts.studied)))
        if r.counts.sm2 > 0 { lines.append(say(.sm2LeftOut(r.counts.sm2))) }
        if r.counts.suspended > 0 { lines.append(say(.suspendedLeftOut(r.counts.suspended))) }
        guard let now = r.readinessNow else {
            lines.append(say(.noFSRSCards))
            return lines
        }
        lines.append("")
        lines.append(say(.readinessNow(percent(now))))
        if let atExam = r.readinessAtExam { lines.append(say(.readinessAtExam(percent(atExam)))) }
        lines.append(say(.readinessMeaning))
        lines.append("")
        lines += domainTable(r, width: width, language: language)
        if let atRisk = r.atRisk, let target = r.exam?.target {
            lines.append("")
            lines.append(atRisk.count == 0 ? say(.noneAtRisk(target: percent(target, digits: 0)))
                                           : say(.atRisk(count: atRisk.count, target: percent(target, digits: 0))))
            lines += atRisk.first.map { "  " + percent($0.retrievabilityAtExam ?? 0) + "  " + $0.id }
        }
        if let plan = r.plan {
            lines.append("")
            lines.append(say(.planTitle(days: plan.days, newPerDay: plan.newPerDay, reviewsPerDay: plan.reviewsPerDay, seed: plan.seed)))
            lines.append(say(.lastNewCard(day: plan.lastNewCardDay)))
            lines.append(say(.ifStudying(percent(plan.readinessIfStudying), atExam: r.readinessAtExam != nil)))
            if plan.targetReachable != nil, let target = r.exam?.target {
                lines.append(say(.newPerDayForTarget(plan.newPerDayForTarget, target: percent(target, digits: 0))))
            }
        }
        lines.append("")
        lines += trend(r.trend, language: language)
        return lines
    }

    /// `87.3%`: a share as a percentage.
    public static func percent(_ share: Double, digits: Int = 1) -> String {
        let scale = digits == 0 ? 1.0 : 10.0
        let value = (share * 100 * scale).rounded() / scale
        return (digits == 0 ? String(Int(value)) : String(format: "%.1f", value)) + "%"
    }

    static func domainTable(_ r: ExamReadiness, width: Int, language: Language) -> [String] {
        let withExam = r.readinessAtExam != nil
        let header: [ReadinessMessage] = [.domainColumn, .cardsColumn, .nowColumn] + (withExam ? [.examColumn, .atRiskColumn] : [])
        let rows = [header.map { $0.text(language) }] + r.domains.map { d in
            [DomainName.domain(d.domain).text(language), String(d.cards), percent(d.readinessNow)]
                + (withExam ? [percent(d.readinessAtExam ?? 0), String(d.atRisk ?? 0)] : [])
        }
        let table = TextTable.lines(rows, rightAligned: Set(1..<rows[0].count))
        let tableWidth = table.map { DisplayWidth.of($0) }.max() ?? 0
        let cells = min(20, width - tableWidth - 2)
        guard cells >= 5 else { return table }
        return table.enumerated().map { n, line in
            guard n > 0 else { return line }
            let domain = r.domains[n - 1]
            let filled = Int(((domain.readinessAtExam ?? domain.readinessNow) * Double(cells)).rounded())
            return DisplayWidth.padded(line, to: tableWidth) + "  "
                + String(repeating: "#", count: filled) + String(repeating: ".", count: cells - filled)
        }
    }

    static func trend(_ trends: [ExamReadiness.DomainTrend], language: Language) -> [String] {
        guard !trends.isEmpty else { return [ReadinessMessage.noQuizzes.text(language)] }
        let rows = trends.map { t in
            [DomainName.domain(t.domain).text(language), t.percents.suffix(8).map { "\($0)%" }.joined(separator: " "),
             ReadinessMessage.trendChange(t.change).text(language)]
        }
        return [ReadinessMessage.trendTitle.text(language)] + TextTable.lines(rows).map { "  " + $0 }
    }
}
