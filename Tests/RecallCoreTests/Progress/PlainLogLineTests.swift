import Testing
@testable import RecallCore
import RecallTestSupport

/// The fast reader of review lines (`PlainLogLine`) against the general one
/// (`LogEntry.parseFields`): it reads the lines recall writes, and for any line, changed in any
/// byte, it either declines or gives what the general reader gives.
@Suite struct PlainLogLineTests {
    func plain(_ bytes: [UInt8]) -> LogEntry? { bytes.withUnsafeBufferPointer(PlainLogLine.review) }
    func general(_ bytes: [UInt8]) -> LogEntry? {
        guard case .success(let entry) = bytes.withUnsafeBufferPointer(LogEntry.parseFields) else { return nil }
        return entry
    }

    /// Lines as the writers make them: schema 2 and 1, with and without a duration, both
    /// schedulers, Hangul, a fraction of a second or none.
    var written: [[UInt8]] {
        let records = [
            ReviewRecord(card: "vpc-nat", rating: .good, durationMilliseconds: 4_200, scheduler: .fsrs, deck: "AWS::VPC 네트워크", file: "Decks/네트워크.md"),
            ReviewRecord(card: "x/c1", rating: .again, durationMilliseconds: nil, scheduler: .sm2, deck: "", file: ""),
            ReviewRecord(card: "긴-카드-이름-0123456789", rating: .easy, durationMilliseconds: 0, scheduler: .fsrs, deck: "D", file: "f.md"),
            ReviewRecord(card: "cram-1", rating: .hard, durationMilliseconds: 900, scheduler: .fsrs, deck: "AWS", file: "a.md", cram: true),
            ReviewRecord(card: "anki-1", rating: .good, durationMilliseconds: 7_000, scheduler: .fsrs, deck: "AWS", file: "a.md", ankiRevlog: 1_700_000_000_123),
        ]
        let times = [TestClock.at("2026-03-01T09:00:00.250000+00:00"), TestClock.at("2026-03-01T09:00:00+00:00")]
        var lines: [[UInt8]] = []
        for record in records {
            for time in times {
                let entry = LogEntry(seq: 12_345, time: time, event: .review(record))
                lines.append(Array(entry.line.dropLast()))
                lines.append(Array(entry.schema1Line.dropLast()))
            }
        }
        return lines
    }

    @Test func readsTheWrittenLinesAsTheGeneralReaderDoes() throws {
        for line in written {
            let fast = try #require(plain(line), "\(String(decoding: line, as: UTF8.self))")
            #expect(fast == general(line))
        }
    }

    /// Every line with one byte deleted, doubled, or replaced by one of the bytes that matter to
    /// JSON: the fast reader declines or agrees. (An earlier draft accepted `"rating":03`.)
    @Test func neverDisagreesWithTheGeneralReaderAfterAOneByteChange() {
        let replacements: [UInt8] = Array(#"0123456789-+.eE"\ :,{}[]ntf"#.utf8) + [0x00, 0x09, 0x0A, 0x80, 0xFF]
        var declined = 0, agreed = 0
        for line in written {
            var variants: [[UInt8]] = []
            for k in line.indices {
                var deleted = line
                deleted.remove(at: k)
                variants.append(deleted)
                var doubled = line
                doubled.insert(line[k], at: k)
                variants.append(doubled)
                for byte in replacements where byte != line[k] {
                    var changed = line
                    changed[k] = byte
                    variants.append(changed)
                }
            }
            for variant in variants {
                guard let fast = plain(variant) else {
                    declined += 1
                    continue
                }
                agreed += 1
                #expect(fast == general(variant), "\(String(decoding: variant, as: UTF8.self))")
            }
        }
        #expect(declined > 0 && agreed > 0)
    }

    @Test func declinesWhatItDoesNotRead() {
        let lines = [
            #"{"seq":1,"type":"review","time":"2026-03-01T09:00:00Z","card":"a\"b","rating":3,"scheduler":"fsrs","deck":"D","file":"f"}"#,
            #"{"seq": 1,"type":"review","time":"2026-03-01T09:00:00Z","card":"a","rating":3,"scheduler":"fsrs","deck":"D","file":"f"}"#,
            #"{"type":"review","seq":1,"time":"2026-03-01T09:00:00Z","card":"a","rating":3,"scheduler":"fsrs","deck":"D","file":"f"}"#,
            #"{"seq":1,"type":"review","time":"2026-03-01T09:00:00Z","card":"a","rating":3,"duration":null,"scheduler":"fsrs","deck":"D","file":"f"}"#,
            #"{"seq":1,"type":"undo","time":"2026-03-01T09:00:00Z","undoes":1}"#,
        ]
        for line in lines {
            #expect(plain(Array(line.utf8)) == nil, "\(line)")
            #expect(general(Array(line.utf8)) != nil, "\(line)")
        }
    }
}
