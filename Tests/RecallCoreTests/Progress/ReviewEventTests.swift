import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

@Suite struct ReviewEventTests {
    func parse(_ bytes: [UInt8]) -> Result<LogEntry, LogLineError> {
        var body = bytes
        if body.last == 0x0A { body.removeLast() }
        return body.withUnsafeBufferPointer { LogEntry.parse($0) }
    }

    func parse(_ text: String) -> Result<LogEntry, LogLineError> { parse(Array(text.utf8)) }

    @Test func everyEventRoundTrips() throws {
        let time = TestClock.at("2026-03-01T09:00:00.250000+00:00")
        let events: [ReviewEvent] = [
            .review(ReviewRecord(card: "vpc-nat", rating: .good, durationMilliseconds: 4_200, scheduler: .fsrs,
                                 deck: "AWS::VPC 네트워크", file: "Decks/a \"b\"\\c.md")),
            .review(ReviewRecord(card: "x/c1", rating: .again, scheduler: .sm2, deck: "D", file: "f\n.md")),
            .undo(EventID(device: "", seq: 3)), .suspend(card: "s"), .unsuspend(card: "s"),
            .bury(card: "b", until: TestClock.at("2026-03-02T04:00:00+09:00")),
        ]
        for (index, event) in events.enumerated() {
            let entry = LogEntry(seq: index + 1, time: time, event: event)
            let line = entry.line
            #expect(line.last == 0x0A)
            #expect(line.dropLast().contains(0x0A) == false)
            #expect(try parse(line).get() == entry)
        }
    }

    @Test func reviewLineLayout() {
        let entry = LogEntry(seq: 7, time: TestClock.base, event: .review(review("vpc-nat", .good)))
        // Schema 2: the same fields, then the guard, zlib.crc32 of everything before `,"crc"`.
        #expect(String(decoding: entry.line, as: UTF8.self) ==
            #"{"seq":7,"type":"review","time":"2026-03-01T09:00:00+00:00","card":"vpc-nat","rating":3,"duration":3000,"scheduler":"fsrs","deck":"AWS::VPC","file":"Decks/vpc.md","crc":"6ab8f643"}"# + "\n")
        #expect(String(decoding: entry.schema1Line, as: UTF8.self) ==
            #"{"seq":7,"type":"review","time":"2026-03-01T09:00:00+00:00","card":"vpc-nat","rating":3,"duration":3000,"scheduler":"fsrs","deck":"AWS::VPC","file":"Decks/vpc.md"}"# + "\n")
        let undo = LogEntry(seq: 8, time: TestClock.base, event: .undo(EventID(device: "k7f3q2mzab4c", seq: 7)), device: "k7f3q2mzab4c")
        #expect(String(decoding: undo.line, as: UTF8.self).hasPrefix(#"{"seq":8,"type":"undo","time":"2026-03-01T09:00:00+00:00","undoes":"k7f3q2mzab4c:7","crc":""#))
    }

    @Test func unknownFieldsAreIgnoredAndSpacingIsFree() throws {
        let entry = try parse(#"{ "seq" : 2, "type":"suspend", "time":"2026-03-01T09:00:00Z", "card":"a", "later": {"x":[1,2]} }"#).get()
        #expect(entry.event == .suspend(card: "a"))
        #expect(entry.seq == 2)
    }

    @Test func badLinesSayWhatIsWrong() {
        func message(_ text: String) -> String? {
            if case .failure(let error) = parse(text) { return error.message }
            return nil
        }
        #expect(message("not json") == "expected a JSON object ('{')")
        #expect(message(#"{"seq":1,"type":"review","time":"2026-03-01T09:00:00Z","card":"a","rating":5,"scheduler":"fsrs"}"#) == "\"rating\" must be 1 to 4")
        #expect(message(#"{"type":"undo","time":"2026-03-01T09:00:00Z","undoes":1}"#) == "missing \"seq\"")
        #expect(message(#"{"seq":1,"type":"undo","time":"2026-03-01T09:00:00Z"}"#) == "a undo line needs \"undoes\"")
        #expect(message(#"{"seq":1,"type":"teleport","time":"2026-03-01T09:00:00Z"}"#)?.hasPrefix("unknown type \"teleport\"") == true)
        #expect(message(#"{"seq":1,"type":"suspend","time":"yesterday","card":"a"}"#)?.contains("must be a time") == true)
        #expect(message(#"{"seq":1,"type":"suspend","time":"2026-03-01T09:00:00Z","card":"a"} x"#) == "unexpected text after the JSON object")
        #expect(message(#"{"seq":1,"type":"suspend","time":"2026-03-01T09:00:00Z","card":"a"#) == "unterminated string")
    }

    /// Found by fuzz-log-line: a schema-1 undo of seq 0 read as an entry, and its schema-2 line
    /// (`"undoes":"0"`) did not read back. An event is numbered from 1 in both schemas, so a bare
    /// seq of 0 or below names no event and is refused when read, as the text form is.
    @Test func anUndoOfNoPositiveSeqIsRefusedInBothForms() throws {
        func message(_ text: String) -> String? {
            if case .failure(let error) = parse(text) { return error.message }
            return nil
        }
        for undoes in ["0", "-3", #""0""#, #""k7f3q2mzab4c:0""#] {
            #expect(message(#"{"seq":7,"type":"undo","time":"2026-01-02T09:00:01.000010+00:00","undoes":"# + undoes + "}")?
                .hasPrefix("\"undoes\" must name an event") == true, "undoes \(undoes)")
        }
        let kept = try parse(#"{"seq":7,"type":"undo","time":"2026-01-02T09:00:01Z","undoes":6}"#).get()
        #expect(try parse(kept.line).get() == kept)
    }

    @Test func escapedStringsAreDecoded() throws {
        let entry = try parse(#"{"seq":1,"type":"suspend","time":"2026-03-01T09:00:00Z","card":"a\"b\\c\u00e9\ud83d\ude00"}"#).get()
        #expect(entry.event == .suspend(card: "a\"b\\cé😀"))
    }
}

/// The byte matcher of a log line's field names: each name, and nothing that only looks like one.
@Suite struct LogFieldTests {
    @Test func everyNameIsItsFieldAndNothingElseIs() {
        let names = ["seq", "type", "time", "card", "rating", "duration", "scheduler", "deck", "file", "undoes", "until", "crc"]
        let fields: [LogField] = [.seq, .type, .time, .card, .rating, .duration, .scheduler, .deck, .file, .undoes, .until, .crc]
        for (name, field) in zip(names, fields) { #expect(LogField(Substring(name)) == field, "\(name)") }
        for other in ["", "se", "seqq", "Seq", "tyPe", "crcs", "due", "카드", "sequ"] {
            #expect(LogField(Substring(other)) == .other, "\(other)")
        }
        let line = "{\"seq\":1}"
        #expect(LogField(line.dropFirst(2).prefix(3)) == .seq, "a slice of a longer text")
    }
}
