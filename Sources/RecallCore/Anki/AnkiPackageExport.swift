import Foundation

/// `recall export --format apkg`: the selected notes, their cards' progress and review log, and
/// the study settings, as the Anki collection a package carries (`docs/export.md`, "Anki
/// packages (.apkg): export").
///
/// Note types are Anki's stock three, with the text export's rule for which a note is and what
/// its fields hold (`AnkiTextExport`: one rule for a note's HTML); the guid is `Note.ankiGUID`,
/// so importing again updates the notes. Every id is stable (`AnkiStableIDs`), and day numbers
/// count from a fixed creation day (`AnkiStudyDays`), so exporting twice gives the same package.
public struct AnkiPackageExport: Sendable {
    public let notes: [Note]
    /// Each exported card's Anki id, by recall card id (for `AnkiPackageRevlog`).
    public let cardIDs: [String: Int64]
    let noteIDs: [String: Int64]
    let deckIDs: [String: Int64]
    /// Each note's two fields (`AnkiTextExport.fields`), made once: for the media and the notes.
    let fields: [(String, String)]

    /// The name of the options group the exported decks use.
    public static let optionsName = "recall"

    public init(notes: [Note]) {
        self.notes = notes
        cardIDs = AnkiStableIDs.assign(notes.flatMap(\.cards).map(\.id))
        noteIDs = AnkiStableIDs.assign(notes.map(\.id), avoiding: Set(cardIDs.values))
        deckIDs = AnkiStableIDs.assign(Self.deckTree(notes.map(\.deck)).map { "deck:" + $0 })
        fields = notes.map(AnkiTextExport.fields)
    }

    /// The collection: `progress` nil for `--no-progress` (every card new, no revlog).
    /// `media`: the bytes of the images the notes refer to, by path (`mediaPaths`); an image
    /// without bytes keeps its reference and is left out.
    public func collection(progress: [String: CardProgress]?, revlog: [AnkiRevlogEntry], config: StudyConfig,
                           schedulers: SchedulerSet, now: Instant, days: AnkiStudyDays,
                           media: [String: [UInt8]] = [:]) -> AnkiCollection {
        let modified = now.microseconds / TimeSpan.microsecondsPerSecond
        let options = Self.deckConfig(config, schedulers: schedulers)
        let types = Self.notetypes
        let notetypeIDs = Dictionary(uniqueKeysWithValues: NoteKind.allCases.map { ($0, Self.notetypeID($0)) })
        var collection = AnkiCollection(created: days.created, rolloverHour: config.rolloverHour,
                                        creationOffsetMinutesWest: days.creationOffsetMinutesWest,
                                        notetypes: types, deckConfigs: [options], revlog: revlog)
        collection.decks = Self.deckTree(notes.map(\.deck)).map {
            AnkiDeck(id: deckIDs["deck:" + $0]!, name: $0, configID: options.id)
        }
        var files = AnkiMediaNames()
        let mapping = AnkiCardMapping(days: days, now: now, schedulers: schedulers,
                                      desiredRetention: config.desiredRetention)
        var position = 0
        for (note, (front, back)) in zip(notes, fields) {
            let noteID = noteIDs[note.id]!
            collection.notes.append(AnkiNote(id: noteID, guid: note.ankiGUID, notetypeID: notetypeIDs[note.kind]!,
                                             modified: modified, tags: note.tags,
                                             fields: [files.replacing(in: front, note: note, media: media),
                                                      files.replacing(in: back, note: note, media: media)]))
            for card in note.cards {
                position += 1
                var anki = AnkiCard(id: cardIDs[card.id]!, noteID: noteID, deckID: deckIDs["deck:" + note.deck]!,
                                    ordinal: card.variant.ankiOrdinal, modified: modified, due: Int64(position))
                if let progress, let cardProgress = progress[card.id] { mapping.apply(cardProgress, to: &anki) }
                collection.cards.append(anki)
            }
        }
        collection.media = files.files
        return collection
    }

    /// The images the notes refer to by a relative path, resolved against their deck file's
    /// folder, each with the first note that shows it: what the frontend reads for
    /// `collection(…media:)`.
    public var mediaPaths: [(path: String, note: String)] {
        var seen = Set<String>()
        return zip(notes, fields).flatMap { note, fields in
            (AnkiMediaNames.sources(in: fields.0) + AnkiMediaNames.sources(in: fields.1)).compactMap {
                AnkiMediaNames.path($0, of: note).map { (path: $0, note: note.id) }
            }
        }.filter { seen.insert($0.path).inserted }
    }

    /// Every deck and each of its parents (`AWS::VPC` needs `AWS`), each once, parents first.
    static func deckTree(_ names: [String]) -> [String] {
        var seen = Set<String>()
        var tree: [String] = []
        for name in names {
            let parts = name.components(separatedBy: "::")
            for end in 1...parts.count {
                let path = parts[..<end].joined(separator: "::")
                if seen.insert(path).inserted { tree.append(path) }
            }
        }
        return tree
    }
}
