/// The colour scheme, in one place: screens name what a style means, never a raw colour.
/// Only the 8 basic colours are used, so it looks the same on 8-colour terminals; under
/// `NO_COLOR` the driver drops the colours and bold, dim and reverse still tell things apart.
/// Screens draw only ASCII punctuation around the content: characters of ambiguous East Asian
/// width (`·`, `—`, box drawing) are two columns in some Korean terminal setups and would
/// push the layout out of line.
public enum Theme {
    public static let titleBar = Style(foreground: .cyan, bold: true, reverse: true)
    public static let statusBar = Style(reverse: true)
    public static let heading = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let key = Style(foreground: .cyan, bold: true)
    public static let selection = Style(reverse: true)
    public static let bold = Style(foreground: .yellow, bold: true)
    public static let code = Style(foreground: .magenta)
    /// Emphasis and links: a terminal has no italics, and underline shows under `NO_COLOR` too.
    public static let emphasis = Style(underline: true)
    public static let correct = Style(foreground: .green, bold: true)
    public static let wrong = Style(foreground: .red, bold: true)
    public static let warning = Style(foreground: .red, bold: true, reverse: true)
    /// Counts as Anki colours them: new blue, learning red, review green.
    public static let newCount = Style(foreground: .blue, bold: true)
    public static let learningCount = Style(foreground: .red, bold: true)
    public static let reviewCount = Style(foreground: .green, bold: true)
    public static let again = Style(foreground: .red, bold: true)
    public static let hard = Style(foreground: .yellow, bold: true)
    public static let good = Style(foreground: .green, bold: true)
    public static let easy = Style(foreground: .blue, bold: true)
    /// Calendar heat, from a day without review to the busiest days (the characters already
    /// tell the levels apart under `NO_COLOR`).
    public static let heat = [Style(dim: true), Style(foreground: .green, dim: true), Style(foreground: .green),
                              Style(foreground: .green, bold: true), Style(foreground: .black, background: .green)]
    /// Bars of one series, and cards set aside (suspended, buried).
    public static let bar = Style(foreground: .cyan)
    public static let setAside = Style(foreground: .magenta)
}
