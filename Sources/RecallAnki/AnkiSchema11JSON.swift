import Foundation
import RecallCore

/// The JSON a schema-11 collection keeps in its `col` row (`conf`, `models`, `decks`, `dconf`)
/// and each card's `data`, with the keys Anki's schema-11 readers require
/// (`rslib/src/{notetype,decks,deckconfig}/schema11.rs`; the rest have defaults there).
struct AnkiSchema11JSON {
    let modified: Int64
    let conf: String
    let models: String
    let decks: String
    let deckConfigs: String

    init(_ collection: AnkiCollection) {
        let modified = collection.notes.map(\.modified).max() ?? collection.created
        self.modified = modified
        var conf: [String: Any] = ["rollover": collection.rolloverHour, "schedVer": 2, "sched2021": true,
                                   "nextPos": collection.cards.count + 1, "activeDecks": [1], "curDeck": 1]
        if let offset = collection.creationOffsetMinutesWest { conf["creationOffset"] = offset }
        if let first = collection.notetypes.first { conf["curModel"] = first.id }
        self.conf = Self.text(conf)
        models = Self.text(Dictionary(uniqueKeysWithValues: collection.notetypes.map { (String($0.id), Self.notetype($0, modified)) }))
        // Every collection has the Default deck and options (id 1); never newer than the learner's.
        var decks: [String: Any] = ["1": Self.deck(AnkiDeck(id: 1, name: "Default"), 0)]
        for deck in collection.decks { decks[String(deck.id)] = Self.deck(deck, modified) }
        self.decks = Self.text(decks)
        var configs: [String: Any] = ["1": Self.deckConfig(AnkiDeckConfig(id: 1, name: "Default"), 0)]
        for config in collection.deckConfigs { configs[String(config.id)] = Self.deckConfig(config, modified) }
        deckConfigs = Self.text(configs)
    }

    static func notetype(_ notetype: AnkiNotetype, _ modified: Int64) -> [String: Any] {
        [
            "id": notetype.id, "name": notetype.name, "type": notetype.kind.rawValue, "mod": modified, "usn": 0,
            "sortf": notetype.sortField, "did": NSNull(), "css": notetype.css, "latexPre": "", "latexPost": "",
            "tmpls": notetype.templates.enumerated().map { index, template in
                ["name": template.name, "ord": index, "qfmt": template.front, "afmt": template.back, "bqfmt": "",
                 "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0] as [String: Any]
            },
            "flds": notetype.fields.enumerated().map { index, name in
                ["name": name, "ord": index, "sticky": false, "rtl": false, "font": "Arial", "size": 20] as [String: Any]
            },
            "req": notetype.kind == .cloze ? [] : notetype.templates.indices.map { [$0, "any", [$0]] as [Any] },
        ]
    }

    static func deck(_ deck: AnkiDeck, _ modified: Int64) -> [String: Any] {
        [
            "id": deck.id, "name": deck.name, "mod": modified, "usn": 0, "desc": deck.description, "dyn": 0,
            "conf": deck.configID, "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
            "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0],
        ]
    }

    static func deckConfig(_ config: AnkiDeckConfig, _ modified: Int64) -> [String: Any] {
        [
            "id": config.id, "name": config.name, "mod": modified, "usn": 0, "maxTaken": 60, "autoplay": true,
            "timer": 0, "replayq": true, "dyn": false,
            "new": ["delays": config.learningSteps, "initialFactor": 2_500, "ints": [1, 4, 0], "order": 1,
                    "perDay": config.newPerDay, "bury": false] as [String: Any],
            "rev": ["ease4": 1.3, "ivlFct": 1, "maxIvl": config.maximumInterval, "perDay": config.reviewsPerDay,
                    "hardFactor": 1.2, "bury": false] as [String: Any],
            "lapse": ["delays": config.relearningSteps, "leechAction": 1, "leechFails": 8, "minInt": 1,
                      "mult": 0] as [String: Any],
            "desiredRetention": config.desiredRetention, "fsrsParams6": config.fsrsParameters,
        ]
    }

    /// `{"s":…,"d":…,"dr":…,"decay":…,"lrt":…}`, rounded as Anki rounds them (4, 3, 2 and 3
    /// places, `rslib/src/storage/card/data.rs`); empty when there is nothing to say.
    static func cardData(_ data: AnkiCardData) -> String {
        var parts: [String] = []
        func number(_ key: String, _ value: Double?, places: Int) {
            guard let value, value.isFinite else { return }
            let scale = pow(10, Double(places))
            parts.append("\"\(key)\":\((value * scale).rounded() / scale)")
        }
        number("s", data.stability, places: 4)
        number("d", data.difficulty, places: 3)
        number("dr", data.desiredRetention, places: 2)
        number("decay", data.decay, places: 3)
        if let lastReview = data.lastReview { parts.append("\"lrt\":\(lastReview)") }
        return parts.isEmpty ? "" : "{" + parts.joined(separator: ",") + "}"
    }

    static func text(_ object: Any) -> String {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
