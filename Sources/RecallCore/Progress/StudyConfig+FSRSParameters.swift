/// What `recall optimize --apply` and `--revert` do to the config: the one place that decides
/// which weights are current, which are kept for `--revert`, and from when the new ones plan
/// due dates (`fsrsParametersEarlier`, read by `SchedulerSet`).
extension StudyConfig {
    /// The current weights: the config's, else the defaults.
    public var currentFSRSWeights: [Double] { fsrsParameters ?? FSRSParameters.defaultWeights }

    /// At most this many earlier periods are kept: each costs a replay one more memory
    /// computation for every answer before it. A card last answered before the oldest kept
    /// change is then planned with the oldest kept weights.
    public static let fsrsErasKept = 8

    /// Takes `weights` from `now` on, keeping the current ones for `--revert`. Without
    /// `reschedule`, answers before `now` keep the due dates the weights of their time gave
    /// them; with it, every answer is planned with the new weights.
    public mutating func applyFSRSWeights(_ weights: [Double], at now: Instant, reschedule: Bool, fitted: FSRSParametersFitted?) {
        if reschedule {
            fsrsParametersEarlier = []
        } else {
            fsrsParametersEarlier.append(FSRSWeightsEra(parameters: fsrsParameters, until: now))
            fsrsParametersEarlier = Array(fsrsParametersEarlier.suffix(Self.fsrsErasKept))
        }
        fsrsParametersPrevious = fsrsParameters
        fsrsParameters = weights == FSRSParameters.defaultWeights ? nil : weights
        fsrsParametersFitted = fitted
    }

    /// Brings back the weights before the last `--apply` (the defaults when there were none),
    /// as an apply of them would; false when nothing was applied.
    public mutating func revertFSRSWeights(at now: Instant, reschedule: Bool) -> Bool {
        guard fsrsParameters != nil || fsrsParametersPrevious != nil else { return false }
        applyFSRSWeights(fsrsParametersPrevious ?? FSRSParameters.defaultWeights, at: now, reschedule: reschedule, fitted: nil)
        return true
    }
}
