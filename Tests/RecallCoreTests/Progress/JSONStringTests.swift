import Foundation
import Testing
import RecallTestSupport
@testable import RecallCore

/// Every JSON reader here decodes strings by one rule (`JSONString`), checked against Foundation's
/// `JSONDecoder` on random rows: the general reader (`JSONFields`), the snapshot's fast card rows
/// and the py-fsrs line scanner.
@Suite struct JSONStringTests {
    /// The string value of `"k"` in a one-field object, as `JSONFields` reads it.
    static func fieldsString(_ json: String) throws -> String? {
        var found: String?
        try JSONFields.forEach(in: Array(json.utf8)[...]) { key, value in
            if key == "k", case .string(let text) = value { found = String(text) }
        }
        return found
    }

    /// A lone surrogate becomes U+FFFD, and whatever follows it is kept: before, `JSONFields`
    /// dropped a lone high surrogate (and the py-fsrs reader dropped the escape after it).
    @Test(arguments: [
        (#"{"k":"\ud83d"}"#, "\u{FFFD}"),
        (#"{"k":"a\ud83db"}"#, "a\u{FFFD}b"),
        (#"{"k":"\ud83d\u0041"}"#, "\u{FFFD}A"),
        (#"{"k":"\udc00"}"#, "\u{FFFD}"),
        (#"{"k":"\ude00\ud83d"}"#, "\u{FFFD}\u{FFFD}"),
        (#"{"k":"\ud83d\ude00"}"#, "😀"),
        (#"{"k":"\ud83d\ud83d\ude00"}"#, "\u{FFFD}😀"),
    ])
    func aLoneSurrogateIsAReplacementCharacter(json: String, expected: String) throws {
        #expect(try Self.fieldsString(json) == expected)
    }

    @Test func theSameRuleForPyFSRSLines() throws {
        // Unknown string fields are skipped, so the rule shows in a key: "card_\u0069d" is card_id.
        let line = #"{"card_\u0069d":7,"note":"\ud83d\u0041","rating":3,"review_datetime":"2024-01-01T09:00:00\u002B00:00","review_duration":null}"#
        let review = try PyFSRSLogLine.parse(line).get()
        #expect(review.cardID == 7)
        #expect(review.reviewedAt == Instant(iso8601: "2024-01-01T09:00:00+00:00"))
        var bytes: [UInt8] = []
        try Array(#"a\ud83d\u0041"#.utf8).withUnsafeBufferPointer { content throws(JSONString.Failure) in
            try JSONString.decode(content, into: &bytes)
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "a\u{FFFD}A")
    }

    /// Random strings with every kind of escape, written as JSON and read back: `JSONFields`
    /// agrees with `JSONDecoder`, except that where `JSONDecoder` refuses a lone surrogate, it
    /// gives U+FFFD.
    @Test func theGeneralReaderAgreesWithJSONDecoderOnRandomRows() throws {
        var random = SeededRandom(seed: 0x5EED_13)
        for _ in 0..<2_000 {
            let (json, expected, hasLoneSurrogate) = RandomJSON.stringRow(&random)
            let ours = try Self.fieldsString(json)
            #expect(ours == expected, "\(json)")
            let theirs = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))["k"]
            if hasLoneSurrogate {
                #expect(theirs == nil, "JSONDecoder refuses a lone surrogate: \(json)")
            } else {
                #expect(theirs == ours, "\(json)")
            }
        }
    }

    /// Random whole and decimal numbers, big ones too: integers that fit are exact, the rest are
    /// the double `JSONDecoder` reads.
    @Test func numbersAgreeWithJSONDecoder() throws {
        var random = SeededRandom(seed: 0xB16)
        for _ in 0..<2_000 {
            let text = RandomJSON.number(&random)
            let json = #"{"k":\#(text)}"#
            var ours: JSONFields.Value?
            try JSONFields.forEach(in: Array(json.utf8)[...]) { _, value in ours = value }
            let theirs = try JSONDecoder().decode([String: Double].self, from: Data(json.utf8))["k"]!
            switch ours {
            case .integer(let n):
                #expect(Int64(text) == n, "\(text)")
                #expect(Double(n) == theirs, "\(text)")
            case .number(let d):
                #expect(d == theirs, "\(text)")
            default:
                Issue.record("not a number: \(text)")
            }
        }
    }

    /// py-fsrs lines with random extra fields (escapes, surrogates, big numbers) read the same
    /// four fields as `JSONDecoder` and the general reader do.
    @Test func thePyFSRSScannerAgreesWithJSONDecoderOnRandomLines() throws {
        struct Line: Decodable {
            var card_id: Int
            var rating: Int
            var review_datetime: String
            var review_duration: Int?
        }
        var random = SeededRandom(seed: 0xF5A5)
        for _ in 0..<1_000 {
            let cardID = Int.random(in: 1...Int(Int32.max), using: &random)
            let rating = Int.random(in: 1...4, using: &random)
            var fields = [
                #""card_id":\#(cardID)"#, #""rating":\#(rating)"#,
                #""review_datetime":"2024-01-01T09:00:00+00:00""#, #""review_duration":null"#,
            ]
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let (row, _, lone) = RandomJSON.stringRow(&random)
                if lone { continue }  // JSONDecoder would refuse the line
                fields.append(#""x\#(fields.count)":\#(row)"#)
                fields.append(#""n\#(fields.count)":\#(RandomJSON.number(&random))"#)
            }
            fields.shuffle(using: &random)
            let line = "{" + fields.joined(separator: ",") + "}"
            let ours = try PyFSRSLogLine.parse(line).get()
            let theirs = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            #expect(ours.cardID == theirs.card_id)
            #expect(ours.rating.rawValue == theirs.rating)
            #expect(ours.reviewedAt == Instant(iso8601: theirs.review_datetime))
            #expect(ours.durationMilliseconds == theirs.review_duration)
            var general: (card: Int64?, rating: Int64?, time: String?) = (nil, nil, nil)
            try JSONFields.forEach(in: Array(line.utf8)[...]) { key, value in
                switch (key, value) {
                case ("card_id", .integer(let n)): general.card = n
                case ("rating", .integer(let n)): general.rating = n
                case ("review_datetime", .string(let text)): general.time = String(text)
                default: break
                }
            }
            #expect(general.card == Int64(ours.cardID) && general.rating == Int64(ours.rating.rawValue))
            #expect(general.time.flatMap(Instant.init(iso8601:)) == ours.reviewedAt)
        }
    }
}

/// Random JSON text for the property tests.
enum RandomJSON {
    /// `{"k":"…"}` with a random string, the string it means, and whether it holds a lone surrogate.
    static func stringRow(_ random: inout SeededRandom) -> (json: String, expected: String, hasLoneSurrogate: Bool) {
        var json = ""
        var expected = ""
        var lone = false
        let pieces: [String] = ["a", "가", "😀", "\"", "\\", "/", "\n", "\t", "é", " ", "\u{7F}", "\u{1F}"]
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                let high = UInt32.random(in: 0xD800...0xDBFF, using: &random)
                let low = UInt32.random(in: 0xDC00...0xDFFF, using: &random)
                json += hex(high, &random) + hex(low, &random)
                expected.unicodeScalars.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!)
            case 1:
                // A lone surrogate: high without a low after it, or a low alone. A text piece follows.
                let surrogate = Bool.random(using: &random) ? UInt32.random(in: 0xD800...0xDBFF, using: &random)
                                                            : UInt32.random(in: 0xDC00...0xDFFF, using: &random)
                json += hex(surrogate, &random)
                json += "z"
                expected += "\u{FFFD}z"
                lone = true
            case 2:
                let scalar = [0x41, 0xAC00, 0x20, 0x2028, 0xFFFD, 0xE9].randomElement(using: &random)!
                json += hex(UInt32(scalar), &random)
                expected.unicodeScalars.append(Unicode.Scalar(UInt32(scalar))!)
            case 3:
                let (escape, meaning) = [("\\n", "\n"), ("\\t", "\t"), ("\\\"", "\""), ("\\\\", "\\"), ("\\/", "/"),
                                         ("\\b", "\u{08}"), ("\\f", "\u{0C}"), ("\\r", "\r")].randomElement(using: &random)!
                json += escape
                expected += meaning
            default:
                let piece = pieces.randomElement(using: &random)!
                var writer = JSONWriter()
                writer.string(piece)
                json += String(decoding: writer.bytes.dropFirst().dropLast(), as: UTF8.self)
                expected += piece
            }
        }
        return (#"{"k":"\#(json)"}"#, expected, lone)
    }

    static func hex(_ value: UInt32, _ random: inout SeededRandom) -> String {
        let digits = String(value, radix: 16)
        let padded = String(repeating: "0", count: 4 - digits.count) + digits
        return "\\u" + (Bool.random(using: &random) ? padded : padded.uppercased())
    }

    /// A JSON number: small and big whole numbers (past Int64 too), decimals, exponents.
    static func number(_ random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return String(Int64.random(in: Int64.min...Int64.max, using: &random))
        case 1: return String(Int.random(in: -1000...1000, using: &random))
        case 2: return "9223372036854775808" + String(Int.random(in: 0...99, using: &random))
        case 3: return String(Double.random(in: -1e6...1e6, using: &random))
        default: return "\(Int.random(in: 1...9, using: &random)).\(Int.random(in: 0...999, using: &random))e\(Int.random(in: -300...300, using: &random))"
        }
    }
}

/// The snapshot's fast card-row reader against the general reader and `JSONDecoder`.
@Suite struct FastCardRowTests {
    /// A JSON value of a positional row, as `JSONDecoder` reads it.
    enum Field: Decodable, Equatable {
        case null, integer(Int64), number(Double), string(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let n = try? container.decode(Int64.self) { self = .integer(n) }
            else if let d = try? container.decode(Double.self) { self = .number(d) }
            else { self = .string(try container.decode(String.self)) }
        }
    }

    static func randomCard(_ random: inout SeededRandom) -> CardProgress {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &random) ? value : nil }
        let schedule: CardSchedule? = Int.random(in: 0..<5, using: &random) == 0 ? nil : CardSchedule(
            state: [.learning, .review, .relearning].randomElement(using: &random)!,
            step: maybe(Int.random(in: 0...3, using: &random)),
            stability: maybe(Double.random(in: 0.001...36500, using: &random)),
            difficulty: maybe(Double.random(in: 1...10, using: &random)),
            due: Instant(microsecondsSinceEpoch: Int64.random(in: 0...4_000_000_000_000_000, using: &random)),
            lastReview: maybe(Instant(microsecondsSinceEpoch: Int64.random(in: 0...4_000_000_000_000_000, using: &random))),
            ease: maybe(Double.random(in: 1.3...5, using: &random)),
            interval: maybe(Int.random(in: 0...36500, using: &random)),
            reps: Int.random(in: 0...10_000, using: &random), lapses: Int.random(in: 0...100, using: &random),
            fuzzSeed: UInt64.random(in: 0...UInt64.max, using: &random))
        return CardProgress(schedule: schedule, scheduler: Bool.random(using: &random) ? .sm2 : .fsrs,
                            deck: ["AWS::VPC", "네트워크", "a\"b"].randomElement(using: &random)!,
                            file: ["Decks/vpc.md", "Decks/한글.md"].randomElement(using: &random)!,
                            suspended: Bool.random(using: &random),
                            buriedUntil: maybe(Instant(microsecondsSinceEpoch: Int64.random(in: 0...4_000_000_000_000_000, using: &random))))
    }

    /// The snapshot of `state`, its lines, its names (read by `JSONDecoder`) and the first row of `section`.
    static func encoded(_ state: ProgressState, section: String) throws -> ([UInt8], [[UInt8]], [String], Int) {
        let bytes = Snapshot(logs: [], covered: nil, settings: "s", state: state).encoded()
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        let namesStart = try #require(lines.firstIndex(of: Array(#""names":["#.utf8))) + 1
        let namesEnd = try #require(lines.firstIndex(of: Array(#""cards":["#.utf8))) - 1
        let start = try #require(lines.firstIndex(of: Array("\"\(section)\":[".utf8))) + 1
        let names = try lines[namesStart..<namesEnd].map { line in
            try JSONDecoder().decode([String].self, from: Data(line.last == 0x2C ? line.dropLast() : line[...]))[0]
        }
        return (bytes, lines, names, start)
    }

    @Test func fastRowsAgreeWithTheGeneralReaderAndJSONDecoder() throws {
        var random = SeededRandom(seed: 0xCA4D)
        var cards: [String: CardProgress] = [:]
        for n in 0..<500 {
            let id = ["vpc-\(n)", "서브넷-\(n)", "q\"\(n)\\", "tab\t\(n)"].randomElement(using: &random)!
            cards[id] = Self.randomCard(&random)
        }
        let state = ProgressState(cards: cards, recent: [], frontier: ["": 0], latestTime: nil)
        let (bytes, lines, names, cardsStart) = try Self.encoded(state, section: "cards")
        var fastRows = 0
        for line in lines[cardsStart..<(cardsStart + cards.count)] {
            let row = line.last == 0x2C ? Array(line.dropLast()) : line
            let general = try Snapshot.cardRow(row, names: names, fast: false)
            let fast = try Snapshot.cardRow(row, names: names, fast: true)
            #expect(fast == general)
            #expect(cards[general.0] == general.1)
            if row.withUnsafeBufferPointer({ Snapshot.FastCardRow.read($0, names: names) }) != nil { fastRows += 1 }
            let fields = try JSONDecoder().decode([Field].self, from: Data(row))
            #expect(fields.count == 17)
            #expect(fields[0] == .string(general.0))
            if let schedule = general.1.schedule {
                #expect(fields[5] == .integer(schedule.due.microseconds))
                #expect(fields[11] == .integer(Int64(bitPattern: schedule.fuzzSeed)))
                switch fields[3] {
                case .null: #expect(schedule.stability == nil)
                case .number(let d): #expect(schedule.stability == d)
                case .integer(let n): #expect(schedule.stability == Double(n))
                case .string: Issue.record("stability is a string")
                }
            }
            if case .integer(let deck) = fields[13] {
                #expect(names[Int(deck)] == general.1.deck)
            } else {
                Issue.record("the deck is not an index")
            }
        }
        #expect(fastRows > 200, "most rows take the fast path")
        #expect(fastRows < cards.count, "rows with escapes take the general reader")
        #expect(try Snapshot.decode(bytes, path: "snapshot.json")?.state.cards == cards)
    }

    @Test func fastRecentRowsAgreeWithTheGeneralReader() throws {
        var random = SeededRandom(seed: 0x2EC5)
        let recent = (1...300).map { n in
            RecentAnswer(id: EventID(device: "", seq: n), time: Instant(microsecondsSinceEpoch: 1_767_258_000_000_000 + Int64(n) * 60_000_000),
                         card: ["vpc-\(n)", "서브넷-\(n)", "q\"\(n)\\"].randomElement(using: &random)!,
                         deck: ["AWS::VPC", "네트워크", "a\"b"].randomElement(using: &random)!,
                         kind: [.new, .learning, .review].randomElement(using: &random)!,
                         rating: Rating.allCases.randomElement(using: &random)!)
        }
        let state = ProgressState(cards: [:], recent: recent, frontier: ["": 300], latestTime: recent.map(\.time).max())
        let (bytes, lines, names, recentStart) = try Self.encoded(state, section: "recent")
        let decoded = try #require(try Snapshot.decode(bytes, path: "snapshot.json")).state.recentAnswers
        var fastRows = 0
        for (n, line) in lines[recentStart..<(recentStart + recent.count)].enumerated() {
            let row = line.last == 0x2C ? Array(line.dropLast()) : line
            let general = try Snapshot.recentRow(row, names: names, fast: false)
            let fast = try Snapshot.recentRow(row, names: names, fast: true)
            #expect(fast == general)
            #expect(decoded[n] == general)
            if !row.contains(UInt8(ascii: "\\")) { fastRows += 1 }
        }
        #expect(fastRows > 100 && fastRows < recent.count, "both paths are taken")
        #expect(decoded == state.recentAnswers)
    }
}
