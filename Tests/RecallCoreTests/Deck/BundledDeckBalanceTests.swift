import Foundation
import Testing
@testable import RecallCore

/// The bundled decks' right answers are spread over the option positions. Review and the quiz
/// shuffle, but the exports (txt, Anki, csv) keep the written order, and a printed self-test
/// whose answer is mostly "2" teaches the position instead of the fact.
@Suite struct BundledDeckBalanceTests {
    static let decks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Decks")

    static func notes() throws -> [Note] {
        let files = try #require(FileManager.default.enumerator(at: decks, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        return try files.flatMap { url -> [Note] in
            let text = try String(contentsOf: url, encoding: .utf8)
            let result = DeckParser.parse(text: text, file: url.path, defaultDeckName: "Bundled")
            #expect(result.diagnostics.errors.isEmpty, "\(url.lastPathComponent): \(result.diagnostics)")
            return result.deck?.notes ?? []
        }
    }

    @Test func noPositionHoldsMoreThanThirtyPercentOfTheRightAnswers() throws {
        let single = try Self.notes().filter { $0.kind == .choice && !$0.isMultipleAnswer }
        #expect(single.count > 100, "the bundled decks have their multiple-choice questions")
        var counts: [Int: Int] = [:]
        for note in single {
            if let position = note.options.firstIndex(where: \.isCorrect) { counts[position + 1, default: 0] += 1 }
        }
        for (position, count) in counts.sorted(by: { $0.key < $1.key }) {
            #expect(count * 100 <= single.count * 30,
                    "option \(position) is right in \(count) of \(single.count) single-answer questions")
        }
    }
}
