import Foundation

/// Stable card ids. Progress is keyed by id, so an id must not change when a learner edits an
/// answer, reorders cards or moves one within its file.
public enum CardID {
    /// The longest note id, in characters: explicit ones are refused above it, derived ones cut to fit.
    public static let maximumLength = 100

    /// Explicit ids: letters, digits, `.`, `_` and `-`, starting with a letter or digit.
    /// `/` is reserved for the card suffixes (`/reverse`, `/c1`).
    public static func isValidExplicit(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumLength else { return false }
        // The ASCII scalars that are alphabetic are exactly A-Z and a-z; compared as values,
        // without looking up Unicode properties for every scalar of 100,000 ids.
        func allowed(_ s: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"
        }
        return allowed(first) && first != "." && first != "-" && first != "_" && id.unicodeScalars.allSatisfy(allowed)
    }

    /// The note a card belongs to: its id without the variant suffix (`/reverse`, `/c2`; see
    /// `CardVariant.idSuffix`). Note ids never hold `/` (explicit ones are checked, derived ones
    /// are slugs), so this is exact, and cheap enough for the queue's 100,000 cards.
    public static func noteID(ofCard id: String) -> Substring {
        // On the id's contiguous bytes: `utf8.firstIndex(of:)` costs ~400 instructions a card,
        // 9% of a `recall due` at 100,000 cards (callgrind).
        let slash = id.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for k in 0..<bytes.count where bytes[k] == UInt8(ascii: "/") { return k }
            return nil
        } ?? id.utf8.firstIndex(of: UInt8(ascii: "/")).map { id.utf8.distance(from: id.utf8.startIndex, to: $0) }
        guard let slash else { return id[...] }
        return id[..<id.utf8.index(id.utf8.startIndex, offsetBy: slash)]
    }

    /// The id of a note without an explicit one: a slug of the deck and a hash of the normalized
    /// prompt, e.g. `aws-vpc-3fa91c0d2b`. Rewording the prompt changes it; `check --write-ids` pins it.
    /// The slug is cut so that the id fits `maximumLength`: the writer writes every id out, and
    /// an id the parser refuses would break the deck (only deck names of over 89 letters change).
    public static func derived(deck: String, prompt: String) -> String {
        let key = deck.lowercased() + "\u{1F}" + normalizedPrompt(prompt)
        let hash = fnv1a64(Array(key.utf8))
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: 16 - hex.count) + hex
        return slug(deck).prefix(maximumLength - 11) + "-" + padded.prefix(10)
    }

    /// NFC, lower case, `*` and `` ` `` removed, runs of white space folded: a prompt that only
    /// changes formatting or spacing keeps its id.
    public static func normalizedPrompt(_ prompt: String) -> String {
        let nfc = prompt.precomposedStringWithCanonicalMapping.lowercased()
        let stripped = nfc.unicodeScalars.filter { $0 != "*" && $0 != "`" }
        return String(String.UnicodeScalarView(stripped))
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// ASCII letters and digits of the deck name, lower-cased, other runs as one `-`.
    static func slug(_ deck: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in deck.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "card" : result.lowercased()
    }

    /// FNV-1a, 64 bits: tiny, fast, and the same on every platform and run (unlike `Hasher`).
    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
