import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct PyFSRSLogLineTests {
    @Test func readsPyFSRSReviewLogs() throws {
        let entry = try PyFSRSLogLine.parse(
            #"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}"#).get()
        #expect(entry == PyFSRSReview(cardID: 1, rating: .good, reviewedAt: clock.start, durationMilliseconds: 4200))
    }

    @Test func durationIsOptionalAndOtherKeysAreIgnored() throws {
        let line = #" { "extra": [1, {"a": null}, "x\"y"], "review_datetime":"2024-01-01T09:00:00Z","rating":1,"#
            + #""card_id":-7,"review_duration":null, "more": -1.5e3 } "#
        let entry = try PyFSRSLogLine.parse(line).get()
        #expect(entry == PyFSRSReview(cardID: -7, rating: .again, reviewedAt: clock.start))
    }

    @Test func keysWithEscapesStillMatch() throws {
        let entry = try PyFSRSLogLine.parse(
            #"{"card\u005fid": 2, "rating": 4, "review_datetime": "2024-01-01T09:00:00\u002B00:00"}"#).get()
        #expect(entry.cardID == 2 && entry.rating == .easy && entry.reviewedAt == clock.start)
    }

    @Test(arguments: [
        (#"{"card_id": 1, "rating": 5, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, 26, "rating must be"),
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00"}"#, 68, "missing UTC offset"),
        (#"{"card_id": 1, "rating": 3}"#, 1, #"missing "review_datetime""#),
        (#"{"card_id": "1", "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, 13, "card_id must be"),
        (#"{"card_id": 1.5, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, 13, "card_id must be"),
        (#"{"card_id": 1 "rating": 3}"#, 15, "expected ',' or '}'"),
        (#"[1, 2]"#, 1, "expected a JSON object"),
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"} x"#, 77, "unexpected text"),
        (#"{"é": 1, "card_id": 1, "rating": 0, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, 34, "rating must be"),
        (#"{"card_id": 99999999999999999999, "rating": 3}"#, 13, "out of range"),
    ])
    func reportsTheColumn(_ line: String, _ column: Int, _ words: String) {
        guard case .failure(let error) = PyFSRSLogLine.parse(line) else {
            Issue.record("parsed: \(line)")
            return
        }
        #expect(error.column == column, "\(line): \(error.message)")
        #expect(error.message.contains(words), "\(line): \(error.message)")
    }
}

@Suite struct ReplayTests {
    @Test func interleavedCardsAreIndependentAndLinesArePyFSRSShaped() throws {
        var replay = Replay(scheduler: try FSRSScheduler(settings: FSRSSettings(fuzz: false)))
        var out: [UInt8] = []
        let lines = [
            #"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}"#,
            #"{"card_id": 2, "rating": 1, "review_datetime": "2024-01-01T09:00:30+00:00"}"#,
            #"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:10:00+00:00"}"#,
        ]
        for var line in lines {
            let error = line.withUTF8 { replay.replay(line: $0[...], into: &out) }
            #expect(error == nil)
        }
        #expect(String(decoding: out, as: UTF8.self) == """
            {"card_id": 1, "state": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016, "due": "2024-01-01T09:10:00+00:00", "last_review": "2024-01-01T09:00:00+00:00", "retrievability": 0}
            {"card_id": 2, "state": 1, "step": 0, "stability": 0.212, "difficulty": 6.4133, "due": "2024-01-01T09:01:30+00:00", "last_review": "2024-01-01T09:00:30+00:00", "retrievability": 0}
            {"card_id": 1, "state": 2, "step": null, "stability": 2.3065, "difficulty": 2.111214235785395, "due": "2024-01-03T09:10:00+00:00", "last_review": "2024-01-01T09:10:00+00:00", "retrievability": 1.0}

            """)
        #expect(replay.cards.count == 2)
    }

    @Test func sm2ReportsIntervalAndEase() throws {
        var settings = SM2Settings()
        settings.fuzz = false
        var replay = Replay(scheduler: try SM2Scheduler(settings: settings))
        var out: [UInt8] = []
        var line = #"{"card_id": 1, "rating": 4, "review_datetime": "2024-01-01T09:00:00+00:00"}"#
        _ = line.withUTF8 { replay.replay(line: $0[...], into: &out) }
        #expect(String(decoding: out, as: UTF8.self).contains(#""state": 2, "step": null, "stability": 4.0, "difficulty": 2.5, "due": "2024-01-05T09:00:00+00:00""#))
    }
}

/// py-fsrs's own layout is read by position (`CanonicalReviewLog`); it must agree with the
/// general reader on every line it accepts, and leave every other line to it.
@Suite struct CanonicalReviewLogTests {
    @Test(arguments: [
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}"#, true),
        (#"{"card_id": -12, "rating": 1, "review_datetime": "2024-01-01T09:00:00.250000Z", "review_duration": null}"#, true),
        (#"{"card_id": 9007199254740993, "rating": 4, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, true),
        (#"{"card_id": 0, "rating": 2, "review_datetime": "2024-01-01T10:00:00+01:00"}"#, true),
        (#"{"card_id":1,"rating":3,"review_datetime":"2024-01-01T09:00:00+00:00"}"#, false),
        (#"{"card_id": 01, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, false),
        (#"{"card_id": 1, "rating": 5, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, false),
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00\u002B00:00"}"#, false),
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 1.5}"#, false),
        (#"{"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"} "#, false),
        (#"{"card_id": 1234567890123456789, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}"#, false),
    ])
    func agreesWithTheGeneralReader(_ line: String, _ fast: Bool) {
        var line = line
        line.withUTF8 { bytes in
            let canonical = CanonicalReviewLog.read(bytes[...])
            #expect((canonical != nil) == fast)
            if let canonical {
                #expect((try? PyFSRSLogLine.parseAnyLayout(bytes[...]).get()) == canonical)
            }
        }
    }
}
