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
    /// One card in 48 bytes: what a lookup compares (the id's first 16 bytes and its length) and
    /// what it then reads (the timing, as plain numbers), so that finding one of 100,000 cards
    /// touches one slot and one row, not five arrays. Ids up to 16 bytes are compared here.
    private struct Row {
        var head: (UInt64, UInt64)
        var due: Int64
        var lastReview: Int64
        var buriedUntil: Int64
        var length: UInt32
        /// The state's raw value (0 for none) in the low bits; `suspended`; `present` (else the
        /// card has no progress any more: an undo); whether there is a last review, a burial.
        var flags: UInt8
        static let suspended: UInt8 = 4
        static let present: UInt8 = 8
        static let hasLastReview: UInt8 = 16
        static let buried: UInt8 = 32

        var timing: CardTiming? {
            guard flags & Self.present != 0 else { return nil }
            return CardTiming(state: CardState(rawValue: Int(flags & 3)), due: Instant(microsecondsSinceEpoch: due),
                              lastReview: flags & Self.hasLastReview == 0 ? nil : Instant(microsecondsSinceEpoch: lastReview),
                              suspended: flags & Self.suspended != 0,
                              buriedUntil: flags & Self.buried == 0 ? nil : Instant(microsecondsSinceEpoch: buriedUntil))
        }

        mutating func set(_ timing: CardTiming?) {
            guard let timing else {
                flags = 0
                return
            }
            due = timing.due.microseconds
            lastReview = timing.lastReview?.microseconds ?? 0
            buriedUntil = timing.buriedUntil?.microseconds ?? 0
            flags = UInt8(timing.state?.rawValue ?? 0) | (timing.suspended ? Self.suspended : 0) | Self.present
                | (timing.lastReview == nil ? 0 : Self.hasLastReview) | (timing.buriedUntil == nil ? 0 : Self.buried)
        }
    }
    private var rows: [Row] = []
    /// Row r's id is `ids[idStart[r]...]`, `rows[r].length` bytes.
    private var ids: [UInt8] = []
    private var idStart: [Int] = []
    /// Where each row's line starts in `source`; -1 when its progress is in `replaced`.
    private var lines: [Int] = []
    /// The full progress of rows not read from `source`: changed after the snapshot, or read by
    /// the general reader when the snapshot was decoded.
    private var replaced: [Int: CardProgress] = [:]
    /// Open addressing: a row's hash in the high half, row + 1 in the low one, 0 for a free
    /// slot; at most two thirds full.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    /// True while every row's id came after the one before (byte order): then an id after the
    /// last is after all of them, and is new without a lookup.
    private var inOrder = true

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
        rows.reserveCapacity(capacity)
        idStart.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        var size = 16
        while size * 2 < 3 * capacity + 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The cards that have progress.
    public var count: Int { rows.reduce(0) { $0 + ($1.flags & Row.present == 0 ? 0 : 1) } }

    /// What the queue needs of the card's progress; nil for a card with none.
    public func timing(of id: String) -> CardTiming? {
        guard let row = Self.withBytes(id, { row(of: $0) }) else { return nil }
        return rows[row].timing
    }

    /// The card's full progress, read from its snapshot line if it was not changed since.
    public func progress(of id: String) throws(ProgressError) -> CardProgress? {
        guard let row = Self.withBytes(id, { row(of: $0) }), rows[row].flags & Row.present != 0 else { return nil }
        if let known = replaced[row] { return known }
        return try Snapshot.fullRow(in: source, at: lines[row], path: path, names: names)
    }

    /// Every card's full progress: what `Snapshot.decode` gives, for checking one against the other.
    public func allProgress() throws(ProgressError) -> [String: CardProgress] {
        var result: [String: CardProgress] = [:]
        for (row, start) in zip(rows, idStart) where row.flags & Row.present != 0 {
            let id = String(decoding: ids[start..<(start + Int(row.length))], as: UTF8.self)
            result[id] = try progress(of: id)
        }
        return result
    }

    /// Sets the card's progress (nil: it has none), as applying the log after the snapshot does.
    public mutating func set(_ id: String, _ progress: CardProgress?) {
        let row = Self.withBytes(id) { bytes in self.row(of: bytes) ?? append(bytes, inOrder: isAfterTheLastID(bytes)) }
        rows[row].set(progress.map(CardTiming.init))
        lines[row] = -1
        replaced[row] = progress
    }

    /// A row of the snapshot, read by `Snapshot.decodeTable`: its id is `source[id]`, its line
    /// starts at `line`. A repeated id takes the later row, as a dictionary would; the snapshot
    /// writes its ids in order, so each is new without a lookup (see `inOrder`).
    mutating func addRow(id: Range<Int>, timing: CardTiming, line: Int) {
        let row = source.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[id])
            let after = isAfterTheLastID(bytes)
            return inOrder && after ? append(bytes, inOrder: true) : self.row(of: bytes) ?? append(bytes, inOrder: after)
        }
        rows[row].set(timing)
        lines[row] = line
        if !replaced.isEmpty { replaced[row] = nil }
    }

    /// Whether the id comes after the last row's in byte order: by the first 16 bytes when they
    /// differ (zero after the end, so a prefix comes first), else byte by byte.
    private func isAfterTheLastID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = rows.last, let start = idStart.last else { return true }
        let head = Self.head(bytes)
        let before = (last.head.0.byteSwapped, last.head.1.byteSwapped)
        let after = (head.0.byteSwapped, head.1.byteSwapped)
        if before != after { return before < after }
        return ids.withUnsafeBufferPointer { all in
            let count = Int(last.length)
            for k in 0..<min(count, bytes.count) where all[start + k] != bytes[k] { return all[start + k] < bytes[k] }
            return count < bytes.count
        }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, inOrder after: Bool) -> Int {
        inOrder = inOrder && after
        let row = rows.count
        let hash = Self.hash(bytes)
        rows.append(Row(head: Self.head(bytes), due: 0, lastReview: 0, buriedUntil: 0, length: UInt32(bytes.count), flags: 0))
        idStart.append(ids.count)
        lines.append(-1)
        ids.append(contentsOf: bytes)
        if 3 * (row + 1) >= 2 * slots.count {
            let old = slots
            slots = Array(repeating: 0, count: slots.count * 2)
            for entry in old where entry != 0 { slots[freeSlot(UInt32(truncatingIfNeeded: entry >> 32))] = entry }
        }
        slots[freeSlot(hash)] = UInt64(hash) << 32 | UInt64(row + 1)
        return row
    }

    private func freeSlot(_ hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    private func row(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(bytes)
        let head = Self.head(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while case let entry = slots[slot], entry != 0 {
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let row = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                let candidate = rows[row]
                if candidate.length == bytes.count, candidate.head == head,
                   bytes.count <= 16 || ids[(idStart[row] + 16)..<(idStart[row] + bytes.count)].elementsEqual(bytes[16...]) {
                    return row
                }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The first 16 bytes, zero after the end.
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        func word(at offset: Int) -> UInt64 {
            if offset + 8 <= bytes.count { return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) }
            var word: UInt64 = 0
            for k in offset..<max(offset, bytes.count) { word |= UInt64(bytes[k]) << (8 * (k - offset)) }
            return word
        }
        return (word(at: 0), word(at: 8))
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
