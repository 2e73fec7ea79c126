/// The options of Anki's SM-2 scheduler, with Anki's defaults.
///
/// Multipliers are held as whole thousandths (Anki stores ease the same way, 2500 for 250%),
/// so that an interval like 5 × 2.3 = 11.5 rounds as the hand-computed decimal would, not as
/// the nearest binary double (11.499…) would.
public struct SM2Settings: Hashable, Sendable, Codable {
    /// The ease a card gets when it graduates: 2.5.
    public var startingEase: Double = 2.5
    /// The lowest ease: 1.3.
    public var minimumEase: Double = 1.3
    /// Hard multiplies the interval by 1.2.
    public var hardMultiplier: Double = 1.2
    /// Easy multiplies the Good interval by a further 1.3.
    public var easyBonus: Double = 1.3
    /// Scales every review interval (Anki's "interval modifier"): 1.0.
    public var intervalModifier: Double = 1.0
    /// After a lapse the interval is multiplied by this (Anki's "new interval"): 0.
    public var lapseMultiplier: Double = 0.0
    /// The shortest interval after a lapse, in days: 1.
    public var minimumInterval: Int = 1
    /// The first interval after the last learning step with Good: 1 day.
    public var graduatingInterval: Int = 1
    /// The first interval when Easy takes a new card out of learning: 4 days.
    public var easyInterval: Int = 4
    /// The longest review interval, in days: 36,500, also the most it may be set to (Anki's limit).
    public var maximumInterval: Int = 36_500
    /// A card that has lapsed this often is a leech: 8.
    public var leechThreshold: Int = 8
    public var learningSteps: [TimeSpan] = LearningSteps.defaultLearning
    public var relearningSteps: [TimeSpan] = LearningSteps.defaultRelearning
    public var fuzz: Bool = true

    /// Ease added on Hard, Good, Easy and on a lapse, in thousandths: −150, 0, +150, −200.
    static let easeChangeHard = -150
    static let easeChangeEasy = 150
    static let easeChangeLapse = -200

    /// The highest ease: Anki keeps ease as a 16-bit count of thousandths, so its ease
    /// saturates at 65.535; ours stops there too.
    public static let easeLimit = 65.535
    static let easeLimitThousandths: Int64 = 65_535

    public init() {}

    /// Refuses settings Anki's options screen would refuse.
    public func validated() throws(SchedulerSettingsError) -> SM2Settings {
        guard (1...CardSchedule.intervalLimit).contains(maximumInterval) else { throw .maximumInterval(maximumInterval) }
        func require(_ ok: Bool, _ problem: SM2SettingProblem) throws(SchedulerSettingsError) {
            if !ok { throw .sm2(problem) }
        }
        try require(minimumEase >= 1, .minimumEase)
        try require(startingEase >= minimumEase, .startingEaseBelowMinimum)
        try require(startingEase <= Self.easeLimit, .startingEaseAbove)
        try require(hardMultiplier > 0 && hardMultiplier.isFinite, .hardMultiplier)
        try require(easyBonus >= 1 && easyBonus.isFinite, .easyBonus)
        try require(intervalModifier > 0 && intervalModifier.isFinite, .intervalModifier)
        try require(lapseMultiplier >= 0 && lapseMultiplier <= 1, .lapseMultiplier)
        let days = 1...CardSchedule.intervalLimit
        try require(days.contains(minimumInterval), .minimumInterval)
        try require(days.contains(graduatingInterval), .graduatingInterval)
        try require(days.contains(easyInterval), .easyInterval)
        try require(leechThreshold >= 1, .leechThreshold)
        return self
    }
}

/// A decimal multiplier as whole thousandths: 2.3 → 2300; a value too large for Int64
/// saturates (validated settings are finite, a stored ease may be anything).
func thousandths(_ value: Double) -> Int64 {
    let scaled = (value * 1000).rounded()
    if scaled.isNaN { return 0 }
    return scaled >= 9.2e18 ? .max : scaled <= -9.2e18 ? .min : Int64(scaled)
}

/// A setting of SM-2 that Anki's options screen would refuse, as a value, so that each
/// language says it (`SchedulerSettingsMessage.sm2`).
public enum SM2SettingProblem: Hashable, Sendable, CaseIterable {
    case minimumEase, startingEaseBelowMinimum, startingEaseAbove, hardMultiplier, easyBonus, intervalModifier
    case lapseMultiplier, minimumInterval, graduatingInterval, easyInterval, leechThreshold
}
