import Foundation
import Testing
@testable import RecallCore
import RecallTestSupport

/// The streamed JSON export gives exactly the bytes `JSONEncoder` gives for the whole document.
@Suite struct JSONExportStreamTests {
    static let t0 = Instant(secondsSinceEpoch: 1_767_225_600)

    /// A random log over `cards` (and a card in no deck): answers, undos, suspends, buries.
    /// With `device`, the entries are a schema-2 device's, and some undos name another device's answer.
    static func randomLog(_ cards: [String], seed: UInt64, count: Int, device: String = "") -> [LogEntry] {
        var random = SeededRandom(seed: seed)
        var log: [LogEntry] = []
        for seq in 1...count {
            let time = t0 + .seconds(Int64(seq) * Int64.random(in: 1...90_000, using: &random))
            let card = switch Int.random(in: 0..<8, using: &random) {
            case 0: "gone-card"
            case 1: "한글-카드-\(Int.random(in: 0..<3, using: &random))"  // Korean ids, in no deck
            default: cards.randomElement(using: &random)!
            }
            let event: ReviewEvent
            switch Int.random(in: 0..<13, using: &random) {
            case 0 where seq > 1:
                let other = !device.isEmpty && Bool.random(using: &random)
                event = .undo(EventID(device: other ? "다른기기" : device, seq: Int.random(in: 1..<seq, using: &random)))
            case 1: event = .suspend(card: card)
            case 2: event = .unsuspend(card: card)
            case 3: event = .bury(card: card, until: time + .days(1))
            case 4:
                let schedule = CardSchedule(state: .review, step: nil, due: time + .days(3), lastReview: time, ease: 2.5, interval: 3, reps: 2, lapses: 0, fuzzSeed: 7)
                event = .restore(card: card, progress: CardProgress(schedule: schedule, scheduler: .sm2, deck: "복원::덱", file: "Decks/복원.md"))
            default:
                event = .review(ReviewRecord(card: card, rating: Rating(rawValue: Int.random(in: 1...4, using: &random))!,
                                             durationMilliseconds: Bool.random(using: &random) ? nil : Int.random(in: 0...60_000, using: &random),
                                             scheduler: Bool.random(using: &random) ? .fsrs : .sm2,
                                             deck: "테스트::왕복", file: "Decks/tricky \"q\"\t\u{8}\u{c}\u{1}\\u0008/x.md"))
            }
            log.append(LogEntry(seq: seq, time: time, event: event, device: device))
        }
        return log
    }

    static func streamed(_ decks: [Deck], progress: JSONExport.Progress, whole: Bool) throws -> String {
        var bytes: [UInt8] = []
        // The notes handed over as they are written, as the export does (a megabyte at a time).
        var stream = try JSONExportStream(decks, state: progress.state, config: progress.config, whole: whole,
                                          undone: ProgressState.undoneIDs(in: progress.log), exported: t0,
                                          flushEvery: 4_096, flush: { bytes += $0 })
        var pieces = 0
        for entry in progress.log {
            stream.review(entry)
            guard stream.pending > 4_096 else { continue }
            // Both ways of taking the bytes: a copy (`take`), and the buffer reused (`flush`, as the export does).
            pieces += 1
            if pieces % 2 == 0 { bytes += stream.take() } else { stream.flush { bytes += $0 } }
        }
        bytes += try stream.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [(UInt64(1), true, true, ""), (2, false, true, ""), (3, true, false, ""), (4, false, false, ""),
                      (5, true, true, "k7f3q2mzab4c"), (6, false, false, "k7f3q2mzab4c")])
    func streamedEqualsTheEncodedDocument(seed: UInt64, whole: Bool, withConfig: Bool, device: String) throws {
        let decks = try RoundTripDecks.bundled.prefix(3) + [RoundTripDecks.trickyDeck]
        let cards = decks.flatMap(\.cards).map(\.id)
        let log = Self.randomLog(cards, seed: seed, count: 600, device: device)
        let state = ProgressState.replay(log, schedulers: try SchedulerSet(config: StudyConfig()))
        let progress = JSONExport.Progress(state: state, config: withConfig ? StudyConfig() : nil, log: log)
        let expected = try JSONExport.render(JSONExport.document(Array(decks), progress: progress, whole: whole, exported: Self.t0))
        let streamed = try Self.streamed(Array(decks), progress: progress, whole: whole)
        if streamed != expected {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = streamed.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            Issue.record("first difference at line \(line + 1):\nJSONEncoder: \(line < a.count ? a[line] : "<end>")\nstreamed:    \(line < b.count ? b[line] : "<end>")")
        }
    }

    @Test func anEmptyCollectionAndEveryNumberShape() throws {
        let empty = JSONExport.Progress()
        #expect(try Self.streamed([], progress: empty, whole: true)
                == JSONExport.render(JSONExport.document([], progress: empty, whole: true, exported: Self.t0)))
        for value in [1.0, 0.0, -0.0, 2.5, 1e-7, 0.1, 123456789.0, 1e16, 1.5e300, 5e-324, 14.407820878344522] {
            var json = PrettyJSON()
            json.number(value)
            let encoded = String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
            #expect("[" + String(decoding: json.bytes, as: UTF8.self) + "]" == encoded, "\(value)")
        }
    }
}
