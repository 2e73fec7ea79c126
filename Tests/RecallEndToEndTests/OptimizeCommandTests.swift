import Foundation
import RecallCore
@testable import RecallStore
import RecallTestSupport
import Testing

/// Issue 17: `recall optimize` as a learner runs it, on a data folder of a few hundred answers
/// written through the store, and with `--log` on the reference log. The tests that fit or make
/// items run the optimizer's core (parts O1 and O2): they pass once it is merged.
@Suite struct OptimizeCommandTests {
    static let fixture = PackageFolder.root.appendingPathComponent("Tests/Fixtures/py-fsrs-review-log.csv").path
    static let start = Instant(iso8601: "2026-01-05T09:00:00Z")!

    /// Two decks (40 VPC cards, 10 IAM cards), each card answered at its due date (plus up to
    /// five hours) for 120 days, with seeded grades: about 600 answers, no fuzz.
    static func studied(cards: Int = 50, days: Int = 120) throws -> StudyScratch {
        let vpc = (0..<min(cards, 40)).map { "## VPC \($0)?\n<!-- id: v\($0) -->\nA\n" }.joined(separator: "\n")
        let s = try StudyScratch(deck: "---\ndeck: AWS::VPC\n---\n" + vpc)
        if cards > 40 {
            let iam = (40..<cards).map { "## IAM \($0)?\n<!-- id: i\($0) -->\nB\n" }.joined(separator: "\n")
            try s.scratch.write("Decks/iam.md", "---\ndeck: AWS::IAM\n---\n" + iam)
        }
        try s.scratch.write("data/config.json", #"{"fuzz": false}"#)
        let store = try ProgressStore.open(folder: s.data, now: start, sync: FileSync { _ in 0 })
        var random = SeededRandom(seed: 17)
        var next = (0..<cards).map { (card: $0 < 40 ? "v\($0)" : "i\($0)", time: start + .minutes(Int64($0))) }
        while let n = next.indices.min(by: { next[$0].time < next[$1].time }), next[n].time < start + .days(days) {
            let (card, time) = next[n]
            // Forgetting grows with the days since the last answer, so the fit has something to find.
            let last = store.state.cards[card]?.schedule?.lastReview
            let days = last.map { Double((time - $0).microseconds / 86_400_000_000) } ?? 0
            let roll = Double(random.next() % 1000) / 1000
            let rating: Rating = roll < 0.05 + days / 200 ? .again : roll > 0.93 ? .easy : roll > 0.88 ? .hard : .good
            let deck = card.hasPrefix("v") ? "AWS::VPC" : "AWS::IAM"
            try store.record(ReviewRecord(card: card, rating: rating, durationMilliseconds: 4_000, scheduler: .fsrs,
                                          deck: deck, file: "Decks/\(deck == "AWS::VPC" ? "vpc" : "iam").md"), at: time)
            let due = store.state.cards[card]!.schedule!.due
            next[n].time = max(due, time + .minutes(1)) + .minutes(Int64(random.next() % 300))
        }
        try store.close()
        return s
    }

    /// Every card's schedule as `recall due` and `show` load it (the config's weights).
    static func schedules(_ s: StudyScratch) throws -> [String: CardSchedule] {
        try ProgressLoader.loadForReading(folder: s.data).0.state.cards.compactMapValues(\.schedule)
    }

    static func object(_ output: RecallBinary.Output) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any], "\(output.stdout)")
    }

    /// The "parameters" array of `--json`, each number read by `Double(String)`, which is exact:
    /// `JSONSerialization` may round a double's last digit differently.
    static func parameters(_ output: RecallBinary.Output) -> [Double]? {
        guard let start = output.stdout.range(of: "\"parameters\" : [") else { return nil }
        let rest = output.stdout[start.upperBound...]
        guard let end = rest.firstIndex(of: "]") else { return nil }
        return rest[..<end].split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    static func config(_ s: StudyScratch) throws -> StudyConfig {
        try StudyConfig.load(s.file("config.json"))
    }

    @Test func theReportHasItsSections() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let output = try s.run(["optimize", "--decks", "Decks", "--lang", "en"])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Fitted to ") == true, "\(output.stdout)")
        #expect(lines.contains("Outcome: trained."))
        let heading = try #require(lines.firstIndex(of: "Parameters (w0 to w20):"))
        let weights = lines[(heading + 1)...(heading + 3)].flatMap { $0.split(separator: ",") }
        #expect(weights.count == 21)
        #expect(lines.contains { $0.hasPrefix("Current: log loss ") && $0.contains("RMSE(bins) ") })
        #expect(lines.contains { $0.hasPrefix("Fitted:  log loss ") })
        #expect(lines.last?.contains("predict better") == true || lines.last?.contains("not better") == true)
        // Nothing was written without --apply.
        #expect(try Self.config(s).fsrsParameters == nil)
    }

    @Test func jsonIsTheSameInEveryLanguage() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let english = try s.run(["optimize", "--decks", "Decks", "--json", "--lang", "en"])
        let korean = try s.run(["optimize", "--decks", "Decks", "--json", "--lang", "ko"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout == korean.stdout)
        let object = try Self.object(english)
        #expect(Set(object.keys) == ["parameters", "current", "reviews", "items", "trainSet", "initialStabilities", "outcome",
                                     "currentEvaluation", "fittedEvaluation", "better", "applied"])
        #expect((object["parameters"] as? [Double])?.count == 21)
        #expect(object["current"] as? [Double] == FSRSParameters.defaultWeights)
        let log = try ProgressLoader.loadForReading(folder: s.data).0.state
        #expect(object["reviews"] as? Int == log.lastSeq(of: log.frontier.keys.first ?? ""))
        #expect((object["items"] as? Int ?? 0) >= 64)
        #expect(object["applied"] as? Bool == false)
        // The Korean report says the same figures.
        let text = try s.run(["optimize", "--decks", "Decks", "--lang", "ko"])
        #expect(text.stdout.contains("매개변수 (w0부터 w20까지):"))
    }

    @Test func applyKeepsDueDatesAndChangesMemoryThenRevertBringsItBack() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let before = try Self.schedules(s)
        let showBefore = try s.run(["show", "v3", "--decks", "Decks", "--lang", "en"])
        let applied = try s.run(["optimize", "--decks", "Decks", "--apply", "--json"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let object = try Self.object(applied)
        try #require(object["better"] as? Bool == true, "the fit beats the defaults on this learner")
        #expect(object["applied"] as? Bool == true)
        let config = try Self.config(s)
        #expect(config.fsrsParameters == Self.parameters(applied))
        #expect(config.fsrsParametersPrevious == nil)
        #expect(config.fsrsParametersEarlier.count == 1)
        #expect(config.fsrsParametersFitted?.items == object["items"] as? Int)

        let after = try Self.schedules(s)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.allSatisfy { $0.value.due == before[$0.key]?.due && $0.value.state == before[$0.key]?.state })
        #expect(after.filter { $0.value.stability != before[$0.key]?.stability }.count > before.count / 2)
        let showAfter = try s.run(["show", "v3", "--decks", "Decks", "--lang", "en"])
        func line(_ output: RecallBinary.Output, _ key: String) -> String? {
            output.stdout.split(separator: "\n").first { $0.hasPrefix(key) }.map(String.init)
        }
        #expect(line(showAfter, "due:") == line(showBefore, "due:"))
        #expect(line(showAfter, "stability:") != line(showBefore, "stability:"))
        let due = try s.run(["due", "--decks", "Decks", "--json", "--at", "2026-05-10T12:00:00Z"])
        #expect(due.status == 0)

        let reverted = try s.run(["optimize", "--revert", "--lang", "en"])
        #expect(reverted.status == 0, "\(reverted.stderr)")
        #expect(reverted.stdout.contains("Restored the default parameters"))
        #expect(try Self.config(s).fsrsParameters == nil)
        let back = try Self.schedules(s)
        #expect(back == before)
    }

    @Test func rescheduleIsAReplayUnderTheFittedWeights() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let before = try Self.schedules(s)
        let output = try s.run(["optimize", "--decks", "Decks", "--apply", "--reschedule", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        try #require(try Self.object(output)["applied"] as? Bool == true)
        let config = try Self.config(s)
        #expect(config.fsrsParametersEarlier.isEmpty)
        let after = try Self.schedules(s)
        let log = try #require(try LogFiles.find(folder: s.data))
        var entries: [LogEntry] = []
        _ = try log.read { entries.append($0) }
        #expect(after == ProgressState.replay(entries, schedulers: try SchedulerSet(config: config)).cards.compactMapValues(\.schedule))
        #expect(after.contains { $0.value.due != before[$0.key]?.due }, "rescheduling moves due dates")
    }

    @Test func evaluatePrintsTheCurrentWeightsInSampleAndBySplits() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let json = try s.run(["optimize", "--decks", "Decks", "--evaluate", "--json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try Self.object(json)
        #expect(Set(object.keys) == ["parameters", "items", "inSample", "timeSeriesSplits"])
        #expect(object["parameters"] as? [Double] == FSRSParameters.defaultWeights)
        #expect((object["inSample"] as? [String: Double])?.keys.sorted() == ["logLoss", "rmseBins"])
        #expect((object["timeSeriesSplits"] as? [String: Double])?["logLoss"] != nil)
        let text = try s.run(["optimize", "--decks", "Decks", "--evaluate", "--lang", "en"])
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Current parameters on ") == true)
        #expect(lines.contains { $0.hasPrefix("In-sample:") } && lines.contains { $0.hasPrefix("Time-series splits:") })
    }

    @Test func aDeckAndItsSubDecksAlone() throws {
        let s = try Self.studied()
        defer { s.remove() }
        let all = try Self.object(try s.run(["optimize", "--decks", "Decks", "--json", "--epochs", "0"]))
        let iam = try Self.object(try s.run(["optimize", "--decks", "Decks", "--json", "--epochs", "0", "--deck", "aws::iam"]))
        #expect((iam["reviews"] as? Int ?? 0) > 0)
        #expect((iam["reviews"] as? Int ?? 0) < (all["reviews"] as? Int ?? 0) / 3)
        let unknown = try s.run(["optimize", "--decks", "Decks", "--deck", "AWS::EC2"])
        #expect(unknown.status == 64)
    }

    @Test func tooFewReviewsGiveTheDefaultsAndApplyDoesNothing() throws {
        let s = try Self.studied(cards: 3, days: 3)
        defer { s.remove() }
        let output = try s.run(["optimize", "--decks", "Decks", "--apply", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try Self.object(output)
        #expect((object["outcome"] as? String)?.hasPrefix("defaults") == true)
        #expect(object["parameters"] as? [Double] == FSRSParameters.defaultWeights)
        #expect(object["better"] as? Bool == false && object["applied"] as? Bool == false)
        #expect(try Self.config(s).fsrsParameters == nil)
        let text = try s.run(["optimize", "--decks", "Decks", "--lang", "en"])
        #expect(text.stdout.contains("Outcome: defaults"))
        #expect(text.stdout.contains("not better"))
        // An empty data folder: nothing to fit, no error.
        let empty = try RecallBinary.run(["optimize", "--json", "--data-dir", s.scratch.file("nothing")])
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(try Self.object(empty)["items"] as? Int == 0)
    }

    /// The reference log with fsrs-rs's day rule: its 6,276 items and the pretrained initial
    /// stabilities (notes 2.x: fsrs-rs-python 0.9.3, `num_epochs=0`, one batch).
    @Test func theReferenceLogGivesFSRSRsItemsAndInitialStabilities() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let calendar = ["--log", Self.fixture, "--day-rule", "calendar", "--timezone", "UTC", "--rollover", "4",
                        "--data-dir", scratch.file("data")]
        let items = try RecallBinary.run(["optimize", "--print-items"] + calendar)
        #expect(items.status == 0, "\(items.stderr)")
        let list = try #require(try Self.object(items)["items"] as? [[[Int]]])
        #expect(list.count == 6_276)
        #expect(list.allSatisfy { $0.first?.last == 0 && $0.allSatisfy { $0.count == 2 } })
        let fit = try Self.object(try RecallBinary.run(["optimize", "--json", "--epochs", "0", "--batch-size", "1048576"] + calendar))
        let s0 = try #require(fit["initialStabilities"] as? [Double])
        for (mine, theirs) in zip(s0, [0.0615, 0.5169, 2.2699, 8.0064]) { #expect(abs(mine - theirs) < 1e-4) }
        #expect(fit["reviews"] as? Int == 12_580)
        // fsrs-rs's `evaluate` of the defaults on these items (notes 2.x: 0.45347 / 0.0766). The
        // default fit and `--evaluate`'s splits are compared with fsrs-rs by the release-built
        // check stage (`Scripts/checks.d/fsrs-rs-optimizer`).
        let current = try #require(fit["currentEvaluation"] as? [String: Double])
        #expect(abs(current["logLoss", default: 0] - 0.45347) < 5e-5 && abs(current["rmseBins", default: 0] - 0.0766) < 5e-5)
        // Elapsed days (the default) make other items from the same answers.
        let elapsed = try Self.object(try RecallBinary.run(["optimize", "--print-items", "--log", Self.fixture,
                                                             "--data-dir", scratch.file("data")]))
        #expect((elapsed["items"] as? [[[Int]]])?.count != nil)
    }

    @Test func badOptionsExit64() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let cases: [[String]] = [
            ["--day-rule", "local"], ["--day-rule", "calendar", "--timezone", "Mars/Base"], ["--rollover", "4"],
            ["--day-rule", "calendar", "--rollover", "24"], ["--reschedule"], ["--apply", "--revert"],
            ["--evaluate", "--print-items"], ["--epochs", "-1"], ["--batch-size", "0"], ["--deck", "AWS", "--log", Self.fixture],
            ["--log", Self.fixture, "--apply"], ["--seed", "x"],
        ]
        for arguments in cases {
            let output = try RecallBinary.run(["optimize", "--lang", "en", "--data-dir", scratch.file("data")] + arguments)
            #expect(output.status == 64, "\(arguments): \(output.stderr)")
            #expect(!output.stderr.isEmpty)
        }
        let korean = try RecallBinary.run(["optimize", "--lang", "ko", "--day-rule", "local", "--data-dir", scratch.file("data")])
        #expect(korean.stderr.contains("--day-rule은 elapsed 또는 calendar여야 합니다"))
    }

    @Test func aDamagedLogIsItsFileAndLineAndRevertWithNothingAppliedIsNoError() throws {
        let scratch = try TempFolder()
        defer { scratch.remove() }
        let csv = try scratch.write("log.csv", "card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T09:00:00+00:00,\n1,7,2024-01-02T09:00:00+00:00,\n")
        let output = try RecallBinary.run(["optimize", "--log", csv, "--lang", "en", "--data-dir", scratch.file("data")])
        #expect(output.status == 65)
        #expect(output.stderr.hasPrefix("\(csv):3:"), "\(output.stderr)")
        let missing = try RecallBinary.run(["optimize", "--log", scratch.file("none.csv"), "--data-dir", scratch.file("data")])
        #expect(missing.status == 66)
        let revert = try RecallBinary.run(["optimize", "--revert", "--lang", "en", "--data-dir", scratch.file("data")])
        #expect(revert.status == 0, "\(revert.stderr)")
        #expect(revert.stdout.contains("Nothing to revert"))
        let badConfig = try scratch.write("data/config.json", #"{"fsrsParameters": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]}"#)
        let refused = try RecallBinary.run(["optimize", "--lang", "en", "--data-dir", scratch.file("data")])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains(badConfig) && refused.stderr.contains("FSRS-4.5"), "\(refused.stderr)")
    }
}
