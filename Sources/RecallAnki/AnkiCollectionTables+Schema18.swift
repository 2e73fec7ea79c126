import Foundation
import GRDB
import RecallCore

/// Schema 18's note types, decks, options and settings: rows of the tables `notetypes`,
/// `fields`, `templates`, `decks`, `deck_config` and `config`, whose configs are protobuf
/// messages (`proto/anki/notetypes.proto`, `decks.proto`, `deck_config.proto`).
enum Schema18 {
    static func read(_ db: Database, into collection: inout AnkiCollection, check: ContentCheck) throws {
        func message(_ blob: Data?, _ what: String) throws -> [(Int, ProtobufWire.Value)] {
            guard let fields = try? ProtobufWire.fields([UInt8](blob ?? Data())[...]) else { throw check.bad(what) }
            return fields
        }
        var fields: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, name FROM fields ORDER BY ntid, ord") {
            fields[try row.int(0), default: []].append(try row.text(1))
        }
        var templates: [Int64: [AnkiNotetype.Template]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, name, config FROM templates ORDER BY ntid, ord") {
            let config = try message(try row.decode(Data?.self, atIndex: 2), "templates.config")
            templates[try row.int(0), default: []].append(.init(
                name: try row.text(1), front: ProtobufWire.string(config, 1) ?? "", back: ProtobufWire.string(config, 2) ?? ""))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes ORDER BY id") {
            let id = try row.int(0)
            let config = try message(try row.decode(Data?.self, atIndex: 2), "notetypes.config")
            collection.notetypes.append(AnkiNotetype(
                id: id, name: try row.text(1), kind: ProtobufWire.int(config, 1) == 1 ? .cloze : .standard,
                fields: fields[id] ?? [], templates: templates[id] ?? [], css: ProtobufWire.string(config, 3) ?? "",
                sortField: Int(clamping: ProtobufWire.int(config, 2) ?? 0)))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind FROM decks ORDER BY id") {
            let kind = try message(try row.decode(Data?.self, atIndex: 2), "decks.kind")
            // DeckKindContainer: normal = 1 (Normal: config_id = 1, description = 3), filtered = 2.
            let normal = try ProtobufWire.bytes(kind, 1).map { try message(Data($0), "decks.kind") } ?? []
            collection.decks.append(AnkiDeck(
                id: try row.int(0), name: try row.text(1).replacing("\u{1f}", with: "::"),
                configID: ProtobufWire.int(normal, 1) ?? 1, description: ProtobufWire.string(normal, 3) ?? ""))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM deck_config ORDER BY id") {
            let config = try message(try row.decode(Data?.self, atIndex: 2), "deck_config.config")
            let weights = ProtobufWire.floats(config, 6)
            collection.deckConfigs.append(AnkiDeckConfig(
                id: try row.int(0), name: try row.text(1), newPerDay: Int(clamping: ProtobufWire.int(config, 9) ?? 20),
                reviewsPerDay: Int(clamping: ProtobufWire.int(config, 10) ?? 200),
                learningSteps: ProtobufWire.floats(config, 1), relearningSteps: ProtobufWire.floats(config, 2),
                maximumInterval: Int(clamping: ProtobufWire.int(config, 16) ?? 36_500),
                desiredRetention: ProtobufWire.float(config, 37).map { ($0 * 100).rounded() / 100 } ?? 0.9,
                fsrsParameters: weights.isEmpty ? ProtobufWire.floats(config, 5) : weights))
        }
        for row in try Row.fetchAll(db, sql: "SELECT key, val FROM config WHERE key IN ('rollover', 'creationOffset')") {
            let value = try row.decode(Data?.self, atIndex: 1).flatMap { Int(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces)) }
            switch try row.text(0) {
            case "rollover": collection.rolloverHour = value ?? 4
            default: collection.creationOffsetMinutesWest = value
            }
        }
    }
}
