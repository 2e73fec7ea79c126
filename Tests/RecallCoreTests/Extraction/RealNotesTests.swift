import Foundation
import Testing
@testable import RecallCore

/// The project's real notes, `../shared/notes/` beside the package, when that folder is there.
enum RealNotes {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/notes")

    static let files: [URL] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    static var available: Bool { !files.isEmpty }

    static let skipReason: Comment = "no notes in ../shared/notes (looked in \(folder.path)); the real-notes checks need the shared folder beside the package"

    static func cards(_ file: URL) throws -> [ExtractedCard] {
        let bytes = try [UInt8](Data(contentsOf: file))
        let result = NoteExtractor.extract(bytes: bytes, file: file.path, sourceName: file.lastPathComponent)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.cards
    }

    /// All five notes' drafts as `recall extract` writes them into one deck, and the skipped ones.
    static func all() throws -> NoteExtractor.Extraction {
        try NoteExtractor.across(files.map { file in
            let result = NoteExtractor.extract(bytes: try [UInt8](Data(contentsOf: file)), file: file.path, sourceName: file.lastPathComponent)
            return NoteExtractor.Extraction(cards: result.cards, skipped: result.skipped)
        })
    }
}

@Suite struct RealNotesTests {
    /// Says why the tests below are skipped, in the test output, when the notes are absent.
    @Test func reportsWhetherTheNotesArePresent() {
        if RealNotes.available {
            print("real notes: \(RealNotes.files.count) files in \(RealNotes.folder.path)")
        } else {
            print("skipping real-notes tests: \(RealNotes.skipReason)")
        }
    }

    @Test(.enabled(if: RealNotes.available, RealNotes.skipReason), arguments: RealNotes.files)
    func everyCardHasASourceAndNoJunk(_ file: URL) throws {
        let cards = try RealNotes.cards(file)
        #expect(!cards.isEmpty, "\(file.lastPathComponent) gave no cards")
        for card in cards {
            let place = "\(card.source): \(card.question)"
            #expect(card.file == file.lastPathComponent && card.line >= 1, "\(place)")
            // A cloze's markers are its syntax; what they hide must be clean like any text.
            let prompt = card.kind == .cloze ? card.prompt.replacing(/\{\{c\d+::(.*?)\}\}/) { String($0.1) } : card.prompt
            let texts = card.context + [prompt] + card.answer
            for text in texts {
                #expect(!Self.isJunk(text), "\(place) has a URL, code or markup fragment: \(text)")
            }
            if card.kind != .cloze {
                let answer = card.answer.joined(separator: " ")
                #expect(answer.filter { $0.isLetter || $0.isNumber }.count >= 2, "\(place): answer '\(answer)' is too short")
                #expect(CardID.normalizedPrompt(card.prompt) != CardID.normalizedPrompt(answer), "\(place): question is its answer")
            }
        }
        let deck = DraftDeck(name: file.deletingPathExtension().lastPathComponent, sources: [file.lastPathComponent], cards: cards)
        let parsed = DeckParser.parse(text: DraftWriter.render(deck), file: "draft.md", defaultDeckName: "draft")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        #expect(parsed.deck?.notes.count == deck.cards.count)
    }

    @Test(.enabled(if: RealNotes.available, RealNotes.skipReason))
    func theNotesTogetherGiveAtLeastAHundredCards() throws {
        var counts: [String] = []
        var all: [ExtractedCard] = []
        for file in RealNotes.files {
            let cards = try RealNotes.cards(file)
            counts.append("\(file.lastPathComponent): \(cards.count)")
            all += cards
        }
        let deck = DraftDeck(name: "notes", sources: [], cards: all)
        print("real notes: \(counts.joined(separator: ", ")); \(deck.cards.count) distinct cards")
        #expect(deck.cards.count >= 100)
    }

    /// No answer line of one draft is a line of another's (NFC, case, spacing and end punctuation
    /// aside), nor a one-line draft's term and answer inside a list.
    @Test(.enabled(if: RealNotes.available, RealNotes.skipReason))
    func noDraftRepeatsAnotherDraftsAnswer() throws {
        let found = try RealNotes.all()
        func normalized(_ text: String) -> String {
            text.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .trimmingCharacters(in: CharacterSet(charactersIn: ".!?,; "))
        }
        var owner: [String: String] = [:]
        for card in found.cards where card.kind != .cloze {
            for line in Set(card.answer.map(normalized)) {
                #expect(owner[line] == nil, "\(card.source) repeats \(owner[line] ?? ""): \(line)")
                owner[line] = card.source
            }
        }
        let definitions = found.cards.filter { $0.kind != .cloze && $0.answer.count == 1 }
        for list in found.cards where list.answer.count > 1 {
            for line in list.answer.map(normalized) {
                for definition in definitions {
                    let term = normalized(definition.prompt), answer = normalized(definition.answer[0])
                    #expect(!(line.hasPrefix(term) && line.hasSuffix(answer) && line.count > answer.count),
                            "\(list.source) lists what \(definition.source) answers: \(line)")
                }
            }
        }
        #expect(found.cards.allSatisfy { $0.line >= 1 && !$0.file.isEmpty })
        #expect(Set(found.skipped.map(\.reason)) == Set(SkippedDraft.Reason.allCases))
    }

    /// A URL, an embed or image, an HTML tag, code or a raw Markdown marker left in card text.
    static func isJunk(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if ["://", "www.", "![", "[[", "]]", "`", "<!--", "arn:", "**", "{{", "}}"].contains(where: lowered.contains) {
            return true
        }
        if lowered.range(of: #"</?[a-z][a-z0-9]*( [^>]*)?/?>"#, options: .regularExpression) != nil { return true }
        if text.hasPrefix("#") || text.hasPrefix("> ") || text.hasPrefix("|") { return true }
        return text.trimmingCharacters(in: .whitespaces).count < 1
    }
}
