import Foundation

/// The arithmetic fsrs-rs's forward pass needs, so that one implementation of the model gives
/// plain predictions (`Double`) and predictions with their gradient (`FSRSDual`).
protocol FSRSScalar: Sendable {
    init(_ constant: Double)
    var value: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func * (a: Self, b: Double) -> Self
    static func - (a: Double, b: Self) -> Self
    func exp() -> Self
    func log() -> Self
    func pow(_ exponent: Self) -> Self
}

extension FSRSScalar {
    /// fsrs-rs's clamp with Burn's gradient rule: the gradient passes on the bounds themselves
    /// and stops only outside them.
    func clamped(_ low: Double, _ high: Double) -> Self {
        value < low ? Self(low) : value > high ? Self(high) : self
    }
}

extension Double: FSRSScalar {
    var value: Double { self }
    func exp() -> Double { Foundation.exp(self) }
    func log() -> Double { Foundation.log(self) }
    func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
