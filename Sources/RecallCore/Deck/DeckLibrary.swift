import Foundation

/// All decks found under the paths a command was given, with every diagnostic across them.
public struct DeckLibrary: Sendable {
    /// In tree order (`DeckName.inTreeOrder`), so every command lists and exports decks alike.
    public var decks: [Deck]
    public var diagnostics: [Diagnostic]

    public init(decks: [Deck], diagnostics: [Diagnostic]) {
        self.decks = DeckName.inTreeOrder(decks, name: \.name)
        self.diagnostics = diagnostics + Self.duplicateIDs(in: decks)
    }

    public var cards: [Card] { decks.flatMap(\.cards) }
    public var notes: [Note] { decks.flatMap(\.notes) }

    /// The card with this id, or every card of the note with this id (a reversible or cloze note).
    public func cards(matching id: String) -> [Card] {
        let exact = cards.filter { $0.id == id }
        if !exact.isEmpty { return exact }
        return notes.first { $0.id == id }?.cards ?? []
    }

    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        public var description: String {
            switch self {
            case .notFound(let path): return "\(path): no such file or folder"
            }
        }
    }

    /// Reads deck files: each path is a `.md` file or a folder searched recursively.
    ///
    /// In a folder, hidden entries and `README.md` are skipped, and the deck name defaults to the
    /// path below the folder (`AWS/vpc.md` → `AWS::vpc`). Files are read in sorted order.
    public static func load(paths: [String]) throws(LoadError) -> DeckLibrary {
        var decks: [Deck] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw .notFound(path)
            }
            let files: [(path: String, deckName: String)]
            if isFolder.boolValue {
                files = deckFiles(in: path).map { relative in
                    (join(path, relative), DeckName.fromRelativePath(relative))
                }
            } else {
                files = [(path, DeckName.fromRelativePath((path as NSString).lastPathComponent))]
            }
            for file in files {
                let result = loadFile(file.path, defaultDeckName: file.deckName)
                diagnostics += result.diagnostics
                if let deck = result.deck { decks.append(deck) }
            }
        }
        return DeckLibrary(decks: decks, diagnostics: diagnostics)
    }

    /// Reads and parses one file; an unreadable or oversized file becomes a diagnostic.
    public static func loadFile(_ path: String, defaultDeckName: String) -> DeckParser.Result {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > DeckParser.maximumFileSize {
            return .init(deck: nil, diagnostics: [.error(at: start,
                "file is \(size / 1_048_576) MiB; deck files over \(DeckParser.maximumFileSize / 1_048_576) MiB are not read")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .init(deck: nil, diagnostics: [.error(at: start, ReadFailure.message(path))])
        }
        return DeckParser.parse(bytes: [UInt8](data), file: path, defaultDeckName: defaultDeckName)
    }

    public static func deckFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name.lowercased().hasSuffix(".md"), name.lowercased() != "readme.md" {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    public static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// Every card id must be unique across all decks, because progress is keyed by it.
    static func duplicateIDs(in decks: [Deck]) -> [Diagnostic] {
        var firstPlace: [String: SourceLocation] = [:]
        var result: [Diagnostic] = []
        for note in decks.flatMap(\.notes) {
            for card in note.cards {
                if let first = firstPlace[card.id] {
                    let how = note.hasExplicitID ? "" : " (derived from the deck and prompt; give one card an explicit '<!-- id: … -->')"
                    result.append(.error(at: note.location,
                        "duplicate card id '\(card.id)', first used at \(first)\(how)"))
                    break
                }
                firstPlace[card.id] = note.location
            }
        }
        return result
    }
}
