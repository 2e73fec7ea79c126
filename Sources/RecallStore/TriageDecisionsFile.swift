import Foundation
import RecallCore

/// `FILE.triage.json`, next to the deck the triage screen writes: what was kept or dropped,
/// per draft id, so that running the same command again resumes.
///
/// Why beside the deck and not in the data folder: it belongs to that deck and travels with
/// it; the deck library reads only `.md` files, so it is never taken for a deck. A damaged file
/// or one of another schema is refused with its line and column, and never overwritten.
public enum TriageDecisionsFile {
    public struct Refusal: Error, Hashable, Sendable {
        public var message: TriageMessage
    }

    /// `vpc.md` → `vpc.md.triage.json`.
    public static func path(forDeck deck: String) -> String { deck + ".triage.json" }

    /// The decisions at `path`; none when there is no file yet.
    public static func read(_ path: String, deck: String) throws(Refusal) -> TriageDecisions {
        guard FileManager.default.fileExists(atPath: path) else { return TriageDecisions(deck: deck) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Refusal(message: .decisionsDamaged(file: path, line: 1, column: 1, problem: .expectedObject))
        }
        return try decode([UInt8](data), file: path, deck: deck)
    }

    public static func write(_ decisions: TriageDecisions, to path: String) throws(AtomicFile.WriteError) {
        try AtomicFile.replace(path, with: encode(decisions))
    }

    /// One draft a line, so that the file reads and diffs well.
    public static func encode(_ decisions: TriageDecisions) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\n  \"schema\": ")
        json.string(TriageDecisions.schema)
        json.raw(",\n  \"deck\": ")
        json.string(decisions.deck)
        json.raw(",\n  \"drafts\": {")
        for (index, entry) in decisions.entries.enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            json.string(entry.id)
            json.raw(": {\"decision\": ")
            json.string(entry.verdict.rawValue)
            json.raw(", \"edited\": ")
            if entry.edited { json.raw("true") } else { json.raw("false") }
            json.raw(", \"at\": ")
            json.instant(entry.at)
            if let note = entry.note {
                json.raw(", \"note\": ")
                json.string(note)
            }
            json.raw("}")
        }
        json.raw(decisions.entries.isEmpty ? "}\n}\n" : "\n  }\n}\n")
        return json.bytes
    }

    /// Reads what `encode` writes, or any JSON of the same shape; `file` names it in a refusal.
    public static func decode(_ bytes: [UInt8], file: String, deck: String) throws(Refusal) -> TriageDecisions {
        var schema: (String, Int)?
        var deckName = deck
        var draftsRange: Range<Int>?
        var entries: [TriageDecisions.Entry] = []
        let outcome: Result<Void, JSONFields.Failure> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONFields.Failure) {
                try JSONFields.forEachWithRange(in: buffer) { (key, value, range) throws(JSONFields.Failure) in
                    switch key {
                    case "schema":
                        guard case .string(let text) = value else { throw .init(offset: range.lowerBound, problem: .mustBeString(key: "schema")) }
                        schema = (String(text), range.lowerBound)
                    case "deck":
                        guard case .string(let text) = value else { throw .init(offset: range.lowerBound, problem: .mustBeString(key: "deck")) }
                        deckName = String(text)
                    case "drafts":
                        guard case .nested = value, buffer[range.lowerBound] == UInt8(ascii: "{") else {
                            throw .init(offset: range.lowerBound, problem: .expectedObject)
                        }
                        draftsRange = range
                    default: break  // a later version may add fields
                    }
                }
                guard let schema else { throw .init(offset: 0, problem: .missing(key: "schema")) }
                guard schema.0 == TriageDecisions.schema else { return .success(()) }
                guard let draftsRange else { throw .init(offset: 0, problem: .missing(key: "drafts")) }
                let drafts = UnsafeBufferPointer(rebasing: buffer[draftsRange])
                try JSONFields.forEachWithRange(in: drafts) { (id, value, range) throws(JSONFields.Failure) in
                    let at = draftsRange.lowerBound + range.lowerBound
                    guard case .nested = value, drafts[range.lowerBound] == UInt8(ascii: "{") else { throw .init(offset: at, problem: .expectedObject) }
                    entries.append(try entry(String(id), UnsafeBufferPointer(rebasing: drafts[range]), offset: at))
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let failure) = outcome {
            let (line, column) = position(of: failure.offset, in: bytes)
            throw Refusal(message: .decisionsDamaged(file: file, line: line, column: column, problem: failure.problem))
        }
        if let schema, schema.0 != TriageDecisions.schema {
            let (line, column) = position(of: schema.1, in: bytes)
            throw Refusal(message: .decisionsSchema(file: file, line: line, column: column, found: schema.0))
        }
        return TriageDecisions(deck: deckName, entries: entries)
    }

    private static func entry(_ id: String, _ bytes: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONFields.Failure) -> TriageDecisions.Entry {
        var verdict: TriageDecisions.Verdict?
        var edited = false
        var at: Instant?
        var note: String?
        try JSONFields.forEachWithRange(in: bytes) { (key, value, range) throws(JSONFields.Failure) in
            let place = offset + range.lowerBound
            switch key {
            case "decision":
                guard case .string(let text) = value, let known = TriageDecisions.Verdict(rawValue: String(text)) else {
                    throw .init(offset: place, problem: .mustBeOneOf(key: "decision", values: ["kept", "dropped", "later"]))
                }
                verdict = known
            case "edited":
                guard case .bool(let flag) = value else { throw .init(offset: place, problem: .mustBeBool(key: "edited")) }
                edited = flag
            case "at":
                guard case .string(let text) = value, case .success(let instant) = ISOTimestamp.parse(String(text)) else {
                    throw .init(offset: place, problem: .mustBeTime(key: "at"))
                }
                at = instant
            case "note":
                guard case .string(let text) = value else { throw .init(offset: place, problem: .mustBeString(key: "note")) }
                note = String(text)
            default: break
            }
        }
        guard let verdict else { throw .init(offset: offset, problem: .missing(key: "decision")) }
        guard let at else { throw .init(offset: offset, problem: .missing(key: "at")) }
        if verdict == .later, note == nil { throw .init(offset: offset, problem: .missing(key: "note")) }
        return .init(id: id, verdict: verdict, edited: edited, at: at, note: note)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
