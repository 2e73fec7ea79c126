/// "Did you mean …?" for a name the user typed that matches nothing: the known name closest to it.
public enum Suggestion {
    /// The candidate nearest to `typed` by edit distance (case-insensitive, on characters), when it
    /// is near enough to be a typo: at most a third of the longer name, and at least 1, edits away.
    /// Ties go to the earlier candidate, so the answer does not depend on hashing.
    public static func closest(to typed: String, among candidates: [String]) -> String? {
        let target = Array(typed.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            let allowed = max(1, max(target.count, other.count) / 3)
            guard abs(target.count - other.count) <= allowed else { continue }
            let distance = editDistance(target, other)
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Edit distance with swaps (optimal string alignment): insertions, deletions, substitutions
    /// and swapping two neighbours each cost 1, so `VCP` is one typo from `VPC`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
