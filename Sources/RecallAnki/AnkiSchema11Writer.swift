import Foundation
import GRDB
import RecallCore

/// An `AnkiCollection` as a schema-11 SQLite collection (`rslib/src/storage/schema11.sql`): the
/// five tables, the `col` row with the settings as JSON (`AnkiSchema11JSON`), and a row per
/// note, card and revlog entry, inserted in one transaction through prepared statements.
enum AnkiSchema11Writer {
    static func write(_ collection: AnkiCollection, to path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096")
            try db.inTransaction {
                try db.execute(sql: tables)
                let json = AnkiSchema11JSON(collection)
                try db.execute(sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                               arguments: [collection.created, json.modified * 1_000, json.modified * 1_000,
                                           json.conf, json.models, json.decks, json.deckConfigs])
                try insertNotes(collection.notes, db)
                try insertCards(collection.cards, db)
                try insertRevlog(collection.revlog, db)
                try db.execute(sql: indexes)  // after the rows: one sort each, not a million updates
                return .commit
            }
        }
        try queue.close()
    }

    private static func insertNotes(_ notes: [AnkiNote], _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, 0, 0, '')")
        for note in notes {
            // sfld and csum are Anki's to compute: its importer does (`prepare_for_update`).
            let tags = note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "
            try statement.execute(arguments: [note.id, note.guid, note.notetypeID, note.modified, tags,
                                              note.fields.joined(separator: "\u{1f}"), note.fields.first ?? ""])
        }
    }

    private static func insertCards(_ cards: [AnkiCard], _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")
        for card in cards {
            try statement.execute(arguments: [card.id, card.noteID, card.deckID, card.ordinal, card.modified,
                                              card.type.rawValue, card.queue.rawValue, card.due, card.interval, card.factor,
                                              card.reps, card.lapses, card.left, AnkiSchema11JSON.cardData(card.data)])
        }
    }

    private static func insertRevlog(_ revlog: [AnkiRevlogEntry], _ db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")
        for row in revlog {
            try statement.execute(arguments: [row.id, row.cardID, row.ease, row.interval, row.lastInterval, row.factor,
                                              row.time, row.kind.rawValue])
        }
    }

    static let tables = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
          ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
          models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
          flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
          ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
          left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
          ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
          type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        """

    static let indexes = """
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}
