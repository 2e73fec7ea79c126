/// Anki ids for recall's notes, cards, decks and note types, the same on every export, so that
/// a package exported twice is the same package and importing it again matches what the first
/// import made (Anki matches notes by guid, but cards, decks and revlog rows by id).
///
/// Why in the past: Anki's ids are creation times in milliseconds, and it makes new ids from
/// the clock; ids taken from a fixed range that ended long ago (2001 to 2017) never meet one it
/// makes. Each key is hashed into the range (FNV-1a, stable across runs, unlike `Hasher`);
/// keys whose hashes collide are resolved in sorted order, the later one taking the next free id.
public enum AnkiStableIDs {
    /// 2001-09-09 in milliseconds since 1970.
    static let base: Int64 = 1_000_000_000_000
    static let span: UInt64 = 500_000_000_000

    /// An id for each key, distinct from each other and from `taken`.
    public static func assign(_ keys: [String], avoiding taken: Set<Int64> = []) -> [String: Int64] {
        var used = taken
        var result: [String: Int64] = [:]
        result.reserveCapacity(keys.count)
        for key in Set(keys).sorted() {
            var id = base + Int64(hash(key) % span)
            while used.contains(id) { id = id + 1 >= base + Int64(span) ? base : id + 1 }
            used.insert(id)
            result[key] = id
        }
        return result
    }

    /// FNV-1a over the key's UTF-8.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
