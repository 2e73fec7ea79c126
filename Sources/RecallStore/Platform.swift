// The C library of the platform, imported once for the whole module: RecallStore is the one
// module that calls `open`, `write`, `fsync`, `flock` and friends, and the `#if` that picks
// the library's module name lives here instead of at the top of every file.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
