import Foundation
import GRDB
import RecallCore

/// Schema 11's note types, decks, options and settings: JSON objects in `col.models`, `decks`,
/// `dconf` and `conf`, keyed by id (`rslib/src/storage/schema11.sql`, `notetype/schema11.rs`).
enum Schema11 {
    static func read(_ col: Row, into collection: inout AnkiCollection, check: ContentCheck) throws {
        func object(_ index: Int, _ name: String) throws -> [String: Any] {
            let text = try col.text(index)
            if text.isEmpty { return [:] }
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw check.bad("col.\(name)")
            }
            return object
        }
        let conf = try object(2, "conf")
        collection.rolloverHour = int(conf["rollover"]) ?? 4
        collection.creationOffsetMinutesWest = int(conf["creationOffset"])
        for case let (_, model as [String: Any]) in try object(3, "models") {
            guard let id = int64(model["id"]), let name = model["name"] as? String,
                  let fields = model["flds"] as? [[String: Any]], let templates = model["tmpls"] as? [[String: Any]] else {
                throw check.bad("col.models")
            }
            collection.notetypes.append(AnkiNotetype(
                id: id, name: name, kind: int(model["type"]) == 1 ? .cloze : .standard,
                fields: ordered(fields).map { $0["name"] as? String ?? "" },
                templates: ordered(templates).map {
                    .init(name: $0["name"] as? String ?? "", front: $0["qfmt"] as? String ?? "", back: $0["afmt"] as? String ?? "")
                },
                css: model["css"] as? String ?? "", sortField: int(model["sortf"]) ?? 0))
        }
        for case let (_, deck as [String: Any]) in try object(4, "decks") {
            guard let id = int64(deck["id"]), let name = deck["name"] as? String else { throw check.bad("col.decks") }
            collection.decks.append(AnkiDeck(id: id, name: name, configID: int64(deck["conf"]) ?? 1,
                                             description: deck["desc"] as? String ?? ""))
        }
        for case let (_, config as [String: Any]) in try object(5, "dconf") {
            guard let id = int64(config["id"]) else { throw check.bad("col.dconf") }
            let new = config["new"] as? [String: Any] ?? [:]
            let review = config["rev"] as? [String: Any] ?? [:]
            let lapse = config["lapse"] as? [String: Any] ?? [:]
            let weights = (config["fsrsParams6"] as? [Any]) ?? (config["fsrsWeights"] as? [Any]) ?? []
            collection.deckConfigs.append(AnkiDeckConfig(
                id: id, name: config["name"] as? String ?? "", newPerDay: int(new["perDay"]) ?? 20,
                reviewsPerDay: int(review["perDay"]) ?? 200, learningSteps: doubles(new["delays"]) ?? [1, 10],
                relearningSteps: doubles(lapse["delays"]) ?? [10], maximumInterval: int(review["maxIvl"]) ?? 36_500,
                desiredRetention: (config["desiredRetention"] as? NSNumber)?.doubleValue ?? 0.9,
                fsrsParameters: doubles(weights) ?? []))
        }
        collection.notetypes.sort { $0.id < $1.id }
        collection.decks.sort { $0.id < $1.id }
        collection.deckConfigs.sort { $0.id < $1.id }
    }

    /// Fields and templates in their `ord` order.
    static func ordered(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().sorted { (int($0.element["ord"]) ?? $0.offset) < (int($1.element["ord"]) ?? $1.offset) }.map(\.element)
    }

    static func int64(_ value: Any?) -> Int64? {
        if let number = value as? NSNumber { return number.int64Value }
        return (value as? String).flatMap { Int64($0) }
    }

    static func int(_ value: Any?) -> Int? {
        int64(value).flatMap { Int(exactly: $0) }
    }

    static func doubles(_ value: Any?) -> [Double]? {
        (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue }
    }
}
