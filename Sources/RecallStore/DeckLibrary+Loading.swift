import Foundation
import RecallCore

/// Reading deck files from the disk; parsing them is `DeckParser`'s, in RecallCore.
extension DeckLibrary {
    public enum LoadError: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        public var description: String { message.english }

        /// The error as a message, said in the language where it is printed.
        public var message: CommandOutputMessage {
            switch self {
            case .notFound(let path): return .noSuchDeckPath(path)
            }
        }
    }

    /// Reads deck files: each path is a `.md` file or a folder searched recursively.
    ///
    /// In a folder, hidden entries and `README.md` are skipped, and the deck name defaults to the
    /// path below the folder (`AWS/vpc.md` → `AWS::vpc`). Files are read in sorted order.
    public static func load(paths: [String]) throws(LoadError) -> DeckLibrary {
        var all: [(path: String, deckName: String)] = []
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
            all += files
        }
        let results = parseInParallel(all)
        return DeckLibrary(decks: results.compactMap(\.deck), diagnostics: results.flatMap(\.diagnostics))
    }

    /// Each file read and parsed on whichever core is free, the results in the files' order.
    /// Why: parsing is pure and per file, and at 100,000 cards in 20 files it was a sixth of
    /// `recall export --format json` on one core (docs/performance.md).
    static func parseInParallel(_ files: [(path: String, deckName: String)]) -> [DeckParser.Result] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            results.set(k, loadFile(files[k].path, defaultDeckName: files[k].deckName))
        }
        return results.all
    }

    /// Reads and parses one file; an unreadable or oversized file becomes a diagnostic.
    public static func loadFile(_ path: String, defaultDeckName: String) -> DeckParser.Result {
        loadFileAndBytes(path, defaultDeckName: defaultDeckName).result
    }

    /// The same, with the bytes that were parsed (none when the file was not read): the deck
    /// index finds each card's block in them (`CardBlock`).
    static func loadFileAndBytes(_ path: String, defaultDeckName: String) -> (result: DeckParser.Result, bytes: [UInt8]) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > DeckParser.maximumFileSize {
            return (.init(deck: nil, diagnostics: [.error(at: start,
                DeckMessage.fileTooLarge(mebibytes: size / 1_048_576, limit: DeckParser.maximumFileSize / 1_048_576))]), [])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.init(deck: nil, diagnostics: [.error(at: start, DeckMessage.cannotRead(reason: ReadFailure.reason(path)))]), [])
        }
        let bytes = [UInt8](data)
        return (DeckParser.parse(bytes: bytes, file: path, defaultDeckName: defaultDeckName), bytes)
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
}

/// One slot per file for the parallel parse; each slot is written by one worker only.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [DeckParser.Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ result: DeckParser.Result) { lock.withLock { slots[k] = result } }

    var all: [DeckParser.Result] { lock.withLock { slots.map { $0! } } }
}
