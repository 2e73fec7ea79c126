import Foundation
import RecallCore
@testable import RecallTUI
import Testing

/// The home screen's help says which FSRS weights schedule the cards: the defaults, weights
/// set by hand, or the day of the last fit (local) with its log loss before and after.
@Suite struct HomeParametersLineTests {
    @Test func theLineFollowsTheConfig() throws {
        var config = StudyConfig()
        let seoul = try #require(TimeZone(identifier: "Asia/Seoul"))
        #expect(HomeScreen.parametersLine(config, timeZone: seoul).text(.en) == "FSRS parameters: defaults")
        config.fsrsParameters = FSRSParameters.defaultWeights.map { $0 }
        config.fsrsParameters![0] = 0.3
        #expect(HomeScreen.parametersLine(config, timeZone: seoul) == .fsrsCustom)
        // 20:30 UTC is the next morning in Seoul.
        let at = try #require(Instant(iso8601: "2026-12-01T20:30:00+00:00"))
        config.fsrsParametersFitted = FSRSParametersFitted(at: at, reviews: 3_000, items: 1_500,
                                                           before: FSRSEvaluation(logLoss: 0.4444, rmseBins: 0.05),
                                                           after: FSRSEvaluation(logLoss: 0.4213, rmseBins: 0.04))
        let line = HomeScreen.parametersLine(config, timeZone: seoul)
        #expect(line.text(.en) == "FSRS parameters: fitted 2026-12-02, log loss 0.444 -> 0.421")
        #expect(line.text(.ko) == "FSRS 매개변수: 2026-12-02에 맞춤, log loss 0.444 -> 0.421")
        #expect(HomeScreen.parametersLine(config, timeZone: TimeZone(identifier: "UTC")!).text(.en).contains("2026-12-01"))
    }
}

extension HomeParametersLineTests {
    /// `o` asks the executable to fit the weights; the help lists it beside the weights' line.
    @Test func oAsksForAFit() {
        var home = HomeScreen(data: StudyData(library: DeckLibrary(decks: [], diagnostics: []), progress: ProgressState(),
                                              config: StudyConfig(), schedulers: try! SchedulerSet(),
                                              timeZone: TimeZone(identifier: "UTC")!, studiedDays: []),
                              now: Instant(microsecondsSinceEpoch: 0))
        #expect(home.update(.character("o")) == .optimize)
        let help = home.help()
        #expect(help.contains { $0.0 == "o" && $0.1 == "fit the FSRS parameters now" })
        #expect(help.contains { $0.1 == "FSRS parameters: defaults" })
    }
}
