/// What a piece of a statistics line shows, so that the screen and `--color` output can colour
/// it from their own theme. The text alone already carries the meaning (each kind has its own
/// bar character, each heat level its own intensity character): a role only adds colour.
public enum StatsRole: Hashable, Sendable {
    case heading
    /// Axis labels, legends and other quiet text.
    case axis
    /// The four kinds of review, in the bars of the reviews and the card counts.
    case learn, relearn, young, mature
    /// Cram answers, a fifth kind of review, drawn only where there are some.
    case cram
    case new, suspended, buried
    /// A bar of a one-series chart (forecast, histograms, hours).
    case bar
    /// Calendar heat, 0 (a day without review) to 4 (the busiest days).
    case heat(Int)
    /// The four answer buttons.
    case again, hard, good, easy
}

/// A run of text in one role (nil: plain).
public struct StatsSegment: Hashable, Sendable {
    public var text: String
    public var role: StatsRole?

    public init(_ text: String, _ role: StatsRole? = nil) {
        self.text = text
        self.role = role
    }
}

/// One line of `StatsText`: segments side by side, never wider than the width asked for.
public struct StatsLine: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var segments: [StatsSegment]

    public init(_ segments: [StatsSegment]) { self.segments = segments }
    public init(arrayLiteral segments: StatsSegment...) { self.segments = segments }
    public init(_ text: String, _ role: StatsRole? = nil) { self.segments = [StatsSegment(text, role)] }

    /// The line as `recall stats` prints it without colour (no trailing spaces).
    public var plainText: String { segments.map(\.text).joined().withoutTrailingSpaces }

    /// The line with ANSI colours (the 8 basic ones), for a terminal that wants colour.
    public var ansiText: String {
        var result = ""
        for segment in segments {
            if let code = segment.role.flatMap(Self.ansiCode), !segment.text.isEmpty {
                result += "\u{1B}[\(code)m" + segment.text + "\u{1B}[0m"
            } else {
                result += segment.text
            }
        }
        return result
    }

    public var width: Int { segments.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    mutating func append(_ text: String, _ role: StatsRole? = nil) { segments.append(StatsSegment(text, role)) }

    /// SGR parameters of a role: the same colours as the screens' theme (Anki's blue new,
    /// red learning, green review), heat from dim to bright green.
    static func ansiCode(_ role: StatsRole) -> String? {
        switch role {
        case .heading: return "1"
        case .axis: return "2"
        case .learn, .again: return "31"
        case .relearn, .hard: return "33"
        case .young: return "32"
        case .mature: return "32;1"
        case .new, .easy: return "34"
        case .suspended: return "33;2"
        case .buried, .cram: return "35"
        case .bar: return "36"
        case .good: return "32"
        case .heat(let level):
            switch level {
            case ...0: return "2"
            case 1: return "32;2"
            case 2: return "32"
            case 3: return "32;1"
            default: return "30;42"
            }
        }
    }
}
