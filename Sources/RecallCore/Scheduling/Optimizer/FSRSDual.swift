import Foundation

/// A number with its partial derivatives by the 21 FSRS parameters (forward-mode automatic
/// differentiation). The partials are one fixed-size SIMD value, so no operation allocates.
struct FSRSDual: FSRSScalar {
    /// 21 partials in 32 lanes; lanes 21…31 stay 0.
    typealias Partials = SIMD32<Double>

    var value: Double
    var partials: Partials

    init(_ constant: Double) {
        value = constant
        partials = .zero
    }

    init(value: Double, partials: Partials) {
        self.value = value
        self.partials = partials
    }

    /// Parameter `index` itself: its partial by itself is 1.
    static func parameter(_ value: Double, index: Int) -> FSRSDual {
        var partials = Partials.zero
        partials[index] = 1
        return FSRSDual(value: value, partials: partials)
    }

    static func + (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value + b.value, partials: a.partials + b.partials)
    }

    static func - (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value - b.value, partials: a.partials - b.partials)
    }

    static func * (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a.value * b.value, partials: a.partials * b.value + b.partials * a.value)
    }

    static func / (a: FSRSDual, b: FSRSDual) -> FSRSDual {
        let quotient = a.value / b.value
        return FSRSDual(value: quotient, partials: (a.partials - b.partials * quotient) / b.value)
    }

    static func + (a: FSRSDual, b: Double) -> FSRSDual {
        FSRSDual(value: a.value + b, partials: a.partials)
    }

    static func * (a: FSRSDual, b: Double) -> FSRSDual {
        FSRSDual(value: a.value * b, partials: a.partials * b)
    }

    static func - (a: Double, b: FSRSDual) -> FSRSDual {
        FSRSDual(value: a - b.value, partials: -b.partials)
    }

    func exp() -> FSRSDual {
        let e = Foundation.exp(value)
        return FSRSDual(value: e, partials: partials * e)
    }

    func log() -> FSRSDual {
        FSRSDual(value: Foundation.log(value), partials: partials / value)
    }

    /// x^y = e^(y·ln x), for x > 0.
    func pow(_ exponent: FSRSDual) -> FSRSDual {
        let result = Foundation.pow(value, exponent.value)
        let partials = (exponent.partials * Foundation.log(value) + self.partials * (exponent.value / value)) * result
        return FSRSDual(value: result, partials: partials)
    }
}
