/// The one order of decks, used by the home screen, `recall list`, `recall due` and every
/// export: tree order, by `::` parts, so that `AWS::VPC` comes right after `AWS` and before
/// `AWS-Notes` (plain string order would put `-` before `::`).
extension DeckName {
    /// True when `a` comes before `b` in tree order: part by part, a parent before its children.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.components(separatedBy: "::").lexicographicallyPrecedes(b.components(separatedBy: "::"))
    }

    /// `items` in tree order of their deck names; items of the same deck keep their order (the
    /// deck files' sorted paths).
    public static func inTreeOrder<T>(_ items: [T], name: (T) -> String) -> [T] {
        let keyed = items.enumerated().map { (parts: name($0.element).components(separatedBy: "::"), index: $0.offset, item: $0.element) }
        return keyed.sorted { a, b in
            a.parts == b.parts ? a.index < b.index : a.parts.lexicographicallyPrecedes(b.parts)
        }.map(\.item)
    }

    /// Every name and each of its parents (`AWS` for `AWS::VPC`), once each, in tree order:
    /// the deck rows of the home screen and of `recall due`.
    public static func treePaths(_ names: [String]) -> [String] {
        var paths = Set<String>()
        for name in names {
            let parts = name.components(separatedBy: "::")
            for end in 1...max(1, parts.count) { paths.insert(parts[0..<end].joined(separator: "::")) }
        }
        return paths.sorted(by: precedes)
    }
}
