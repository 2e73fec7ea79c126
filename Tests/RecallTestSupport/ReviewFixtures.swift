import RecallCore

/// One answer to `card` as the progress tests record it: three seconds, in `Decks/vpc.md`.
public func review(_ card: String, _ rating: Rating, deck: String = "AWS::VPC",
                   scheduler: SchedulerKind = .fsrs) -> ReviewRecord {
    ReviewRecord(card: card, rating: rating, durationMilliseconds: 3_000, scheduler: scheduler, deck: deck, file: "Decks/vpc.md")
}

/// The schedulers of the default settings.
public let defaultSchedulers = try! SchedulerSet()
