import Foundation

/// The tags a note gives itself: front matter `tags:` and `categories:` (a `[a, b]` list, a
/// comma string or a `- a` block) and Obsidian tag lines (`#aws #summit`), slugged for the deck
/// format (`AWS Summit` → `aws-summit`).
///
/// Why: the author's own labels are the best tags a draft can get, and they come first.
enum NoteTags {
    static func of(_ text: String) -> [String] {
        var tags: [String] = []
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            lines = lines.dropFirst()
            var listKey = false
            while let line = lines.first {
                lines = lines.dropFirst()
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == "---" || trimmed == "..." { break }
                if listKey, trimmed.hasPrefix("- ") {
                    tags.append(slug(String(trimmed.dropFirst(2))))
                    continue
                }
                listKey = false
                guard let colon = trimmed.firstIndex(of: ":") else { continue }
                let key = trimmed[..<colon].lowercased()
                guard key == "tags" || key == "categories" || key == "tag" || key == "category" else { continue }
                var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.isEmpty { listKey = true; continue }
                if value.hasPrefix("["), value.hasSuffix("]") { value = String(value.dropFirst().dropLast()) }
                tags += value.split(separator: ",").map { slug(String($0)) }
            }
        }
        var inFence = false
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence else { continue }
            let words = trimmed.split(separator: " ")
            guard !words.isEmpty, words.allSatisfy({ $0.count > 1 && $0.hasPrefix("#") && !$0.dropFirst().hasPrefix("#") }) else { continue }
            tags += words.map { slug(String($0.dropFirst())) }
        }
        return DraftTags.unique(tags.filter { !$0.isEmpty })
    }

    /// A tag as the deck format reads one word: lower case, quotes gone, spaces as `-`, only
    /// letters, digits, `-`, `_` and `/` kept (`'AWS Summit'` → `aws-summit`).
    static func slug(_ raw: String) -> String {
        let text = raw.precomposedStringWithCanonicalMapping.lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t'\"`"))
        var result = ""
        for character in text {
            if character.isLetter || character.isNumber || "_/".contains(character) {
                result.append(character)
            } else if (character == "-" || character.isWhitespace), !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
