import Foundation

/// The two comparisons under `CardSelection`, the one rule by which `review`, `quiz`, `export`
/// and `due` take decks and tags (`DeckName` itself, with what makes a valid name, is in
/// FrontMatter.swift).
extension DeckName {
    /// True when `name` is `parent` or a name below it, by whole `::` parts: `AWS::VPC` is
    /// within `AWS`, `AWSX` is not. Compares exactly; pass `key`s to ignore case.
    public static func name(_ name: String, isWithin parent: String) -> Bool {
        name == parent || name.hasPrefix(parent + "::")
    }

    /// A name as case-insensitive filters compare it (as Anki does): NFC, lower case, so a name
    /// typed in decomposed Hangul finds the precomposed one.
    public static func key(_ text: some StringProtocol) -> String {
        String(text).precomposedStringWithCanonicalMapping.lowercased()
    }
}
