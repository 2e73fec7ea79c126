/// Anki's stock note types, as `rslib/src/notetype/stock.rs` makes them (English names, as the
/// text export names them), and the one options group the exported decks share.
extension AnkiPackageExport {
    static let css = """
        .card {
            font-family: arial;
            font-size: 20px;
            line-height: 1.5;
            text-align: center;
            color: black;
            background-color: white;
        }

        """
    static let clozeCSS = css + """
        .cloze {
            font-weight: bold;
            color: blue;
        }
        .nightMode .cloze {
            color: lightblue;
        }

        """

    static let notetypes: [AnkiNotetype] = {
        let card1 = AnkiNotetype.Template(name: "Card 1", front: "{{Front}}",
                                          back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")
        let card2 = AnkiNotetype.Template(name: "Card 2", front: "{{Back}}",
                                          back: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")
        let cloze = AnkiNotetype.Template(name: AnkiTextExport.cloze, front: "{{cloze:Text}}",
                                          back: "{{cloze:Text}}<br>\n{{Back Extra}}")
        return [
            AnkiNotetype(id: notetypeID(.basic), name: AnkiTextExport.basic, kind: .standard,
                         fields: ["Front", "Back"], templates: [card1], css: css),
            AnkiNotetype(id: notetypeID(.reversible), name: AnkiTextExport.reversed, kind: .standard,
                         fields: ["Front", "Back"], templates: [card1, card2], css: css),
            AnkiNotetype(id: notetypeID(.cloze), name: AnkiTextExport.cloze, kind: .cloze,
                         fields: ["Text", "Back Extra"], templates: [cloze], css: clozeCSS),
        ]
    }()

    /// The note type of a note of `kind` (choice and type-in notes are Basic, as in the text export).
    static func notetypeID(_ kind: NoteKind) -> Int64 {
        AnkiStableIDs.assign(["notetype:" + AnkiTextExport.notetype(kind)]).values.first!
    }

    /// The config's limits, steps, maximum interval, desired retention and FSRS weights.
    static func deckConfig(_ config: StudyConfig, schedulers: SchedulerSet) -> AnkiDeckConfig {
        func minutes(_ steps: [TimeSpan]) -> [Double] { steps.map { Double($0.microseconds) / 60_000_000 } }
        let settings = schedulers.fsrs.settings
        return AnkiDeckConfig(id: AnkiStableIDs.assign(["options:" + optionsName]).values.first!, name: optionsName,
                              newPerDay: config.newPerDay, reviewsPerDay: config.reviewsPerDay,
                              learningSteps: minutes(settings.learningSteps), relearningSteps: minutes(settings.relearningSteps),
                              maximumInterval: config.maximumInterval, desiredRetention: config.desiredRetention,
                              fsrsParameters: settings.parameters.weights)
    }
}
