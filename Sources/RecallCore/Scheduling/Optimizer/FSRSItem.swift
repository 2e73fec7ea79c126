/// One review inside a training item: the grade and the days since the review before (0 for
/// the first review, and for a review on the same day under the day rule).
///
/// Stored in 32 bits each (8 bytes a review, as fsrs-rs's u32 pair), so that the items of a
/// million reviews, each a whole prefix of its card's history, take half the memory; a value
/// beyond 32 bits is kept as the nearest one that fits (no day count or rating comes near).
public struct FSRSItemReview: Hashable, Sendable, Codable {
    private var storedRating: Int32
    private var storedDeltaT: Int32

    public var rating: Int {
        get { Int(storedRating) }
        set { storedRating = Int32(clamping: newValue) }
    }

    public var deltaT: Int {
        get { Int(storedDeltaT) }
        set { storedDeltaT = Int32(clamping: newValue) }
    }

    public init(rating: Int, deltaT: Int) {
        storedRating = Int32(clamping: rating)
        storedDeltaT = Int32(clamping: deltaT)
    }

    private enum CodingKeys: String, CodingKey { case storedRating = "rating", storedDeltaT = "deltaT" }
}

/// What fsrs-rs trains on: a card's reviews up to one that came a day or more after the one
/// before it (the target, last); the model predicts the target from the ones before it.
public struct FSRSItem: Hashable, Sendable, Codable {
    public var reviews: [FSRSItemReview]
    public init(reviews: [FSRSItemReview]) { self.reviews = reviews }

    /// Reviews a day or more after the one before them (fsrs-rs `long_term_review_cnt`).
    public var longTermReviewCount: Int { reviews.filter { $0.deltaT > 0 }.count }

    /// The first review a day or more after the one before (fsrs-rs `first_long_term_review`):
    /// with the first rating, what the outlier filter and the pretrain group by.
    public var firstLongTermReview: FSRSItemReview? { reviews.first { $0.deltaT > 0 } }

    /// What the pipeline accepts: reviews, each rated 1...4 with no negative gap, one of them a
    /// day or more after the one before (fsrs-rs rejects the first two and traps on the third).
    var isValid: Bool {
        !reviews.isEmpty && reviews.allSatisfy { (1...4).contains($0.rating) && $0.deltaT >= 0 }
            && firstLongTermReview != nil
    }
}
