import RecallCore
import Foundation

/// `deck-index.json` in the data folder: for each deck file, its size and modification time,
/// what `recall due` needs from it (the deck name and the card ids, in order), and where each
/// card's section is in it (`CardBlock`), so that the study screen parses only the card shown.
///
/// Parsing 100,000 cards of Markdown takes over a second; `recall due` must answer in a
/// fraction of that for a shell prompt. Only files whose size or times changed are parsed
/// again. It is a cache: if it is missing or unreadable, every file is parsed and it is
/// written anew (atomically), so it is never a source of truth and never reported as damage.
///
/// Layout: a header line, then four lines per file: an object (with `head`, the bytes before
/// the first card), the array of its card ids, for each card the start and end byte of its
/// section and the line of its heading, and each card's tags (joined by a space, since a tag
/// has no white space):
/// ```
/// {"recall":"deck-index","schema":3}
/// {"path":"Decks/vpc.md","size":5120,"mtime":1767258000123456789,"ctime":…,"deck":"AWS::VPC","errors":0,"head":40}
/// ["vpc-nat","vpc-igw"]
/// [40,95,5,97,160,10]
/// ["networking nat","networking"]
/// ```
/// `recall due` reads the third and fourth lines only as far as to find their ends; the study
/// screen decodes the blocks, and `recall stats` and `--tag` the tags, so that neither parses
/// 100,000 cards of Markdown (half a second) to learn their tags.
public enum DeckIndex {
    public static let fileName = "deck-index.json"
    static let schema = 3

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
        /// The bytes before the file's first card (see `CardBlock.head`).
        var head = 0
        /// The blocks' JSON array as written (three integers a card), decoded only when asked
        /// for (`blocks()`): `recall due` does not need them.
        var blockText: ArraySlice<UInt8> = []
        /// The tags' JSON array as written (one string a card), decoded only when asked for.
        var tagText: ArraySlice<UInt8> = []

        var stamp: FileStamp { FileStamp(size: size, mtime: mtime, ctime: ctime) }

        /// The block of each card, in `cards` order; nil when the text does not give one per card.
        func blocks() -> [CardBlock]? {
            var numbers: [Int] = []
            numbers.reserveCapacity(cards.count * 3)
            var allNumbers = true
            let read: Bool = blockText.withUnsafeBufferPointer { buffer in
                do throws(JSONFields.Failure) {
                    try JSONFields.forEachElement(in: buffer) { _, value in
                        if case .integer(let n) = value { numbers.append(Int(n)) } else { allNumbers = false }
                    }
                    return true
                } catch {
                    return false
                }
            }
            guard read, allNumbers, numbers.count == cards.count * 3 else { return nil }
            return cards.indices.map { CardBlock(head: head, start: numbers[3 * $0], end: numbers[3 * $0 + 1], line: numbers[3 * $0 + 2]) }
        }

        /// The tags of each card, in `cards` order; nil when the text does not give one string per card.
        func tags() -> [[String]]? {
            let joined: [String]? = tagText.withUnsafeBufferPointer { buffer in
                if let plain = PlainJSONCursor.strings(in: buffer) { return plain }
                var strings: [String] = []
                do throws(JSONFields.Failure) {
                    try JSONFields.forEachElement(in: buffer) { _, value in
                        if case .string(let s) = value { strings.append(String(s)) }
                    }
                } catch {
                    return nil
                }
                return strings
            }
            guard let joined, joined.count == cards.count else { return nil }
            return joined.map { $0.isEmpty ? [] : $0.split(separator: " ").map(String.init) }
        }
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
        /// With `blocks: true`, where each card of `cards` is in its file (empty where a cached
        /// entry gave none), and each file's stamp when it was read, by the paths of `files`.
        public var blocks: [CardBlock] = []
        public var stamps: [String: FileStamp] = [:]
        /// With `tags: true`, each card's tags, at the positions of `cards`.
        public var tags: [[String]] = []
    }

    /// The cards of the deck files under `paths` (folders or files), using and refreshing the
    /// cache at `cachePath` (nil for no cache); with `blocks`, each card's block too, and with
    /// `tags`, each card's tags.
    public static func cards(paths: [String], cachePath: String?, blocks wantsBlocks: Bool = false,
                             tags wantsTags: Bool = false) throws(DeckLibrary.LoadError) -> Cards {
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
        var decoded: [String: [CardBlock]] = [:]  // key -> its blocks, with `wantsBlocks`
        var decodedTags: [String: [[String]]] = [:]  // key -> its cards' tags, with `wantsTags`
        var changed = false
        for file in files {
            var info = stat()
            let stamp = stat(file.path, &info) == 0 ? times(info) : (size: -1, mtime: 0, ctime: 0)
            let key = Self.key(file.path)
            found[key] = file.path
            if let entry = cached[key], entry.size == stamp.size, entry.mtime == stamp.mtime, entry.ctime == stamp.ctime {
                // Blocks or tags that do not decode are a damaged cache: the file is parsed again.
                let blocks = wantsBlocks ? entry.blocks() : []
                let tags = wantsTags ? entry.tags() : []
                if let blocks, let tags {
                    decoded[key] = blocks
                    decodedTags[key] = tags
                    entries.append(entry)
                    continue
                }
            }
            changed = true
            let (parsed, bytes) = DeckLibrary.loadFileAndBytes(file.path, defaultDeckName: file.deckName)
            let parsedCards = parsed.deck.map { deck in deck.notes.flatMap(\.cards) } ?? []
            let ids = parsedCards.map(\.id)
            var entry = Entry(path: key, size: stamp.size, mtime: stamp.mtime, ctime: stamp.ctime,
                              deck: parsed.deck?.name ?? file.deckName, errors: parsed.diagnostics.errors.count, cards: ids)
            let blocks = parsed.deck.map { CardBlock.blocks(of: $0, in: bytes) } ?? []
            entry.head = blocks.first?.head ?? 0
            entry.blockText = ArraySlice(encode(blocks))
            entry.tagText = ArraySlice(encode(tags: parsedCards.map(\.tags)))
            decoded[key] = blocks
            decodedTags[key] = parsedCards.map(\.tags)
            entries.append(entry)
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
        var blocks: [CardBlock] = []
        var stamps: [String: FileStamp] = [:]
        var tags: [[String]] = []
        cards.reserveCapacity(entries.reduce(0) { $0 + $1.cards.count })
        cardFiles.reserveCapacity(cards.capacity)
        for entry in ordered {
            let file = found[entry.path] ?? entry.path
            for id in entry.cards {
                cards.append(StudyCard(id: id, deck: entry.deck))
                cardFiles.append(file)
            }
            if wantsBlocks {
                blocks += decoded[entry.path] ?? []
                stamps[file] = entry.stamp
            }
            if wantsTags { tags += decodedTags[entry.path] ?? [] }
        }
        let shown = ordered.filter { !$0.cards.isEmpty || $0.errors == 0 }.map(\.deck)
        let decks = shown.enumerated().filter { $0.offset == 0 || shown[$0.offset - 1] != $0.element }.map(\.element)
        return Cards(cards: cards, decks: decks, errors: entries.reduce(0) { $0 + $1.errors }, files: cardFiles,
                     deckFiles: ordered.filter { !$0.cards.isEmpty || $0.errors == 0 }.count,
                     filesWithErrors: entries.filter { $0.errors > 0 }.count,
                     blocks: blocks.count == cards.count ? blocks : [], stamps: blocks.count == cards.count ? stamps : [:],
                     tags: tags.count == cards.count ? tags : [])
    }

    /// What `fstat` says of the open file `fd` now; nil when it cannot say.
    static func stamp(of fd: Int32) -> FileStamp? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let found = times(info)
        return FileStamp(size: found.size, mtime: found.mtime, ctime: found.ctime)
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
            out.field("head", entry.head)
            out.raw("}\n[")
            for (n, id) in entry.cards.enumerated() {
                if n > 0 { out.raw(",") }
                out.string(id)
            }
            out.raw("]\n")
            if entry.blockText.isEmpty { out.raw("[]") } else { out.bytes += entry.blockText }
            out.raw("\n")
            if entry.tagText.isEmpty { out.raw("[]") } else { out.bytes += entry.tagText }
            out.raw("\n")
        }
        return out.bytes
    }

    /// Each card's tags, joined by a space, as one JSON array of strings.
    static func encode(tags: [[String]]) -> [UInt8] {
        var out = JSONWriter()
        out.raw("[")
        for (n, cardTags) in tags.enumerated() {
            if n > 0 { out.raw(",") }
            out.string(cardTags.joined(separator: " "))
        }
        out.raw("]")
        return out.bytes
    }

    /// Each block's start, end and heading line, as one JSON array.
    static func encode(_ blocks: [CardBlock]) -> [UInt8] {
        var out = JSONWriter()
        out.raw("[")
        for (n, block) in blocks.enumerated() {
            if n > 0 { out.raw(",") }
            out.integer(block.start)
            out.raw(",")
            out.integer(block.end)
            out.raw(",")
            out.integer(block.line)
        }
        out.raw("]")
        return out.bytes
    }

    /// The cached entries by path; nil when there is no usable cache.
    static func read(_ path: String) -> [String: Entry]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        // Split by the one line reader (memchr): a generic split cost 7 instructions a byte,
        // and the blocks' lines make the index twice as long.
        var lines: [ArraySlice<UInt8>] = []
        var position = 0
        LineScanner.forEachLine(read: { into, count in
            let taken = min(count, bytes.count - position)
            if taken > 0 { bytes.withUnsafeBytes { into.copyMemory(from: $0.baseAddress! + position, byteCount: taken) } }
            position += taken
            return taken
        }) { line, offset, _ in
            lines.append(bytes[offset..<offset + line.count])
            return true
        }
        guard let header = lines.first, header.elementsEqual("{\"recall\":\"deck-index\",\"schema\":\(schema)}".utf8),
              lines.count % 4 == 1 else { return nil }
        var result: [String: Entry] = [:]
        var index = 1
        while index + 3 < lines.count {
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
                    case ("head", .integer(let n)): entry.head = Int(n)
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
            entry.blockText = lines[index + 2]
            entry.tagText = lines[index + 3]
            result[entry.path] = entry
            index += 4
        }
        return result
    }
}
