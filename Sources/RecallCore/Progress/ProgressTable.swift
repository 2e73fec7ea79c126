/// Every card's progress as the snapshot holds it, one row per card, for counting today's cards:
/// each row keeps what the queue needs (`CardTiming`) and where its line is in the snapshot, and
/// a card's full `CardProgress` is read from that line only when it is asked for. Cards are
/// found by their id's bytes in a table of their own, without hashing a `String`.
///
/// Why: at 100,000 cards, `recall due` spent most of its time making a `CardProgress` and a
/// dictionary entry for every snapshot row, then hashing every card's id to find it again.
/// `Snapshot.decodeTable` fills one; the log after the snapshot is applied with `set`.
public struct ProgressTable: Sendable {
    /// The snapshot's bytes, path and names, from which a row's full progress is read when asked.
    private let source: [UInt8]
    private let path: String
    private let names: [String]
    /// Row r's id is `ids[idStart[r]..<idStart[r + 1]]` (UTF-8).
    private var ids: [UInt8] = []
    private var idStart: [Int] = [0]
    private var hashes: [UInt32] = []
    /// What counting needs, per row; nil when the card has no progress any more (an undo).
    private var timings: [CardTiming?] = []
    /// Where each row's line starts in `source`; -1 when its progress is in `replaced`.
    private var lines: [Int] = []
    /// The full progress of rows not read from `source`: changed after the snapshot, or read by
    /// the general reader when the snapshot was decoded.
    private var replaced: [Int: CardProgress] = [:]
    /// Open addressing by `hashes`: row + 1, or 0 for a free slot; always under half full.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    public init() {
        source = []
        path = ""
        names = []
    }

    init(source: [UInt8], path: String, names: [String], capacity: Int) {
        self.source = source
        self.path = path
        self.names = names
        ids.reserveCapacity(capacity * 16)
        idStart.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
        timings.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        var size = 16
        while size < 2 * capacity + 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The cards that have progress.
    public var count: Int { timings.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// What the queue needs of the card's progress; nil for a card with none.
    public func timing(of id: String) -> CardTiming? {
        guard let row = Self.withBytes(id, { row(of: $0, hash: Self.hash($0)) }) else { return nil }
        return timings[row]
    }

    /// The card's full progress, read from its snapshot line if it was not changed since.
    public func progress(of id: String) throws(ProgressError) -> CardProgress? {
        guard let row = Self.withBytes(id, { row(of: $0, hash: Self.hash($0)) }), timings[row] != nil else { return nil }
        if let known = replaced[row] { return known }
        return try Snapshot.fullRow(in: source, at: lines[row], path: path, names: names)
    }

    /// Every card's full progress: what `Snapshot.decode` gives, for checking one against the other.
    public func allProgress() throws(ProgressError) -> [String: CardProgress] {
        var result: [String: CardProgress] = [:]
        for row in timings.indices where timings[row] != nil {
            let id = String(decoding: ids[idStart[row]..<idStart[row + 1]], as: UTF8.self)
            result[id] = try progress(of: id)
        }
        return result
    }

    /// Sets the card's progress (nil: it has none), as applying the log after the snapshot does.
    public mutating func set(_ id: String, _ progress: CardProgress?) {
        let row = Self.withBytes(id) { bytes in self.row(of: bytes, hash: Self.hash(bytes)) ?? append(bytes, hash: Self.hash(bytes)) }
        timings[row] = progress.map(CardTiming.init)
        lines[row] = -1
        replaced[row] = progress
    }

    /// A row of the snapshot, read by `Snapshot.decodeTable`: its id is `source[id]`, its line
    /// starts at `line`. A repeated id takes the later row, as a dictionary would.
    mutating func addRow(id: Range<Int>, timing: CardTiming, line: Int) {
        let row = source.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[id])
            let hash = Self.hash(bytes)
            return self.row(of: bytes, hash: hash) ?? append(bytes, hash: hash)
        }
        timings[row] = timing
        lines[row] = line
        if !replaced.isEmpty { replaced[row] = nil }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let row = timings.count
        ids.append(contentsOf: bytes)
        idStart.append(ids.count)
        hashes.append(hash)
        timings.append(nil)
        lines.append(-1)
        if 2 * (row + 1) >= slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for old in 0..<row { slots[freeSlot(hashes[old])] = Int32(old + 1) }
        }
        slots[freeSlot(hash)] = Int32(row + 1)
        return row
    }

    private func freeSlot(_ hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    private func row(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return ids.withUnsafeBufferPointer { all in
            while case let entry = slots[slot], entry != 0 {
                let row = Int(entry) - 1
                if hashes[row] == hash, case let start = idStart[row], idStart[row + 1] - start == bytes.count {
                    var same = true
                    for k in 0..<bytes.count where all[start + k] != bytes[k] {
                        same = false
                        break
                    }
                    if same { return row }
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// FNV-1a over the id's bytes, folded to 32 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    static func withBytes<R>(_ id: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = id.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = id
        return copy.withUTF8(body)
    }
}
