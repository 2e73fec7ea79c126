/// fsrs-rs's outlier filter (`prepare_training_data`): first reviews followed by a rare gap, or
/// one too long to say much about the first day's memory, are left out of the pretrain, and
/// every item whose first rating and first gap make such a pair is left out of training.
struct FSRSOutlierFilter: Sendable {
    /// The items with exactly one long-term review that the pretrain fits the initial
    /// stabilities on, in the order of `items`' groups (the pretrain only counts them).
    var initialization: [FSRSItem]
    /// The items that survive, in their given (chronological) order.
    var trainSet: [FSRSItem]
    /// The (first rating -> first long-term gaps) pairs removed.
    var removed: [Int: Set<Int>]

    /// `items` must be valid (`FSRSItem.isValid`).
    init(_ items: [FSRSItem]) {
        // first rating -> gap of the last review -> indices of the single-long-term items
        var groups: [Int: [Int: [Int]]] = [:]
        for (index, item) in items.enumerated() where item.longTermReviewCount == 1 {
            groups[item.reviews[0].rating, default: [:]][item.reviews[item.reviews.count - 1].deltaT, default: []].append(index)
        }
        var kept: [Int] = []
        var removed: [Int: Set<Int>] = [:]
        for rating in groups.keys.sorted() {
            // Largest first, then the longer gap first; walked from the other end, so the
            // smallest (and among equals the shortest gap) go first.
            let subgroups = groups[rating]!.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.key > b.key
            }
            let total = subgroups.reduce(0) { $0 + $1.value.count }
            let quota = max(20, total / 20)
            let longest = rating == 4 ? 365 : 100
            var removedSoFar = 0
            for (deltaT, indices) in subgroups.reversed() {
                if removedSoFar + indices.count < quota {
                    removedSoFar += indices.count
                    removed[rating, default: []].insert(deltaT)
                } else if indices.count >= 6 && deltaT <= longest {
                    kept.append(contentsOf: indices)
                } else {
                    removed[rating, default: []].insert(deltaT)
                }
            }
        }
        initialization = kept.map { items[$0] }
        trainSet = items.filter { item in
            !(removed[item.reviews[0].rating]?.contains(item.firstLongTermReview!.deltaT) ?? false)
        }
        self.removed = removed
    }
}
