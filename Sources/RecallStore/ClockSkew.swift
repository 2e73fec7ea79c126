import RecallCore

/// A device whose clock disagrees with this machine's, as `recall doctor` finds it in the files.
///
/// Why: the merge orders events by their times, so a clock that is off moves a machine's answers
/// among the others' (docs/design/log-schema-2.md, "Clock skew"). The files show it when a
/// device's latest event is dated after this machine's now: that device's clock is ahead (or
/// this one's behind); for this machine's own file, its clock went back since it wrote.
public struct ClockSkew: Hashable, Sendable {
    /// Disagreements up to this are normal (clocks set by hand, a sleep without time sync).
    public static let tolerance = TimeSpan.minutes(5)

    public var device: String
    /// The host name, where the folder records it (`device.json`, this machine's only).
    public var host: String?
    /// The device's latest event time.
    public var latest: Instant
    /// How far `latest` is after this machine's now.
    public var ahead: TimeSpan
    public var thisMachine: Bool

    /// The devices whose latest event (`latest`, by device) is more than `tolerance` after `now`.
    static func find(latest: [String: Instant], now: Instant, device: String?, host: String?) -> [ClockSkew] {
        latest.compactMap { id, time in
            guard !id.isEmpty, time - now > tolerance else { return nil }
            return ClockSkew(device: id, host: id == device ? host : nil, latest: time, ahead: time - now, thisMachine: id == device)
        }.sorted { $0.device < $1.device }
    }

    var message: DoctorMessage {
        .clockAhead(device: device, host: host, minutes: Int(ahead.microseconds / 60_000_000), thisMachine: thisMachine)
    }
}
