import ArgumentParser

/// The sysexits(3) codes recall uses, so scripts can tell bad data from a bad command line.
enum ExitStatus {
    /// A failure that is neither bad data nor a missing file.
    static let failure = ExitCode(1)
    /// The command line is wrong (ArgumentParser also uses 64).
    static let usage = ExitCode(64)
    /// A deck or progress file is malformed.
    static let dataError = ExitCode(65)
    /// A named file or folder does not exist.
    static let noInput = ExitCode(66)
    /// Reading or writing a file failed.
    static let ioError = ExitCode(74)
}
