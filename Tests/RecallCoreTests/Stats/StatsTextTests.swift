import Foundation
@testable import RecallCore
import RecallTestSupport
import Testing

/// The statistics as text charts (`StatsText`): the exact lines of a hand-built report in both
/// languages at 80 and 40 columns (snapshots in `Fixtures/StatsText/`, written with
/// `RECALL_RECORD_SNAPSHOTS=1` and read before committing), and what must hold at any width:
/// no line wider than asked, only characters one column wide everywhere besides the labels'
/// Hangul, and kinds told apart without colour.
@Suite struct StatsTextTests {
    static let languages: [Language] = [.en, .ko]
    static let widths = [80, 40]

    static func snapshot(_ lines: [StatsLine], _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = lines.map(\.plainText).joined(separator: "\n") + "\n"
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/StatsText/\(name).txt").path
        let record = ProcessInfo.processInfo.environment["RECALL_RECORD_SNAPSHOTS"] == "1"
        if let failure = snapshotFailure(text, path: path, name: name, record: record) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: languages, widths) func theReportDrawsAsItsSnapshot(language: Language, width: Int) {
        Self.snapshot(StatsText.lines(StatsReportFixture.report, width: width, language: language), "report-\(language)-\(width)")
    }

    @Test(arguments: languages) func anEmptyReportSaysSoInEachSection(language: Language) {
        Self.snapshot(StatsText.lines(StatsReportFixture.empty, width: 80, language: language), "empty-\(language)-80")
    }

    /// Hangul syllables and jamo, CJK, and the Braille patterns are the only characters above
    /// ASCII allowed, and each of them has an unambiguous width.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x20..<0x7F).contains(value) || (0x2800...0x28FF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    @Test(arguments: languages) func everyLineFitsAndUsesOnlyUnambiguousCharacters(language: Language) {
        for report in [StatsReportFixture.report, StatsReportFixture.empty, Self.longRange(.year), Self.longRange(.all)] {
            for width in [120, 80, 60, 45, 40, 30] {
                for line in StatsText.lines(report, width: width, language: language) {
                    #expect(line.width <= width, "\(width): \(line.plainText)")
                    #expect(DisplayWidth.of(line.plainText) <= width)
                    let bad = line.plainText.unicodeScalars.filter { !Self.isAllowed($0) }
                    #expect(bad.isEmpty, "\(width): \(bad.map { String(format: "U+%04X", $0.value) }) in \(line.plainText)")
                }
            }
        }
    }

    /// The fixture over a year (or all time, 500 days) of reviews and forecast: bars aggregate.
    static func longRange(_ range: StatsRange) -> StatsReport {
        var report = StatsReportFixture.report
        report.range = range
        let count = range == .year ? 365 : 500
        report.forecast.perDay = (0..<count).map { ($0 * 13) % 29 }
        let base = ISOTimestamp.daysFromCivil(year: 2026, month: 12, day: 1)
        report.reviews.days = (0..<count).map { offset in
            let civil = ISOTimestamp.civilFromDays(base - Int64(count - 1 - offset))
            let counts = KindCounts(learn: offset % 3, relearn: offset % 2, young: offset % 11, mature: offset % 17)
            return ReviewDay(date: String(format: "%04d-%02d-%02d", civil.year, civil.month, civil.day), counts: counts,
                             seconds: KindSeconds(learn: 30, relearn: 10, young: 60, mature: 90))
        }
        return report
    }

    @Test func longRangesAggregateIntoBarsThatFit() throws {
        let lines = StatsText.lines(Self.longRange(.year), width: 80, language: .en).map(\.plainText)
        // 365 days in 72 columns: a bar is a week (53 bars), labelled by the week's first day.
        let forecast = lines.drop { $0 != "== Forecast ==" }
        let base = try #require(forecast.first { $0.hasPrefix("  0 +-") })
        #expect(base == "  0 +" + String(repeating: "-", count: 53))
        #expect(forecast.contains { $0.hasPrefix("     0     +42") && $0.hasSuffix("+364") })
    }

    @Test func withoutColourTheKindsAndHeatLevelsStillShow() {
        let lines = StatsText.lines(StatsReportFixture.report, width: 80, language: .en).map(\.plainText)
        #expect(lines.contains(". Learning  + Relearning  = Young  # Mature"))
        #expect(lines.contains("    less .:oO@ more (most: 44)"))
        // Bars of the reviews use all four characters; the heatmap all five levels.
        let reviews = lines.drop { $0 != "== Reviews ==" }.prefix(12).joined()
        for character in ".+=#" { #expect(reviews.contains(character)) }
        let calendar = lines.drop { $0 != "== Calendar ==" }.prefix(9).joined()
        for character in ".:oO@" { #expect(calendar.contains(character)) }
    }

    @Test func rolesCarryTheKindsForColour() throws {
        let lines = StatsText.lines(StatsReportFixture.report, width: 80, language: .en)
        let roles = Set(lines.flatMap(\.segments).compactMap(\.role))
        for role: StatsRole in [.heading, .axis, .learn, .relearn, .young, .mature, .new, .suspended, .buried, .bar,
                                .heat(0), .heat(1), .heat(4)] {
            #expect(roles.contains(role), "\(role)")
        }
        let legend = try #require(lines.first { $0.plainText.hasPrefix(". Learning") })
        #expect(legend.ansiText.hasPrefix("\u{1B}[31m.\u{1B}[0m"))
        #expect(legend.plainText == legend.segments.map(\.text).joined().withoutTrailingSpaces)
    }

    @Test func heatLevelsRoundUpToQuarters() {
        let drawing = StatsDrawing(report: StatsReportFixture.report, width: 80, language: .en)
        #expect([0, 1, 11, 12, 22, 23, 33, 34, 44].map { drawing.heatLevel($0, maximum: 44) } == [0, 1, 1, 2, 2, 3, 3, 4, 4])
    }
}

