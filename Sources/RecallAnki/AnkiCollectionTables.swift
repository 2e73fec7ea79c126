import Foundation
import GRDB
import RecallCore

/// Reads a collection's SQLite file (schema 11 or 18) into an `AnkiCollection`, read-only.
///
/// The tables both schemas share (`notes`, `cards`, `revlog`) are read here; the note types,
/// decks, options and settings, which schema 11 keeps as JSON in `col` and schema 18 in tables
/// of protobuf blobs, by `Schema11` and `Schema18`.
enum AnkiCollectionTables {
    static func read(database path: String, file: String) throws(AnkiPackageError) -> AnkiCollection {
        func damaged(_ error: Error) -> AnkiPackageError {
            if let failure = error as? AnkiPackageError { return failure }
            let reason = (error as? DatabaseError)?.message ?? "\(error)"
            return AnkiPackageError(message: .damagedCollection(file: file, reason: reason))
        }
        var configuration = Configuration()
        configuration.readonly = true
        // Anki's tables name a collation of its own: case-insensitive, as Rust's `unicase` compares.
        configuration.prepareDatabase { db in
            db.add(collation: DatabaseCollation("unicase") { lhs, rhs in
                let (a, b) = (lhs.lowercased(), rhs.lowercased())
                return a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
            })
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw damaged(error)
        }
        do {
            return try queue.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw AnkiPackageError(message: .damagedCollection(file: file, reason: check.prefix(3).joined(separator: "; ")))
                }
                guard let col = try Row.fetchOne(db, sql: "SELECT ver, crt, conf, models, decks, dconf FROM col") else {
                    throw AnkiPackageError(message: .badContent(file: file, what: "col"))
                }
                let version = try col.small(0)
                var collection = AnkiCollection(created: try col.int(1))
                let content = ContentCheck(file: file)
                switch version {
                case 11:
                    try Schema11.read(col, into: &collection, check: content)
                case 18:
                    try Schema18.read(db, into: &collection, check: content)
                default:
                    throw AnkiPackageError(message: .unknownSchema(file: file, version: version))
                }
                collection.notes = try notes(db, check: content)
                collection.cards = try cards(db, check: content)
                collection.revlog = try revlog(db, check: content)
                return collection
            }
        } catch {
            throw damaged(error)
        }
    }

    static func notes(_ db: Database, check: ContentCheck) throws -> [AnkiNote] {
        var notes: [AnkiNote] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id")
        while let row = try rows.next() {
            let tags = try row.text(4)
            let fields = try row.text(5)
            notes.append(AnkiNote(id: try row.int(0), guid: try row.text(1), notetypeID: try row.int(2), modified: try row.int(3),
                                  tags: tags.split(whereSeparator: \.isWhitespace).map(String.init),
                                  fields: fields.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)))
        }
        return notes
    }

    static func cards(_ db: Database, check: ContentCheck) throws -> [AnkiCard] {
        var cards: [AnkiCard] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, nid, did, ord, mod, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data
            FROM cards ORDER BY id
            """)
        while let row = try rows.next() {
            let id = try row.int(0)
            guard let type = AnkiCard.CardType(rawValue: try row.small(5)), let queue = AnkiCard.Queue(rawValue: try row.small(6)) else {
                throw check.bad("cards.type/queue of card \(id)")
            }
            // A card in a filtered deck: its home deck and due are kept in odid and odue.
            let originalDeck = try row.int(14)
            cards.append(AnkiCard(id: id, noteID: try row.int(1), deckID: originalDeck != 0 ? originalDeck : try row.int(2),
                                  ordinal: try row.small(3), modified: try row.int(4), type: type, queue: queue,
                                  due: try row.int(originalDeck != 0 ? 13 : 7), interval: try row.small(8), factor: try row.small(9),
                                  reps: try row.small(10), lapses: try row.small(11), left: try row.small(12),
                                  data: cardData(try row.text(15))))
        }
        return cards
    }

    /// The card's `data` JSON (`rslib/src/storage/card/data.rs`); what is not there stays nil.
    static func cardData(_ json: String) -> AnkiCardData {
        guard json.count > 2, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return AnkiCardData()
        }
        func number(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
        return AnkiCardData(stability: number("s"), difficulty: number("d"), desiredRetention: number("dr"),
                            decay: number("decay"), lastReview: (object["lrt"] as? NSNumber)?.int64Value)
    }

    static func revlog(_ db: Database, check: ContentCheck) throws -> [AnkiRevlogEntry] {
        var entries: [AnkiRevlogEntry] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")
        while let row = try rows.next() {
            let id = try row.int(0)
            guard let kind = AnkiRevlogEntry.Kind(rawValue: try row.small(7)) else { throw check.bad("revlog.type of row \(id)") }
            entries.append(AnkiRevlogEntry(id: id, cardID: try row.int(1), ease: try row.small(2), interval: try row.small(3),
                                           lastInterval: try row.small(4), factor: try row.small(5), time: try row.small(6), kind: kind))
        }
        return entries
    }
}

extension Row {
    /// An integer column; NULL (which Anki never writes in these columns) reads as 0, text or a
    /// blob throws, where GRDB's subscript would stop the program.
    func int(_ index: Int) throws -> Int64 {
        try decode(Int64?.self, atIndex: index) ?? 0
    }

    /// An integer column that fits an `Int` of 32 bits' range (anything else is damage).
    func small(_ index: Int) throws -> Int {
        let value = try int(index)
        guard let small = Int32(exactly: value) else { throw DatabaseError(message: "column \(index) holds \(value)") }
        return Int(small)
    }

    /// A text column; NULL reads as empty.
    func text(_ index: Int) throws -> String {
        try decode(String?.self, atIndex: index) ?? ""
    }
}

/// Makes the refusal for content Anki never writes, naming the file.
struct ContentCheck {
    let file: String

    func bad(_ what: String) -> AnkiPackageError {
        AnkiPackageError(message: .badContent(file: file, what: what))
    }
}
