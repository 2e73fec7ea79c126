import Foundation
import RecallCore
import RecallStore
import RecallTestSupport
import Testing

/// `FILE.triage.json`: written and read back; a damaged file or another schema is refused with
/// its line and column and left as it is; and the deck library does not take it for a deck.
@Suite struct TriageDecisionsFileTests {
    static let at = Instant(secondsSinceEpoch: 1_790_000_000)

    static func decisions() -> TriageDecisions {
        TriageDecisions(deck: "네트워크", entries: [
            .init(id: "net-79c2c54c57", verdict: .kept, edited: true, at: at),
            .init(id: "net-90ab5a30a8", verdict: .dropped, edited: false, at: at + .seconds(3)),
        ])
    }

    @Test func writesAndReadsBack() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = TriageDecisionsFile.path(forDeck: folder.file("net.md"))
        #expect(path.hasSuffix("/net.md.triage.json"))
        #expect(try TriageDecisionsFile.read(path, deck: "네트워크").entries.isEmpty, "no file yet: nothing decided")
        try TriageDecisionsFile.write(Self.decisions(), to: path)
        let read = try TriageDecisionsFile.read(path, deck: "네트워크")
        #expect(read == Self.decisions())
        let text = try folder.read("net.md.triage.json")
        #expect(text.contains("\"schema\": \"recall-triage-1\"") && text.contains("\"deck\": \"네트워크\""))
        #expect(text.split(separator: "\n").count == 8, "one draft a line:\n\(text)")
    }

    /// Issue 19: an edited draft left for later is kept with its edited note, and read back.
    @Test func anEditedLaterDraftReadsBackWithItsNote() throws {
        var decisions = Self.decisions()
        decisions.record(.init(id: "net-0123456789", verdict: .later, edited: true, at: Self.at,
                               note: "## 서브넷이란?\n<!-- id: net-0123456789 -->\nVPC 안의 \"IP\" 주소 범위\n"))
        let bytes = TriageDecisionsFile.encode(decisions)
        #expect(try TriageDecisionsFile.decode(bytes, file: "x", deck: "네트워크") == decisions)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"decision\": \"later\"") && text.split(separator: "\n").count == 9, "one draft a line:\n\(text)")
    }

    @Test func anEmptyRecordReadsBack() throws {
        let empty = TriageDecisions(deck: "net")
        #expect(try TriageDecisionsFile.decode(TriageDecisionsFile.encode(empty), file: "x", deck: "net") == empty)
    }

    @Test(arguments: [
        ("{\n  \"schema\": \"recall-triage-1\",\n  \"deck\" \"net\"\n}\n", 3, 10, "expected ':'"),
        ("{\n  \"schema\": \"recall-triage-1\",\n  \"drafts\": {\n    \"a\": {\"decision\": \"maybe\", \"at\": \"2026-12-02T01:00:00Z\"}\n  }\n}\n", 4, 23, "\"decision\" must be \"kept\", \"dropped\" or \"later\""),
        ("{\"schema\": \"recall-triage-1\", \"drafts\": {\"a\": {\"decision\": 3, \"at\": \"2026-12-02T01:00:00Z\"}}}", 1, 60, "\"decision\" must be \"kept\", \"dropped\" or \"later\""),
        ("{\"schema\": \"recall-triage-1\", \"drafts\": {\"a\": {\"decision\": \"later\", \"at\": \"2026-12-02T01:00:00Z\"}}}", 1, 47, "note"),
        ("{\"schema\": \"recall-triage-1\", \"drafts\": {\"a\": {\"decision\": \"kept\"}}}", 1, 47, "at"),
        ("{\"deck\": \"net\"}", 1, 1, "schema"),
        ("", 1, 1, "expected"),
    ]) func aDamagedFileIsRefusedWithItsPlace(text: String, line: Int, column: Int, says: String) {
        do {
            _ = try TriageDecisionsFile.decode(Array(text.utf8), file: "net.md.triage.json", deck: "net")
            Issue.record("accepted: \(text)")
        } catch {
            let english = error.message.english
            #expect(english.hasPrefix("net.md.triage.json:\(line):\(column): "), "\(english)")
            #expect(english.contains(says), "\(english)")
            #expect(error.message.korean.contains("결정 파일"), "\(error.message.korean)")
        }
    }

    @Test func anotherSchemaIsRefusedAndTheFileIsLeftAsItIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let text = "{\n  \"schema\": \"recall-triage-9\",\n  \"drafts\": {}\n}\n"
        let path = try folder.write("net.md.triage.json", text)
        #expect(throws: TriageDecisionsFile.Refusal.self) { try TriageDecisionsFile.read(path, deck: "net") }
        do {
            _ = try TriageDecisionsFile.read(path, deck: "net")
        } catch {
            #expect(error.message.english.hasPrefix(path + ":2:13: unknown schema 'recall-triage-9'"), "\(error.message.english)")
        }
        #expect(try folder.read("net.md.triage.json") == text)
    }

    @Test func theDeckLibraryDoesNotReadTheDecisionsFile() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        _ = try folder.write("net.md", "---\ndeck: net\n---\n## 서브넷\nVPC 안의 IP 주소 범위\n")
        try TriageDecisionsFile.write(Self.decisions(), to: TriageDecisionsFile.path(forDeck: folder.file("net.md")))
        let library = try DeckLibrary.load(paths: [folder.url.path])
        #expect(library.decks.map(\.name) == ["net"])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
    }
}
