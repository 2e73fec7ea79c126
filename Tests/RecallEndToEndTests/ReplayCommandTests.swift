import Foundation
import Testing
import RecallTestSupport

/// Runs the built `recall replay` as a user or CI would: stdin in, stdout, stderr and status out.
@Suite struct ReplayCommandTests {
    @Test func replaysInterleavedCards() throws {
        let input = """
            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00", "review_duration": 4200}
            {"card_id": 2, "rating": 4, "review_datetime": "2024-01-01T09:05:00+00:00"}
            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:10:00+00:00"}

            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-03T09:10:00.5+00:00"}

            """
        let result = try RecallBinary.run(["replay"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        // py-fsrs 6.3.2 gives exactly these cards (and retrievabilities) for the same reviews.
        #expect(result.stdout == """
            {"card_id": 1, "state": 1, "step": 1, "stability": 2.3065, "difficulty": 2.118103970459016, "due": "2024-01-01T09:10:00+00:00", "last_review": "2024-01-01T09:00:00+00:00", "retrievability": 0}
            {"card_id": 2, "state": 2, "step": null, "stability": 8.2956, "difficulty": 1.0, "due": "2024-01-09T09:05:00+00:00", "last_review": "2024-01-01T09:05:00+00:00", "retrievability": 0}
            {"card_id": 1, "state": 2, "step": null, "stability": 2.3065, "difficulty": 2.111214235785395, "due": "2024-01-03T09:10:00+00:00", "last_review": "2024-01-01T09:10:00+00:00", "retrievability": 1.0}
            {"card_id": 1, "state": 2, "step": null, "stability": 10.971048263078135, "difficulty": 2.1043313908464483, "due": "2024-01-14T09:10:00.500000+00:00", "last_review": "2024-01-03T09:10:00.500000+00:00", "retrievability": 0.9094932559773545}

            """)
    }

    @Test func readsAFileAndAppliesOptions() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("recall-replay-\(UUID().uuidString).jsonl")
        try #"{"card_id": 7, "rating": 1, "review_datetime": "2024-01-01T09:00:00Z"}"#.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try RecallBinary.run(["replay", file.path, "--learning-steps", "", "--maximum-interval", "30"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""state": 2, "step": null, "stability": 0.212, "difficulty": 6.4133, "due": "2024-01-02T09:00:00+00:00""#))
    }

    @Test func sm2Scheduler() throws {
        let result = try RecallBinary.run(["replay", "--scheduler", "sm2", "-"],
                                           stdin: #"{"card_id": 1, "rating": 4, "review_datetime": "2024-01-01T09:00:00+00:00"}"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""stability": 4.0, "difficulty": 2.5, "due": "2024-01-05T09:00:00+00:00""#))
    }

    @Test func badLineNamesItsPlaceAndExits65() throws {
        let input = """
            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:00:00+00:00"}
            {"card_id": 1, "rating": 7, "review_datetime": "2024-01-01T09:10:00+00:00"}
            {"card_id": 1, "rating": 3, "review_datetime": "2024-01-01T09:20:00+00:00"}

            """
        let result = try RecallBinary.run(["replay", "-"], stdin: input)
        #expect(result.status == 65)
        #expect(result.stderr == "<stdin>:2:26: rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got 7\n")
        // Lines before the bad one were printed; nothing after it.
        #expect(result.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ["replay", "--desired-retention", "1.5"],
        ["replay", "--learning-steps", "5x"],
        ["replay", "--parameters", "0.2,1.3"],
        ["replay", "--parameters", "0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.9,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542"],
        ["replay", "--maximum-interval", "0"],
        ["replay", "--scheduler", "sm2", "--desired-retention", "0.9"],
        ["replay", "--scheduler", "anki"],
    ])
    func badOptionsExit64(_ arguments: [String]) throws {
        let result = try RecallBinary.run(arguments, stdin: "")
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func outOfRangeParameterIsNamed() throws {
        var weights = ["0.212", "1.2931", "2.3065", "8.2956", "6.4133", "0.8334", "3.0194", "0.9", "1.8722", "0.1666", "0.796",
                       "1.4835", "0.0614", "0.2629", "1.6483", "0.6014", "1.8729", "0.5425", "0.0912", "0.0658", "0.1542"]
        weights[7] = "0.9"
        let result = try RecallBinary.run(["replay", "--parameters", weights.joined(separator: ",")], stdin: "")
        #expect(result.stderr.contains("w7 = 0.9 is out of bounds: 0.001 to 0.75"))
    }

    @Test func hasHelp() throws {
        let result = try RecallBinary.run(["replay", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--desired-retention"))
        #expect(result.stdout.contains("FILE:LINE:COL"))
    }
}
