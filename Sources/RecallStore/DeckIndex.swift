import RecallCore
import Foundation

/// `deck-index.json` in the data folder: for each deck file, its size and modification time,
/// and what `recall due` needs from it (the deck name and the card ids, in order).
///
/// Parsing 100,000 cards of Markdown takes over a second; `recall due` must answer in a
/// fraction of that for a shell prompt. Only files whose size or times changed are parsed
/// again. It is a cache: if it is missing or unreadable, every file is parsed and it is
/// written anew (atomically), so it is never a source of truth and never reported as damage.
///
/// Layout: a header line, then two lines per file, an object and the array of its card ids:
/// ```
/// {"recall":"deck-index","schema":1}
/// {"path":"Decks/vpc.md","size":5120,"mtime":1767258000123456789,"ctime":…,"deck":"AWS::VPC","errors":0}
/// ["vpc-nat","vpc-igw"]
/// ```
public enum DeckIndex {
    public static let fileName = "deck-index.json"
    static let schema = 1

    public struct Entry: Hashable, Sendable {
        public var path: String
        public var size: Int64
        /// Nanoseconds since 1970 of the last modification and status change.
        public var mtime: Int64
        public var ctime: Int64
        public var deck: String
        /// Errors in the file; cards with errors are left out, as `DeckLibrary` leaves them out.
        public var errors: Int
        public var cards: [String]
    }

    /// What `due` needs: every card in deck order, the deck names (tree order), and how many errors.
    public struct Cards: Sendable {
        public var cards: [StudyCard]
        public var decks: [String]
        public var errors: Int
        /// The deck file of each card of `cards` (as found under `paths`), at the same position.
        public var files: [String] = []
        /// How many files hold a deck, and how many have errors (the study screen's home).
        public var deckFiles = 0
        public var filesWithErrors = 0
    }

    /// The cards of the deck files under `paths` (folders or files), using and refreshing the
    /// cache at `cachePath` (nil for no cache).
    public static func cards(paths: [String], cachePath: String?) throws(DeckLibrary.LoadError) -> Cards {
        var files: [(path: String, deckName: String)] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path) }
            if isFolder.boolValue {
                files += DeckLibrary.deckFiles(in: path).map { (DeckLibrary.join(path, $0), DeckName.fromRelativePath($0)) }
            } else {
                files.append((path, DeckName.fromRelativePath((path as NSString).lastPathComponent)))
            }
        }
        let cached = cachePath.flatMap(read) ?? [:]
        var entries: [Entry] = []
        var found: [String: String] = [:]  // key -> the path as found, for the parser on demand
        var changed = false
        for file in files {
            var info = stat()
            let stamp = stat(file.path, &info) == 0 ? times(info) : (size: -1, mtime: 0, ctime: 0)
            let key = Self.key(file.path)
            found[key] = file.path
            if let entry = cached[key], entry.size == stamp.size, entry.mtime == stamp.mtime, entry.ctime == stamp.ctime {
                entries.append(entry)
                continue
            }
            changed = true
            let parsed = DeckLibrary.loadFile(file.path, defaultDeckName: file.deckName)
            let ids = parsed.deck.map { deck in deck.notes.flatMap { note in note.cards.map(\.id) } } ?? []
            entries.append(Entry(path: key, size: stamp.size, mtime: stamp.mtime, ctime: stamp.ctime,
                                 deck: parsed.deck?.name ?? file.deckName, errors: parsed.diagnostics.errors.count, cards: ids))
        }
        if changed, let cachePath {
            // Keep what is cached for other deck folders (tests, a second collection), as long
            // as those files still exist, so that alternating between folders stays fast.
            let here = Set(entries.map(\.path))
            let others = cached.values.filter { !here.contains(Self.key($0.path)) && (try? DataFolder.exists($0.path)) == true }.sorted { $0.path < $1.path }
            try? AtomicFile.replace(cachePath, with: encode(entries + others))
        }
        // The same deck order as `DeckLibrary`: tree order, files of one deck by path.
        let ordered = DeckName.inTreeOrder(entries, name: \.deck)
        var cards: [StudyCard] = []
        var cardFiles: [String] = []
        cards.reserveCapacity(entries.reduce(0) { $0 + $1.cards.count })
        cardFiles.reserveCapacity(cards.capacity)
        for entry in ordered {
            let file = found[entry.path] ?? entry.path
            for id in entry.cards {
                cards.append(StudyCard(id: id, deck: entry.deck))
                cardFiles.append(file)
            }
        }
        let shown = ordered.filter { !$0.cards.isEmpty || $0.errors == 0 }.map(\.deck)
        let decks = shown.enumerated().filter { $0.offset == 0 || shown[$0.offset - 1] != $0.element }.map(\.element)
        return Cards(cards: cards, decks: decks, errors: entries.reduce(0) { $0 + $1.errors }, files: cardFiles,
                     deckFiles: ordered.filter { !$0.cards.isEmpty || $0.errors == 0 }.count,
                     filesWithErrors: entries.filter { $0.errors > 0 }.count)
    }

    /// The index knows a file by its absolute, standardized path, so that `--decks Decks`,
    /// `./Decks/` and `/home/me/Decks` share one entry per file (a miss parses every deck).
    static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private static func times(_ info: stat) -> (size: Int64, mtime: Int64, ctime: Int64) {
        #if canImport(Darwin)
        return (Int64(info.st_size), nanoseconds(info.st_mtimespec), nanoseconds(info.st_ctimespec))
        #else
        return (Int64(info.st_size), nanoseconds(info.st_mtim), nanoseconds(info.st_ctim))
        #endif
    }

    static func encode(_ entries: [Entry]) -> [UInt8] {
        var out = JSONWriter()
        out.raw("{\"recall\":\"deck-index\",\"schema\":")
        out.integer(schema)
        out.raw("}\n")
        for entry in entries {
            out.raw("{")
            out.field("path", string: entry.path, first: true)
            out.field("size", entry.size)
            out.field("mtime", entry.mtime)
            out.field("ctime", entry.ctime)
            out.field("deck", string: entry.deck)
            out.field("errors", entry.errors)
            out.raw("}\n[")
            for (n, id) in entry.cards.enumerated() {
                if n > 0 { out.raw(",") }
                out.string(id)
            }
            out.raw("]\n")
        }
        return out.bytes
    }

    /// The cached entries by path; nil when there is no usable cache.
    static func read(_ path: String) -> [String: Entry]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first, header.elementsEqual("{\"recall\":\"deck-index\",\"schema\":\(schema)}".utf8),
              lines.count % 2 == 1 else { return nil }
        var result: [String: Entry] = [:]
        var index = 1
        while index + 1 < lines.count {
            var entry = Entry(path: "", size: -1, mtime: 0, ctime: 0, deck: "", errors: 0, cards: [])
            do throws(JSONFields.Failure) {
                try JSONFields.forEach(in: lines[index]) { key, value in
                    switch (key, value) {
                    case ("path", .string(let s)): entry.path = String(s)
                    case ("size", .integer(let n)): entry.size = n
                    case ("mtime", .integer(let n)): entry.mtime = n
                    case ("ctime", .integer(let n)): entry.ctime = n
                    case ("deck", .string(let s)): entry.deck = String(s)
                    case ("errors", .integer(let n)): entry.errors = Int(n)
                    default: break
                    }
                }
                let ids = lines[index + 1]
                let failure: JSONFields.Failure? = ids.withUnsafeBufferPointer { buffer in
                    // The ids as `encode` writes them, read in place; any other text by the general reader.
                    if let plain = PlainJSONCursor.strings(in: buffer) {
                        entry.cards = plain
                        return nil
                    }
                    do throws(JSONFields.Failure) {
                        try JSONFields.forEachElement(in: buffer) { _, value in
                            if case .string(let s) = value { entry.cards.append(String(s)) }
                        }
                        return nil
                    } catch {
                        return error
                    }
                }
                if let failure { throw failure }
            } catch {
                return nil
            }
            result[entry.path] = entry
            index += 2
        }
        return result
    }
}
