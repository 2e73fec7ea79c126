import Testing
import RecallCore

/// The rows of py-fsrs's csv log as `recall stats --log` reads them, and where a bad one is wrong.
@Suite struct PyFSRSCSVRowTests {
    func failure(_ line: String) -> PyFSRSCSVRow.ParseError? {
        if case .failure(let error) = PyFSRSCSVRow.parse(line) { return error }
        return nil
    }

    @Test func readsARowOfTheReferenceLog() throws {
        let row = try PyFSRSCSVRow.parse("1711684780667,3,2024-03-29T20:32:39.497000+00:00,7241").get()
        #expect(row == PyFSRSReview(cardID: 1_711_684_780_667, rating: .good,
                                    reviewedAt: try #require(Instant(iso8601: "2024-03-29T20:32:39.497000+00:00")),
                                    durationMilliseconds: 7241))
    }

    @Test func anEmptyDurationIsUnknown() throws {
        let row = try PyFSRSCSVRow.parse("7,1,2024-01-01T09:00:00+00:00,").get()
        #expect(row.durationMilliseconds == nil)
        #expect(row.rating == .again)
    }

    @Test func theHeaderIsKnownExactlyWithOrWithoutAByteOrderMark() {
        var header = PyFSRSCSVRow.header
        var other = "card_id,rating,review_datetime,review_duration"
        #expect(header.withUTF8 { PyFSRSCSVRow.isHeader($0[...]) })
        var marked = "\u{FEFF}" + PyFSRSCSVRow.header
        #expect(!other.withUTF8 { PyFSRSCSVRow.isHeader($0[...]) })
        #expect(marked.withUTF8 { PyFSRSCSVRow.isHeader($0[...]) })
    }

    @Test func eachBadFieldIsReportedAtItsColumn() {
        #expect(failure("1,3,2024-01-01T09:00:00+00:00") == .init(column: 1, problem: .csvFieldCount(got: 3)))
        #expect(failure("x1,3,2024-01-01T09:00:00+00:00,5") == .init(column: 1, problem: .csvCardID))
        #expect(failure("1,5,2024-01-01T09:00:00+00:00,5") == .init(column: 3, problem: .csvRating(got: "5")))
        #expect(failure("12,3,2024-01-01T09:00:00,5") == .init(column: 25, problem: .csvTime(.missingOffset)))
        #expect(failure("1,3,2024-01-01T09:00:00+00:00,1.5") == .init(column: 31, problem: .csvDuration))
        #expect(failure("1,3,2024-01-01T09:00:00+00:00,-1") == .init(column: 31, problem: .csvDuration))
    }

    @Test func theMessagesSayTheFieldInBothLanguages() {
        #expect(StatsCommandMessage.csvRating(got: "5").english
                == "review_rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got '5'")
        #expect(StatsCommandMessage.csvRating(got: "5").korean
                == "review_rating 값은 1(Again), 2(Hard), 3(Good), 4(Easy) 중 하나여야 합니다. 받은 값: '5'")
    }
}
