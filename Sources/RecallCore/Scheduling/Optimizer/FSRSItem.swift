/// One review inside a training item: the grade and the days since the review before (0 for
/// the first review, and for a review on the same day under the day rule).
public struct FSRSItemReview: Hashable, Sendable, Codable {
    public var rating: Int
    public var deltaT: Int
    public init(rating: Int, deltaT: Int) { self.rating = rating; self.deltaT = deltaT }
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
