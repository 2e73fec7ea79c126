import Foundation
import Testing
import RecallCore

/// `config.json`'s FSRS weights: 21 values inside fsrs-rs's clipper bounds (py-fsrs's table),
/// FSRS-4.5's 17 and FSRS-5's 19 refused by name, and the apply record kept as written.
@Suite struct StudyConfigFSRSParametersTests {
    static func decode(_ json: String) -> Result<StudyConfig, ProgressError> {
        Result { () throws(ProgressError) in try StudyConfig.decode(Data(json.utf8), path: "data/config.json") }
    }

    static func weights(_ list: [Double]) -> String { "[" + list.map { "\($0)" }.joined(separator: ",") + "]" }

    @Test func twentyOneWeightsInsideTheBoundsAreUsedByTheScheduler() throws {
        var list = FSRSParameters.defaultWeights
        list[0] = 0.5
        let config = try Self.decode(#"{"fsrsParameters": \#(Self.weights(list))}"#).get()
        #expect(config.fsrsParameters == list)
        let schedulers = try SchedulerSet(config: config)
        #expect(schedulers.fsrs.settings.parameters.weights == list)
        let card = schedulers.fsrs.review(.new(cardID: "c", due: Instant(microsecondsSinceEpoch: 0)), rating: .again,
                                          at: Instant(microsecondsSinceEpoch: 0))
        #expect(card.stability == 0.5)
    }

    @Test(arguments: [17, 19]) func olderFSRSWeightsAreRefusedByName(count: Int) {
        let json = #"{"fsrsParameters": \#(Self.weights(Array(FSRSParameters.defaultWeights.prefix(count))))}"#
        #expect(throws: ProgressError.badConfig(file: "data/config.json",
                                                reason: .olderFSRSParameters(key: "fsrsParameters", count: count))) {
            try Self.decode(json).get()
        }
        #expect(ConfigMessage.olderFSRSParameters(key: "fsrsParameters", count: count).english.contains("FSRS-6's 21"))
    }

    @Test func anotherCountOrAWeightOutOfBoundsIsAConfigError() throws {
        var list = FSRSParameters.defaultWeights
        list[7] = 0.9
        guard case .failure(.badConfig(let file, .schedulerSettings(.parameters(let error)))) =
                Self.decode(#"{"fsrsParameters": \#(Self.weights(list))}"#) else {
            Issue.record("w7 = 0.9 was taken")
            return
        }
        #expect(file == "data/config.json")
        #expect(error.issues == [.outOfBounds(index: 7, value: 0.9, lower: 0.001, upper: 0.75)])
        let twenty = #"{"fsrsParametersPrevious": \#(Self.weights(Array(list.prefix(20))))}"#
        guard case .failure(.badConfig(_, .schedulerSettings(.parameters(let count)))) = Self.decode(twenty) else {
            Issue.record("20 weights were taken")
            return
        }
        #expect(count.issues == [.count(expected: 21, got: 20)])
        guard case .failure(.badConfig(_, .badValue(let key, _))) =
                Self.decode(#"{"fsrsParametersEarlier": [{"until": "yesterday"}]}"#) else {
            Issue.record("a bad time was taken")
            return
        }
        #expect(key.hasPrefix("fsrsParametersEarlier"))
    }

    @Test func theApplyRecordRoundTrips() throws {
        var config = StudyConfig()
        let at = Instant(iso8601: "2026-12-01T20:30:00+00:00")!
        let fitted = FSRSParametersFitted(at: at, reviews: 12_580, items: 6_276,
                                          before: FSRSEvaluation(logLoss: 0.4535, rmseBins: 0.061),
                                          after: FSRSEvaluation(logLoss: 0.444428, rmseBins: 0.05158))
        var list = FSRSParameters.defaultWeights
        list[20] = 0.2
        config.applyFSRSWeights(list, at: at, reschedule: false, fitted: fitted)
        let read = try StudyConfig.decode(Data(config.fileBytes), path: "config.json")
        #expect(read == config)
        #expect(read.fsrsParametersFitted == fitted && read.fsrsParametersPrevious == nil)
        #expect(read.fsrsParametersEarlier == [FSRSWeightsEra(parameters: nil, until: at)])
        #expect(StudyConfig().fileBytes == (try StudyConfig.decode(Data("{}".utf8), path: "c").fileBytes))
    }
}
